"""Every declared endpoint and iterator, by API: the one list the client's namespaces, the
command line, the emulator and the tests read.

Nothing lists the declarations by hand: the first time an API is asked for, every module of its
package `nadeo_api.endpoints.<api>` is imported (those whose names start with `_` hold shared
helpers, not declarations) and each `Endpoint` and `Listing` found at the top of a module is
that API's. `from nadeo_api import live` thus imports none of the Core and Meet declarations.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import Any, Generic, TypeVar

from ._endpoint import Endpoint
from ._pagination import Listing

__all__ = ["APIS", "DECLARATIONS", "LISTINGS", "covered_endpoints", "declarations_of", "modules_of"]

APIS = ("core", "live", "meet", "oauth")
"""The APIs, each with its package of declarations under `nadeo_api.endpoints`."""

D = TypeVar("D")


class _Found:
    """One API's declarations, found by walking its package."""

    def __init__(self, api: str) -> None:
        import pkgutil  # here: only walking the declarations needs it

        self.endpoints: dict[str, Endpoint[Any]] = {}
        self.listings: dict[str, Listing[Any]] = {}
        self.modules: dict[str, str] = {}
        package = importlib.import_module(f"nadeo_api.endpoints.{api}")
        for info in pkgutil.iter_modules(package.__path__):
            if info.name.startswith("_"):
                continue
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for value in vars(module).values():
                if isinstance(value, Endpoint):
                    self._add(self.endpoints, value, module.__name__)
                elif isinstance(value, Listing):
                    self._add(self.listings, value, module.__name__)

    def _add(self, found: dict[str, Any], declared: Any, module: str) -> None:
        # A declaration is found once, in the module that declares it: a module that imported
        # another's declaration would otherwise claim it too.
        if declared.name in self.modules:
            raise RuntimeError(
                f"{declared.name} is declared in {self.modules[declared.name]} and {module}"
            )
        found[declared.name] = declared
        self.modules[declared.name] = module


_FOUND: dict[str, _Found] = {}


def _found(api: str) -> _Found:
    found = _FOUND.get(api)
    if found is None:
        if api not in APIS:
            raise KeyError(api)
        found = _FOUND[api] = _Found(api)
    return found


class _ByApi(Mapping[str, dict[str, D]], Generic[D]):
    """Each API's declarations of one kind (`endpoints` or `listings`), by function name."""

    def __init__(self, kind: str) -> None:
        self._kind = kind

    def __getitem__(self, api: str) -> dict[str, D]:
        declared: dict[str, D] = getattr(_found(api), self._kind)
        return declared

    def __iter__(self) -> Iterator[str]:
        return iter(APIS)

    def __len__(self) -> int:
        return len(APIS)


DECLARATIONS: Mapping[str, dict[str, Endpoint[Any]]] = _ByApi("endpoints")
"""Each API's declared endpoints, by function name."""

LISTINGS: Mapping[str, dict[str, Listing[Any]]] = _ByApi("listings")
"""Each API's declared iterators, by function name."""


def declarations_of(api: str) -> list[Endpoint[Any]]:
    """Every declared endpoint of `api` ("core", "live", "meet" or "oauth")."""
    return list(DECLARATIONS[api].values())


def modules_of(api: str) -> dict[str, str]:
    """The module declaring each endpoint and iterator of `api`, by function name."""
    return dict(_found(api).modules)


def covered_endpoints() -> list[dict[str, str]]:
    """Every declared endpoint with a fixed route, as `{"api", "method", "route", "name"}`
    (and `"deprecated"`: what to use instead, for the endpoints the service deprecated)."""
    declared = [d for api in APIS for d in declarations_of(api)]
    return [
        {"api": d.api, "method": d.method, "route": d.route, "name": d.name}
        | ({} if d.deprecated is None else {"deprecated": d.deprecated})
        for d in sorted(declared, key=lambda d: (d.api, d.route or "", d.method, d.name))
        if d.route is not None
    ]
