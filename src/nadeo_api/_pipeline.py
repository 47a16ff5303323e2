"""The one request pipeline, and its two drivers.

Everything that is not I/O lives in generator "flows": building requests, waiting for the rate
budget, deciding to retry and how long to back off, renewing tokens, mapping answers to errors.
A flow yields what it needs done:

- `Send(request, deadline)`: send it, and resume the flow with the `httpx.Response` (body
  read, by the deadline) or by throwing the `httpx.RequestError` into it;
- `Sleep(seconds)`;
- `Locked(lock, flow)`: run another flow while holding `lock`, resume with its result.

`run_sync` drives a flow with an `httpx.Client` and the clock's `sleep`; `run_async` with an
`httpx.AsyncClient` and the clock's `sleep_async`. They are the only code that differs between
the sync and async APIs.
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import threading
import weakref
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from contextlib import AbstractContextManager, asynccontextmanager, nullcontext
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, overload

import httpx

from ._errors import (
    InvalidResponseError,
    NadeoConnectionError,
    NadeoTimeoutError,
    status_error,
)
from ._ratelimit import Budget, BudgetUnavailable, shared_limiter
from ._settings import Settings
from .clock import SYSTEM, Clock, waiting_for_others

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "Flow",
    "Locked",
    "Policy",
    "RenewalLock",
    "Send",
    "Sleep",
    "budget_for",
    "decode",
    "exchange",
    "request_extensions",
    "run_async",
    "run_sync",
]

logger = logging.getLogger("nadeo_api")

T = TypeVar("T")
Flow = Generator["Action", Any, T]

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


# The actions are named tuples: as light to define (at import) and to make as records get.
class Send(NamedTuple):
    """Send `request`; its whole answer must have arrived by `deadline` (`time.monotonic()`),
    however slowly the server trickles it (read timeouts only bound each read)."""

    request: httpx.Request
    deadline: float


class Sleep(NamedTuple):
    seconds: float


class Locked(NamedTuple):
    """Run `flow` holding `lock`, then (if given) `guard`: a lock shared with other processes,
    such as a token store's."""

    lock: RenewalLock
    flow: Flow[Any]
    guard: AbstractContextManager[object] | None = None


Action = Send | Sleep | Locked


class RenewalLock:
    """A lock that threads and asyncio tasks (of any event loop) can hold in turn.

    Threads take the inner `threading.Lock`. Tasks first queue on an `asyncio.Lock` of their
    own loop, so that at most one task per loop polls the thread lock, without blocking the loop.
    """

    def __init__(self) -> None:
        self.thread_lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )
        self._guard = threading.Lock()

    def loop_lock(self) -> asyncio.Lock:
        import asyncio

        loop = asyncio.get_running_loop()
        with self._guard:
            lock = self._loop_locks.get(loop)
            if lock is None:
                lock = self._loop_locks[loop] = asyncio.Lock()
            return lock


def request_extensions(settings: Settings) -> dict[str, Any]:
    """httpx request extensions carrying the finite timeouts of `settings`."""
    value = httpx.Timeout(
        settings.read_timeout,
        connect=settings.connect_timeout,
        pool=settings.connect_timeout + settings.read_timeout,
    )
    return {"timeout": value.as_dict()}


def budget_for(settings: Settings, account: str | None = None) -> Budget | None:
    """The budget `settings` name (`account`'s own, if given): none without a `rate_limit`,
    else the one shared through Redis with `redis_url`, else the process's."""
    if settings.rate_limit is None:
        return None
    if settings.redis_url:
        from ._redis import redis_budget

        return redis_budget(settings, account)
    return shared_limiter(settings.rate_limit, settings.rate_burst, account, settings.clock)


class Policy:
    """How one client paces and retries: derived from its `Settings`."""

    __slots__ = ("extensions", "limiter", "settings")

    def __init__(self, settings: Settings, limiter: Budget | None) -> None:
        self.settings = settings
        self.limiter = limiter
        self.extensions = request_extensions(settings)
        """The httpx request extensions of every request sent under this policy."""

    def limiter_for(self, account: str | None) -> Budget | None:
        """The budget a request of `account` draws from: the client's, or with
        `rate_limit_per_account` that account's own."""
        if self.limiter is None or not self.settings.rate_limit_per_account or not account:
            return self.limiter
        return budget_for(self.settings, account)

    def backoff(self, retry: int) -> float:
        """Full jitter: a random wait in [0, min(max, base * 2**retry)]."""
        cap = min(self.settings.backoff_max, self.settings.backoff_base * (2**retry))
        return random.uniform(0, cap)


def describe(request: httpx.Request) -> str:
    """`METHOD URL` of a request; URLs never carry secrets in this library."""
    return f"{request.method} {request.url}"


@overload
def exchange(
    policy: Policy,
    request: httpx.Request,
    account: str | None = None,
    final: frozenset[int] = frozenset(),
    sendable: None = None,
) -> Flow[httpx.Response]: ...
@overload
def exchange(
    policy: Policy,
    request: httpx.Request,
    account: str | None,
    final: frozenset[int],
    sendable: Callable[[], bool],
) -> Flow[httpx.Response | None]: ...
def exchange(
    policy: Policy,
    request: httpx.Request,
    account: str | None = None,
    final: frozenset[int] = frozenset(),
    sendable: Callable[[], bool] | None = None,
) -> Flow[httpx.Response | None]:
    """Send `request` within the rate budget (of `account`, if budgets are per account),
    retrying what is safe to retry, except the `final` statuses (answers, not failures).

    `sendable` is asked after each wait for a rate slot, right before sending: when it says
    no (the request's token expired while it waited), nothing is sent and None is returned.

    Returns the final response, successful or not (the caller maps error statuses, since a 401
    means something different to a login and to an API call). Raises `TransportError`s.
    """
    settings = policy.settings
    limiter = policy.limiter_for(account)
    method = request.method
    clock = settings.clock
    started = clock.monotonic()
    attempt = 0
    while True:
        attempt += 1
        if limiter is not None:
            yield from _take_slot(limiter, request)
        if sendable is not None and not sendable():
            return None
        failed: httpx.TransportError | None = None
        # The answer must be whole `retry_deadline` after it was sent (the wait for a slot,
        # which may be long in a deep queue, does not count against it).
        deadline = clock.monotonic() + settings.retry_deadline
        try:
            response: httpx.Response = yield Send(request, deadline)
        except httpx.TransportError as exc:
            failed = exc
        if failed is not None:
            never_sent = isinstance(
                failed, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
            )
            retryable = method in IDEMPOTENT_METHODS or never_sent
            delay = policy.backoff(attempt - 1)
            if retryable and _may_retry(settings, attempt, started, delay):
                logger.debug(
                    "retrying %s in %.2fs after %s (attempt %d of %d)",
                    describe(request), delay, type(failed).__name__, attempt,
                    settings.max_attempts,
                )  # fmt: skip
                yield Sleep(delay)
                continue
            # Raised outside the handler: the httpx error (whose request holds the credentials)
            # is neither the cause nor the context of the error the caller sees.
            raise _transport_error(failed, request)
        status = response.status_code
        logger.debug("%s %s -> %d", method, request.url, status)  # formatted only if logged
        if status not in RETRY_STATUSES or method not in IDEMPOTENT_METHODS or status in final:
            if status == 429 and limiter is not None:
                limiter.pause(_retry_after(response, settings) or 1.0)
            return response
        retry_after = _retry_after(response, settings)
        if status == 429 and limiter is not None:
            # Everyone sharing the budget slows down, not only this call.
            limiter.pause(retry_after if retry_after is not None else 1.0)
        delay = retry_after if retry_after is not None else policy.backoff(attempt - 1)
        if not _may_retry(settings, attempt, started, delay):
            return response
        logger.debug(
            "retrying %s in %.2fs after status %d (attempt %d of %d)",
            describe(request), delay, status, attempt, settings.max_attempts,
        )
        yield Sleep(delay)


def _take_slot(limiter: Budget, request: httpx.Request) -> Flow[None]:
    """Book a start slot in the budget and wait for it."""
    while True:
        try:
            wait = limiter.reserve()
        except BudgetUnavailable as exc:
            raise NadeoConnectionError(
                f"not sent: {exc}", method=request.method, url=str(request.url)
            ) from None
        if wait >= 0:
            break
        yield Sleep(-wait)  # a shared budget asks to be asked again later
    if wait > 0:
        yield Sleep(wait)


def _may_retry(settings: Settings, attempt: int, started: float, delay: float) -> bool:
    if attempt >= settings.max_attempts:
        return False
    return settings.clock.monotonic() - started + delay <= settings.retry_deadline


def _retry_after(response: httpx.Response, settings: Settings) -> float | None:
    """`Retry-After` in seconds (delta or HTTP date), capped; None when absent or unreadable."""
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - settings.clock.time()
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), settings.retry_after_max)


def _transport_error(exc: httpx.TransportError, request: httpx.Request) -> Exception:
    kind = NadeoTimeoutError if isinstance(exc, httpx.TimeoutException) else NadeoConnectionError
    reason = type(exc).__name__
    return kind(f"no answer: {reason}", method=request.method, url=str(request.url))


def decode(response: httpx.Response, settings: Settings, model: type[Any] | None = None) -> Any:
    """The JSON body of a response (`{}` when empty; the text of a `text/plain` one), as
    `model` if given; errors for error statuses and for other bodies that are not JSON (or do
    not fit the model).

    No decoding error is chained to the error raised: `json`'s would hold the whole body."""
    request = response.request
    status = response.status_code
    if status >= 400:
        raise status_error(
            status=status,
            method=request.method,
            url=str(request.url),
            content=response.content,
            retry_after=_retry_after(response, settings),
        )
    content = response.content
    if not 200 <= status < 300:
        failure = f"is not an answer (status {status})"
    elif model is None and response.headers.get("content-type", "").startswith("text/plain"):
        # A few endpoints answer success in words ("Items added."): the text is the answer.
        return response.text if content.strip() else {}
    else:
        decoded = _decoded(content if content.strip() else b"{}", model)
        if not isinstance(decoded, _Failure):
            return decoded
        failure = decoded.reason
    raise InvalidResponseError(
        status=status,
        method=request.method,
        url=str(request.url),
        body=content.decode("utf-8", errors="replace"),
        reason=failure,
    )


class _Failure(NamedTuple):
    reason: str


def _decoded(content: bytes, model: type[Any] | None) -> Any:
    """The decoded body, or a `_Failure` saying why it could not be decoded."""
    if model is None:
        try:
            return json.loads(content)
        except (ValueError, RecursionError):
            return _Failure("is not JSON")
    import msgspec

    try:
        return msgspec.json.decode(content, type=model)
    except msgspec.ValidationError as exc:
        return _Failure(f"does not fit {model.__name__}: {exc}")
    except (msgspec.DecodeError, RecursionError):
        return _Failure("is not JSON")


def run_sync(flow: Flow[T], http: httpx.Client, clock: Clock = SYSTEM) -> T:
    """Drive `flow` with blocking I/O."""
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            action = flow.throw(error) if error is not None else flow.send(value)
        except StopIteration as stop:
            result: T = stop.value
            return result
        value, error = None, None
        if isinstance(action, Send):
            try:
                answer = http.send(action.request, stream=True)
                try:
                    value = _read(answer, action, clock)
                finally:
                    answer.close()
            except (httpx.RequestError, InvalidResponseError) as exc:
                error = exc
        elif isinstance(action, Sleep):
            clock.sleep(action.seconds)
        else:
            _hold(action.lock.thread_lock, clock)
            try:
                with action.guard or nullcontext():
                    try:
                        value = run_sync(action.flow, http, clock)
                    except Exception as exc:  # handed back to the flow that asked for the lock
                        error = exc
            finally:
                action.lock.thread_lock.release()


async def run_async(flow: Flow[T], http: httpx.AsyncClient, clock: Clock = SYSTEM) -> T:
    """Drive `flow` with asyncio I/O."""
    value: Any = None
    error: BaseException | None = None
    while True:
        try:
            action = flow.throw(error) if error is not None else flow.send(value)
        except StopIteration as stop:
            result: T = stop.value
            return result
        value, error = None, None
        if isinstance(action, Send):
            try:
                answer = await http.send(action.request, stream=True)
                try:
                    value = await _aread(answer, action, clock)
                finally:
                    await answer.aclose()
            except (httpx.RequestError, InvalidResponseError) as exc:
                error = exc
        elif isinstance(action, Sleep):
            await clock.sleep_async(action.seconds)
        else:
            async with _held_async(action.lock, clock):
                guard = action.guard
                if guard is not None:
                    await _enter_in_thread(guard)
                try:
                    value = await run_async(action.flow, http, clock)
                except Exception as exc:
                    error = exc
                finally:
                    if guard is not None:
                        guard.__exit__(None, None, None)


def _hold(lock: threading.Lock, clock: Clock) -> None:
    """Take `lock`; a wait for it is a wait for another caller (which `clock` may need to know:
    a `FakeClock` moves on while all its callers sleep or wait)."""
    if not lock.acquire(blocking=False):
        with waiting_for_others(clock):
            lock.acquire()


@asynccontextmanager
async def _held_async(lock: RenewalLock, clock: Clock) -> AsyncIterator[None]:
    """Hold `lock` in a task: first its event loop's queue, then the lock threads take."""
    import asyncio

    queue = lock.loop_lock()
    if queue.locked():
        with waiting_for_others(clock):
            await queue.acquire()
    else:
        await queue.acquire()  # free: taken at once
    try:
        if not lock.thread_lock.acquire(blocking=False):
            with waiting_for_others(clock):
                while not lock.thread_lock.acquire(blocking=False):
                    await asyncio.sleep(0.005)  # a thread holds it: poll without blocking the loop
        try:
            yield
        finally:
            lock.thread_lock.release()
    finally:
        queue.release()


class _InTime(httpx.SyncByteStream, httpx.AsyncByteStream):
    """The body of `send`'s answer as it arrives, chunk by chunk; a read timeout once its
    deadline (on `clock`) has passed."""

    def __init__(self, body: Any, send: Send, clock: Clock) -> None:
        self._body = body
        self._send = send
        self._clock = clock

    def _checked(self, chunk: bytes) -> bytes:
        if self._clock.monotonic() > self._send.deadline:
            raise httpx.ReadTimeout(
                "the answer did not arrive by the deadline", request=self._send.request
            )
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._body:
            yield self._checked(chunk)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._body:
            yield self._checked(chunk)

    def close(self) -> None:
        self._body.close()

    async def aclose(self) -> None:
        await self._body.aclose()


def _read(answer: httpx.Response, send: Send, clock: Clock) -> httpx.Response:
    """`answer` with its whole body read (by `send`'s deadline) and decoded;
    `InvalidResponseError` if the body does not decode as its Content-Encoding says. (An answer
    a mock transport made whole is read already.)"""
    answer.stream = _InTime(answer.stream, send, clock)
    try:
        answer.read()
        return answer
    except httpx.DecodingError:
        pass
    raise _undecodable(answer)  # outside the handler: no httpx error (holding the request) chained


async def _aread(answer: httpx.Response, send: Send, clock: Clock) -> httpx.Response:
    """`_read` for an answer of an `httpx.AsyncClient`."""
    answer.stream = _InTime(answer.stream, send, clock)
    try:
        await answer.aread()
        return answer
    except httpx.DecodingError:
        pass
    raise _undecodable(answer)


def _undecodable(answer: httpx.Response) -> InvalidResponseError:
    request = answer.request
    return InvalidResponseError(
        status=answer.status_code, method=request.method, url=str(request.url), body="",
        reason=f"does not decode as {answer.headers.get('content-encoding', '')!r}",
    )  # fmt: skip


async def _enter_in_thread(guard: AbstractContextManager[object]) -> None:
    """Enter a blocking lock (another process may hold it) without blocking the event loop.

    A task cancelled while it waits leaves the lock free: whichever of the waiting thread and
    the cancelled task comes second gives the lock back."""
    import asyncio

    state = threading.Lock()
    abandoned = held = False

    def enter() -> None:
        nonlocal held
        guard.__enter__()
        with state:
            held = not abandoned
        if not held:
            guard.__exit__(None, None, None)

    try:
        await asyncio.shield(asyncio.ensure_future(asyncio.to_thread(enter)))
    except asyncio.CancelledError:
        with state:
            abandoned = True
            release = held
        if release:
            guard.__exit__(None, None, None)
        raise
