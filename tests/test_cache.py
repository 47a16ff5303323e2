"""Answers kept while the server says they stay fresh: counted in requests on the emulator's
log (or a stub's), on a fake clock."""

from __future__ import annotations

import asyncio
import datetime
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from nadeo_api import ArgumentError, AsyncClient, Client, Settings, _cache, auth, live
from nadeo_api._cache import Entry, MemoryCache
from nadeo_api._freshness import CLUB_READ, MAX_FRESHNESS, expiry
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.emulator.world.clubs import club_state
from nadeo_api.models.campaigns import MonthList

from .conftest import AGENT, FAST, service_token
from .stub import Answer, StubServer, forged_jwt

MONTHS = "/api/token/campaign/month"
START = datetime.datetime(2026, 6, 15, 18, 0, tzinfo=datetime.timezone.utc)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def cached(emu: Emulator, clock: FakeClock) -> Iterator[Client]:
    """A client of the emulator with the default (memory) cache, on the fake clock."""
    with Client(emu.settings(clock=clock, **FAST)) as running:
        yield running


def requests_to(emu: Emulator, path: str) -> int:
    return len(emu.log.filter(path=path))


def user_token(account: str) -> auth.ServiceToken:
    """A token of `account` that only a stub accepts."""
    now = int(time.time())
    access = forged_jwt({"aud": "NadeoLiveServices", "usg": "Client", "sub": account, "iat": now,
                         "rat": now + 1800, "exp": now + 3600})
    refresh = forged_jwt({"aud": "NadeoServices", "usg": "Client", "sub": account, "rtk": True,
                          "iat": now, "exp": now + 86400})
    return auth.ServiceToken(access, refresh, agent=AGENT)


def month_answer(name: str, relative: int = 3600) -> Answer:
    body = {"monthList": [{"year": 2026, "month": 6, "lastDay": 30, "days": [], "media": {},
                           "note": name}],
            "itemCount": 1, "nextRequestTimestamp": -1, "relativeNextRequest": relative}
    return Answer(body=json.dumps(body).encode())


def stub_client(stub: Any, **settings: object) -> Client:
    return Client(live_url=stub.url, rate_limit=None, token_store="off",
                  **{**FAST, **settings})  # type: ignore[arg-type]


def test_100_calls_of_the_module_function_send_1_request(
    emu: Emulator, clock: FakeClock
) -> None:
    with emu.use(clock=clock, **FAST):
        token = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT
        )
        answers = [live.get_maps_totd(token) for _ in range(100)]
    assert requests_to(emu, MONTHS) == 1
    assert all(answer == answers[0] for answer in answers)
    assert answers[0]["relativeNextRequest"] > 0


def test_the_answer_is_asked_again_once_the_clock_passes_the_announced_time(
    emu: Emulator, cached: Client, clock: FakeClock
) -> None:
    token = service_token(cached)
    first = cached.live.get_maps_totd(token)
    fresh_for = first["relativeNextRequest"]
    clock.advance(fresh_for - 1)
    cached.live.get_maps_totd(token)
    assert requests_to(emu, MONTHS) == 1
    clock.advance(2)
    cached.live.get_maps_totd(token)
    cached.live.get_maps_totd(token)
    assert requests_to(emu, MONTHS) == 2


def test_typed_twins_are_answered_from_the_kept_raw_answer(
    emu: Emulator, cached: Client
) -> None:
    token = service_token(cached)
    raw = cached.live.get_maps_totd(token)
    typed = cached.live.get_maps_totd.typed(token)
    assert isinstance(typed, MonthList)
    assert typed.month_list[0].days[0].map_uid == raw["monthList"][0]["days"][0]["mapUid"]
    assert requests_to(emu, MONTHS) == 1


def test_a_past_month_is_kept_past_the_next_track_of_the_day_until_the_month_turns(
    emu: Emulator, cached: Client, clock: FakeClock
) -> None:
    token = service_token(cached)
    past = cached.live.get_maps_totd(token, offset=2)
    clock.advance(past["relativeNextRequest"] + 3 * 86400)  # three new Tracks of the Day
    cached.live.get_maps_totd(token, offset=2)
    assert requests_to(emu, MONTHS) == 1
    clock.set(datetime.datetime(2026, 7, 1, tzinfo=datetime.timezone.utc))  # July: offsets move
    cached.live.get_maps_totd(token, offset=2)
    assert requests_to(emu, MONTHS) == 2


@pytest.mark.parametrize(
    ("function", "path"),
    [
        ("get_maps_weekly_short", "/api/campaign/weekly-shorts"),
        ("get_maps_seasonal", "/api/campaign/official"),
        ("get_maps_cup_of_the_week", "/api/campaign/cup-of-the-week"),
    ],
)
def test_campaign_lists_are_kept_until_their_next_request_timestamp(
    emu: Emulator, cached: Client, clock: FakeClock, function: str, path: str
) -> None:
    token = service_token(cached)
    first = getattr(cached.live, function)(token)
    getattr(cached.live, function)(token)
    assert requests_to(emu, path) == 1
    clock.set(first["nextRequestTimestamp"])  # the emulator's world is at the clock's start
    getattr(cached.live, function)(token)
    assert requests_to(emu, path) == 2


def test_an_answer_announcing_no_next_change_is_not_kept(stub: StubServer) -> None:
    stub.script(MONTHS, month_answer("unscheduled", relative=-1))
    token = user_token("a1")
    before = len(stub.requests(MONTHS))
    with stub_client(stub) as client:
        client.live.get_maps_totd(token)
        client.live.get_maps_totd(token)
    assert len(stub.requests(MONTHS)) - before == 2


def test_a_map_s_info_by_uid_is_kept_and_a_partial_answer_is_not(
    emu: Emulator, cached: Client, clock: FakeClock
) -> None:
    token = service_token(cached)
    uid = cached.live.get_maps_totd(token)["monthList"][0]["days"][0]["mapUid"]
    for _ in range(3):
        cached.live.get_map_info(token, uid)
        cached.live.get_maps_info(token, [uid])
        cached.live.get_maps_info(token, [uid, "NoSuchMapUid000000000000000"])
    assert requests_to(emu, f"/api/token/map/{uid}") == 1
    assert requests_to(emu, "/api/token/map/get-multiple") == 1 + 3
    clock.advance(86400 + 1)
    cached.live.get_map_info(token, uid)
    assert requests_to(emu, f"/api/token/map/{uid}") == 2


def test_a_club_write_makes_that_club_s_kept_reads_stale(
    emu: Emulator, cached: Client, clock: FakeClock
) -> None:
    clubs = club_state(emu.app.state)
    me = SERVICE_ACCOUNT.account_id
    mine = [c for c in clubs.clubs() if clubs.role(c.id, me) == "Admin"][:2]
    edited, other = mine[0].id, mine[1].id
    token = service_token(cached)
    for club_id in (edited, other):
        cached.live.get_club(token, club_id)
        cached.live.get_club_members(token, club_id)
    cached.live.edit_club(token, edited, description="Edited.")
    after = cached.live.get_club(token, edited)
    cached.live.get_club_members(token, edited)
    cached.live.get_club(token, other)
    cached.live.get_club_members(token, other)
    assert after["description"] == "Edited."
    assert requests_to(emu, f"/api/token/club/{edited}") == 2
    assert requests_to(emu, f"/api/token/club/{edited}/member") == 2
    assert requests_to(emu, f"/api/token/club/{other}") == 1
    assert requests_to(emu, f"/api/token/club/{other}/member") == 1
    clock.advance(CLUB_READ)  # edits made elsewhere show within a minute
    cached.live.get_club(token, other)
    assert requests_to(emu, f"/api/token/club/{other}") == 2


def test_a_club_write_through_another_client_makes_the_kept_reads_stale(
    emu: Emulator, cached: Client, clock: FakeClock
) -> None:
    clubs = club_state(emu.app.state)
    me = SERVICE_ACCOUNT.account_id
    club_id = next(c.id for c in clubs.clubs() if clubs.role(c.id, me) == "Admin")
    token = service_token(cached)
    cached.live.get_club(token, club_id)
    with Client(emu.settings(clock=clock, cache="off", **FAST)) as writer:
        writer.live.edit_club(token, club_id, description="Edited elsewhere.")
    assert cached.live.get_club(token, club_id)["description"] == "Edited elsewhere."
    assert requests_to(emu, f"/api/token/club/{club_id}") == 2


def test_reads_without_a_reason_to_be_kept_are_not(emu: Emulator, cached: Client) -> None:
    token = service_token(cached)
    uid = cached.live.get_maps_totd(token)["monthList"][0]["days"][0]["mapUid"]
    for _ in range(2):
        cached.live.get_map_leaderboard(token, uid)
        cached.live.get(token, MONTHS)  # the generic verbs never keep answers
    top = f"/api/token/leaderboard/group/Personal_Best/map/{uid}/top"
    assert requests_to(emu, top) == 2
    assert requests_to(emu, MONTHS) == 1 + 2


def test_the_cache_can_be_turned_off(emu: Emulator, clock: FakeClock) -> None:
    with Client(emu.settings(clock=clock, cache="off", **FAST)) as client:
        token = service_token(client)
        client.live.get_maps_totd(token)
        client.live.get_maps_totd(token)
        assert client.cache is None
    assert requests_to(emu, MONTHS) == 2
    assert Settings.from_env({"NADEO_CACHE": "off"}).cache == "off"
    assert Settings.from_env({"NADEO_CACHE": "/tmp/x.sqlite"}).cache == "/tmp/x.sqlite"
    assert Settings.from_env({}).cache == "memory"
    assert Settings(cache=False).cache == "off"
    assert Settings(cache=Path("a.sqlite")).cache == "a.sqlite"


@pytest.mark.parametrize("value", [0, None, "", 1.5])
def test_a_wrong_cache_setting_is_refused(value: object) -> None:
    with pytest.raises(ArgumentError, match="cache must be"):
        Settings(cache=value)  # type: ignore[arg-type]


def test_one_call_can_skip_the_cache(emu: Emulator, cached: Client) -> None:
    token = service_token(cached)
    cached.live.get_maps_totd(token)
    cached.with_options(cache=False).live.get_maps_totd(token)
    cached.with_options(cache=False).live.get_maps_totd.typed(token)
    cached.live.get_maps_totd(token)
    assert requests_to(emu, MONTHS) == 3
    with pytest.raises(ArgumentError, match="cache"):
        cached.with_options(cache="no")  # type: ignore[arg-type]


def test_one_account_never_reads_another_s_kept_answer(stub: StubServer) -> None:
    stub.script(MONTHS, month_answer("first"), month_answer("second"))
    first, second = user_token("account-1"), user_token("account-2")
    before = len(stub.requests(MONTHS))
    with stub_client(stub) as client:
        mine = [client.live.get_maps_totd(first) for _ in range(3)]
        theirs = client.live.get_maps_totd(second)
    assert [m["monthList"][0]["note"] for m in mine] == ["first"] * 3
    assert theirs["monthList"][0]["note"] == "second"
    assert len(stub.requests(MONTHS)) - before == 2


def test_a_sqlite_cache_outlives_its_client_and_holds_no_secret(
    emu: Emulator, clock: FakeClock, tmp_path: Path
) -> None:
    path = tmp_path / "answers.sqlite"
    settings = emu.settings(clock=clock, cache=str(path), **FAST)
    with Client(settings) as client:
        token = service_token(client)
        first = client.live.get_maps_totd(token)
    with Client(settings) as other:
        assert other.live.get_maps_totd(token) == first
        assert isinstance(other.live.get_maps_totd.typed(token), MonthList)
    assert requests_to(emu, MONTHS) == 1
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    access = token.access_token.encoded.encode()
    assert access not in stored
    assert token.refresh_token is not None
    assert token.refresh_token.encoded.encode() not in stored
    assert SERVICE_ACCOUNT.password.encode() not in stored
    assert path.stat().st_mode & 0o077 == 0


def test_a_sqlite_cache_keeps_accounts_apart(stub: StubServer, tmp_path: Path) -> None:
    stub.script(MONTHS, month_answer("first"), month_answer("second"))
    path = str(tmp_path / "answers.sqlite")
    before = len(stub.requests(MONTHS))
    with stub_client(stub, cache=path) as client:
        client.live.get_maps_totd(user_token("account-1"))
    with stub_client(stub, cache=path) as client:
        theirs = client.live.get_maps_totd(user_token("account-2"))
        mine = client.live.get_maps_totd(user_token("account-1"))
    assert theirs["monthList"][0]["note"] == "second"
    assert mine["monthList"][0]["note"] == "first"
    assert len(stub.requests(MONTHS)) - before == 2


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork() on this system")
def test_a_sqlite_cache_is_shared_with_another_process(
    stub: StubServer, tmp_path: Path
) -> None:
    stub.script(MONTHS, month_answer("from the other process"), month_answer("again"))
    path = str(tmp_path / "answers.sqlite")
    before = len(stub.requests(MONTHS))
    token = user_token("account-1")
    pid = os.fork()  # the other process: this one's copy, with the library already imported
    if pid == 0:
        code = 1
        try:
            with stub_client(stub, cache=path) as client:
                client.live.get_maps_totd(token)
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    with stub_client(stub, cache=path) as client:
        answer = client.live.get_maps_totd(token)
    assert answer["monthList"][0]["note"] == "from the other process"
    assert len(stub.requests(MONTHS)) - before == 1


def test_a_corrupt_sqlite_file_means_no_cache_and_a_warning(
    emu: Emulator, clock: FakeClock, tmp_path: Path
) -> None:
    path = tmp_path / "corrupt.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with Client(emu.settings(clock=clock, cache=str(path), **FAST)) as client:
        token = service_token(client)
        with pytest.warns(RuntimeWarning, match="cannot be used"):
            answers = [client.live.get_maps_totd(token) for _ in range(3)]
    assert all(answer["monthList"] for answer in answers)
    assert requests_to(emu, MONTHS) == 3


def test_a_locked_sqlite_file_means_no_cache_and_a_warning(
    emu: Emulator, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite waits for a locked file on the machine's clock, half a second a statement: here,
    # 10 ms, which is all the real time this test waits.
    monkeypatch.setattr(_cache, "_BUSY_SECONDS", 0.01)
    path = tmp_path / "locked.sqlite"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE other (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with Client(emu.settings(clock=clock, cache=str(path), **FAST)) as client:
            token = service_token(client)
            with pytest.warns(RuntimeWarning, match="locked"):
                answers = [client.live.get_maps_totd(token) for _ in range(2)]
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert all(answer["monthList"] for answer in answers)
    assert requests_to(emu, MONTHS) == 2


def test_the_async_client_keeps_answers_too(emu: Emulator, clock: FakeClock) -> None:
    async def main() -> list[object]:
        async with AsyncClient(emu.settings(clock=clock, **FAST)) as client:
            token = await auth.ServiceToken.aget(
                "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
            )
            emu.log.clear()
            return [await client.live.get_maps_totd(token) for _ in range(100)]

    answers = asyncio.run(main())
    assert requests_to(emu, MONTHS) == 1
    assert len(answers) == 100


def test_the_memory_cache_is_bounded_and_forgets_the_least_recently_used() -> None:
    cache = MemoryCache(max_entries=2, max_bytes=10)
    cache.put("a", Entry(200, "application/json", b"1", 100.0))
    cache.put("b", Entry(200, "application/json", b"2", 100.0))
    assert cache.get("a", 0.0) is not None  # "b" is now the least recently used
    cache.put("c", Entry(200, "application/json", b"3", 100.0))
    assert cache.get("b", 0.0) is None
    assert cache.get("a", 0.0) is not None and cache.get("c", 0.0) is not None
    cache.put("big", Entry(200, "application/json", b"x" * 10, 100.0))
    assert len(cache) == 1
    assert cache.get("big", 100.0) is None  # expired


def test_campaign_lists_without_a_hint_are_kept_until_the_listed_campaign_ends() -> None:
    answer = {"campaignList": [{"endTimestamp": 5000}, {"endTimestamp": 500}],
              "nextRequestTimestamp": -1, "relativeNextRequest": -1}
    assert expiry("live", "get_maps_weekly_short", "/x", answer, {}, 1000.0) == 5000
    finished = {"campaignList": [{"endTimestamp": 500}], "relativeNextRequest": -1}
    assert expiry("live", "get_maps_weekly_short", "/x", finished, {}, 1000.0) is None
    far = {"relativeNextRequest": 10 * MAX_FRESHNESS}
    assert expiry("live", "get_maps_seasonal", "/x", far, {}, 0.0) == MAX_FRESHNESS
