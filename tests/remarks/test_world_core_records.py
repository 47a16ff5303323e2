"""Remarks of the Core records pages about map types: Stunt and Platform maps need their game
mode, Race maps with clones need `TimeAttackClone` (the world has both, in clubs 3 and 4)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

from .. import raw
from .emulated import at, served, user_headers
from .registry import remark

CORE = "NadeoServices"
ME = SERVICE_ACCOUNT.account_id


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with served(at(2026, 6, 15, 18)) as running:
        yield running


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with raw.client(timeout=10) as client:
        yield client


def _maps(emu: Emulator) -> dict[str, str]:
    """A Stunt, a Platform and a cloned map's UIDs."""
    stunt, platform = (c.map_uids[0] for c in emu.world.clubs[3].campaigns)
    clones = emu.world.clubs[2].campaigns[0].map_uids[0]
    return {"stunt": stunt, "platform": platform, "clones": clones}


def _info(http: httpx.Client, emu: Emulator, headers: dict[str, str], uid: str) -> dict[str, str]:
    found = http.get(f"{emu.core_url}/maps/by-uid/?mapUidList={uid}", headers=headers).json()
    assert len(found) == 1
    info: dict[str, str] = found[0]
    return info


def _by_account(
    http: httpx.Client, emu: Emulator, headers: dict[str, str], map_id: str, mode: str | None
) -> httpx.Response:
    query = f"accountIdList={ME}&mapId={map_id}" + (f"&gameMode={mode}" if mode else "")
    return http.get(f"{emu.core_url}/v2/mapRecords/by-account/?{query}", headers=headers)


def _mine(
    http: httpx.Client, emu: Emulator, headers: dict[str, str], map_id: str, mode: str | None
) -> httpx.Response:
    query = f"mapIdList={map_id}" + (f"&gameMode={mode}" if mode else "")
    return http.get(f"{emu.core_url}/v2/accounts/{ME}/mapRecords?{query}", headers=headers)


@remark("core/records/map-records-v2-account.md", 5)
def test_map_records_v2_account_stunt_and_platform_need_their_game_mode(
    http: httpx.Client, emu: Emulator
) -> None:
    headers = user_headers(http, emu, CORE)
    for kind, mode in (("stunt", "Stunt"), ("platform", "Platform")):
        info = _info(http, emu, headers, _maps(emu)[kind])
        assert info["mapType"] == f"TrackMania\\TM_{mode}"
        missing = _by_account(http, emu, headers, info["mapId"], None)
        assert missing.status_code == 404 and missing.json()["message"] == "Not Found"
        assert _by_account(http, emu, headers, info["mapId"], "TimeAttack").status_code == 404
        found = _by_account(http, emu, headers, info["mapId"], mode)
        assert found.status_code == 200
        [record] = found.json()
        assert record["gameMode"] == mode
        score = record["recordScore"]
        assert score["score"] >= 0 and score["time"] > 0
        if mode == "Stunt":
            assert score["respawnCount"] == 0  # the score is the points
        else:
            assert score["respawnCount"] == score["score"]  # the score is the respawns


def test_map_records_v2_account_stunt_points_rank_higher_first(emu: Emulator) -> None:
    stunt = emu.world.leaderboard(_maps(emu)["stunt"])
    platform = emu.world.leaderboard(_maps(emu)["platform"])
    assert stunt is not None and platform is not None
    assert stunt.true_score(1) > stunt.true_score(500) > stunt.true_score(5000)
    assert platform.true_score(1) <= platform.true_score(5000) <= platform.true_score(stunt.size)
    # A new score's position counts the records better than it.
    points = stunt.true_score(100)
    assert stunt.position_for_score(points + 1) <= 100 < stunt.position_for_score(points - 1)


@remark("core/records/map-records-v2-account.md", 6)
def test_map_records_v2_account_clones_need_time_attack_clone(
    http: httpx.Client, emu: Emulator
) -> None:
    headers = user_headers(http, emu, CORE)
    info = _info(http, emu, headers, _maps(emu)["clones"])
    assert info["hasClones"] is True
    assert _by_account(http, emu, headers, info["mapId"], None).json() == []
    assert _by_account(http, emu, headers, info["mapId"], "TimeAttack").json() == []
    [record] = _by_account(http, emu, headers, info["mapId"], "TimeAttackClone").json()
    assert record["gameMode"] == "TimeAttackClone"
    # A map without clones finds nothing in that mode.
    plain = _info(http, emu, headers, emu.world.clubs[0].campaigns[0].map_uids[0])
    assert plain["hasClones"] is False
    assert _by_account(http, emu, headers, plain["mapId"], "TimeAttackClone").json() == []
    [record] = _by_account(http, emu, headers, plain["mapId"], None).json()
    assert record["gameMode"] == "TimeAttack"


@remark("core/records/account-records-v2.md", 3)
def test_account_records_v2_stunt_and_platform_with_their_game_mode(
    http: httpx.Client, emu: Emulator
) -> None:
    headers = user_headers(http, emu, CORE)
    for kind, mode in (("stunt", "Stunt"), ("platform", "Platform")):
        map_id = _info(http, emu, headers, _maps(emu)[kind])["mapId"]
        assert _mine(http, emu, headers, map_id, None).json() == []
        [record] = _mine(http, emu, headers, map_id, mode).json()
        assert record["gameMode"] == mode and record["mapId"] == map_id


@remark("core/records/account-records-v2.md", 4)
def test_account_records_v2_clones_need_time_attack_clone(
    http: httpx.Client, emu: Emulator
) -> None:
    headers = user_headers(http, emu, CORE)
    map_id = _info(http, emu, headers, _maps(emu)["clones"])["mapId"]
    assert _mine(http, emu, headers, map_id, None).json() == []
    [record] = _mine(http, emu, headers, map_id, "TimeAttackClone").json()
    assert record["gameMode"] == "TimeAttackClone"


# The deprecated map records endpoints follow the same rules.

V1 = "core/deprecated/map-records.md"
V2 = "core/deprecated/map-records-v2.md"


def _deprecated(
    http: httpx.Client, emu: Emulator, headers: dict[str, str], route: str, map_id: str,
    mode: str | None,
) -> httpx.Response:
    name = "mapIdList" if route == "/mapRecords/" else "mapId"
    query = f"accountIdList={ME}&{name}={map_id}" + (f"&gameMode={mode}" if mode else "")
    return http.get(f"{emu.core_url}{route}?{query}", headers=headers)


def _stunt_and_platform_need_their_mode(http: httpx.Client, emu: Emulator, route: str) -> None:
    headers = user_headers(http, emu, CORE)
    for kind, mode in (("stunt", "Stunt"), ("platform", "Platform")):
        map_id = _info(http, emu, headers, _maps(emu)[kind])["mapId"]
        for wrong in (None, "TimeAttack", "TimeAttackClone"):
            missing = _deprecated(http, emu, headers, route, map_id, wrong)
            assert missing.status_code == 404 and missing.json()["message"] == "Not Found"
        [record] = _deprecated(http, emu, headers, route, map_id, mode).json()
        assert record["gameMode"] == mode and record["mapId"] == map_id
    # A Race map is not found in those modes.
    race = _info(http, emu, headers, emu.world.clubs[0].campaigns[0].map_uids[0])["mapId"]
    assert _deprecated(http, emu, headers, route, race, "Stunt").status_code == 404


def _clones_need_time_attack_clone(http: httpx.Client, emu: Emulator, route: str) -> None:
    headers = user_headers(http, emu, CORE)
    cloned = _info(http, emu, headers, _maps(emu)["clones"])["mapId"]
    assert _deprecated(http, emu, headers, route, cloned, None).json() == []
    assert _deprecated(http, emu, headers, route, cloned, "TimeAttack").json() == []
    [record] = _deprecated(http, emu, headers, route, cloned, "TimeAttackClone").json()
    assert record["gameMode"] == "TimeAttackClone"
    plain = _info(http, emu, headers, emu.world.clubs[0].campaigns[0].map_uids[0])["mapId"]
    assert _deprecated(http, emu, headers, route, plain, "TimeAttackClone").json() == []
    [record] = _deprecated(http, emu, headers, route, plain, None).json()
    assert record["gameMode"] == "TimeAttack"


@remark(V1, 5)
def test_map_records_stunt_and_platform_need_their_game_mode(
    http: httpx.Client, emu: Emulator
) -> None:
    _stunt_and_platform_need_their_mode(http, emu, "/mapRecords/")


@remark(V1, 6)
def test_map_records_clones_need_time_attack_clone(http: httpx.Client, emu: Emulator) -> None:
    _clones_need_time_attack_clone(http, emu, "/mapRecords/")


def test_map_records_every_map_in_a_game_mode(http: httpx.Client, emu: Emulator) -> None:
    """Without `mapIdList`, the account's records on every map of the mode asked for."""
    headers = user_headers(http, emu, CORE)
    query = f"accountIdList={ME}&gameMode=Stunt"
    found = http.get(f"{emu.core_url}/mapRecords/?{query}", headers=headers).json()
    stunt = {_info(http, emu, headers, uid)["mapId"] for uid in emu.world.clubs[3].campaigns[0]
             .map_uids}
    assert {r["mapId"] for r in found} == stunt
    assert {r["gameMode"] for r in found} == {"Stunt"}


@remark(V2, 5)
def test_map_records_v2_stunt_and_platform_need_their_game_mode(
    http: httpx.Client, emu: Emulator
) -> None:
    _stunt_and_platform_need_their_mode(http, emu, "/v2/mapRecords/")


@remark(V2, 6)
def test_map_records_v2_clones_need_time_attack_clone(http: httpx.Client, emu: Emulator) -> None:
    _clones_need_time_attack_clone(http, emu, "/v2/mapRecords/")


# The account's own records: the latest 1,000, and its own time under a secret threshold.

ACCOUNT_RECORDS = "core/records/account-records-v2.md"


def _in_seasons(
    http: httpx.Client, emu: Emulator, headers: dict[str, str], seasons: list[str]
) -> list[dict[str, str]]:
    query = "seasonIdList=" + ",".join(seasons)
    answer = http.get(f"{emu.core_url}/v2/accounts/{ME}/mapRecords?{query}", headers=headers)
    assert answer.status_code == 200, answer.text
    found: list[dict[str, str]] = answer.json()
    return found


@remark(ACCOUNT_RECORDS, 2)
def test_account_records_v2_only_the_latest_1000(http: httpx.Client, emu: Emulator) -> None:
    headers = user_headers(http, emu, CORE)
    world = emu.world
    seasonal = [c.season_uid for c in world.seasonal_campaigns()]
    weekly = [c.season_uid for c in world.weekly_shorts() + world.weekly_grands()]
    everything = _in_seasons(http, emu, headers, seasonal) + _in_seasons(
        http, emu, headers, weekly
    )
    assert len(everything) > 1000  # the account has more records in those seasons
    latest = _in_seasons(http, emu, headers, seasonal + weekly)
    assert len(latest) == 1000
    kept = {r["mapRecordId"] for r in latest}
    dropped = [r for r in everything if r["mapRecordId"] not in kept]
    assert len(dropped) == len(everything) - 1000
    # The records left out are the oldest ones.
    assert min(r["timestamp"] for r in latest) >= max(r["timestamp"] for r in dropped)


@remark(ACCOUNT_RECORDS, 8)
def test_account_records_v2_hide_the_account_own_time_under_a_secret_threshold(
    http: httpx.Client, emu: Emulator
) -> None:
    headers = user_headers(http, emu, CORE)
    world = emu.world
    hidden_uid = next(
        uid for uid in reversed(world.totd_maps())
        if (board := world.leaderboard(uid)) is not None
        and (board.position_of_account(ME) or 0) <= board.secret_positions
    )
    shown_uid = world.totd_maps()[-1]
    assert shown_uid != hidden_uid
    ids = [_info(http, emu, headers, uid)["mapId"] for uid in (hidden_uid, shown_uid)]
    query = "mapIdList=" + ",".join(ids)
    found = http.get(f"{emu.core_url}/v2/accounts/{ME}/mapRecords?{query}", headers=headers)
    by_map = {r["mapId"]: r for r in found.json()}
    hidden, shown = by_map[ids[0]], by_map[ids[1]]
    assert hidden["recordScore"]["time"] == 4294967295
    assert 0 < shown["recordScore"]["time"] < 4294967295
    for record, status in ((hidden, 403), (shown, 200)):
        path = record["url"].split("/", 3)[3]
        assert http.get(f"{emu.core_url}/{path}").status_code == status
