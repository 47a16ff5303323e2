"""Regenerate the public endpoint modules from the declarations.

    python tools/gen_public.py          # rewrite them
    python tools/gen_public.py --check  # exit 1 if any is out of date (run by the tests)

`nadeo_api.live`, `core`, `meet` and their `aio` twins list every declared function by name
(so editors and type checkers see them); this writes those lists from the declaration
modules, and `nadeo_api.models` from the model modules.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "nadeo_api"

APIS = {
    "live": ("_live", "_live_records", "_live_maps", "_live_clubs", "_live_club_activities"),
    "core": ("_core",),
    "meet": ("_meet",),
}
TITLES = {
    "live": "the Live API: campaigns, Tracks of the Day, leaderboards, maps, clubs, map review",
    "core": "the Core API: accounts, maps, records, skins, zones",
    "meet": "the Meet API: competitions, cups of the day, matches, matchmaking",
}
AUDIENCES = {"live": "NadeoLiveServices", "core": "NadeoServices", "meet": "NadeoLiveServices"}
MODEL_MODULES = (
    "accounts", "campaigns", "clubs", "leaderboards", "map_review", "maps", "club_members",
    "club_activities", "core", "meet", "oauth",
)


def _bind(name: str, binder: str, module: str) -> str:
    line = f"{name} = {binder}({module}.{name}, __name__)"
    return line if len(line) <= 100 else f"{name} = {binder}(\n    {module}.{name}, __name__\n)"


def public_module(api: str, asynchronous: bool) -> str:
    modules = APIS[api]
    sections = []
    for module in modules:
        loaded = importlib.import_module(f"nadeo_api.{module}")
        sections.append((module, list(loaded.DECLARATIONS), list(loaded.LISTINGS)))
    names = [n for _, declared, listed in sections for n in declared + listed]
    if len(names) != len(set(names)):
        raise SystemExit(f"{api}: a function name is declared twice")
    up = ".." if asynchronous else "."
    if asynchronous:
        doc = (
            f"Async twins of `nadeo_api.{api}`: same names, parameters and checks, awaited.\n\n"
            "They run on the running event loop's default `AsyncClient`; "
            f"`AsyncClient().{api}` has the\nsame coroutines bound to a client of your own.\n"
        )
        function, iterator = "async_function", "async_iterator"
    else:
        doc = (
            f"Functions for {TITLES[api]}.\n\n"
            f"Each function takes a token for the `{AUDIENCES[api]}` audience first, checks its\n"
            "arguments before sending anything, and returns the decoded JSON; its `.typed` twin\n"
            "returns the answer's model from `nadeo_api.models`. They run on the process's\n"
            f"default `Client`; `Client().{api}` has them bound to a client of your own, and\n"
            f"`nadeo_api.aio.{api}` has their async twins. `nadeo-api endpoints` lists them all.\n"
        )
        function, iterator = "sync_function", "sync_iterator"
    lines = [
        f'"""{doc}"""',
        "",
        "from __future__ import annotations",
        "",
        f"from {up} import {', '.join(sorted(modules))}",
        f"from {up}_endpoint import {function}",
    ]
    if any(listed for _, _, listed in sections):
        lines.append(f"from {up}_pagination import {iterator}")
    lines += ["", "__all__ = ["] + [f'    "{n}",' for n in sorted(names)] + ["]", ""]
    for module, declared, listed in sections:
        lines += [_bind(n, function, module) for n in declared]
        lines += [_bind(n, iterator, module) for n in listed]
    return "\n".join(lines) + "\n"


def models_module() -> str:
    names = ["Model", "format_race_time", "parse", "to_datetime"]
    imports = ["from ._base import Model, format_race_time, parse, to_datetime"]
    for module in sorted(MODEL_MODULES):
        exported = sorted(
            importlib.import_module(f"nadeo_api.models.{module}").__all__, key=str.lower
        )
        if set(exported) & set(names):
            raise SystemExit(f"models.{module}: a name is exported twice")
        if not exported:
            continue
        names += exported
        listed = "".join(f"    {n},\n" for n in exported)
        imports.append(f"from .{module} import (\n{listed})")
    doc = (PACKAGE / "models" / "__init__.py").read_text().split('"""')[1]
    return (
        f'"""{doc}"""\n\n' + "\n".join(imports) + "\n\n__all__ = [\n"
        + "".join(f'    "{n}",\n' for n in sorted(names)) + "]\n"
    )


def targets() -> dict[Path, str]:
    sys.path.insert(0, str(PACKAGE.parent))
    files = {PACKAGE / "models" / "__init__.py": models_module()}
    for api in APIS:
        files[PACKAGE / f"{api}.py"] = public_module(api, asynchronous=False)
        files[PACKAGE / "aio" / f"{api}.py"] = public_module(api, asynchronous=True)
    return files


def main() -> int:
    stale = [path for path, text in targets().items() if not path.exists()
             or path.read_text() != text]
    if "--check" in sys.argv:
        for path in stale:
            print(f"out of date: {path.relative_to(PACKAGE.parent.parent)}")
        return 1 if stale else 0
    for path, text in targets().items():
        path.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
