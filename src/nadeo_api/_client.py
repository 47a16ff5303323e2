"""`Client` and `AsyncClient`: a connection pool, a rate budget and a retry policy, driving the
one request pipeline; and the process's default clients that the module functions use."""

from __future__ import annotations

import atexit
import functools
import json
import os
import ssl
import threading
import weakref
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast
from urllib.parse import parse_qsl, urlsplit

import httpx

from . import _checks as check
from ._cache import Cache, Entry, forget_everywhere, open_cache
from ._chunking import Plan, send_parts, send_parts_async, split
from ._coalesce import TASKS, THREADS
from ._credential import Credential
from ._declared import DECLARATIONS, LISTINGS
from ._endpoint import Call, Endpoint, typed_doc
from ._errors import ArgumentError
from ._freshness import expiry, is_kept, scope_of
from ._pagination import Listing, crawl_async, crawl_sync
from ._pipeline import (
    Flow,
    Policy,
    budget_for,
    decode,
    exchange,
    logger,
    run_async,
    run_sync,
)
from ._settings import Settings

if TYPE_CHECKING:
    import asyncio

    from .aio.core import AsyncCoreEndpoints
    from .aio.live import AsyncLiveEndpoints
    from .aio.meet import AsyncMeetEndpoints
    from .aio.oauth import AsyncOAuthEndpoints
    from .core import CoreEndpoints
    from .live import LiveEndpoints
    from .meet import MeetEndpoints
    from .oauth import OAuthEndpoints

__all__ = [
    "AsyncClient",
    "Client",
    "default_async_client",
    "default_client",
    "default_settings",
    "set_default_settings",
]

T = TypeVar("T")
C = TypeVar("C", bound="_BaseClient")

_POOL_LIMITS = httpx.Limits(max_connections=32, max_keepalive_connections=16, keepalive_expiry=60)


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The TLS settings every client of the process shares (httpx's defaults: certifi's
    authorities, or `SSL_CERT_FILE`/`SSL_CERT_DIR`). Building one reads the whole bundle of
    authorities, tens of milliseconds, which each new client would otherwise pay again."""
    return httpx.create_ssl_context()


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


class PreparedCall(NamedTuple):
    """One call of a declared endpoint, ready to send: what, where, with which token; and
    whether its answer may be shared with identical calls in flight (`share_key`) and kept
    (`keep`)."""

    declared: Endpoint[Any]
    token: Credential
    url: httpx.URL
    content: bytes | None
    path: str
    share_key: str | None
    keep: bool

    @classmethod
    def of(
        cls, settings: Settings, declared: Endpoint[Any], token: Credential, built: Call,
        path: str, keeping: bool = True,
    ) -> PreparedCall:
        """The call; `keeping`: whether the client keeps answers at all (if not, none is
        looked up or kept, and whether this one could be is not worked out)."""
        if declared.route is None:
            resolved, trailing = resolve_path(settings, declared.api, path)
        else:
            # A declared route is already a clean path with no query of its own.
            resolved, trailing = path, []
        query = merge_query(trailing, built.query)
        url = request_url(settings.base_url(declared.api) + resolved, query)
        content = check.json_body(built.body)
        share_key = None
        keep = False
        if declared.method == "GET" and content is None:
            account = _account_of(token)
            if account is not None:
                share_key = f"{account} {url}"
                keep = keeping and declared.route is not None and is_kept(
                    declared.api, declared.name, resolved
                )
        return cls(declared, token, url, content, resolved, share_key, keep)

    def scope(self, settings: Settings) -> str | None:
        """The kept answers this call's path belongs to (a club), under its API's URL."""
        scope = scope_of(self.declared.api, self.path)
        return None if scope is None else f"{settings.base_url(self.declared.api)} {scope}"


def _account_of(token: Credential) -> str | None:
    """The account whose answers a token gets; None when it names none (an OAuth application's
    own token, a token without a subject): its answers are then neither shared nor kept."""
    account = getattr(token, "account_id", None)
    return account if isinstance(account, str) and account else None


_UNRESERVED = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"


def _encoded_length(text: str) -> int:
    """The length of `text` percent-encoded with every byte but the unreserved ones escaped:
    at least what httpx makes of it, computed without building the URL (which costs far more
    for long lists)."""
    data = text.encode()
    return len(data) + 2 * len(data.translate(None, _UNRESERVED))


def url_length(settings: Settings, api: str, built: Call, path: str) -> int:
    """The length of the URL a declared call goes to (never less than what is sent), measured
    on the longer of the configured and the real base URL: the service's limit on URIs counts
    its own host."""
    base = max(settings.base_urls(api), key=len)
    query = merge_query([], built.query)
    encoded = sum(_encoded_length(str(k)) + 1 + _encoded_length(str(v)) for k, v in query)
    return len(base) + len(path) + (1 + encoded + len(query) - 1 if query else 0)


def answer_flow(policy: Policy, call: PreparedCall) -> Flow[httpx.Response]:
    """Send a call and return its answer, whatever its status: renew the token first if due,
    once more after a 401."""
    declared, token, url = call.declared, call.token, call.url
    headers = {"User-Agent": token.agent, "Accept": "application/json"}
    if call.content is not None:
        headers["Content-Type"] = "application/json"
    retried_401 = False
    while True:
        if token.needs_renewal:
            yield from token.renew_flow(policy)
        authorization = token.authorization()
        request = httpx.Request(
            declared.method,
            url,
            content=call.content,
            headers={"Authorization": authorization, **headers},
            extensions=policy.extensions,
        )

        def sendable(authorization: str = authorization) -> bool:
            # Checked after the wait for a rate slot, right before sending: a token that
            # expired meanwhile, or that another caller renewed, is not sent.
            return not token.expired and token.authorization() == authorization

        account = getattr(token, "account_id", None)
        response = yield from exchange(policy, request, account, declared.final, sendable)
        if response is None:
            continue  # not sent: renew (if nobody has) and wait for a slot again
        if response.status_code == 401 and not retried_401 and token.can_renew:
            retried_401 = True
            logger.debug("%s %s answered 401: renewing the token once", request.method, url)
            yield from token.renew_flow(policy, stale=authorization)
            continue
        return response


class _Namespace:
    """`client.live`: the declared endpoints and iterators of one API, bound to a client.

    Type checkers see the generated class of each API instead (`nadeo_api.live.LiveEndpoints`
    and its twins), which names every function with its parameters and return types.
    """

    def __init__(self, client: Client | AsyncClient, api: str) -> None:
        self._client = client
        self._declarations: dict[str, Endpoint[Any] | Listing[Any]] = {
            **DECLARATIONS[api], **LISTINGS[api]
        }

    def __getattr__(self, name: str) -> Any:
        declared = self._declarations.get(name)
        if declared is None:
            raise AttributeError(name)
        client: Any = self._client
        if isinstance(declared, Listing):
            run, run_typed = client.iterate, client.iterate_typed
        else:
            run, run_typed = client.call, client.call_typed

        def bound(*args: Any, **kwargs: Any) -> Any:
            return run(declared, *args, **kwargs)

        def typed(*args: Any, **kwargs: Any) -> Any:
            return run_typed(declared, *args, **kwargs)

        bound.__name__ = name
        bound.__doc__ = declared.__doc__
        if declared.model is not None:
            typed.__name__ = f"{name}.typed"
            typed.__doc__ = typed_doc(declared, isinstance(declared, Listing))
            bound.typed = typed  # type: ignore[attr-defined]
        # Later lookups find it in the instance and skip __getattr__.
        setattr(self, name, bound)
        return bound

    def __dir__(self) -> list[str]:
        return sorted(self._declarations)


_WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class _BaseClient:
    def __init__(self, settings: Settings | None, overrides: dict[str, Any]) -> None:
        base = settings if settings is not None else default_settings()
        self.settings = base.replace(**overrides) if overrides else base
        self.policy = Policy(self.settings, budget_for(self.settings))
        self.cache: Cache | None = open_cache(str(self.settings.cache))
        self._cache_reads = True

    def with_options(
        self: C, *, timeout: float | None = None, max_attempts: int | None = None,
        cache: bool | None = None,
    ) -> C:
        """A client sharing this one's connection pool, rate budget and cache, with other
        options for the calls made through it:

            client.with_options(timeout=60).live.get_map_leaderboard(token, map_uid)
            for record in client.with_options(max_attempts=1).live.iter_map_leaderboard(...):
            client.with_options(cache=False).live.get_maps_totd(token)  # ask the server

        `timeout` (seconds) bounds connecting and reading alike (the `connect_timeout` and
        `read_timeout` settings); `max_attempts` counts the first attempt (1 = never retry);
        `cache=False` neither reads kept answers nor keeps new ones (writes still make kept
        answers they touch stale). None keeps this client's value. Closing either client
        closes the shared pool.
        """
        changes: dict[str, Any] = {}
        if timeout is not None:
            seconds = check.seconds("timeout", timeout)
            changes.update(connect_timeout=seconds, read_timeout=seconds)
        if max_attempts is not None:
            changes["max_attempts"] = max_attempts
        if cache is not None and not isinstance(cache, bool):
            raise ArgumentError(f"cache must be True, False or None (got {cache!r})")
        derived = object.__new__(type(self))
        derived.__dict__.update(
            {key: value for key, value in self.__dict__.items() if key not in NAMESPACES}
        )
        derived.settings = self.settings.replace(**changes)
        derived.policy = Policy(derived.settings, self.policy.limiter)
        if cache is not None:
            derived._cache_reads = cache
        return derived

    def _prepare(
        self, declared: Endpoint[Any], args: tuple[Any, ...], kwargs: dict[str, Any],
        plan: Plan | None = None,
    ) -> PreparedCall:
        token, built, path = plan.prepared if plan else declared.prepare(*args, **kwargs)
        keeping = self.cache is not None and self._cache_reads
        return PreparedCall.of(self.settings, declared, token, built, path, keeping)

    def _kept(self, call: PreparedCall) -> httpx.Response | None:
        """The kept answer to `call`, if it is still fresh."""
        if self.cache is None or not call.keep or not self._cache_reads:
            return None
        assert call.share_key is not None
        entry = self.cache.get(call.share_key, self.settings.clock.time())
        if entry is None:
            return None
        logger.debug("GET %s answered from the cache", call.url)
        return httpx.Response(
            entry.status, headers={"Content-Type": entry.content_type}, content=entry.body,
            request=httpx.Request("GET", call.url),
        )  # fmt: skip

    def _after(self, call: PreparedCall, response: httpx.Response | None) -> None:
        """Keep the answer of a read while it stays fresh; after a write (answered or not),
        every cache of the process forgets the kept answers it touches."""
        if call.declared.method in _WRITES:
            scope = call.scope(self.settings)
            if scope is not None:
                forget_everywhere([scope])
            return
        cache = self.cache
        if cache is None or response is None or response.status_code != 200 or not call.keep:
            return
        if not self._cache_reads:
            return
        try:
            answer = json.loads(response.content)
        except (ValueError, RecursionError):
            return
        now = self.settings.clock.time()
        query = dict(call.url.params.items())
        declared = call.declared
        until = expiry(declared.api, declared.name, call.path, answer, query, now)
        if until is None:
            return
        assert call.share_key is not None
        content_type = response.headers.get("content-type", "application/json")
        entry = Entry(200, content_type, response.content, until, call.scope(self.settings))
        cache.put(call.share_key, entry)

    def _plan(
        self, declared: Endpoint[Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Plan | None:
        """For an endpoint taking a capped list: whether the call goes in parts, when its list
        is longer than one request holds (see `_chunking`)."""
        if declared.chunks is None:
            return None
        settings, api = self.settings, declared.api
        return split(declared, args, kwargs, lambda b, p: url_length(settings, api, b, p))

    def __repr__(self) -> str:
        return f"{type(self).__name__}(live_url={self.settings.live_url!r})"


NAMESPACES = ("core", "live", "meet", "oauth")
"""The client attributes that bind an API's functions to the client (built on first use)."""


class Client(_BaseClient):
    """A blocking client: one connection pool, the shared rate budget, retries and renewals.

        with Client(live_url="http://127.0.0.1:8000/live") as client:
            client.live.get_maps_totd(token)

    `settings` (default: `default_settings()`) and keyword overrides of its fields configure it;
    `with_options(timeout=..., max_attempts=...)` derives a client for some calls. `transport`
    (an httpx transport) replaces the network, e.g. `Emulator.transport()` in tests.
    """

    def __init__(
        self, settings: Settings | None = None, *, transport: httpx.BaseTransport | None = None,
        **overrides: Any,
    ) -> None:
        super().__init__(settings, overrides)
        self._http = httpx.Client(
            limits=_POOL_LIMITS, follow_redirects=False, verify=tls_context(),
            transport=transport,
        )

    @cached_property
    def core(self) -> CoreEndpoints:
        """The functions of `nadeo_api.core`, run on this client."""
        return cast("CoreEndpoints", _Namespace(self, "core"))

    @cached_property
    def live(self) -> LiveEndpoints:
        """The functions of `nadeo_api.live`, run on this client."""
        return cast("LiveEndpoints", _Namespace(self, "live"))

    @cached_property
    def meet(self) -> MeetEndpoints:
        """The functions of `nadeo_api.meet`, run on this client."""
        return cast("MeetEndpoints", _Namespace(self, "meet"))

    @cached_property
    def oauth(self) -> OAuthEndpoints:
        """The functions of `nadeo_api.oauth`, run on this client."""
        return cast("OAuthEndpoints", _Namespace(self, "oauth"))

    def run(self, flow: Flow[T]) -> T:
        """Drive a pipeline flow to its result."""
        return run_sync(flow, self._http, self.settings.clock)

    def call(self, declared: Endpoint[Any], *args: Any, **kwargs: Any) -> Any:
        """Call a declared endpoint with its arguments."""
        return self._call(declared, args, kwargs, None)

    def call_typed(self, declared: Endpoint[Any], *args: Any, **kwargs: Any) -> Any:
        """Call a declared endpoint and return its answer as the endpoint's model."""
        return self._call(declared, args, kwargs, declared.model_type())

    def _call(
        self, declared: Endpoint[Any], args: tuple[Any, ...], kwargs: dict[str, Any],
        model: type[Any] | None,
    ) -> Any:
        plan = self._plan(declared, args, kwargs)
        if plan and plan.parts:
            return send_parts(self, declared, plan.parts, typed=model is not None)
        call = self._prepare(declared, args, kwargs, plan)
        response = self._kept(call)
        if response is None:
            if call.share_key is None:
                response = self._fetch(call)
            else:
                response = THREADS.share(
                    call.share_key, lambda: self._fetch(call), self.settings.clock
                )
        return decode(response, self.settings, model)

    def _fetch(self, call: PreparedCall) -> httpx.Response:
        response = None
        try:
            response = self.run(answer_flow(self.policy, call))
            return response
        finally:
            self._after(call, response)

    def iterate(self, declared: Listing[Any], *args: Any, **kwargs: Any) -> Iterator[Any]:
        """Iterate over a declared listing, one page after the other."""
        return crawl_sync(self, declared.start(*args, **kwargs))

    def iterate_typed(self, declared: Listing[Any], *args: Any, **kwargs: Any) -> Iterator[Any]:
        """Iterate over a declared listing, each item as the listing's model."""
        return crawl_sync(self, declared.start(*args, **kwargs), declared.model_type())

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
    """The asyncio twin of `Client`, driving the same pipeline; use it within one event loop.
    `transport` is an httpx async transport (e.g. `Emulator.transport()`)."""

    def __init__(
        self, settings: Settings | None = None, *,
        transport: httpx.AsyncBaseTransport | None = None, **overrides: Any,
    ) -> None:
        super().__init__(settings, overrides)
        self._http = httpx.AsyncClient(
            limits=_POOL_LIMITS, follow_redirects=False, verify=tls_context(),
            transport=transport,
        )

    @cached_property
    def core(self) -> AsyncCoreEndpoints:
        """The coroutines of `nadeo_api.aio.core`, run on this client."""
        return cast("AsyncCoreEndpoints", _Namespace(self, "core"))

    @cached_property
    def live(self) -> AsyncLiveEndpoints:
        """The coroutines of `nadeo_api.aio.live`, run on this client."""
        return cast("AsyncLiveEndpoints", _Namespace(self, "live"))

    @cached_property
    def meet(self) -> AsyncMeetEndpoints:
        """The coroutines of `nadeo_api.aio.meet`, run on this client."""
        return cast("AsyncMeetEndpoints", _Namespace(self, "meet"))

    @cached_property
    def oauth(self) -> AsyncOAuthEndpoints:
        """The coroutines of `nadeo_api.aio.oauth`, run on this client."""
        return cast("AsyncOAuthEndpoints", _Namespace(self, "oauth"))

    async def run(self, flow: Flow[T]) -> T:
        """Drive a pipeline flow to its result."""
        return await run_async(flow, self._http, self.settings.clock)

    async def call(self, declared: Endpoint[Any], *args: Any, **kwargs: Any) -> Any:
        """Call a declared endpoint with its arguments."""
        return await self._call(declared, args, kwargs, None)

    async def call_typed(self, declared: Endpoint[Any], *args: Any, **kwargs: Any) -> Any:
        """Call a declared endpoint and return its answer as the endpoint's model."""
        return await self._call(declared, args, kwargs, declared.model_type())

    async def _call(
        self, declared: Endpoint[Any], args: tuple[Any, ...], kwargs: dict[str, Any],
        model: type[Any] | None,
    ) -> Any:
        plan = self._plan(declared, args, kwargs)
        if plan and plan.parts:
            return await send_parts_async(self, declared, plan.parts, typed=model is not None)
        call = self._prepare(declared, args, kwargs, plan)
        response = self._kept(call)
        if response is None:
            if call.share_key is None:
                response = await self._fetch(call)
            else:
                response = await TASKS.share(
                    call.share_key, lambda: self._fetch(call), self.settings.clock
                )
        return decode(response, self.settings, model)

    async def _fetch(self, call: PreparedCall) -> httpx.Response:
        response = None
        try:
            response = await self.run(answer_flow(self.policy, call))
            return response
        finally:
            self._after(call, response)

    def iterate(self, declared: Listing[Any], *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
        """Iterate over a declared listing, with `page_concurrency` pages in flight."""
        crawl = declared.start(*args, **kwargs)
        return crawl_async(self, crawl, self.settings.page_concurrency)

    def iterate_typed(
        self, declared: Listing[Any], *args: Any, **kwargs: Any
    ) -> AsyncIterator[Any]:
        """Iterate over a declared listing, each item as the listing's model."""
        crawl = declared.start(*args, **kwargs)
        return crawl_async(
            self, crawl, self.settings.page_concurrency, declared.model_type()
        )

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


def _forget_default_clients() -> None:
    """In a child process after `fork()`: the parent's default clients (their connections,
    and the locks of their pools) are the parent's, so the child makes its own on first use.
    They are dropped, not closed: closing would shut sockets the parent still reads."""
    global _lock, _sync_client
    _lock = threading.Lock()
    _sync_client = None
    _async_clients.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_default_clients)


@atexit.register
def _close_default_client() -> None:
    client = _sync_client
    if client is not None:
        client.close()
