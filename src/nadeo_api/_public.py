"""The public functions of `nadeo_api.live` and its siblings, made from the declarations: each runs
its declaration on the process's default `Client` (or the event loop's default `AsyncClient`),
with the declaration's name, signature and docstring. The generated public modules call these.

A public module makes each of its functions the first time it is asked for
(`made_on_first_use`), and imports its declarations module then: importing `nadeo_api.live`
costs next to nothing, and a program pays only for the functions it uses."""

from __future__ import annotations

import importlib
import sys
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import Any, ParamSpec, cast

from ._client import default_async_client, default_client
from ._endpoint import AsyncEndpoint, Endpoint, SyncEndpoint, dress, dress_typed
from ._pagination import AsyncIteratorFunction, Listing, SyncIteratorFunction

__all__ = [
    "async_function", "async_iterator", "made_on_first_use", "sync_function", "sync_iterator",
]

P = ParamSpec("P")


def sync_function(declared: Endpoint[P], module: str) -> SyncEndpoint[P]:
    """The blocking function for `declared`, run on the process's default `Client`."""

    def function(*args: P.args, **kwargs: P.kwargs) -> Any:
        return default_client().call(declared, *args, **kwargs)

    def typed(*args: P.args, **kwargs: P.kwargs) -> Any:
        return default_client().call_typed(declared, *args, **kwargs)

    dress(function, declared, module, declared.returns)
    if declared.model is not None:
        dress_typed(typed, declared, module, listing=False)
        function.typed = typed  # type: ignore[attr-defined]
    return cast(SyncEndpoint[P], function)


def async_function(declared: Endpoint[P], module: str) -> AsyncEndpoint[P]:
    """The coroutine function for `declared`, run on the event loop's default `AsyncClient`."""

    async def function(*args: P.args, **kwargs: P.kwargs) -> Any:
        return await default_async_client().call(declared, *args, **kwargs)

    async def typed(*args: P.args, **kwargs: P.kwargs) -> Any:
        return await default_async_client().call_typed(declared, *args, **kwargs)

    dress(function, declared, module, declared.returns)
    if declared.model is not None:
        dress_typed(typed, declared, module, listing=False)
        function.typed = typed  # type: ignore[attr-defined]
    return cast(AsyncEndpoint[P], function)


def sync_iterator(declared: Listing[P], module: str) -> SyncIteratorFunction[P]:
    """The blocking iterator function for `declared`, run on the default `Client`."""

    def function(*args: P.args, **kwargs: P.kwargs) -> Iterator[Any]:
        return default_client().iterate(declared, *args, **kwargs)

    def typed(*args: P.args, **kwargs: P.kwargs) -> Iterator[Any]:
        return default_client().iterate_typed(declared, *args, **kwargs)

    dress(function, declared, module, "Iterator[dict]")
    if declared.model is not None:
        dress_typed(typed, declared, module, listing=True)
        function.typed = typed  # type: ignore[attr-defined]
    return cast(SyncIteratorFunction[P], function)


def async_iterator(declared: Listing[P], module: str) -> AsyncIteratorFunction[P]:
    """The async iterator function for `declared`, run on the loop's default `AsyncClient`."""

    def function(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[Any]:
        return default_async_client().iterate(declared, *args, **kwargs)

    def typed(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[Any]:
        return default_async_client().iterate_typed(declared, *args, **kwargs)

    dress(function, declared, module, "AsyncIterator[dict]")
    if declared.model is not None:
        dress_typed(typed, declared, module, listing=True)
        function.typed = typed  # type: ignore[attr-defined]
    return cast(AsyncIteratorFunction[P], function)


def made_on_first_use(
    module: str, package: str, sections: Mapping[str, str], *, asynchronous: bool
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """`__getattr__` and `__dir__` for the public module `module`, whose functions are the
    declarations of `package` (each name in the section `sections` gives), made on first use:
    blocking functions, or coroutine functions if `asynchronous`."""
    namespace = vars(sys.modules[module])
    function = async_function if asynchronous else sync_function
    iterator = async_iterator if asynchronous else sync_iterator

    def __getattr__(name: str) -> Any:
        section = sections.get(name)
        if section is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        declared = getattr(importlib.import_module(f"{package}.{section}"), name)
        made: Any = (
            iterator(declared, module) if isinstance(declared, Listing)
            else function(declared, module)
        )
        # Kept in the module: later lookups find it there, and every caller gets the same one.
        return namespace.setdefault(name, made)

    def __dir__() -> list[str]:
        return sorted({*namespace, *sections})

    return __getattr__, __dir__
