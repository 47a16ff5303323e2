"""The emulator's layout mirrors the documentation: the handler of every documented route is
registered by `emulator/<api>/<section>.py`, where the section is the folder of its page."""

from __future__ import annotations

import datetime
import importlib
import pkgutil
from types import ModuleType
from typing import Any

import pytest
from tests.docs import catalogue

from nadeo_api.emulator import EmulatorConfig, create_app

APIS = ("core", "live", "meet", "oauth")
FLOWS = {"auth"}
"""Sections that are no folder of an API's documentation: the token routes of Core and the
OAuth authorization flow (documented under `auth/` and in `oauth/auth.md`)."""


def section_of(entry: dict[str, Any]) -> str:
    """The documentation folder of a catalogue entry, as a module name (`club-management` is
    `club_management`; OAuth's pages are under `oauth/reference/<folder>/`)."""
    parts = entry["doc"].split("/")
    folder = parts[2] if parts[0] == "oauth" else parts[1]
    return str(folder).replace("-", "_")


def api_package(api: str) -> ModuleType:
    return importlib.import_module(f"nadeo_api.emulator.{api}")


def sections(api: str) -> dict[str, ModuleType]:
    """The public modules of an API's package, by name."""
    package = api_package(api)
    return {
        info.name: importlib.import_module(f"{package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
        if not info.name.startswith("_")
    }


def documented_sections(api: str) -> set[str]:
    return {section_of(entry) for entry in catalogue() if entry["api"] == api}


@pytest.mark.parametrize(
    "entry", catalogue(), ids=lambda entry: f"{entry['api']}:{entry['doc']}:{entry['method']}"
)
def test_each_documented_route_is_registered_by_the_module_of_its_section(
    entry: dict[str, Any],
) -> None:
    section = sections(entry["api"]).get(section_of(entry))
    assert section is not None, f"no emulator/{entry['api']}/{section_of(entry)}.py"
    assert (entry["method"], entry["route"]) in section.ROUTES


@pytest.mark.parametrize("api", APIS)
def test_an_apis_sections_are_its_documentation_folders(api: str) -> None:
    assert set(sections(api)) - FLOWS == documented_sections(api)


@pytest.mark.parametrize("api", APIS)
def test_the_app_serves_exactly_the_sections_routes(api: str) -> None:
    gathered: dict[tuple[str, str], Any] = {}
    for module in sections(api).values():
        # No route is registered by two sections.
        assert not gathered.keys() & module.ROUTES.keys()
        gathered.update(module.ROUTES)
    assert gathered == api_package(api).ROUTES
    app = create_app(EmulatorConfig(today=datetime.date(2026, 3, 10)))
    served = {(route.method, route.template) for route in app._routers[api]._routes}
    assert served == set(gathered)


def test_a_section_is_found_from_its_page() -> None:
    assert section_of({"doc": "live/club-management/create-club.md"}) == "club_management"
    assert section_of({"doc": "oauth/reference/favorites/add-favorite.md"}) == "favorites"
