"""Handlers of the emulated Core API's records section: map records by account or ID, and their
replays."""

from __future__ import annotations

from typing import Any

from ..._checks import is_uuid
from ..serving.http import Request, Response, core_code, core_error, json_response, principal_of
from ..serving.routing import AppState, AuthKind, RouteTable
from ..world import GAME_MODES
from ..world import core_maps as maps
from ..world import core_records as records
from ._requests import (
    CLONE_MODE,
    NO_RECORD_MODES,
    Refusal,
    accounts_param,
    forbidden,
    guarded,
    id_list,
    invalid,
    mode_fits,
    not_found,
    path_uuid,
)

REPLAY_TYPE = "application/octet-stream"


MAX_ACCOUNT_RECORDS = 1000


def _records(
    state: AppState, keys: list[records.RecordKey], clone: bool = False
) -> list[dict[str, Any]]:
    found = (records.record_json(state.world, key, clone) for key in keys)
    return [record for record in found if record is not None]


def _ids(req: Request, name: str) -> list[str]:
    ids = id_list(req, name)
    if not all(is_uuid(i) for i in ids):
        raise Refusal(invalid([f"{name}: Invalid uuid."]))
    return [i.lower() for i in ids]


def account_records(state: AppState, req: Request) -> Response:
    """``GET /v2/accounts/{accountId}/mapRecords``: the account's own records only (403
    otherwise), on the maps and in the official campaigns' seasons asked for (seasonal and
    weekly; both apply when both are given; neither is a 400 since January 2026); its latest
    1,000 at most."""
    account_id = path_uuid(req, "accountId", "quoted")
    if account_id != principal_of(req).account_id.lower():
        return forbidden("C-AA-00-19")
    map_ids, season_ids = _ids(req, "mapIdList"), _ids(req, "seasonIdList")
    if not map_ids and not season_ids:
        return invalid(["mapIdList: This value should not be blank."])
    mode = req.param("gameMode")
    infos = [info for info in (maps.find_by_id(state, i) for i in map_ids) if info]
    uids = [info.uid for info in infos if mode_fits(info, mode, bool(season_ids))]
    if season_ids:
        world = state.world
        official = world.seasonal_campaigns() + world.weekly_shorts() + world.weekly_grands()
        seasons = [c for c in official if c.season_uid in season_ids]
        keys = [
            records.RecordKey(uid, account_id, True)
            for campaign in seasons
            for uid in campaign.map_uids
            if not map_ids or uid in uids
        ]
    else:
        keys = [records.RecordKey(uid, account_id, False) for uid in uids]
    if season_ids and mode is not None and mode != "TimeAttack":
        keys = []  # the seasons' maps are all Race maps, without clones
    found = _records(state, keys, clone=mode == CLONE_MODE)
    latest = sorted(found, key=lambda r: r["timestamp"], reverse=True)[:MAX_ACCOUNT_RECORDS]
    return json_response([r for r in found if r in latest])


def map_record(state: AppState, req: Request) -> Response:
    """``GET /mapRecords/{mapRecordId}``: an unknown record is a 404 (the documentation is
    silent)."""
    key = records.parse_record_id(state.world, path_uuid(req, "mapRecordId"))
    record = None if key is None else records.record_json(state.world, key)
    return not_found() if record is None else json_response(record)


def replay(state: AppState, req: Request) -> Response:
    """``GET /mapRecords/{mapRecordId}/replay``, the path of a record's `url`: the replay file,
    but a 403 for a record whose time a secret threshold hides (as the record pages say); an
    unknown record is a 404. Served without a token, as a download link is followed."""
    key = records.parse_record_id(state.world, path_uuid(req, "mapRecordId"))
    record = None if key is None else records.record_json(state.world, key)
    if record is None:
        return not_found()
    if record["recordScore"]["time"] == records.HIDDEN:
        return core_error(403, core_code(403), "Forbidden.")
    # Only the start of a replay file: its signature, then the record it is of.
    return Response(200, b"GBX\x06\x00BUCR" + str(record["mapRecordId"]).encode(), REPLAY_TYPE)


def records_by_ids(state: AppState, req: Request) -> Response:
    """``GET /v2/mapRecords/by-id/``: unknown records are left out."""
    ids = id_list(req, "mapRecordIdList")
    for index, value in enumerate(ids):
        if not is_uuid(value):
            return invalid([f'mapRecordIdList[{index}]: "{value}" is not a valid UUID.'])
    keys = (records.parse_record_id(state.world, value) for value in ids)
    return json_response(_records(state, [key for key in keys if key is not None]))


def records_by_accounts(state: AppState, req: Request) -> Response:
    """``GET /v2/mapRecords/by-account/``: the accounts' records on one map.

    An unknown map, or a Stunt/Platform game mode (no emulated map has those types), is the
    documented 404; `TimeAttackClone` finds nothing, as no emulated map has clones; a season
    other than the map's has no records.
    """
    account_ids = accounts_param(req, listed_info=True)
    raw_map = req.param("mapId") or ""
    if not is_uuid(raw_map):
        return invalid(["mapId: Invalid uuid."])
    season = req.param("seasonId")
    if season is not None and not is_uuid(season):
        return invalid(["seasonId: Invalid uuid."])
    info = maps.find_by_id(state, raw_map)
    game_mode = req.param("gameMode")
    if info is None or state.world.leaderboard(info.uid) is None:
        return not_found()
    needed = GAME_MODES.get(info.map_type)
    if (needed is not None and game_mode != needed) or (
        needed is None and game_mode in NO_RECORD_MODES
    ):
        # A Stunt or Platform map is not found without its game mode (nor a Race map with one).
        return not_found()
    if not mode_fits(info, game_mode, season is not None) or (
        season is not None and season.lower() != info.group_uid
    ):
        return json_response([])
    ordered = [i.lower() for i in id_list(req, "accountIdList") if i.lower() in account_ids]
    keys = [records.RecordKey(info.uid, a, season is not None) for a in dict.fromkeys(ordered)]
    return json_response(_records(state, keys, clone=game_mode == CLONE_MODE))


ROUTES: RouteTable = {
    key: guarded(handler)
    for key, handler in {
        ("GET", "/v2/accounts/{accountId}/mapRecords"): account_records,
        ("GET", "/mapRecords/{mapRecordId}"): map_record,
        ("GET", "/mapRecords/{mapRecordId}/replay"): replay,
        ("GET", "/v2/mapRecords/by-account/"): records_by_accounts,
        ("GET", "/v2/mapRecords/by-id/"): records_by_ids,
    }.items()
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
AUTH: dict[str, AuthKind] = {"/mapRecords/{mapRecordId}/replay": "none"}
"""A record's replay is a file served without a token."""
