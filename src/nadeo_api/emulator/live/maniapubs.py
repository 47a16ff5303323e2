"""Handlers of the emulated Live API's maniapubs section: the active advertisements."""

from __future__ import annotations

from ..serving.http import Request, Response, json_response
from ..serving.routing import AppState, RouteTable
from ..world import maps as data


def active_maniapubs(state: AppState, req: Request) -> Response:
    """``GET /api/token/advertising/display/active``."""
    ads = data.maniapubs(state.world)
    return json_response({"displayList": ads, "itemCount": len(ads)})


ROUTES: RouteTable = {
    ("GET", "/api/token/advertising/display/active"): active_maniapubs,
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
