"""Contract checks shared by the endpoint tests: each declaration against the documentation's
catalogue, the documented example against the model, the emulator's answer against both."""

from __future__ import annotations

import re
import typing
from collections.abc import Callable
from typing import Any

import msgspec
import pytest

from nadeo_api import ArgumentError, Client
from nadeo_api._endpoint import Endpoint
from nadeo_api.emulator import Emulator

from .docs import documented, example_response, keys_kept, same_shape

Arguments = Callable[[Any], tuple[Any, ...]]


def query_names(template: str) -> set[str]:
    """The documented query names, `scores[{mapUid}]` read as `scores[]`."""
    return {re.sub(r"\[.*?\]", "[]", name) for name in re.findall(r"([\w\[\]{}]+)=", template)}


def route_pattern(route: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(route)) + "$")


def is_model(value: Any, model: Any) -> bool:
    """`isinstance` that also understands the `list[Item]` aliases."""
    if typing.get_origin(model) is list:
        (item,) = typing.get_args(model)
        return isinstance(value, list) and all(isinstance(v, item) for v in value)
    return isinstance(value, model)


def check_declaration(declared: Endpoint[Any], doc: str) -> None:
    entry = documented(doc)
    assert (declared.api, declared.method, declared.route) == (
        entry["api"], entry["method"], entry["route"]
    )


def check_example(declared: Endpoint[Any], doc: str) -> None:
    example = example_response(doc)
    model = msgspec.convert(example, type=declared.model_type())
    assert keys_kept(example, msgspec.to_builtins(model)) == []


def check_answer(
    emu: Emulator, client: Client, token: Any, declared: Endpoint[Any], doc: str,
    args: tuple[Any, ...], kwargs: dict[str, Any] | None = None,
) -> Any:
    """The emulator's answer has the documented shape and model, and the logged request the
    documented method, path and query names."""
    kwargs = kwargs or {}
    emu.log.clear()
    answer = client.call(declared, token, *args, **kwargs)
    assert same_shape(example_response(doc), answer) == []
    assert answer, "a representative request should not answer an empty value"
    assert is_model(client.call_typed(declared, token, *args, **kwargs), declared.model_type())
    entry = emu.log.entries[-1]
    assert entry.method == documented(doc)["method"]
    assert route_pattern(declared.route or "").match(entry.path), entry.path
    sent = {re.sub(r"\[.*?\]", "[]", name) for name in entry.params}
    assert sent <= query_names(documented(doc)["query"])
    return answer


def refuses(emu: Emulator, call: Callable[[], Any], *words: str) -> None:
    """`call` raises an ArgumentError naming `words`, before any request."""
    emu.log.clear()
    with pytest.raises(ArgumentError) as error:
        call()
    for word in words:
        assert word in str(error.value)
    assert len(emu.log) == 0
