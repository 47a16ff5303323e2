"""One declaration per endpoint, from which the sync function, the async function, the checks
and the client namespaces all derive.

A declaration is a small function that takes the endpoint's documented parameters, checks them
and says what to send (a `Call`); `@endpoint(api, method, route)` turns it into an `Endpoint`.
`sync_function()` and `async_function()` make the public functions of `nadeo_api.live` and
`nadeo_api.aio.live` from it, with the declaration's name, signature and docstring.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, ParamSpec
from urllib.parse import quote

from ._errors import ArgumentError

__all__ = ["Call", "Endpoint", "async_function", "call", "dress", "endpoint", "sync_function"]

P = ParamSpec("P")


@dataclass(frozen=True)
class Call:
    """What one invocation sends: values for the route's placeholders (or a whole path for the
    generic verbs), the query and the JSON body."""

    path_values: Mapping[str, object] = field(default_factory=dict)
    query: Mapping[str, Any] | None = None
    body: Any = None
    path: str | None = None


def call(
    *, query: Mapping[str, Any] | None = None, body: Any = None, **path_values: object
) -> Call:
    """Shorthand for `Call(path_values, query, body)`."""
    return Call(path_values=path_values, query=query, body=body)


class Endpoint(Generic[P]):
    """A declared endpoint: where it lives, and how its arguments become a `Call`."""

    def __init__(
        self,
        build: Callable[P, Call],
        *,
        api: str,
        method: str,
        route: str | None,
        user_only: bool,
        returns: str,
        name: str | None = None,
        doc: str | None = None,
    ) -> None:
        self.build = build
        self.api = api
        self.method = method
        self.route = route
        self.user_only = user_only
        self.returns = returns
        self.name = name or build.__name__
        self.__doc__ = doc if doc is not None else build.__doc__
        self.signature = inspect.signature(build)

    def __repr__(self) -> str:
        return f"<Endpoint {self.name}: {self.method} {self.api} {self.route or '<any>'}>"

    def prepare(self, *args: P.args, **kwargs: P.kwargs) -> tuple[Any, Call, str]:
        """Check the arguments and resolve what to send: (token, call, path)."""
        bound = self.signature.bind(*args, **kwargs)
        token = bound.arguments.get("token")
        from .auth import Token, WebServicesToken

        if not isinstance(token, Token):
            raise ArgumentError(
                f"token must be a token from nadeo_api.auth (got {type(token).__name__})"
            )
        token.check_api(self.api)
        if self.user_only and isinstance(token, WebServicesToken):
            token.require_user(f"{self.name}()")
        built = self.build(*args, **kwargs)
        if built.path is not None:
            path = built.path
        else:
            assert self.route is not None
            path = self.route.format(
                **{key: quote(str(value), safe="") for key, value in built.path_values.items()}
            )
        return token, built, path


def endpoint(
    api: str,
    method: str,
    route: str | None,
    *,
    user_only: bool = False,
    returns: str = "dict",
    name: str | None = None,
    doc: str | None = None,
) -> Callable[[Callable[P, Call]], Endpoint[P]]:
    """Declare an endpoint of `api` answering `method` on `route` (None: the caller's path).

    `user_only` refuses dedicated-server tokens locally; `returns` is the return annotation
    shown on the generated functions; `name` and `doc` default to the declaring function's.
    """

    def declare(build: Callable[P, Call]) -> Endpoint[P]:
        return Endpoint(
            build, api=api, method=method, route=route, user_only=user_only, returns=returns,
            name=name, doc=doc,
        )

    return declare


def dress(function: Callable[..., Any], declared: Any, module: str, returns: str) -> None:
    """Give a generated function its declaration's name, docstring and signature."""
    function.__name__ = function.__qualname__ = declared.name
    function.__doc__ = declared.__doc__
    function.__module__ = module
    function.__signature__ = declared.signature.replace(  # type: ignore[attr-defined]
        return_annotation=returns
    )


def sync_function(declared: Endpoint[P], module: str) -> Callable[P, Any]:
    """The blocking function for `declared`, run on the process's default `Client`."""

    def function(*args: P.args, **kwargs: P.kwargs) -> Any:
        from ._client import default_client

        return default_client().call(declared, *args, **kwargs)

    dress(function, declared, module, declared.returns)
    return function


def async_function(declared: Endpoint[P], module: str) -> Callable[P, Awaitable[Any]]:
    """The coroutine function for `declared`, run on the event loop's default `AsyncClient`."""

    async def function(*args: P.args, **kwargs: P.kwargs) -> Any:
        from ._client import default_async_client

        return await default_async_client().call(declared, *args, **kwargs)

    dress(function, declared, module, declared.returns)
    return function
