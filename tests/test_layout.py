"""The declarations are laid out as the API is documented: an endpoint documented on
`live/leaderboards/top.md` is declared in `nadeo_api.endpoints.live.leaderboards`, and found
there without being listed anywhere."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from typing import Any

import pytest

import nadeo_api.endpoints
from nadeo_api._declared import APIS, DECLARATIONS, LISTINGS, modules_of

from .docs import catalogue


def route_key(api: str, method: str, route: str) -> tuple[str, str, str]:
    """A route with its placeholders blanked (`{clubId}` and `{clubID}` are one route)."""
    return api, method, re.sub(r"\{[^}]*\}", "{}", route).rstrip("/")


def section(doc: str) -> str:
    """The module name of a page's folder: `live/club-management/x.md` -> `club_management`."""
    return doc.rsplit("/", 2)[-2].replace("-", "_")


def documented_sections() -> dict[tuple[str, str, str], set[str]]:
    sections: dict[tuple[str, str, str], set[str]] = {}
    for entry in catalogue():
        key = route_key(entry["api"], entry["method"], entry["route"])
        sections.setdefault(key, set()).add(section(entry["doc"]))
    return sections


EVERY = sorted(
    (api, name, declared)
    for api in APIS
    for name, declared in DECLARATIONS[api].items()
    if declared.route is not None
)


@pytest.mark.parametrize(("api", "name", "declared"), EVERY, ids=[f"{a}.{n}" for a, n, _ in EVERY])
def test_each_endpoint_is_declared_in_its_pages_folder(api: str, name: str, declared: Any) -> None:
    folders = documented_sections().get(route_key(api, declared.method, declared.route))
    assert folders, f"{name}: {declared.method} {declared.route} is not in the catalogue"
    assert len(folders) == 1, f"{name}: documented in several folders {sorted(folders)}"
    assert modules_of(api)[name] == f"nadeo_api.endpoints.{api}.{folders.pop()}"


@pytest.mark.parametrize("api", APIS)
def test_generic_verbs_and_iterators_sit_where_their_endpoints_do(api: str) -> None:
    modules = modules_of(api)
    verbs = {n for n, d in DECLARATIONS[api].items() if d.route is None}
    assert "get" in verbs
    assert {modules[n] for n in verbs} == {f"nadeo_api.endpoints.{api}.generic"}
    for name, listed in LISTINGS[api].items():
        assert modules[name] == modules[listed.endpoint.name], name


@pytest.mark.parametrize("api", APIS)
def test_every_declaration_module_is_a_documented_folder(api: str) -> None:
    package = importlib.import_module(f"nadeo_api.endpoints.{api}")
    modules = {m.name for m in pkgutil.iter_modules(package.__path__)}
    folders = {section(e["doc"]) for e in catalogue() if e["api"] == api}
    public = {m for m in modules if not m.startswith("_")}
    assert public - {"generic"} <= folders
    # Each module declares something: no empty section left behind.
    assert {m.rpartition(".")[2] for m in modules_of(api).values()} == public


def test_the_endpoints_package_declares_nothing_itself() -> None:
    assert not [m.name for m in pkgutil.iter_modules(nadeo_api.endpoints.__path__)
                if not m.name.startswith("_") and m.name not in APIS]


def test_importing_one_api_imports_no_other_apis_declarations() -> None:
    script = (
        "import sys\n"
        "from nadeo_api import live\n"
        "from nadeo_api._declared import DECLARATIONS\n"
        "assert DECLARATIONS['live']['get_map_leaderboard']\n"
        "print(sorted({m.split('.')[2] for m in sys.modules"
        " if m.startswith('nadeo_api.endpoints.') and m.count('.') >= 2}))\n"
    )
    found = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split("\n")[0]
    assert found == "['_generic', 'live']"


@pytest.mark.parametrize("api", APIS)
def test_each_model_sits_in_its_endpoints_section_or_the_apis_shared_models(api: str) -> None:
    modules = modules_of(api)
    for name, declared in {**DECLARATIONS[api], **LISTINGS[api]}.items():
        if declared.model is None:
            continue
        where, _, model = declared.model.rpartition(".")
        section = modules[name].rpartition(".")[2]
        assert where in (f"{api}.{section}", f"{api}._shared"), f"{name}: {declared.model}"
        found = declared.model_type()
        if isinstance(found, type):  # a class, not an alias such as `list[ClubTag]`
            assert (found.__module__, found.__name__) == (f"nadeo_api.models.{where}", model)
