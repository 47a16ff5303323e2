"""Each seed function sends the documented method, route, query and headers (as the emulator's
request log saw them) and returns the decoded JSON; its async twin does the same."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest

from nadeo_api import aio, auth, live
from nadeo_api.emulator import Emulator

from .conftest import AGENT

MAP = "{map}"
CLUB = "{club}"
CAMPAIGN = "{campaign}"


def has(*keys: str) -> Any:
    return lambda body: isinstance(body, dict) and set(keys) <= set(body)


# name, args, kwargs, method, path, query, check of the answer
CASES: list[tuple[str, tuple[Any, ...], dict[str, Any], str, str, dict[str, list[str]], Any]] = [
    ("get_maps_totd", (), {}, "GET", "/api/token/campaign/month",
     {"length": ["1"], "offset": ["0"], "royal": ["false"]},
     has("monthList", "itemCount", "nextRequestTimestamp", "relativeNextRequest")),
    ("get_maps_totd", (3, 2), {}, "GET", "/api/token/campaign/month",
     {"length": ["3"], "offset": ["2"], "royal": ["false"]}, has("monthList")),
    ("get_maps_royal", (), {}, "GET", "/api/token/campaign/month",
     {"length": ["51"], "offset": ["0"], "royal": ["true"]}, has("monthList", "itemCount")),
    ("get_maps_seasonal", (), {"length": 2}, "GET", "/api/campaign/official",
     {"length": ["2"], "offset": ["0"]}, has("campaignList", "itemCount")),
    ("get_maps_weekly_short", (), {"offset": 1}, "GET", "/api/campaign/weekly-shorts",
     {"length": ["1"], "offset": ["1"]}, has("campaignList", "itemCount")),
    ("get_maps_weekly_grand", (), {}, "GET", "/api/campaign/weekly-grands",
     {"length": ["1"], "offset": ["0"]}, has("campaignList", "itemCount")),
    ("get_map_leaderboard", (MAP,), {"length": 10, "offset": 50}, "GET",
     "/api/token/leaderboard/group/Personal_Best/map/{map}/top",
     {"onlyWorld": ["true"], "length": ["10"], "offset": ["50"]},
     has("groupUid", "mapUid", "tops")),
    ("get_map_leaderboard", (MAP,), {}, "GET",
     "/api/token/leaderboard/group/Personal_Best/map/{map}/top",
     {"onlyWorld": ["true"], "length": ["5"], "offset": ["0"]}, has("tops")),
    ("get_map_leaderboard", (MAP, "Personal_Best", False), {}, "GET",
     "/api/token/leaderboard/group/Personal_Best/map/{map}/top",
     {"onlyWorld": ["false"]}, has("tops")),
    ("get_club_campaign", (CLUB, CAMPAIGN), {}, "GET",
     "/api/token/club/{club}/campaign/{campaign}", {},
     has("campaignId", "activityId", "campaign", "clubId", "name")),
    ("get_map_review_connect", ("totd",), {}, "GET", "/api/token/map-review/totd/connect", {},
     has("joinLink", "noMap", "starting", "submissionWaitTimer")),
    ("get_map_review_submitted", ("weekly-shorts",), {}, "GET",
     "/api/token/map/map-review/weekly-shorts/submitted-map",
     {"length": ["144"], "offset": ["0"]}, has("submittedMaps", "itemCount")),
    ("get_map_review_waiting_time", ("totd",), {}, "GET",
     "/api/token/map-review/totd/waiting-time", {}, has("seconds")),
    ("get_player_club_record", (MAP, CLUB), {}, "GET",
     "/api/token/leaderboard/group/Personal_Best/map/{map}/club/{club}", {},
     has("groupUid", "mapUid", "score", "clubId", "position")),
    ("get_server_accounts", (), {}, "GET", "/api/token/server/player-server/account", {},
     has("playerServerAccount", "itemCount")),
]


def fill(value: Any, ids: dict[str, Any]) -> Any:
    if isinstance(value, str) and value.startswith("{") and value.endswith("}"):
        return ids[value[1:-1]]
    return value


def expected_path(path: str, ids: dict[str, Any]) -> str:
    return path.format(**ids)


@pytest.fixture(scope="module")
def ids(emulator: Emulator) -> dict[str, Any]:
    """A known map, a club the service account belongs to and one of its campaigns."""
    club = next(club for club in emulator.world.clubs if club.accounts_are_members)
    return {"map": emulator.world.totd_maps()[-1], "club": club.club_id,
            "campaign": club.campaigns[0].campaign_id}


@pytest.mark.parametrize(("name", "args", "kwargs", "method", "path", "query", "check"), CASES)
def test_seed_function_request_and_answer(
    defaults: Emulator, ids: dict[str, Any], name: str, args: tuple[Any, ...],
    kwargs: dict[str, Any], method: str, path: str, query: dict[str, list[str]], check: Any,
) -> None:
    token = auth.ServiceToken.get("live", *_credentials(), AGENT)
    defaults.log.clear()
    answer = getattr(live, name)(token, *(fill(a, ids) for a in args), **kwargs)
    assert check(answer), answer
    (entry,) = defaults.log.entries
    assert entry.api == "live"
    assert entry.method == method
    assert entry.path == expected_path(path, ids)
    assert entry.params == query
    assert entry.headers["authorization"] == (
        f"nadeo_v1 t={defaults.log.redacted(token.access_token.encoded)}"
    )
    assert entry.headers["user-agent"] == AGENT
    assert entry.status == 200


@pytest.mark.parametrize(("name", "args", "kwargs", "method", "path", "query", "check"), CASES)
def test_async_twin_sends_the_same(
    defaults: Emulator, ids: dict[str, Any], name: str, args: tuple[Any, ...],
    kwargs: dict[str, Any], method: str, path: str, query: dict[str, list[str]], check: Any,
) -> None:
    async def main() -> Any:
        token = await auth.ServiceToken.aget("live", *_credentials(), AGENT)
        defaults.log.clear()
        return await getattr(aio.live, name)(token, *(fill(a, ids) for a in args), **kwargs)

    answer = asyncio.run(main())
    assert check(answer), answer
    (entry,) = defaults.log.entries
    assert (entry.method, entry.path, entry.params) == (method, expected_path(path, ids), query)


def test_leaderboard_answer_is_the_emulators_records(
    defaults: Emulator, ids: dict[str, Any]
) -> None:
    token = auth.ServiceToken.get("live", *_credentials(), AGENT)
    board = live.get_map_leaderboard(token, ids["map"], length=100, offset=200)
    top = board["tops"][0]["top"]
    assert [record["position"] for record in top] == list(range(201, 301))
    scores = [record["score"] for record in top]
    assert scores == sorted(scores)


def test_every_seed_function_has_an_async_twin_with_the_same_signature() -> None:
    for name in live.__all__:
        sync, twin = getattr(live, name), getattr(aio.live, name)
        assert inspect.signature(sync).parameters == inspect.signature(twin).parameters, name
        if name.startswith("iter_"):
            assert inspect.signature(twin).return_annotation == "AsyncIterator[dict]", name
        else:
            assert inspect.iscoroutinefunction(twin), name
        assert sync.__doc__ == twin.__doc__


def test_client_namespace_matches_the_module(client: Any, user: auth.ServiceToken) -> None:
    answer = client.live.get_maps_weekly_grand(user, 2)
    assert len(answer["campaignList"]) == 2
    assert sorted(dir(client.live)) == sorted(live.__all__)
    assert sorted(dir(client.live)) == sorted(aio.live.__all__)


def _credentials() -> tuple[str, str]:
    from nadeo_api.emulator import SERVICE_ACCOUNT

    return SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password
