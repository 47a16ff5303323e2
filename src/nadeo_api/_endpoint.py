"""One declaration per endpoint, from which the sync function, the async function, the checks
and the client namespaces all derive.

A declaration is a small function that takes the endpoint's documented parameters, checks them
and says what to send (a `Call`); `@endpoint(api, method, route)` turns it into an `Endpoint`.
`nadeo_api._public` makes the public functions of `nadeo_api.live` and `nadeo_api.aio.live`
from it, with the declaration's name, signature and docstring.
"""

from __future__ import annotations

import importlib
import inspect
import re
import warnings
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Generic, NamedTuple, ParamSpec, Protocol
from urllib.parse import quote

from . import _checks as check
from ._chunking import Chunks
from ._credential import Credential
from ._errors import ArgumentError

__all__ = [
    "AsyncEndpoint",
    "Call",
    "Endpoint",
    "SyncEndpoint",
    "call",
    "dress",
    "dress_typed",
    "endpoint",
    "model_class",
    "typed_doc",
]

P = ParamSpec("P")


class Call(NamedTuple):
    """What one invocation sends: values for the route's placeholders (or a whole path for the
    generic verbs), the query and the JSON body."""

    path_values: Mapping[str, object] = MappingProxyType({})
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
        model: str | None = None,
        final: frozenset[int] = frozenset(),
        chunks: Chunks | None = None,
        deprecated: str | None = None,
    ) -> None:
        self.build = build
        self.final = final
        self.chunks = chunks
        self.deprecated = deprecated
        self.api = api
        self.method = method
        self.route = route
        self.user_only = user_only
        self.returns = returns
        self.name = name or build.__name__
        self.__doc__ = doc if doc is not None else build.__doc__
        self.signature = inspect.signature(build)
        self._token_of: Callable[..., Any] | None = None
        self.model = model
        self._model_type: type[Any] | None = None

    def model_type(self) -> type[Any]:
        """The model class of the answer (imported on first use, to keep imports light)."""
        if self._model_type is None:
            if self.model is None:
                raise TypeError(f"{self.name} has no typed model")
            self._model_type = model_class(self.model)
        return self._model_type

    def __repr__(self) -> str:
        return f"<Endpoint {self.name}: {self.method} {self.api} {self.route or '<any>'}>"

    def prepare(self, *args: P.args, **kwargs: P.kwargs) -> tuple[Any, Call, str]:
        """Check the arguments and resolve what to send: (token, call, path)."""
        binder = self._token_of
        if binder is None:  # compiled on first use, to keep imports light
            binder = self._token_of = _token_binder(self.signature, self.name)
        try:
            token = binder(*args, **kwargs)
        except TypeError as exc:  # Python's own check of the arguments
            raise ArgumentError(f"{self.name}(): {exc}") from None
        if not isinstance(token, Credential):
            raise ArgumentError(
                f"token must be a token from nadeo_api.auth (got {type(token).__name__})"
            )
        token.check_api(self.api)
        if self.user_only:
            token.require_user(f"{self.name}()")
        if self.deprecated is not None:
            warnings.warn(f"{self.name}() is deprecated: {self.deprecated}", DeprecationWarning,
                          stacklevel=4)
        built = self.build(*args, **kwargs)
        if built.path is not None:
            path = built.path
        else:
            assert self.route is not None
            path = self.route.format(
                **{
                    key: quote(check.path_segment(_argument_name(key), value), safe="")
                    for key, value in built.path_values.items()
                }
            )
        return token, built, path


def _argument_name(placeholder: str) -> str:
    """The Python argument behind a route placeholder: `memberName`, `clubID` -> `member_name`,
    `club_id`."""
    return re.sub(r"(?<=[a-z])([A-Z]+)", r"_\1", placeholder).lower()


def model_class(model: str) -> type[Any]:
    """The class a declaration names as "api.section.Class" in `nadeo_api.models` (e.g.
    "live.leaderboards.Record")."""
    module, _, name = model.rpartition(".")
    found: type[Any] = getattr(importlib.import_module(f"nadeo_api.models.{module}"), name)
    return found


_DEFAULT = object()


def _token_binder(signature: inspect.Signature, name: str) -> Callable[..., Any]:
    """A function taking the parameters of `signature` and returning its `token` argument (None
    without one). Python's own call checks the arguments, as `signature.bind` would, at a small
    fraction of its cost on every call; defaults stand in for the declared ones, which the
    declaration itself applies."""
    parts: list[str] = []
    positional_only = keyword_only = False
    for parameter in signature.parameters.values():
        kind = parameter.kind
        if positional_only and kind is not inspect.Parameter.POSITIONAL_ONLY:
            parts.append("/")
            positional_only = False
        if kind is inspect.Parameter.POSITIONAL_ONLY:
            positional_only = True
        elif kind is inspect.Parameter.KEYWORD_ONLY and not keyword_only:
            parts.append("*")
        if kind is inspect.Parameter.VAR_POSITIONAL:
            parts.append(f"*{parameter.name}")
        elif kind is inspect.Parameter.VAR_KEYWORD:
            parts.append(f"**{parameter.name}")
        else:
            default = "" if parameter.default is inspect.Parameter.empty else "=_DEFAULT"
            parts.append(parameter.name + default)
        keyword_only = keyword_only or kind in (
            inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.VAR_POSITIONAL
        )
    if positional_only:
        parts.append("/")
    # An omitted token reads as None, as in `signature.bind(...).arguments.get("token")`.
    returned = (
        "None if token is _DEFAULT else token" if "token" in signature.parameters else "None"
    )
    # A required argument given as None has no value: it is refused, naming the argument.
    required = [
        p.name for p in signature.parameters.values()
        if p.default is inspect.Parameter.empty and p.name != "token"
        and p.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    ]  # fmt: skip
    check = ""
    if required:
        values = ", ".join(f"({n!r}, {n})" for n in required)
        check = f"    if {' or '.join(f'{n} is None' for n in required)}:\n"
        check += f"        _none({name!r}, ({values},))\n"
    function = name if name.isidentifier() else "bind"
    namespace: dict[str, Any] = {"_DEFAULT": _DEFAULT, "_none": _refuse_none}
    exec(f"def {function}({', '.join(parts)}):\n{check}    return {returned}\n", namespace)
    binder: Callable[..., Any] = namespace[function]
    return binder


def _refuse_none(function: str, values: tuple[tuple[str, object], ...]) -> None:
    name = next(name for name, value in values if value is None)
    raise ArgumentError(f"{name} is required: {function}() has no value for None")


def endpoint(
    api: str,
    method: str,
    route: str | None,
    *,
    user_only: bool = False,
    returns: str = "dict",
    name: str | None = None,
    doc: str | None = None,
    model: str | None = None,
    final: frozenset[int] = frozenset(),
    chunks: Chunks | None = None,
    deprecated: str | None = None,
) -> Callable[[Callable[P, Call]], Endpoint[P]]:
    """Declare an endpoint of `api` answering `method` on `route` (None: the caller's path).

    `user_only` refuses locally tokens that stand for no user (each token class decides:
    dedicated-server tokens, OAuth client-credentials tokens); `returns` is the return annotation
    shown on the generated functions; `name` and `doc` default to the declaring function's;
    `model` names the answer's model in `nadeo_api.models` as "api.section.Class"; `final`
    holds the error statuses the documentation gives as the answer to a request (an unknown
    map's 500), which retrying would only repeat; `chunks` says which list argument the service
    caps, and how the clients split it into requests and merge their answers (`_chunking`);
    `deprecated` says what to use instead of an endpoint the service deprecated (each call
    then warns with a `DeprecationWarning`).
    """

    def declare(build: Callable[P, Call]) -> Endpoint[P]:
        return Endpoint(
            build, api=api, method=method, route=route, user_only=user_only, returns=returns,
            name=name, doc=doc, model=model, final=final, chunks=chunks,
            deprecated=deprecated,
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


class SyncEndpoint(Protocol[P]):
    """A blocking endpoint function (`.typed` exists only for endpoints with a model).

    The generated modules annotate each function with a protocol of its own, naming its
    parameters and return types; the checker verifies that protocol against this one.
    """

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Any: ...

    def typed(self, *args: P.args, **kwargs: P.kwargs) -> Any: ...


class AsyncEndpoint(Protocol[P]):
    """An async endpoint function (`.typed` exists only for endpoints with a model)."""

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Any: ...

    async def typed(self, *args: P.args, **kwargs: P.kwargs) -> Any: ...


def typed_doc(declared: Any, listing: bool) -> str:
    """The docstring of a `.typed` twin: its declaration's, headed by what the twin returns
    (the one text both `help()` and an editor's hover show)."""
    what = "yielding each item" if listing else "returning the answer"
    model = declared.model.rpartition(".")[2]
    doc = inspect.cleandoc(declared.__doc__ or "")
    return f"`{declared.name}`, {what} as a `{model}`.\n\n{doc}"


def dress_typed(function: Callable[..., Any], declared: Any, module: str, listing: bool) -> None:
    """Name a `.typed` twin after its declaration, with a docstring naming the model."""
    dress(function, declared, module, declared.model)
    function.__name__ = function.__qualname__ = f"{declared.name}.typed"
    function.__doc__ = typed_doc(declared, listing)
