"""Typed models: one step from the raw JSON, unknown keys tolerated, timestamps and race times
with readable accessors."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest

from nadeo_api import InvalidResponseError, aio, auth, live, models
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

from .conftest import AGENT
from .stub import Answer, StubServer, forged_pair


def test_typed_twin_returns_the_model(defaults: Emulator) -> None:
    token = auth.ServiceToken.get("live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT)
    map_uid = defaults.world.totd_maps()[-1]
    board = live.get_map_leaderboard.typed(token, map_uid, length=10)
    assert isinstance(board, models.MapLeaderboard)
    assert [r.position for r in board.world] == list(range(1, 11))
    raw = live.get_map_leaderboard(token, map_uid, length=10)
    assert board == models.parse(models.MapLeaderboard, raw)
    assert board.to_dict()["tops"][0]["top"][0]["accountId"] == raw["tops"][0]["top"][0][
        "accountId"
    ]
    months = live.get_maps_totd.typed(token)
    # The current month may have no Track of the Day yet (the 1st before 17:00 UTC).
    first_day = next(day for month in months.month_list for day in month.days)
    assert isinstance(first_day.start, dt.datetime)


def test_async_typed_twin(defaults: Emulator) -> None:
    async def main() -> models.CampaignList:
        token = await auth.ServiceToken.aget(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT
        )
        result: models.CampaignList = await aio.live.get_maps_seasonal.typed(token, 2)
        return result

    campaigns = asyncio.run(main())
    assert len(campaigns.campaign_list) == 2
    assert len(campaigns.campaign_list[0].map_uids) == 25


def test_client_namespace_has_typed_twins(client: object, user: auth.ServiceToken) -> None:
    waiting = client.live.get_map_review_waiting_time.typed(user, "totd")  # type: ignore[attr-defined]
    assert isinstance(waiting, models.WaitingTime) and waiting.seconds % 180 == 0


def test_unknown_keys_are_ignored_and_empty_answers_fit() -> None:
    data = {"groupUid": "Personal_Best", "mapUid": "M", "tops": [], "brandNewField": 1}
    assert models.parse(models.MapLeaderboard, data).map_uid == "M"
    assert models.parse(models.MapLeaderboard, {}).world == []


@pytest.mark.parametrize(
    ("milliseconds", "shown"),
    [(0, "0:00.000"), (45_123, "0:45.123"), (61_005, "1:01.005"), (3_600_000, "60:00.000"),
     (-1, "-:--.---"), (None, "-:--.---")],
)
def test_race_time_format(milliseconds: int | None, shown: str) -> None:
    assert models.format_race_time(milliseconds) == shown


def test_timestamps() -> None:
    assert models.to_datetime(0) is None and models.to_datetime(-1) is None
    day = models.parse(models.TotdDay, {
        "campaignId": 1, "mapUid": "M", "day": 2, "monthDay": 1, "seasonUid": "S",
        "startTimestamp": 1_638_381_600, "endTimestamp": 1_638_468_000,
        "relativeStart": 0, "relativeEnd": 0,
    })
    assert day.as_datetime("end_timestamp") == dt.datetime(2021, 12, 2, 18, tzinfo=dt.timezone.utc)
    assert day.start == day.as_datetime("start_timestamp")
    with pytest.raises(TypeError):
        day.as_datetime("map_uid")
    assert models.to_datetime(1_638_381_600) == dt.datetime(2021, 12, 1, 18, tzinfo=dt.timezone.utc)


def test_answer_that_does_not_fit_the_model() -> None:
    with StubServer() as stub:
        path = "/api/token/map-review/totd/waiting-time"
        stub.script(path, Answer(200, b'{"seconds": "soon"}'))
        access, refresh = forged_pair()
        token = auth.ServiceToken(access, refresh, agent=AGENT)
        from nadeo_api import Client, Settings

        with Client(Settings(live_url=stub.url, rate_limit=None)) as client:
            assert client.live.get_map_review_waiting_time(token, "totd") == {"seconds": "soon"}
            with pytest.raises(InvalidResponseError, match="does not fit WaitingTime"):
                client.live.get_map_review_waiting_time.typed(token, "totd")
