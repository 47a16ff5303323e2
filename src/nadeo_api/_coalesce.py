"""Identical reads in flight at the same time share one request.

The first caller of a key (the account that asks and the URL of a GET) sends the request; the
callers that ask the same while it is in flight wait for it and get its answer, or its error.
Threads share through `THREADS` (process-wide), asyncio tasks through `TASKS` (per event loop).
A first caller that is interrupted (cancelled, KeyboardInterrupt) shares nothing: one of the
waiting callers sends the request instead.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .clock import SYSTEM, Clock, waiting_for_others

if TYPE_CHECKING:
    import asyncio

__all__ = ["TASKS", "THREADS", "TaskFlights", "ThreadFlights"]

T = TypeVar("T")
E = TypeVar("E", "threading.Event", "asyncio.Event")


class _Flight(Generic[E]):
    """One request in flight, and what became of it. The event its waiters wait on is made by
    the first of them: a request nobody else asks for costs no event."""

    __slots__ = ("abandoned", "done", "error", "result", "waiting")

    def __init__(self) -> None:
        self.done: E | None = None
        self.waiting = 0
        self.result: Any = None
        self.error: BaseException | None = None
        self.abandoned = False

    def settle(self, result: Any, error: BaseException | None) -> None:
        """Record the outcome (before waking the waiters)."""
        if error is not None and not isinstance(error, Exception):
            self.abandoned = True  # interrupted, not failed: someone else tries
        self.result, self.error = result, error

    def outcome(self) -> Any:
        if self.error is not None:
            raise self.error
        return self.result


class ThreadFlights:
    """Requests in flight in this process, shared between threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._flights: dict[str, _Flight[threading.Event]] = {}

    def share(self, key: str, fetch: Callable[[], T], clock: Clock = SYSTEM) -> T:
        """`fetch()`, or the outcome of the call of it already in flight for `key` (waiting for
        it is waiting for another thread, which `clock` is told of)."""
        while True:
            with self._lock:
                flight = self._flights.get(key)
                if flight is None:
                    flight = self._flights[key] = _Flight()
                    break
                done = flight.done
                if done is None:
                    done = flight.done = threading.Event()
                flight.waiting += 1
            with waiting_for_others(clock):
                done.wait()
            with self._lock:
                flight.waiting -= 1
            if not flight.abandoned:
                shared: T = flight.outcome()
                return shared
        result: Any = None
        error: BaseException | None = None
        try:
            mine = result = fetch()
            return mine
        except BaseException as exc:
            error = exc
            raise
        finally:
            flight.settle(result, error)
            with self._lock:
                del self._flights[key]
                done = flight.done
            if done is not None:
                done.set()

    def waiting(self) -> int:
        """How many callers wait for another's request (for tests)."""
        with self._lock:
            return sum(flight.waiting for flight in self._flights.values())

    def reset(self) -> None:
        """Forget every flight (in a child process after fork: they are the parent's)."""
        self._lock = threading.Lock()
        self._flights = {}


class TaskFlights:
    """Requests in flight in each event loop, shared between its tasks."""

    def __init__(self) -> None:
        self._loops: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, dict[str, _Flight[asyncio.Event]]
        ] = weakref.WeakKeyDictionary()

    async def share(
        self, key: str, fetch: Callable[[], Awaitable[T]], clock: Clock = SYSTEM
    ) -> T:
        """`await fetch()`, or the outcome of the call of it already in flight for `key`
        (waiting for it is waiting for another task, which `clock` is told of)."""
        import asyncio  # here: `import nadeo_api` does not import asyncio

        loop = asyncio.get_running_loop()
        flights = self._loops.get(loop)
        if flights is None:
            flights = self._loops[loop] = {}
        while True:
            flight = flights.get(key)
            if flight is None:
                flight = flights[key] = _Flight()
                break
            done = flight.done
            if done is None:
                done = flight.done = asyncio.Event()
            flight.waiting += 1
            try:
                with waiting_for_others(clock):
                    await done.wait()
            finally:
                flight.waiting -= 1
            if not flight.abandoned:
                shared: T = flight.outcome()
                return shared
        result: Any = None
        error: BaseException | None = None
        try:
            mine = result = await fetch()
            return mine
        except BaseException as exc:
            error = exc
            raise
        finally:
            flight.settle(result, error)
            del flights[key]
            if flight.done is not None:
                flight.done.set()

    def waiting(self) -> int:
        """How many tasks of the running loop wait for another's request (for tests)."""
        import asyncio

        flights = self._loops.get(asyncio.get_running_loop(), {})
        return sum(flight.waiting for flight in flights.values())


THREADS = ThreadFlights()
TASKS = TaskFlights()

if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=THREADS.reset)
