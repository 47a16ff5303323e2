"""The remarks of the Core API's record pages, current and deprecated."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from .. import raw
from .corelib import HIDDEN, ME, NOBODY, Core, core, declare, is_core_error, remark_number
from .registry import remark

__all__ = ["core"]

V2_ACCOUNT = "core/records/map-records-v2-account.md"
V2_DEPRECATED = "core/deprecated/map-records-v2.md"
V1_DEPRECATED = "core/deprecated/map-records.md"
ACCOUNT_RECORDS = "core/records/account-records-v2.md"


def secret_board(core: Core) -> tuple[str, str, str]:
    """A Track of the Day under a secret threshold: its map ID, an account whose time is
    hidden, and one whose time is shown."""
    world = core.emu.world
    for uid in reversed(world.totd_maps()):
        board = world.leaderboard(uid)
        if board is not None and board.secret_positions:
            hidden = board.account_at(1)
            shown = board.account_at(board.secret_positions + 1)
            return core.map_id(uid), hidden, shown
    raise AssertionError("no Track of the Day has a secret threshold")


def replay_status(core: Core, record: dict[str, Any]) -> int:
    """The status of following a record's `url` (its path, on the emulated Core)."""
    return raw.get(core.emu.core_url + urlsplit(record["url"]).path).status_code


def ranked(core: Core, uid: str, position: int = 20) -> str:
    """The account of the record at `position` on the map `uid`."""
    board = core.emu.world.leaderboard(uid)
    assert board is not None
    account: str = board.account_at(position)
    return account


def records_of(core: Core, route: str, accounts: list[str], map_id: str) -> list[dict[str, Any]]:
    name = "mapIdList" if route == "/mapRecords/" else "mapId"
    found: list[dict[str, Any]] = core.ok(
        route, {"accountIdList": ",".join(accounts), name: map_id}
    )
    return found


# The remarks shared by the records-by-accounts pages (current and deprecated).
BY_ACCOUNTS = {V2_ACCOUNT: "/v2/mapRecords/by-account/", V2_DEPRECATED: "/v2/mapRecords/",
               V1_DEPRECATED: "/mapRecords/"}


def _hides_secret_times(route: str) -> Callable[[Core], None]:
    def test(core: Core) -> None:
        map_id, hidden, shown = secret_board(core)
        answer = {r["accountId"]: r for r in records_of(core, route, [hidden, shown], map_id)}
        assert answer[hidden]["recordScore"]["time"] == HIDDEN
        assert 0 < answer[shown]["recordScore"]["time"] < HIDDEN
        assert (replay_status(core, answer[hidden]), replay_status(core, answer[shown])) == (
            403, 200,
        )

    return test


def _takes_map_ids_only(route: str) -> Callable[[Core], None]:
    def test(core: Core) -> None:
        uid = core.uid()
        refused = core.get(route, {"accountIdList": ME,
                                   ("mapIdList" if route == "/mapRecords/" else "mapId"): uid})
        assert is_core_error(refused, 400)
        assert records_of(core, route, [ME], core.map_id(uid))[0]["mapId"] == core.map_id(uid)

    return test


def _refuses_personal_best(route: str) -> Callable[[Core], None]:
    def test(core: Core) -> None:
        map_id = core.map_id(core.uid())
        name = "mapIdList" if route == "/mapRecords/" else "mapId"
        refused = core.get(route, {"accountIdList": ME, name: map_id, "seasonId": "Personal_Best"})
        assert is_core_error(refused, 400)
        (record,) = records_of(core, route, [ME], map_id)  # the PB: without a season
        assert record["scopeType"] == "PersonalBest"

    return test


for _page, _route in BY_ACCOUNTS.items():
    if _page != V1_DEPRECATED:  # whose page says nothing of secret thresholds
        declare(globals(), _page, "hides_times_under_a_secret_threshold",
                remark_number(_page, "secret threshold"), _hides_secret_times(_route))
    declare(globals(), _page, "takes_map_ids_not_uids",
            remark_number(_page, "to translate `mapUid`s"), _takes_map_ids_only(_route))
    declare(globals(), _page, "refuses_the_personal_best_season",
            remark_number(_page, '"Personal_Best"'), _refuses_personal_best(_route))


def _one_map_only(route: str) -> Callable[[Core], None]:
    def test(core: Core) -> None:
        two = f"{core.map_id(core.uid(1))},{core.map_id(core.uid(2))}"
        refused = core.get(route, {"accountIdList": ME, "mapId": two})
        assert is_core_error(refused, 400) and refused.json()["info"] == ["mapId: Invalid uuid."]

    return test


declare(globals(), V2_ACCOUNT, "takes_one_map", 1, _one_map_only(BY_ACCOUNTS[V2_ACCOUNT]))
declare(globals(), V2_DEPRECATED, "takes_one_map", 1, _one_map_only(BY_ACCOUNTS[V2_DEPRECATED]))


@remark(V2_ACCOUNT, 8)
def test_map_records_v2_account_answers_as_the_deprecated_endpoint(core: Core) -> None:
    map_id, hidden, shown = secret_board(core)
    accounts = [ME, hidden, shown, NOBODY]
    assert records_of(core, "/v2/mapRecords/by-account/", accounts, map_id) == records_of(
        core, "/v2/mapRecords/", accounts, map_id
    )
    for query in ({"accountIdList": ME, "mapId": "x"}, {"accountIdList": "x", "mapId": map_id}):
        new, old = (core.get(route, query).json()
                    for route in ("/v2/mapRecords/by-account/", "/v2/mapRecords/"))
        assert (new["code"], new["info"]) == (old["code"], old["info"])


# The deprecated map records endpoint (several maps, or every map)


@remark(V1_DEPRECATED, 4)
def test_map_records_without_maps_gives_every_own_record(core: Core) -> None:
    every = core.ok("/mapRecords/", {"accountIdList": ME})
    assert len(every) > 100 and {r["accountId"] for r in every} == {ME}
    assert len({r["mapId"] for r in every}) == len(every)
    others = core.get("/mapRecords/", {"accountIdList": core.player(3)})
    assert is_core_error(others, 403)
    server = core.get("/mapRecords/", {"accountIdList": ME}, token=core.server)
    assert server.status_code == 403


@remark(V1_DEPRECATED, 7)
def test_map_records_takes_several_maps_with_one_account_only(core: Core) -> None:
    ids = [core.map_id(core.uid(back)) for back in (1, 2, 3)]
    mine = core.ok("/mapRecords/", {"accountIdList": ME, "mapIdList": ",".join(ids)})
    assert [r["mapId"] for r in mine] == ids
    other = ranked(core, core.uid(1))
    theirs = core.ok("/mapRecords/", {"accountIdList": f"{ME},{other}", "mapIdList": ids[0]})
    assert {r["accountId"] for r in theirs} == {ME, other}
    both = core.get("/mapRecords/", {"accountIdList": f"{ME},{other}",
                                     "mapIdList": ",".join(ids)})
    assert is_core_error(both, 400)


@remark(V2_DEPRECATED, 1)
def test_map_records_v2_takes_one_map_where_the_old_one_took_several(core: Core) -> None:
    ids = [core.map_id(core.uid(back)) for back in (1, 2)]
    old = core.ok("/mapRecords/", {"accountIdList": ME, "mapIdList": ",".join(ids)})
    assert len(old) == 2
    refused = core.get("/v2/mapRecords/", {"accountIdList": ME, "mapId": ",".join(ids)})
    assert is_core_error(refused, 400)


# Account records


@remark(ACCOUNT_RECORDS, 1)
def test_account_records_v2_answers_the_own_account_only(core: Core) -> None:
    map_id = core.map_id(core.uid())
    (mine,) = core.ok(f"/v2/accounts/{ME}/mapRecords", {"mapIdList": map_id})
    assert mine["accountId"] == ME
    other = core.get(f"/v2/accounts/{core.player(3)}/mapRecords", {"mapIdList": map_id})
    assert is_core_error(other, 403) and other.json()["code"] == "C-AA-00-19"
    server = core.server.account_id
    for account in (ME, server):
        refused = core.get(f"/v2/accounts/{account}/mapRecords", {"mapIdList": map_id},
                           token=core.server)
        assert refused.status_code in (401, 403), refused.text


@remark(ACCOUNT_RECORDS, 5)
def test_account_records_v2_applies_both_lists_to_every_record(core: Core) -> None:
    season = core.season()
    inside = [core.map_id(uid) for uid in season.map_uids[:2]]
    outside = core.map_id(core.uid())
    assert core.emu.world.totd_maps()[-1] not in season.map_uids
    path = f"/v2/accounts/{ME}/mapRecords"
    by_maps = core.ok(path, {"mapIdList": ",".join([*inside, outside])})
    assert {r["mapId"] for r in by_maps} == {*inside, outside}
    both = core.ok(path, {"mapIdList": ",".join([*inside, outside]),
                          "seasonIdList": season.season_uid})
    assert {r["mapId"] for r in both} == set(inside)
    assert all(r["scopeType"] == "Season" for r in both)


@remark(ACCOUNT_RECORDS, 6)
def test_account_records_v2_takes_map_ids_not_uids(core: Core) -> None:
    uid = core.uid()
    refused = core.get(f"/v2/accounts/{ME}/mapRecords", {"mapIdList": uid})
    assert is_core_error(refused, 400)
    (record,) = core.ok(f"/v2/accounts/{ME}/mapRecords", {"mapIdList": core.map_id(uid)})
    assert record["mapId"] == core.map_id(uid)


# Records by ID


def _record_id(core: Core, account: str, map_id: str) -> str:
    (record,) = core.ok("/v2/mapRecords/by-account/", {"accountIdList": account, "mapId": map_id})
    found: str = record["mapRecordId"]
    return found


@remark("core/records/map-record.md", 1)
def test_map_record_takes_a_record_id(core: Core) -> None:
    map_id = core.map_id(core.uid())
    record_id = _record_id(core, ME, map_id)
    assert core.ok(f"/mapRecords/{record_id}")["mapRecordId"] == record_id
    for wrong in (map_id, ME, "x"):
        answer = core.get(f"/mapRecords/{wrong}")
        assert answer.status_code in (400, 404) and is_core_error(answer, answer.status_code)
    assert core.get("/mapRecords/x").json()["info"] == {"mapRecordId": "Invalid uuid."}


@remark("core/records/map-record.md", 2)
def test_map_record_hides_a_time_under_a_secret_threshold(core: Core) -> None:
    map_id, hidden, shown = secret_board(core)
    secret = core.ok(f"/mapRecords/{_record_id(core, hidden, map_id)}")
    known = core.ok(f"/mapRecords/{_record_id(core, shown, map_id)}")
    assert secret["recordScore"]["time"] == HIDDEN and known["recordScore"]["time"] < HIDDEN
    assert (replay_status(core, secret), replay_status(core, known)) == (403, 200)


@remark("core/records/map-record.md", 3)
def test_map_record_is_also_found_with_others_by_their_ids(core: Core) -> None:
    map_id = core.map_id(core.uid())
    ids = [_record_id(core, account, map_id) for account in (ME, ranked(core, core.uid()))]
    several = core.ok("/v2/mapRecords/by-id/", {"mapRecordIdList": ",".join(ids)})
    assert several == [core.ok(f"/mapRecords/{i}") for i in ids]


@remark("core/records/map-records-v2-id.md", 1)
def test_map_records_v2_id_takes_record_ids(core: Core) -> None:
    map_id = core.map_id(core.uid())
    record_id = _record_id(core, ME, map_id)
    assert core.ok("/v2/mapRecords/by-id/", {"mapRecordIdList": f"{record_id},{map_id}"}) == [
        core.ok(f"/mapRecords/{record_id}")
    ]
    refused = core.get("/v2/mapRecords/by-id/", {"mapRecordIdList": "x"})
    assert is_core_error(refused, 400)
    assert refused.json()["info"] == ['mapRecordIdList[0]: "x" is not a valid UUID.']


@remark("core/records/map-records-v2-id.md", 3)
def test_map_records_v2_id_hides_times_under_a_secret_threshold(core: Core) -> None:
    map_id, hidden, shown = secret_board(core)
    ids = [_record_id(core, account, map_id) for account in (hidden, shown)]
    answer = core.ok("/v2/mapRecords/by-id/", {"mapRecordIdList": ",".join(ids)})
    times = {r["accountId"]: r["recordScore"]["time"] for r in answer}
    assert times[hidden] == HIDDEN and times[shown] < HIDDEN
    statuses = {r["accountId"]: replay_status(core, r) for r in answer}
    assert (statuses[hidden], statuses[shown]) == (403, 200)
