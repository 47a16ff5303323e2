"""An API's declarations as one namespace, for tests that call declarations directly:
`live = api_declarations("live")`, then `live.get_map_leaderboard`, `live.LEADERBOARD_DEPTH` and
`live.DECLARATIONS` (every endpoint of the API, by name), wherever in `nadeo_api.endpoints.live`
each is declared."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import Any

from nadeo_api._declared import DECLARATIONS, LISTINGS


class Declared:
    def __init__(self, api: str) -> None:
        package = importlib.import_module(f"nadeo_api.endpoints.{api}")
        self._modules: list[ModuleType] = [
            importlib.import_module(f"{package.__name__}.{info.name}")
            for info in pkgutil.iter_modules(package.__path__)
        ]
        self.DECLARATIONS = DECLARATIONS[api]
        self.LISTINGS = LISTINGS[api]

    def __getattr__(self, name: str) -> Any:
        found = {id(v): v for m in self._modules if (v := getattr(m, name, self)) is not self}
        if len(found) != 1:
            raise AttributeError(f"{name}: found {len(found)} times")
        return next(iter(found.values()))


def api_declarations(api: str) -> Declared:
    return Declared(api)
