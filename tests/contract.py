"""Checks the contract tests (`test_contracts.py`) and the endpoint tests share: reading the
documented route and query, matching an answer to its model, and a refusal before sending."""

from __future__ import annotations

import re
import typing
from collections.abc import Callable
from typing import Any

import pytest

from nadeo_api import ArgumentError
from nadeo_api.emulator import Emulator


def query_names(template: str) -> set[str]:
    """The documented query names, `scores[{mapUid}]` read as `scores[]`."""
    return {re.sub(r"\[.*?\]", "[]", name) for name in re.findall(r"([\w\[\]{}]+)=", template)}


def sent_query_names(params: typing.Iterable[str]) -> set[str]:
    """The query names a request sent, `scores[Map]` read as `scores[]`."""
    return {re.sub(r"\[.*?\]", "[]", name) for name in params}


def route_pattern(route: str) -> re.Pattern[str]:
    """A route's paths: each `{placeholder}` stands for one path segment."""
    return re.compile("^" + re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(route)) + "$")


def is_model(value: Any, model: Any) -> bool:
    """`isinstance` that also understands the `list[Item]` and `dict[str, Item]` aliases."""
    origin = typing.get_origin(model)
    if origin is list:
        (item,) = typing.get_args(model)
        return isinstance(value, list) and all(isinstance(v, item) for v in value)
    if origin is dict:
        _, item = typing.get_args(model)
        return isinstance(value, dict) and all(isinstance(v, item) for v in value.values())
    return isinstance(value, model)


def refuses(emu: Emulator, call: Callable[[], Any], *words: str) -> None:
    """`call` raises an ArgumentError naming `words`, before any request."""
    emu.log.clear()
    with pytest.raises(ArgumentError) as error:
        call()
    for word in words:
        assert word in str(error.value), str(error.value)
    assert len(emu.log) == 0
