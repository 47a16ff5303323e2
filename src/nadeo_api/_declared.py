"""Every declared endpoint and iterator, by API: the one list the client's namespaces, the
command line, the emulator and the tests read."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Any, Generic, TypeVar

from ._endpoint import Endpoint
from ._pagination import Listing

__all__ = ["DECLARATIONS", "LISTINGS", "covered_endpoints", "declarations_of"]

_MODULES = {
    "core": ("_core",),
    "live": ("_live", "_live_records", "_live_maps", "_live_clubs", "_live_club_activities"),
    "meet": ("_meet",),
    "oauth": ("_oauth",),
}
"""The modules that declare each API's endpoints, imported when that API is first asked for
(`from nadeo_api import live` need not import the Core and Meet declarations)."""

D = TypeVar("D")


class _ByApi(Mapping[str, dict[str, D]], Generic[D]):
    """Each API's declarations of one kind (`DECLARATIONS` or `LISTINGS` of its modules), by
    function name."""

    def __init__(self, kind: str) -> None:
        self._kind = kind
        self._loaded: dict[str, dict[str, D]] = {}

    def __getitem__(self, api: str) -> dict[str, D]:
        found = self._loaded.get(api)
        if found is None:
            modules = [importlib.import_module(f"nadeo_api.{name}") for name in _MODULES[api]]
            found = self._loaded[api] = {
                name: declared
                for module in modules
                for name, declared in getattr(module, self._kind, {}).items()
            }
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


DECLARATIONS: Mapping[str, dict[str, Endpoint[Any]]] = _ByApi("DECLARATIONS")
"""Each API's declared endpoints, by function name."""

LISTINGS: Mapping[str, dict[str, Listing[Any]]] = _ByApi("LISTINGS")
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
