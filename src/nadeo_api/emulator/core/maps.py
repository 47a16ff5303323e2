"""Handlers of the emulated Core API's maps section: maps by author, submitter, ID or UID,
favorites and votes."""

from __future__ import annotations

from typing import Any

from ..serving.http import Request, Response, json_response, principal_of
from ..serving.routing import AppState, RouteTable
from ..world import MapInfo
from ..world import core_maps as maps
from ..world import maps as live_maps
from ._requests import (
    Refusal,
    guarded,
    id_list,
    invalid,
    map_uid_of,
    not_found,
    path_uuid,
    query_int,
)


def _map_page(state: AppState, infos: list[MapInfo]) -> Response:
    return json_response(
        {"mapList": [maps.map_json(state.world, m) for m in infos], "count": len(infos)}
    )


def authored_maps(state: AppState, req: Request) -> Response:
    """``GET /maps/by-author``: the maps the account made or last saved, whoever uploaded them."""
    return _map_page(state, maps.authored_maps(state, principal_of(req).account_id))


def submitted_maps(state: AppState, req: Request) -> Response:
    """``GET /maps/by-submitter``: the maps the account uploaded, whoever made them."""
    return _map_page(state, maps.submitted_maps(state, principal_of(req).account_id))


def _favorite_change(state: AppState, req: Request, add: bool) -> Response:
    body = req.json()
    uid = map_uid_of(body.get("mapUid") if isinstance(body, dict) else None)
    principal = principal_of(req)
    # Dedicated servers get the same answer but keep no favorites, as on the Live API.
    if principal.kind == "service":
        maps.change_favorite(state, principal.account_id, uid, add)
    return json_response(None)


def add_favorite(state: AppState, req: Request) -> Response:
    """``POST /maps/favorites``: 200 `null`, whether the map was added or not."""
    return _favorite_change(state, req, add=True)


def remove_favorite(state: AppState, req: Request) -> Response:
    """``DELETE /maps/favorites``: 200 `null`, even for a map that was no favorite."""
    return _favorite_change(state, req, add=False)


def _favorites(state: AppState, req: Request, entries: list[tuple[Any, int]]) -> Response:
    account_id = principal_of(req).account_id
    favorites = [maps.favorite_json(account_id, info, added) for info, added in entries]
    return json_response({"mapFavoriteList": favorites, "count": len(favorites)})


def favorites_by_uids(state: AppState, req: Request) -> Response:
    """``GET /maps/favorites/by-map-uids``: the favorites among the maps, oldest first."""
    wanted = {map_uid_of(uid) for uid in id_list(req, "mapUidList") or [""]}
    entries = maps.favorite_entries(state, principal_of(req).account_id)
    return _favorites(state, req, [e for e in entries if e[0].uid in wanted])


def favorite_maps(state: AppState, req: Request) -> Response:
    """``GET /maps/favorites``: sorted, filtered; `count` counts every match.

    Every emulated map is playable; as on the Live API, `playable=false` filters nothing.
    """
    offset = query_int(req, "offset", None, 0, None)
    length = query_int(req, "length", None, 1, None)
    sort, order = req.param("sort") or "date", req.param("order") or "desc"
    if sort not in ("date", "name") or order not in ("asc", "desc"):
        raise Refusal(invalid(["sort: The value you selected is not a valid choice."]))
    principal = principal_of(req)
    entries = maps.favorite_entries(state, principal.account_id)
    types = {t.lower() for t in (req.param("mapTypeList") or "").split(",") if t}
    if types:
        entries = [e for e in entries if e[0].map_type.lower() in types]
    if req.bool_param("onlyMine"):
        entries = [e for e in entries if e[0].author_account_id == principal.account_id]
    if sort == "name":
        entries.sort(key=lambda e: e[0].name.lower())
    if order == "desc":
        entries.reverse()
    page = [
        maps.favorite_json(principal.account_id, info, added)
        for info, added in entries[offset : offset + length]
    ]
    return json_response({"mapFavoriteList": page, "count": len(entries)})


def maps_by_ids(state: AppState, req: Request) -> Response:
    """``GET /maps/by-id/``: unknown or invalid IDs are left out."""
    found = {maps.find_by_id(state, i) for i in id_list(req, "mapIdList")}
    infos = [maps.map_json(state.world, m) for m in found if m is not None]
    return json_response(sorted(infos, key=lambda m: m["mapId"]))


def maps_by_uids(state: AppState, req: Request) -> Response:
    """``GET /maps/by-uid/``: unknown or invalid UIDs are left out."""
    found = {live_maps.find_map(state, uid) for uid in id_list(req, "mapUidList")}
    infos = [maps.map_json(state.world, m) for m in found if m is not None]
    return json_response(sorted(infos, key=lambda m: m["mapUid"]))


def map_info(state: AppState, req: Request) -> Response:
    """``GET /maps/{mapId}``: an unknown map is a 404 (the documentation is silent)."""
    info = maps.find_by_id(state, path_uuid(req, "mapId", "list"))
    if info is None:
        return not_found()
    return json_response(maps.map_json(state.world, info))


def get_vote(state: AppState, req: Request) -> Response:
    """``GET /maps/{mapUid}/votes``: vote 0 (and no date) when the account never voted."""
    uid = map_uid_of(req.path_params["mapUid"])
    account_id = principal_of(req).account_id
    vote, day = maps.vote_of(state, account_id, uid)
    return json_response({"accountId": account_id, "mapUid": uid, "vote": vote, "voteDate": day})


def set_vote(state: AppState, req: Request) -> Response:
    """``POST /maps/{mapUid}/votes``: 200 `null`. An unknown map is a 404 (the documentation
    is silent); dedicated servers get the same answer but keep no votes."""
    uid = map_uid_of(req.path_params["mapUid"])
    body = req.json()
    vote = body.get("vote") if isinstance(body, dict) else None
    if isinstance(vote, bool) or vote not in (-1, 0, 1):
        raise Refusal(invalid(["vote: The value you selected is not a valid choice."]))
    if live_maps.find_map(state, uid) is None:
        return not_found()
    principal = principal_of(req)
    if principal.kind == "service":
        maps.set_vote(state, principal.account_id, uid, vote)
    return json_response(None)


ROUTES: RouteTable = {
    key: guarded(handler)
    for key, handler in {
        ("POST", "/maps/favorites"): add_favorite,
        ("DELETE", "/maps/favorites"): remove_favorite,
        ("GET", "/maps/by-author"): authored_maps,
        ("GET", "/maps/by-submitter"): submitted_maps,
        ("GET", "/maps/favorites/by-map-uids"): favorites_by_uids,
        ("GET", "/maps/favorites"): favorite_maps,
        ("GET", "/maps/by-id/"): maps_by_ids,
        ("GET", "/maps/by-uid/"): maps_by_uids,
        ("GET", "/maps/{mapId}"): map_info,
        ("POST", "/maps/{mapUid}/votes"): set_vote,
        ("GET", "/maps/{mapUid}/votes"): get_vote,
    }.items()
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
