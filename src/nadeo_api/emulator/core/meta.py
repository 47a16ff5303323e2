"""Handlers of the emulated Core API's meta section: its route list and the zones."""

from __future__ import annotations

from ..serving.http import Request, Response, json_response
from ..serving.routing import AppState, AuthKind, RouteTable
from ..world import Zone
from ._requests import Refusal, guarded, invalid

ZONES_TIMESTAMP = "2022-11-14T11:19:00+00:00"
"""Every zone's `timestamp` (the last time the zones changed)."""


def api_routes(state: AppState, req: Request) -> Response:
    """``GET /api/routes``: the emulated Core routes, served without a token (the Core index
    page: it "does not require any authentication"). Without `usage`, all of them; `Server`
    leaves out those only user accounts may use."""
    from ..._declared import declarations_of

    usage = req.param("usage")
    if usage not in (None, "Client", "Server"):
        raise Refusal(invalid({"usage": "The value you selected is not a valid choice."}))
    return json_response(
        {
            f"nadeoservices_{declared.name}": {"method": declared.method, "path": declared.route}
            for declared in declarations_of("core")
            if declared.route is not None and (usage != "Server" or not declared.user_only)
        }
    )


def _zone_icon(zone: Zone) -> str:
    if zone.depth == 2:
        return f"file://Media/Flags/{zone.name[:3].upper()}.dds"
    return f"file://Media/Flags/{zone.name.replace(' ', '')}.jpg"


def zones(state: AppState, req: Request) -> Response:
    """``GET /zones/``: the world's zones (countries have three-letter `.dds` flags)."""
    return json_response(
        [
            {
                "icon": _zone_icon(zone),
                "name": zone.name,
                "parentId": zone.parent_id,
                "timestamp": ZONES_TIMESTAMP,
                "zoneId": zone.zone_id,
            }
            for zone in state.world.zones
        ]
    )


ROUTES: RouteTable = {
    key: guarded(handler)
    for key, handler in {
        ("GET", "/api/routes"): api_routes,
        ("GET", "/zones/"): zones,
    }.items()
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
AUTH: dict[str, AuthKind] = {"/api/routes": "none"}
"""The route list is served without a token (the Core index page: it "does not require any
authentication")."""
