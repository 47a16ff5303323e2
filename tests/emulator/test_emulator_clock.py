"""The emulator lives on one clock: its world moves on as a `FakeClock` is advanced (Tracks of
the Day at 17:00 UTC, cups, campaigns), tokens age and rate slots refill on it, and the same seed
at the same clock reading answers the same bytes."""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import httpx
import pytest
from emulator_testlib import CORE, login, nadeo
from tests import raw

from nadeo_api import ArgumentError
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import Emulator

UTC = datetime.timezone.utc
HOUR, DAY = 3600, 86400


def at(*args: int) -> FakeClock:
    return FakeClock(datetime.datetime(*args, tzinfo=UTC))


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with raw.client(timeout=10) as client:
        yield client


def month(http: httpx.Client, emu: Emulator, headers: dict[str, str]) -> dict[str, object]:
    response = http.get(f"{emu.live_url}/api/token/campaign/month?length=1", headers=headers)
    assert response.status_code == 200, response.text
    found: dict[str, object] = response.json()
    return found


def days_of(answer: dict[str, object]) -> list[dict[str, int]]:
    months = answer["monthList"]
    assert isinstance(months, list)
    days: list[dict[str, int]] = months[0]["days"]
    return days


def test_a_new_track_of_the_day_at_17_utc(http: httpx.Client) -> None:
    clock = at(2026, 6, 15, 16, 59, 59)
    with Emulator(clock=clock) as emu:
        live = nadeo(login(http, emu)["accessToken"])
        before = month(http, emu, live)
        # Before 17:00 the day's entry is not revealed: the month ends with yesterday.
        assert [d["monthDay"] for d in days_of(before)] == list(range(1, 15))
        today_17 = int(datetime.datetime(2026, 6, 15, 17, tzinfo=UTC).timestamp())
        assert before["nextRequestTimestamp"] == today_17
        assert before["relativeNextRequest"] == 1
        clock.advance(1)
        after = month(http, emu, live)
        assert [d["monthDay"] for d in days_of(after)] == list(range(1, 16))
        newest = days_of(after)[-1]
        assert newest["startTimestamp"] == today_17 and newest["relativeStart"] == 0
        assert after["nextRequestTimestamp"] == today_17 + DAY
        assert after["relativeNextRequest"] == DAY
        clock.advance(DAY - 1)
        live = nadeo(login(http, emu)["accessToken"])  # the first token has expired
        assert [d["monthDay"] for d in days_of(month(http, emu, live))] == list(range(1, 16))
        assert month(http, emu, live)["relativeNextRequest"] == 1
        # The new map is a map of the world: its leaderboard answers.
        uid = days_of(after)[-1]["mapUid"]
        top = http.get(
            f"{emu.live_url}/api/token/leaderboard/group/Personal_Best/map/{uid}/top",
            headers=live,
        )
        assert top.status_code == 200 and top.json()["tops"][0]["top"]


def test_the_month_list_turns_with_the_month(http: httpx.Client) -> None:
    clock = at(2026, 6, 30, 21)
    with Emulator(clock=clock) as emu:
        live = nadeo(login(http, emu)["accessToken"])
        assert month(http, emu, live)["itemCount"] == 72  # July 2020 to June 2026
        clock.set(datetime.datetime(2026, 7, 1, 17, tzinfo=UTC))
        live = nadeo(login(http, emu)["accessToken"])
        answer = month(http, emu, live)
        assert answer["itemCount"] == 73
        assert [d["monthDay"] for d in days_of(answer)] == [1]


def test_cups_of_the_day_start_and_end_on_schedule(http: httpx.Client) -> None:
    clock = at(2026, 6, 15, 17, 0, 59)
    with Emulator(clock=clock) as emu:
        live = nadeo(login(http, emu)["accessToken"])
        url = f"{emu.meet_url}/api/cup-of-the-day/current"
        # The evening's cup starts at 17:01 on the Track of the Day that started at 17:00.
        assert http.get(url, headers=live).status_code == 204
        clock.advance(1)
        current = http.get(url, headers=live)
        assert current.status_code == 200
        assert current.json()["competition"]["name"] == "COTD 2026-06-15 #1"
        end = current.json()["competition"]["endDate"]
        clock.set(end - 1)
        live = nadeo(login(http, emu)["accessToken"])
        assert http.get(url, headers=live).status_code == 200
        clock.set(end)
        assert http.get(url, headers=live).status_code == 204
        # At 01:01 the night's rerun starts.
        clock.set(datetime.datetime(2026, 6, 16, 1, 1, tzinfo=UTC))
        live = nadeo(login(http, emu)["accessToken"])
        assert http.get(url, headers=live).json()["competition"]["name"] == "COTD 2026-06-15 #2"


def campaigns(http: httpx.Client, emu: Emulator, kind: str) -> dict[str, object]:
    response = http.get(f"{emu.live_url}/api/campaign/{kind}?length=1", headers=nadeo(
        login(http, emu)["accessToken"]))
    assert response.status_code == 200, response.text
    found: dict[str, object] = response.json()
    return found


def test_seasonal_and_weekly_campaigns_appear_when_due(http: httpx.Client) -> None:
    season_start = int(datetime.datetime(2026, 7, 1, 15, tzinfo=UTC).timestamp())
    clock = FakeClock(season_start - 10)
    with Emulator(clock=clock) as emu:
        before = campaigns(http, emu, "official")
        assert before["nextRequestTimestamp"] == season_start
        assert before["relativeNextRequest"] == 10
        shorts = campaigns(http, emu, "weekly-shorts")
        next_week = shorts["nextRequestTimestamp"]
        assert isinstance(next_week, int) and shorts["relativeNextRequest"] == next_week - (
            season_start - 10
        )
        clock.advance(10)
        after = campaigns(http, emu, "official")
        assert after["itemCount"] == before["itemCount"] + 1  # type: ignore[operator]
        newest = after["campaignList"][0]  # type: ignore[index]
        assert newest["name"] == "Summer 2026" and newest["startTimestamp"] == season_start
        clock.set(next_week)
        later = campaigns(http, emu, "weekly-shorts")
        assert later["itemCount"] == shorts["itemCount"] + 1  # type: ignore[operator]
        assert later["campaignList"][0]["startTimestamp"] == next_week  # type: ignore[index]
        grands = campaigns(http, emu, "weekly-grands")
        assert grands["campaignList"][0]["startTimestamp"] == next_week  # type: ignore[index]


ROUTES = (
    "/live/api/token/campaign/month?length=2",
    "/live/api/token/campaign/month?length=1&royal=true&offset=13",
    "/live/api/campaign/official?length=2",
    "/live/api/campaign/weekly-shorts?length=2",
    "/live/api/campaign/weekly-grands?length=2",
    "/meet/api/cups-of-the-day?length=3",
    "/meet/api/cup-of-the-day/current",
    "/meet/api/competitions?length=5",
    "/live/api/token/club/mine?length=5",
)


def answers(http: httpx.Client, emu: Emulator) -> list[tuple[int, bytes]]:
    live = nadeo(login(http, emu)["accessToken"])
    out = [(r.status_code, r.content) for r in (http.get(emu.url + p, headers=live)
                                                 for p in ROUTES)]
    newest = days_of(month(http, emu, live))[-1]["mapUid"]
    for path in (
        f"/live/api/token/leaderboard/group/Personal_Best/map/{newest}/top?length=5",
        f"/live/api/token/map/get-multiple?mapUidList={newest}",
    ):
        response = http.get(emu.url + path, headers=live)
        out.append((response.status_code, response.content))
    core = nadeo(login(http, emu, audience=CORE)["accessToken"])
    response = http.get(f"{emu.core_url}/maps/by-uid/?mapUidList={newest}", headers=core)
    out.append((response.status_code, response.content))
    return out


def test_same_seed_same_clock_reading_same_bytes(http: httpx.Client) -> None:
    clock = at(2026, 6, 14, 16, 30)
    with Emulator(seed=5, clock=clock) as one, Emulator(seed=5, clock=clock) as two:
        for step in (0, HOUR, 5 * 60, 7 * DAY, 8 * HOUR + 31 * 60, 30 * DAY):
            clock.advance(step)
            first, second = answers(http, one), answers(http, two)
            assert [status for status, _ in first][:3] == [200, 200, 200]
            assert first == second, f"answers differ {step} s on"
        # Another seed is another world.
        with Emulator(seed=6, clock=clock) as other:
            assert answers(http, other) != answers(http, one)


def test_the_shorthands_pin_a_fake_clock_that_moves_the_world(http: httpx.Client) -> None:
    emu = Emulator(today=datetime.date(2026, 6, 15))
    assert isinstance(emu.clock, FakeClock)
    assert emu.clock.time() == datetime.datetime(2026, 6, 15, 18, tzinfo=UTC).timestamp()
    pinned = Emulator(now=datetime.datetime(2026, 6, 15, 9, tzinfo=UTC).timestamp())
    assert pinned.world.totd_days()[-1].date == datetime.date(2026, 6, 14)
    assert isinstance(pinned.clock, FakeClock)
    pinned.clock.advance(8 * HOUR)
    assert pinned.world.totd_days()[-1].date == datetime.date(2026, 6, 15)


def test_a_clock_or_the_shorthands_not_both() -> None:
    with pytest.raises(ArgumentError, match="clock"):
        Emulator(clock=FakeClock(), today=datetime.date(2026, 6, 15))
    with pytest.raises(ArgumentError, match="clock"):
        Emulator(clock="now")  # type: ignore[arg-type]
    with pytest.raises(ArgumentError, match="access_lifetime"):
        Emulator(access_lifetime=0)


def test_tokens_age_on_the_clock(http: httpx.Client) -> None:
    clock = at(2026, 6, 15, 18)
    with Emulator(clock=clock, access_lifetime=600, refresh_lifetime=3600) as emu:
        pair = login(http, emu)
        url = f"{emu.live_url}/api/token/campaign/month"
        assert http.get(url, headers=nadeo(pair["accessToken"])).status_code == 200
        clock.advance(599)
        assert http.get(url, headers=nadeo(pair["accessToken"])).status_code == 200
        clock.advance(1)
        assert http.get(url, headers=nadeo(pair["accessToken"])).status_code == 401
        refreshed = http.post(
            f"{emu.core_url}/v2/authentication/token/refresh",
            headers=nadeo(pair["refreshToken"]),
        )
        assert refreshed.status_code == 200
        assert http.get(url, headers=nadeo(refreshed.json()["accessToken"])).status_code == 200
        clock.advance(3600)
        stale = http.post(
            f"{emu.core_url}/v2/authentication/token/refresh",
            headers=nadeo(pair["refreshToken"]),
        )
        assert stale.status_code == 401


def test_rate_slots_and_the_log_follow_the_clock(http: httpx.Client) -> None:
    clock = at(2026, 6, 15, 18)
    with Emulator(clock=clock, rate_limit=1.0, rate_burst=1) as emu:
        health = f"{emu.core_url}/api/routes"
        first = http.get(health)
        assert first.status_code != 429
        assert http.get(health).status_code == 429
        clock.advance(1)
        assert http.get(health).status_code != 429
        assert [entry.wall for entry in emu.log][-1] == clock.time()
        assert [entry.time for entry in emu.log][-1] == clock.monotonic()


def test_a_week_of_days_is_made_only_when_asked(http: httpx.Client) -> None:
    clock = at(2026, 6, 15, 18)
    with Emulator(clock=clock) as emu:
        known = len(emu.world.map_uids())
        clock.advance(7 * DAY)
        # Nothing is made until someone asks; then the week's seven days at once.
        assert len(emu.world.totd_days()) == (
            datetime.date(2026, 6, 22) - datetime.date(2020, 7, 1)
        ).days + 1
        assert len(emu.world.map_uids()) - known == 7 + 5 + 1  # days, a weekly short and grand


def test_a_client_sharing_the_clock_meets_the_next_track_of_the_day() -> None:
    from nadeo_api import Client, auth
    from nadeo_api.emulator import SERVICE_ACCOUNT

    clock = at(2026, 6, 15, 16, 30)
    with Emulator(clock=clock, access_lifetime=1800) as emu, Client(emu.settings()) as client:
        assert client.settings.clock is clock
        token = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, "clock test", client=client
        )
        first = client.live.get_maps_totd(token)["monthList"][0]["days"]
        clock.advance(HOUR)  # 17:30: the token has expired meanwhile, the client renews it
        second = client.live.get_maps_totd(token)["monthList"][0]["days"]
        assert [d["monthDay"] for d in second] == [d["monthDay"] for d in first] + [15]
        assert [e.path for e in emu.log][-2:] == [
            "/v2/authentication/token/refresh", "/api/token/campaign/month",
        ]
