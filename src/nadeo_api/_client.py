"""`Client` and `AsyncClient`: a connection pool, a rate budget and a retry policy, driving the
one request pipeline; and the process's default clients that the module functions use."""

from __future__ import annotations

import atexit
import functools
import threading
import weakref
from collections.abc import AsyncIterator, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

import httpx

from ._endpoint import Call, Endpoint
from ._errors import ArgumentError
from ._pagination import Listing, crawl_async, crawl_sync
from ._pipeline import Flow, Policy, decode, exchange, logger, run_async, run_sync
from ._ratelimit import shared_limiter
from ._settings import Settings
from .auth import Token

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "AsyncClient",
    "Client",
    "default_async_client",
    "default_client",
    "default_settings",
    "set_default_settings",
]

T = TypeVar("T")

_POOL_LIMITS = httpx.Limits(max_connections=32, max_keepalive_connections=16, keepalive_expiry=60)


def request_extensions(settings: Settings, timeout: float | None) -> dict[str, Any]:
    """httpx request extensions carrying the finite timeouts of `settings` (or `timeout`)."""
    if timeout is not None:
        if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
            raise ArgumentError(f"timeout must be a number of seconds > 0 (got {timeout!r})")
        value = httpx.Timeout(timeout)
    else:
        value = httpx.Timeout(
            settings.read_timeout,
            connect=settings.connect_timeout,
            pool=settings.connect_timeout + settings.read_timeout,
        )
    return {"timeout": value.as_dict()}


def resolve_path(settings: Settings, api: str, endpoint: str) -> tuple[str, list[tuple[str, str]]]:
    """Split a caller's endpoint into a path under the API and its trailing query.

    The base URL (configured or real), the leading slash and a `?query` are all optional.
    """
    if not isinstance(endpoint, str) or not endpoint.strip():
        raise ArgumentError(f"endpoint must be a non-empty string (got {endpoint!r})")
    text = endpoint.strip()
    for base in settings.base_urls(api):
        if text.startswith(base):
            text = text[len(base) :]
            break
    else:
        if "://" in text:
            raise ArgumentError(
                f"endpoint {endpoint!r} is not on the {api} API ({settings.base_url(api)})"
            )
    parts = urlsplit(text)
    path = "/" + parts.path.lstrip("/")
    return path, parse_qsl(parts.query, keep_blank_values=True)


def merge_query(
    trailing: list[tuple[str, str]], params: Mapping[str, Any] | None
) -> list[tuple[str, Any]]:
    """The endpoint's trailing query with `params` merged in; a key given in both is sent once,
    with the value from `params`."""
    given = dict(params or {})
    merged: list[tuple[str, Any]] = [(key, value) for key, value in trailing if key not in given]
    for key, value in given.items():
        if isinstance(value, (list, tuple)):
            merged.extend((key, item) for item in value)
        elif value is not None:
            merged.append((key, value))
    return merged


@functools.lru_cache(maxsize=256)
def _parsed_url(address: str, typed_query: tuple[tuple[str, type[Any], Any], ...]) -> httpx.URL:
    return httpx.URL(address, params=[(key, value) for key, _, value in typed_query])


def request_url(address: str, query: list[tuple[str, Any]]) -> httpx.URL:
    """`address` with `query` encoded, as `httpx.Request(..., params=query)` would send it.

    Parsing and encoding a URL is most of what httpx spends building a request, and a program
    tends to repeat the same calls (polling, retries): the last few hundred URLs are kept.
    Values carry their type in the key, since `True == 1` but they encode differently.
    """
    try:
        return _parsed_url(address, tuple((key, type(value), value) for key, value in query))
    except TypeError:  # an unhashable value: httpx decides what to make of it
        return httpx.URL(address, params=query)


def api_flow(
    policy: Policy, declared: Endpoint[Any], token: Token, built: Call, path: str,
    timeout: float | None = None, model: type[Any] | None = None,
) -> Flow[Any]:
    """Call an endpoint with `token`: renew it first if due, once more after a 401."""
    settings = policy.settings
    if declared.route is None:
        resolved, trailing = resolve_path(settings, declared.api, path)
    else:
        # A declared route is already a clean path with no query of its own.
        resolved, trailing = path, []
    query = merge_query(trailing, built.query)
    url = request_url(settings.base_url(declared.api) + resolved, query)
    extensions = request_extensions(settings, timeout)
    if token.needs_renewal:
        yield from token.renew_flow(policy)
    retried_401 = False
    while True:
        authorization = token.authorization()
        request = httpx.Request(
            declared.method,
            url,
            json=built.body,
            headers={
                "Authorization": authorization,
                "User-Agent": token.agent,
                "Accept": "application/json",
            },
            extensions=extensions,
        )
        response = yield from exchange(policy, request, getattr(token, "account_id", None))
        if response.status_code == 401 and not retried_401 and token.can_renew:
            retried_401 = True
            logger.debug("%s %s answered 401: renewing the token once", request.method, url)
            yield from token.renew_flow(policy, stale=authorization)
            continue
        return decode(response, settings, model)


class _Namespace:
    """`client.live`: the declared endpoints and iterators of one API, bound to a client."""

    def __init__(
        self,
        client: Any,
        declarations: Mapping[str, Endpoint[Any] | Listing[Any]],
    ) -> None:
        self._client = client
        self._declarations = declarations

    def __getattr__(self, name: str) -> Any:
        declared = self._declarations.get(name)
        if declared is None:
            raise AttributeError(name)
        client = self._client
        run = client.iterate if isinstance(declared, Listing) else client.call

        def bound(*args: Any, **kwargs: Any) -> Any:
            return run(declared, *args, **kwargs)

        bound.__name__ = name
        bound.__doc__ = declared.__doc__
        if isinstance(declared, Endpoint) and declared.model is not None:

            def typed(*args: Any, **kwargs: Any) -> Any:
                return client.call_typed(declared, *args, **kwargs)

            bound.typed = typed  # type: ignore[attr-defined]
        # Later lookups find it in the instance and skip __getattr__.
        setattr(self, name, bound)
        return bound

    def __dir__(self) -> list[str]:
        return sorted(self._declarations)


class _BaseClient:
    def __init__(self, settings: Settings | None, overrides: dict[str, Any]) -> None:
        base = settings if settings is not None else default_settings()
        self.settings = base.replace(**overrides) if overrides else base
        limiter = (
            shared_limiter(self.settings.rate_limit, self.settings.rate_burst)
            if self.settings.rate_limit is not None
            else None
        )
        self.policy = Policy(self.settings, limiter)
        from . import _core, _live_all, _meet, _oauth

        self.core = _Namespace(self, {**_core.DECLARATIONS, **_core.LISTINGS})
        self.live = _Namespace(self, {**_live_all.DECLARATIONS, **_live_all.LISTINGS})
        self.meet = _Namespace(self, {**_meet.DECLARATIONS, **_meet.LISTINGS})
        self.oauth = _Namespace(self, _oauth.DECLARATIONS)

    def _prepare_flow(
        self,
        declared: Endpoint[Any],
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        typed: bool = False,
    ) -> Flow[Any]:
        timeout = kwargs.pop("timeout", None)
        model = declared.model_type() if typed else None
        token, built, path = declared.prepare(*args, **kwargs)
        return api_flow(self.policy, declared, token, built, path, timeout, model)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(live_url={self.settings.live_url!r})"


class Client(_BaseClient):
    """A blocking client: one connection pool, the shared rate budget, retries and renewals.

        with Client(live_url="http://127.0.0.1:8000/live") as client:
            client.live.get_maps_totd(token)

    `settings` (default: `default_settings()`) and keyword overrides of its fields configure it.
    Every endpoint function also takes `timeout=` (seconds) for one call.
    """

    def __init__(self, settings: Settings | None = None, **overrides: Any) -> None:
        super().__init__(settings, overrides)
        self._http = httpx.Client(limits=_POOL_LIMITS, follow_redirects=False)

    def run(self, flow: Flow[T]) -> T:
        """Drive a pipeline flow to its result."""
        return run_sync(flow, self._http)

    def call(self, declared: Endpoint[Any], *args: Any, **kwargs: Any) -> Any:
        """Call a declared endpoint with its arguments (and an optional `timeout=`)."""
        return self.run(self._prepare_flow(declared, args, kwargs))

    def call_typed(self, declared: Endpoint[Any], *args: Any, **kwargs: Any) -> Any:
        """Call a declared endpoint and return its answer as the endpoint's model."""
        return self.run(self._prepare_flow(declared, args, kwargs, typed=True))

    def iterate(self, declared: Listing[Any], *args: Any, **kwargs: Any) -> Iterator[Any]:
        """Iterate over a declared listing, one page after the other."""
        return crawl_sync(self, declared.start(*args, **kwargs))

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    @property
    def closed(self) -> bool:
        return self._http.is_closed

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient(_BaseClient):
    """The asyncio twin of `Client`, driving the same pipeline; use it within one event loop."""

    def __init__(self, settings: Settings | None = None, **overrides: Any) -> None:
        super().__init__(settings, overrides)
        self._http = httpx.AsyncClient(limits=_POOL_LIMITS, follow_redirects=False)

    async def run(self, flow: Flow[T]) -> T:
        """Drive a pipeline flow to its result."""
        return await run_async(flow, self._http)

    async def call(self, declared: Endpoint[Any], *args: Any, **kwargs: Any) -> Any:
        """Call a declared endpoint with its arguments (and an optional `timeout=`)."""
        return await self.run(self._prepare_flow(declared, args, kwargs))

    async def call_typed(self, declared: Endpoint[Any], *args: Any, **kwargs: Any) -> Any:
        """Call a declared endpoint and return its answer as the endpoint's model."""
        return await self.run(self._prepare_flow(declared, args, kwargs, typed=True))

    def iterate(self, declared: Listing[Any], *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        """Iterate over a declared listing, with `page_concurrency` pages in flight."""
        crawl = declared.start(*args, **kwargs)
        return crawl_async(self, crawl, self.settings.page_concurrency)

    async def aclose(self) -> None:
        """Close the connection pool."""
        await self._http.aclose()

    @property
    def closed(self) -> bool:
        return self._http.is_closed

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


_lock = threading.Lock()
_settings: Settings | None = None
_sync_client: Client | None = None
_async_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncClient] = (
    weakref.WeakKeyDictionary()
)


def default_settings() -> Settings:
    """The settings of the default clients: `Settings.from_env()` unless replaced."""
    global _settings
    with _lock:
        if _settings is None:
            _settings = Settings.from_env()
        return _settings


def set_default_settings(settings: Settings | None) -> Settings | None:
    """Replace the default clients' settings (None: back to the environment's); returns the
    previous ones. The default clients are rebuilt on their next use."""
    global _settings, _sync_client
    if settings is not None and not isinstance(settings, Settings):
        raise ArgumentError(f"settings must be a Settings or None (got {type(settings).__name__})")
    with _lock:
        previous, _settings = _settings, settings
        old, _sync_client = _sync_client, None
        _async_clients.clear()
    if old is not None:
        old.close()
    return previous


def default_client() -> Client:
    """The process's shared blocking client (one pool, closed at exit)."""
    global _sync_client
    settings = default_settings()
    with _lock:
        if _sync_client is None or _sync_client.closed:
            _sync_client = Client(settings)
        return _sync_client


def default_async_client() -> AsyncClient:
    """The shared asyncio client of the running event loop."""
    import asyncio

    loop = asyncio.get_running_loop()
    settings = default_settings()
    with _lock:
        client = _async_clients.get(loop)
        if client is None or client.closed:
            client = _async_clients[loop] = AsyncClient(settings)
        return client


@atexit.register
def _close_default_client() -> None:
    client = _sync_client
    if client is not None:
        client.close()
