"""Deliberately worse versions of the library, one per kind of figure, so that each figure is
shown to fail when the library gets worse in the way the figure is meant to catch
(`run.py --check-sensitivity`).

`applied(name)` patches this process for the duration of a block; a measurement that runs in a
child process passes the name on (`BENCH_MUTANT`) and the child applies it there. A mutant that
is not a patch of this process (a differently built environment) is a no-op here.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

ENV = "BENCH_MUTANT"


@dataclass(frozen=True)
class Mutant:
    """What the mutant does to the library; `patch` makes it so in this process."""

    does: str
    patch: Callable[[], contextlib.AbstractContextManager[None]] | None = None


@contextlib.contextmanager
def _replaced(owner: Any, name: str, value: Any) -> Iterator[None]:
    original = getattr(owner, name)
    setattr(owner, name, value)
    try:
        yield
    finally:
        setattr(owner, name, original)


def _spin(seconds: float) -> None:
    """Burn `seconds` of this process's CPU (a sleep would cost none; a wall clock would count
    the time other processes run)."""
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def _slower_calls(seconds: float) -> contextlib.AbstractContextManager[None]:
    from nadeo_api._endpoint import Endpoint

    prepare = Endpoint.prepare

    def slow(self: Any, *args: Any, **kwargs: Any) -> Any:
        _spin(seconds)
        return prepare(self, *args, **kwargs)

    return _replaced(Endpoint, "prepare", slow)


def _old_hot_path() -> contextlib.AbstractContextManager[None]:
    """The hot path as it was: `inspect.Signature.bind` for every call, and httpx parsing and
    encoding the URL and its query again for every request."""
    import httpx

    from nadeo_api import _client
    from nadeo_api._endpoint import Endpoint

    prepare = Endpoint.prepare

    def bind_then_prepare(self: Any, *args: Any, **kwargs: Any) -> Any:
        self.signature.bind(*args, **kwargs)
        return prepare(self, *args, **kwargs)

    def unparsed(address: str, query: list[tuple[str, Any]]) -> Any:
        return httpx.URL(address, params=query)

    stack = contextlib.ExitStack()
    stack.enter_context(_replaced(Endpoint, "prepare", bind_then_prepare))
    stack.enter_context(_replaced(_client, "request_url", unparsed))
    return stack


def _limiter(change: Callable[[Any], None]) -> contextlib.AbstractContextManager[None]:
    from nadeo_api._ratelimit import RateLimiter

    init = RateLimiter.__init__

    def changed(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        change(self)

    return _replaced(RateLimiter, "__init__", changed)


def _fast_pacing() -> contextlib.AbstractContextManager[None]:
    def faster(limiter: Any) -> None:
        limiter._interval /= 1.1

    return _limiter(faster)


def _slow_pacing() -> contextlib.AbstractContextManager[None]:
    def slower(limiter: Any) -> None:
        limiter._interval *= 1.1

    return _limiter(slower)


def _costly_booking() -> contextlib.AbstractContextManager[None]:
    from nadeo_api._ratelimit import RateLimiter

    reserve = RateLimiter.reserve

    def costly(self: Any) -> float:
        _spin(25e-6)
        return reserve(self)

    return _replaced(RateLimiter, "reserve", costly)


def _gives_up() -> contextlib.AbstractContextManager[None]:
    from nadeo_api import _pipeline

    return _replaced(_pipeline, "_may_retry", lambda *args: False)


def _fetch_pages(times: Callable[[int], int]) -> contextlib.AbstractContextManager[None]:
    """Send page requests more often than needed: `times(offset)` copies of each page."""
    from nadeo_api._pagination import Crawl

    pages = Crawl.pages

    def repeated(self: Any) -> Iterator[tuple[int, int]]:
        for offset, length in pages(self):
            for _ in range(times(offset)):
                yield offset, length

    return _replaced(Crawl, "pages", repeated)


def _holds_whole_listing() -> contextlib.AbstractContextManager[None]:
    from nadeo_api import _client, _pagination

    crawl_sync, crawl_async = _pagination.crawl_sync, _pagination.crawl_async

    def hoarding_sync(client: Any, crawl: Any) -> Iterator[Any]:
        yield from list(crawl_sync(client, crawl))

    async def hoarding_async(client: Any, crawl: Any, concurrency: int) -> Any:
        for item in [item async for item in crawl_async(client, crawl, concurrency)]:
            yield item

    stack = contextlib.ExitStack()
    stack.enter_context(_replaced(_client, "crawl_sync", hoarding_sync))
    stack.enter_context(_replaced(_client, "crawl_async", hoarding_async))
    return stack


def _unlocked_renewal() -> contextlib.AbstractContextManager[None]:
    from nadeo_api.auth import Token

    def renew_flow(self: Any, policy: Any, *, stale: str | None = None,
                   force: bool = False) -> Any:
        yield from self._renew(policy)

    return _replaced(Token, "renew_flow", renew_flow)


def _decode_twice() -> contextlib.AbstractContextManager[None]:
    """Typed answers decoded to Python objects first, then encoded again and decoded into the
    model."""
    import json

    import msgspec

    from nadeo_api import _client, _pipeline

    decode = _pipeline.decode

    def twice(response: Any, settings: Any, model: Any = None) -> Any:
        if model is None:
            return decode(response, settings)
        return msgspec.json.decode(msgspec.json.encode(json.loads(response.content)), type=model)

    return _replaced(_client, "decode", twice)


def _small_parts() -> contextlib.AbstractContextManager[None]:
    """Display names asked 25 at a time, half what a request takes."""
    from nadeo_api.endpoints.oauth import accounts

    declared = accounts.get_display_names
    assert declared.chunks is not None
    return _replaced(declared, "chunks", declared.chunks._replace(cap=25))


MUTANTS: dict[str, Mutant] = {
    "+50 µs a call": Mutant("adds 50 µs of CPU to every call", lambda: _slower_calls(50e-6)),
    "+500 µs a call": Mutant("adds 500 µs of CPU to every call", lambda: _slower_calls(5e-4)),
    "+2 ms a call": Mutant("adds 2 ms of CPU to every call", lambda: _slower_calls(2e-3)),
    "old hot path": Mutant(
        "binds arguments with inspect.Signature.bind and lets httpx parse and encode every"
        " URL again (the hot path before this was measured)", _old_hot_path),
    "no sniffio": Mutant(
        "is installed without its sniffio dependency (httpcore then fails `import sniffio`"
        " several times per async request)"),
    "+100 ms import": Mutant("spends 100 ms more CPU on being imported"),
    "slow pacing": Mutant("books requests 10% further apart than the budget", _slow_pacing),
    "fast pacing": Mutant("books 10% more requests than the budget", _fast_pacing),
    "costly booking": Mutant("spends 25 µs more on every booking", _costly_booking),
    "gives up": Mutant("never retries a failed request", _gives_up),
    "every page twice": Mutant("requests every page twice", lambda: _fetch_pages(lambda _: 2)),
    "first page twice": Mutant(
        "requests the first page of a crawl twice",
        lambda: _fetch_pages(lambda offset: 2 if offset == 0 else 1)),
    "holds the listing": Mutant(
        "fetches the whole listing before yielding its first item", _holds_whole_listing),
    "unlocked renewal": Mutant(
        "renews a token without its lock or a second look", _unlocked_renewal),
    "small parts": Mutant(
        "splits lists of display names 25 at a time instead of 50", _small_parts),
    "decodes twice": Mutant(
        "decodes a typed answer to Python objects, then encodes them and decodes them into the"
        " model",
        _decode_twice),
}


@contextlib.contextmanager
def applied(name: str | None) -> Iterator[None]:
    """Run a block with the mutant `name` patched in (nothing for None)."""
    mutant = MUTANTS[name] if name is not None else None
    if mutant is None or mutant.patch is None:
        yield
        return
    with mutant.patch():
        yield


def from_environment() -> str | None:
    """The mutant a parent process asked this child to apply, if any."""
    return os.environ.get(ENV) or None
