"""Every declared endpoint and iterator, by API: the one list the client's namespaces, the
command line, the emulator and the tests read."""

from __future__ import annotations

from typing import Any

from . import (
    _core,
    _live,
    _live_club_activities,
    _live_clubs,
    _live_maps,
    _live_records,
    _meet,
    _oauth,
)
from ._endpoint import Endpoint
from ._pagination import Listing

__all__ = ["DECLARATIONS", "LISTINGS", "covered_endpoints", "declarations_of"]

_MODULES = {
    "core": (_core,),
    "live": (_live, _live_records, _live_maps, _live_clubs, _live_club_activities),
    "meet": (_meet,),
    "oauth": (_oauth,),
}

DECLARATIONS: dict[str, dict[str, Endpoint[Any]]] = {
    api: {name: d for module in modules for name, d in module.DECLARATIONS.items()}
    for api, modules in _MODULES.items()
}
"""Each API's declared endpoints, by function name."""

LISTINGS: dict[str, dict[str, Listing[Any]]] = {
    api: {name: d for module in modules for name, d in getattr(module, "LISTINGS", {}).items()}
    for api, modules in _MODULES.items()
}
"""Each API's declared iterators, by function name."""


def declarations_of(api: str) -> list[Endpoint[Any]]:
    """Every declared endpoint of `api` ("core", "live", "meet" or "oauth")."""
    return list(DECLARATIONS[api].values())


def covered_endpoints() -> list[dict[str, str]]:
    """Every declared endpoint with a fixed route, as `{"api", "method", "route", "name"}`
    (and `"deprecated"`: what to use instead, for the endpoints the service deprecated)."""
    declared = [d for api in ("core", "live", "meet", "oauth") for d in declarations_of(api)]
    return [
        {"api": d.api, "method": d.method, "route": d.route, "name": d.name}
        | ({} if d.deprecated is None else {"deprecated": d.deprecated})
        for d in sorted(declared, key=lambda d: (d.api, d.route or "", d.method, d.name))
        if d.route is not None
    ]
