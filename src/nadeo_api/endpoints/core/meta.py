"""Declarations of the Core API's endpoints documented under `core/meta/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import _checks as check
from ..._endpoint import Call, call, endpoint

if TYPE_CHECKING:
    from ...auth import WebServicesToken


ROUTE_USAGES = ("Client", "Server")


@endpoint("core", "GET", "/api/routes", model="core.meta.ApiRoutes")
def get_api_routes(token: WebServicesToken, usage: str | None = None) -> Call:
    """Get every route of the Core API (method and path by route name).

    Args:
        usage: `Client` (routes for players), `Server` (routes for dedicated servers), or None
            (every route).

    Remarks: the service needs no token for it; the token only says where Core is.
    """
    if usage is None:
        return call()
    return call(query={"usage": check.choice("usage", usage, ROUTE_USAGES)})


@endpoint("core", "GET", "/zones/", model="core.meta.ZoneInfoList")
def get_zones(token: WebServicesToken) -> Call:
    """Get every zone (World, continents, countries, regions) with its parent."""
    return call()
