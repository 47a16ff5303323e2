"""The community documentation's facts the contract tests read: the catalogue of endpoints and
each page's example requests and answers, kept in `tests/data/reference.json` (written from
`../shared/reference` by `tools/sync_reference.py`, so that a clone alone runs every test)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data") / "reference.json"


@cache
def reference() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
    return data


def catalogue() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = reference()["catalogue"]
    return entries


def documented(doc: str) -> dict[str, Any]:
    """The catalogue entry of a doc page (e.g. `live/leaderboards/top.md`)."""
    for entry in catalogue():
        if entry["doc"] == doc:
            return entry
    raise KeyError(doc)


def example_responses(doc: str) -> list[Any]:
    """Every JSON example answer on a page, in order (success first, then documented errors)."""
    responses: list[Any] = reference()["pages"][doc]["responses"]
    return responses


def example_response(doc: str, index: int = 0) -> Any:
    """The `index`-th JSON example answer on a page."""
    return example_responses(doc)[index]


def example_text(doc: str) -> str:
    """The plain-text example answer on a page (for endpoints that answer in words)."""
    text: str = reference()["pages"][doc]["texts"][0]
    return text


def example_request_body(doc: str, index: int = 0) -> Any:
    """The `index`-th JSON body of a page's example request."""
    return reference()["pages"][doc]["request_bodies"][index]


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
