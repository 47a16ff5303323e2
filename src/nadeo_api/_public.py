"""The public functions of `nadeo_api.live` and its siblings, made from the declarations: each runs
its declaration on the process's default `Client` (or the event loop's default `AsyncClient`),
with the declaration's name, signature and docstring. The generated public modules call these."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, ParamSpec, cast

from ._client import default_async_client, default_client
from ._endpoint import AsyncEndpoint, Endpoint, SyncEndpoint, dress, dress_typed
from ._pagination import AsyncIteratorFunction, Listing, SyncIteratorFunction

__all__ = ["async_function", "async_iterator", "sync_function", "sync_iterator"]

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
