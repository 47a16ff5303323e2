"""Read the community documentation (beside the repository, in shared/reference) for contract
tests: each page's documented example answer, and the catalogue of endpoints."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference"
DOCS = REFERENCE / "nadeoapi-docs"


def require_docs() -> None:
    if not DOCS.is_dir():
        pytest.skip(f"the community documentation is not at {DOCS}")


@cache
def catalogue() -> list[dict[str, Any]]:
    require_docs()
    entries: list[dict[str, Any]] = json.loads((REFERENCE / "endpoints.json").read_text())
    return entries


def documented(doc: str) -> dict[str, Any]:
    """The catalogue entry of a doc page (e.g. `live/leaderboards/top.md`)."""
    for entry in catalogue():
        if entry["doc"] == doc:
            return entry
    raise KeyError(doc)


def example_response(doc: str, index: int = 0) -> Any:
    """The `index`-th JSON example after "Example response" on a page, with the docs' `...`
    elisions removed."""
    require_docs()
    text = (DOCS / doc).read_text()
    tail = text.split("**Example response**", 1)[1]
    blocks = re.findall(r"```json\n(.*?)```", tail, flags=re.S)
    return loads_elided(blocks[index])


def example_text(doc: str) -> str:
    """The plain-text example answer on a page (for endpoints that answer in words)."""
    require_docs()
    tail = (DOCS / doc).read_text().split("**Example response**", 1)[1]
    return re.findall(r"```plain\n(.*?)\n```", tail, flags=re.S)[0].strip()


def loads_elided(block: str) -> Any:
    lines = [line for line in block.splitlines() if line.strip() not in ("...", "…")]
    cleaned = re.sub(r",(\s*[\]}])", r"\1", "\n".join(lines))
    return json.loads(cleaned)


def shape(value: Any) -> Any:
    """The key structure of JSON: dicts by key, lists by their first item, scalars as None."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return None


def same_shape(documented: Any, actual: Any, where: str = "$") -> list[str]:
    """Where `actual`'s key structure differs from `documented`'s (a documented null or empty
    list matches anything)."""
    if documented is None or documented == []:
        return []
    if isinstance(documented, dict):
        if not isinstance(actual, dict):
            return [f"{where}: expected an object"]
        problems = [f"{where}: missing {k}" for k in documented if k not in actual]
        problems += [f"{where}: extra {k}" for k in actual if k not in documented]
        for key in documented:
            if key in actual:
                problems += same_shape(documented[key], actual[key], f"{where}.{key}")
        return problems
    if isinstance(documented, list):
        if not isinstance(actual, list):
            return [f"{where}: expected a list"]
        if actual:
            return same_shape(documented[0], actual[0], f"{where}[0]")
    return []


def keys_kept(original: Any, round_trip: Any, where: str = "$") -> list[str]:
    """Keys of `original` that `round_trip` lost."""
    if isinstance(original, dict):
        lost = [f"{where}.{k}" for k in original if k not in round_trip]
        for key, item in original.items():
            if key in round_trip:
                lost += keys_kept(item, round_trip[key], f"{where}.{key}")
        return lost
    if isinstance(original, list) and isinstance(round_trip, list):
        pairs = zip(original, round_trip, strict=True)
        return [p for a, b in pairs for p in keys_kept(a, b, where + "[]")]
    return []
