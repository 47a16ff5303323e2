"""The Core endpoints the service deprecated, served with the differences their pages document:
the errors' `info` as an object, the old map records endpoint's several maps (for one account),
or every map (for the token's own account)."""

from __future__ import annotations

from typing import Any

from ..._checks import is_uuid
from ..serving.http import Request, Response, json_response, principal_of
from ..serving.routing import AppState, RouteTable
from ..world import GAME_MODES, PERSONAL_BEST, MapInfo
from ..world import core_data as data
from ..world import core_maps as maps
from ..world import core_records as records
from ..world import maps as live_maps
from ._requests import (
    CLONE_MODE,
    accounts_param,
    forbidden,
    guarded,
    id_list,
    invalid,
    known_accounts,
    mode_fits,
    not_found,
)
from .accounts import web_identities
from .records import records_by_accounts

MAX_ALL_RECORDS = 1000
"""The most records the old map records endpoint gives for every map (as the v2 account
records endpoint does: the documentation gives no limit)."""


def _mode_known(info: MapInfo, game_mode: str | None) -> bool:
    """Whether a map is found with `game_mode`: a Stunt or Platform map only with its own
    mode, a Race map with any but those two."""
    needed = GAME_MODES.get(info.map_type)
    return game_mode == needed if needed is not None else game_mode not in GAME_MODES.values()


def display_names(state: AppState, req: Request) -> Response:
    """``GET /accounts/displayNames/`` (removed by the service in 2023, served as its page
    documents it): each known account's name, with its creation date as `timestamp`."""
    out = []
    for account_id in known_accounts(state, accounts_param(req)):
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
    ids, uids = id_list(req, "mapIdList"), id_list(req, "mapUidList")
    if bool(ids) == bool(uids):
        return invalid({"mapIdList": "Give either mapIdList or mapUidList."})
    if ids:
        if not all(is_uuid(i) for i in ids):
            return invalid({"mapIdList": "Invalid uuid."})
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
    raw_accounts = id_list(req, "accountIdList")
    if not raw_accounts or not all(is_uuid(i) for i in raw_accounts):
        return invalid({"accountIdList": "Invalid account id."})
    map_ids = id_list(req, "mapIdList")
    if not all(is_uuid(i) for i in map_ids):
        return invalid({"mapIdList": "Invalid uuid."})
    season = req.param("seasonId")
    if season is not None and not is_uuid(season):
        return invalid({"seasonId": "Invalid uuid."})
    account_ids = list(dict.fromkeys(i.lower() for i in raw_accounts))
    if len(map_ids) > 1 and len(account_ids) > 1:
        return invalid({"accountIdList": "Only one account with several maps."})
    game_mode = req.param("gameMode")
    principal = principal_of(req)
    if not map_ids:
        if principal.kind != "service" or account_ids != [principal.account_id.lower()]:
            return forbidden("C-AA-00-19")
        infos = [info for info in map(state.world.map_info, state.world.map_uids()) if info]
    else:
        found_maps = (maps.find_by_id(state, i) for i in dict.fromkeys(m.lower() for m in map_ids))
        infos = [info for info in found_maps if info is not None]
        if not infos:
            return not_found()
        # As on the current endpoints: a Stunt or Platform map is not found without its game
        # mode, nor a Race map with one.
        infos = [info for info in infos if _mode_known(info, game_mode)]
        if not infos:
            return not_found()
    # A map with clones answers only `TimeAttackClone` without a season, and only it does.
    infos = [info for info in infos if mode_fits(info, game_mode, season is not None)]
    found: list[dict[str, Any]] = []
    for info in infos:
        board = state.world.leaderboard(info.uid)
        if board is None:
            continue
        if season is not None and (
            board.info.group_uid == PERSONAL_BEST or season.lower() != board.info.group_uid
        ):
            continue
        for account_id in account_ids:
            key = records.RecordKey(info.uid, account_id, season is not None)
            record = records.record_json(
                state.world, key, clone=game_mode == CLONE_MODE, board=board
            )
            if record is not None:
                found.append(record)
    if not map_ids:
        latest = sorted(found, key=lambda r: str(r["timestamp"]), reverse=True)
        kept = {id(record) for record in latest[:MAX_ALL_RECORDS]}
        found = [record for record in found if id(record) in kept]
    return json_response(found)


ROUTES: RouteTable = {
    key: guarded(handler)
    for key, handler in {
        ("GET", "/accounts/displayNames/"): display_names,
        # The v2 map records and the webidentities routes answer as their replacements do, as
        # their pages say.
        ("GET", "/webidentities/"): web_identities,
        ("GET", "/maps/"): maps_info,
        ("GET", "/mapRecords/"): map_records,
        ("GET", "/v2/mapRecords/"): records_by_accounts,
    }.items()
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
