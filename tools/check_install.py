"""Check an installed wheel as a user gets it: run with the Python of a clean virtual
environment where only the built wheel (and its dependencies) was installed.

    python tools/check_install.py

It must find the distribution by its name, import `nadeo_api` from that environment (not from
a source tree) and offer the seed API: the `nadeo_api.live` functions with their parameters.
"""

from __future__ import annotations

import importlib.metadata
import inspect
import sys
from pathlib import Path

DISTRIBUTION = "nadeo-client"

# The seed API: each function of `nadeo_api.live`, its parameters and their defaults (the
# generic verbs' `params` and `body` default to None where the seed wrote `{}`: the same calls).
SEED: dict[str, list[tuple[str, object]]] = {
    "delete": [("token", ...), ("endpoint", ...), ("params", None), ("body", None)],
    "get": [("token", ...), ("endpoint", ...), ("params", None)],
    "head": [("token", ...), ("endpoint", ...), ("params", None)],
    "options": [("token", ...), ("endpoint", ...), ("params", None), ("body", None)],
    "patch": [("token", ...), ("endpoint", ...), ("params", None), ("body", None)],
    "post": [("token", ...), ("endpoint", ...), ("params", None), ("body", None)],
    "put": [("token", ...), ("endpoint", ...), ("params", None), ("body", None)],
    "get_club_campaign": [("token", ...), ("club_id", ...), ("campaign_id", ...)],
    "get_map_leaderboard": [
        ("token", ...), ("map_uid", ...), ("group_uid", "Personal_Best"), ("only_world", True),
        ("length", 5), ("offset", 0),
    ],
    "get_map_review_connect": [("token", ...), ("review_type", ...)],
    "get_map_review_submitted": [
        ("token", ...), ("review_type", ...), ("length", 144), ("offset", 0),
    ],
    "get_map_review_waiting_time": [("token", ...), ("review_type", ...)],
    "get_maps_royal": [("token", ...), ("length", 51), ("offset", 0)],
    "get_maps_seasonal": [("token", ...), ("length", 1), ("offset", 0)],
    "get_maps_totd": [("token", ...), ("length", 1), ("offset", 0)],
    "get_maps_weekly_grand": [("token", ...), ("length", 1), ("offset", 0)],
    "get_maps_weekly_short": [("token", ...), ("length", 1), ("offset", 0)],
    "get_player_club_record": [
        ("token", ...), ("map_uid", ...), ("club_id", ...), ("group_uid", "Personal_Best"),
    ],
    "get_server_accounts": [("token", ...)],
}


def parameters(function: object) -> list[tuple[str, object]]:
    empty = inspect.Parameter.empty
    return [
        (p.name, ... if p.default is empty else p.default)
        for p in inspect.signature(function).parameters.values()  # type: ignore[arg-type]
        if p.kind is not inspect.Parameter.VAR_KEYWORD
    ]


def main() -> int:
    import nadeo_api
    from nadeo_api import live

    problems: list[str] = []
    version = importlib.metadata.version(DISTRIBUTION)
    if nadeo_api.__version__ != version:
        problems.append(f"nadeo_api {nadeo_api.__version__} but {DISTRIBUTION} {version}")
    where = Path(nadeo_api.__file__).resolve()
    if "site-packages" not in where.parts:
        problems.append(f"nadeo_api imported from {where}, not from the installed wheel")
    if not (where.parent / "py.typed").is_file():
        problems.append("py.typed is missing")
    for name, expected in SEED.items():
        function = getattr(live, name, None)
        if function is None:
            problems.append(f"nadeo_api.live.{name} is missing")
        elif parameters(function) != expected:
            problems.append(f"nadeo_api.live.{name}{parameters(function)} != {expected}")
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{DISTRIBUTION} {version}: import nadeo_api with the seed API, from {where.parent}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
