"""The Core endpoints the service deprecated, served with the differences their pages document:
the errors' `info` as an object, the old map records endpoint's several maps (for one account),
or every map (for the token's own account)."""

from __future__ import annotations

from typing import Any

from . import _core_data as data
from . import _core_maps as maps
from . import _core_records as records
from . import _maps_data as live_maps
from ._core_api import (
    _accounts,
    _guarded,
    _known,
    _principal,
    records_by_accounts,
    web_identities,
)
from ._http import Request, Response, json_response
from ._routing import AppState, Handler, RouteTable
from ._world import PERSONAL_BEST

MAX_ALL_RECORDS = 1000
"""The most records the old map records endpoint gives for every map (as the v2 account
records endpoint does: the documentation gives no limit)."""
_NO_RECORD_MODES = ("Stunt", "Platform")
_CLONE_MODE = "TimeAttackClone"


def display_names(state: AppState, req: Request) -> Response:
    """``GET /accounts/displayNames/`` (removed by the service in 2023, served as its page
    documents it): each known account's name, with its creation date as `timestamp`."""
    out = []
    for account_id in _known(state, _accounts(req)):
        configured = state.world.configured_account(account_id)
        name = state.world.display_name(account_id) or (
            configured.display_name if configured is not None else account_id
        )
        created = data.iso(data.account_created(state.world, account_id))
        out.append({"accountId": account_id, "displayName": name, "timestamp": created})
    return json_response(out)


def maps_info(state: AppState, req: Request) -> Response:
    """``GET /maps/``: by `mapIdList` (an invalid ID is a 400) or by `mapUidList` (invalid
    UIDs are left out), one of them at a time; unknown maps are left out."""
    ids, uids = data.id_list(req, "mapIdList"), data.id_list(req, "mapUidList")
    if bool(ids) == bool(uids):
        return data.invalid({"mapIdList": "Give either mapIdList or mapUidList."})
    if ids:
        if not all(data.is_uuid(i) for i in ids):
            return data.invalid({"mapIdList": "Invalid uuid."})
        found = {maps.find_by_id(state, i) for i in ids}
        key = "mapId"
    else:
        found = {live_maps.find_map(state, uid) for uid in uids}
        key = "mapUid"
    infos = [maps.map_json(state.world, m) for m in found if m is not None]
    return json_response(sorted(infos, key=lambda m: str(m[key])))


def map_records(state: AppState, req: Request) -> Response:
    """``GET /mapRecords/``: the accounts' records on the maps (several maps only with one
    account, since July 2024: else a 400), or, without `mapIdList`, the records of the
    token's own account on every map (403 for another account, or a dedicated server's
    token)."""
    raw_accounts = data.id_list(req, "accountIdList")
    if not raw_accounts or not all(data.is_uuid(i) for i in raw_accounts):
        return data.invalid({"accountIdList": "Invalid account id."})
    map_ids = data.id_list(req, "mapIdList")
    if not all(data.is_uuid(i) for i in map_ids):
        return data.invalid({"mapIdList": "Invalid uuid."})
    season = req.param("seasonId")
    if season is not None and not data.is_uuid(season):
        return data.invalid({"seasonId": "Invalid uuid."})
    account_ids = list(dict.fromkeys(i.lower() for i in raw_accounts))
    if len(map_ids) > 1 and len(account_ids) > 1:
        return data.invalid({"accountIdList": "Only one account with several maps."})
    game_mode = req.param("gameMode")
    principal = _principal(req)
    if not map_ids:
        if principal.kind != "service" or account_ids != [principal.account_id.lower()]:
            return data.forbidden("C-AA-00-19")
        uids = state.world.map_uids()
    else:
        infos = [maps.find_by_id(state, i) for i in dict.fromkeys(m.lower() for m in map_ids)]
        uids = [info.uid for info in infos if info is not None]
        if not uids:
            return data.not_found()
    if game_mode in _NO_RECORD_MODES:
        return data.not_found()  # no emulated map is a Stunt or Platform map
    if game_mode == _CLONE_MODE:
        return json_response([])  # nor has clones
    found: list[dict[str, Any]] = []
    for uid in uids:
        board = state.world.leaderboard(uid)
        if board is None:
            continue
        if season is not None and (
            board.info.group_uid == PERSONAL_BEST or season.lower() != board.info.group_uid
        ):
            continue
        for account_id in account_ids:
            record = records.record_json(
                state.world, records.RecordKey(uid, account_id, season is not None), board=board
            )
            if record is not None:
                found.append(record)
    if not map_ids:
        latest = sorted(found, key=lambda r: str(r["timestamp"]), reverse=True)
        kept = {id(record) for record in latest[:MAX_ALL_RECORDS]}
        found = [record for record in found if id(record) in kept]
    return json_response(found)


_HANDLERS: dict[tuple[str, str], Handler] = {
    ("GET", "/accounts/displayNames/"): display_names,
    ("GET", "/webidentities/"): web_identities,
    ("GET", "/maps/"): maps_info,
    ("GET", "/mapRecords/"): map_records,
    ("GET", "/v2/mapRecords/"): records_by_accounts,
}

DEPRECATED_ROUTES: RouteTable = {key: _guarded(handler) for key, handler in _HANDLERS.items()}
"""The deprecated Core routes (the v2 map records and the webidentities routes answer as
their replacements do, as their pages say)."""
