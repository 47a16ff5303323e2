"""Handlers of the emulated Live API's maps section: maps by UID, uploaded maps and
favorites."""

from __future__ import annotations

from typing import Any

from ..serving.http import (
    BadRequest,
    Request,
    Response,
    error_response,
    json_response,
    principal_of,
)
from ..serving.routing import AppState, RouteTable
from ..world import MapInfo
from ..world import maps as data
from ._requests import slice_args

MAX_MAP_UIDS = 100
_INTERNAL_LOG = "Nadeo Live Services Internal Log"


def _map_items(state: AppState, req: Request, maps: list[MapInfo]) -> list[dict[str, Any]]:
    """Maps as JSON, `favorite` saying whether the requester has them as favorites."""
    with state.lock:
        liked = set(data.favorites(state, principal_of(req).account_id))
    return [data.map_json(state.world, m, m.uid in liked) for m in maps]


def _map_list(state: AppState, req: Request, maps: list[MapInfo], total: int) -> Response:
    return json_response({"mapList": _map_items(state, req, maps), "itemCount": total})


def map_info(state: AppState, req: Request) -> Response:
    """``GET /api/token/map/{mapUid}``: an unknown map is a 500, as the service answers."""
    info = data.find_map(state, req.path_params["mapUid"])
    if info is None:
        return error_response(500, "NotFoundHttpException", _INTERNAL_LOG)
    return json_response(_map_items(state, req, [info])[0])


def maps_info(state: AppState, req: Request) -> Response:
    """``GET /api/token/map/get-multiple``: unknown UIDs are left out."""
    raw = req.param("mapUidList") or ""
    uids = [uid for uid in raw.split(",") if uid]
    if len(uids) > MAX_MAP_UIDS:
        # The documentation gives the limit, not the refusal: a 400 is the likely answer.
        raise BadRequest(f"mapUidList may hold at most {MAX_MAP_UIDS} map UIDs")
    found = [info for info in (data.find_map(state, uid) for uid in uids) if info is not None]
    return _map_list(state, req, found, len(found))


def uploaded(state: AppState, req: Request) -> Response:
    """``GET /api/token/map``: the account's uploaded maps, newest first.

    The documentation gives no defaults: without `length` every map is answered.
    """
    maps = data.uploaded_by(state, principal_of(req).account_id)
    length, offset = slice_args(req, len(maps))
    return _map_list(state, req, maps[offset : offset + length], len(maps))


def _favorite_change(state: AppState, req: Request, add: bool) -> Response:
    uid = req.path_params["mapUid"]
    if data.find_map(state, uid) is None:
        return error_response(500, "InternalServerError", _INTERNAL_LOG)
    principal = principal_of(req)
    # Dedicated servers get the same 204 but keep no favorites.
    if principal.kind == "service":
        with state.lock:
            mine = data.favorites(state, principal.account_id)
            if add:
                data.add_favorite(state, mine, uid)
            elif not add:
                mine.pop(uid, None)
    return Response(204, b"", None)


def add_favorite(state: AppState, req: Request) -> Response:
    """``POST /api/token/map/favorite/{mapUid}/add``."""
    return _favorite_change(state, req, add=True)


def remove_favorite(state: AppState, req: Request) -> Response:
    """``POST /api/token/map/favorite/{mapUid}/remove``."""
    return _favorite_change(state, req, add=False)


def favorite_maps(state: AppState, req: Request) -> Response:
    """``GET /api/token/map/favorite``: sorted by addition date or name, filtered.

    Every emulated map is playable; `playable=false` filters nothing.
    """
    principal = principal_of(req)
    with state.lock:
        added = dict(data.favorites(state, principal.account_id))
    maps = [info for info in (data.find_map(state, uid) for uid in added) if info is not None]
    types = {t for t in (req.param("mapTypeList") or "").split(",") if t}
    if types:
        maps = [m for m in maps if m.map_type in types]
    if req.bool_param("onlyMine"):
        maps = [m for m in maps if m.author_account_id == principal.account_id]
    sort, order = req.param("sort") or "date", req.param("order") or "desc"
    if sort not in ("date", "name") or order not in ("asc", "desc"):
        raise BadRequest("sort must be date or name, order asc or desc")
    maps.sort(key=(lambda m: m.name.lower()) if sort == "name" else (lambda m: added[m.uid]))
    if order == "desc":
        maps.reverse()
    length, offset = slice_args(req, 1)
    if length < 1:
        raise BadRequest("length must be at least 1")
    return _map_list(state, req, maps[offset : offset + length], len(maps))


ROUTES: RouteTable = {
    ("GET", "/api/token/map/{mapUid}"): map_info,
    ("GET", "/api/token/map/get-multiple"): maps_info,
    ("GET", "/api/token/map"): uploaded,
    ("GET", "/api/token/map/favorite"): favorite_maps,
    ("POST", "/api/token/map/favorite/{mapUid}/add"): add_favorite,
    ("POST", "/api/token/map/favorite/{mapUid}/remove"): remove_favorite,
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
