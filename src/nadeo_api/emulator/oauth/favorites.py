"""Handlers of the emulated OAuth API's favorites section: the user's favorite maps."""

from __future__ import annotations

from typing import Any

from ..serving.http import Request, Response, json_response
from ..serving.routing import AppState, RouteTable
from ..serving.tokens import OAuthGrant
from ..world import maps
from ._requests import for_user, oauth_error

DEFAULT_FAVORITES_LENGTH = 10


@for_user("read_favorite")
def favorite_maps(state: AppState, req: Request, grant: OAuthGrant) -> Response:
    """``GET /api/user/maps/favorite``: the Live favorites, latest added first."""
    length = req.int_param("length", DEFAULT_FAVORITES_LENGTH)
    offset = req.int_param("offset", 0)
    if length < 1 or offset < 0:
        return oauth_error(400, "invalid_request", "length must be >= 1 and offset >= 0")
    with state.lock:
        added = dict(maps.favorites(state, grant.account_id))
    uids = sorted(added, key=added.__getitem__, reverse=True)[offset : offset + length]
    listed: list[dict[str, Any]] = []
    for uid in uids:
        info = maps.find_map(state, uid)
        if info is not None:
            full = maps.map_json(state.world, info, True)
            listed.append({key: full[key] for key in ("uid", "name", "author", "thumbnailUrl")})
    return json_response({"list": listed})


def _favorite_change(state: AppState, req: Request, grant: OAuthGrant, add: bool) -> Response:
    body = req.json()
    uid = body.get("uid") if isinstance(body, dict) else None
    if not isinstance(uid, str) or not uid:
        return oauth_error(400, "invalid_request", "the body must be a JSON object with a uid")
    if maps.find_map(state, uid) is None:
        # The documentation shows no refusal; an unknown map is most plausibly a 404.
        return oauth_error(404, "not_found", "no map has this uid")
    with state.lock:
        mine = maps.favorites(state, grant.account_id)
        if add:
            maps.add_favorite(state, mine, uid)
        elif not add:
            mine.pop(uid, None)
    return Response(204, b"", None)


@for_user("write_favorite")
def add_favorite(state: AppState, req: Request, grant: OAuthGrant) -> Response:
    """``POST /api/user/maps/favorite/add``."""
    return _favorite_change(state, req, grant, add=True)


@for_user("write_favorite")
def remove_favorite(state: AppState, req: Request, grant: OAuthGrant) -> Response:
    """``POST /api/user/maps/favorite/remove``."""
    return _favorite_change(state, req, grant, add=False)


ROUTES: RouteTable = {
    ("GET", "/api/user/maps/favorite"): favorite_maps,
    ("POST", "/api/user/maps/favorite/add"): add_favorite,
    ("POST", "/api/user/maps/favorite/remove"): remove_favorite,
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
