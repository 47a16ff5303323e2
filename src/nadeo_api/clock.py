"""Time as a parameter: the one clock the library and the emulator read.

Everything that waits or ages — the rate budget, token lifetimes, the token store, retry
deadlines and backoff, the emulator's world and its tokens — asks a `Clock` for the time and
sleeps through it. `SYSTEM` is the real one. A `FakeClock` only moves when told to, or when
something sleeps on it, so a test of a day-long token, a week of Tracks of the Day or a minute of
rate limiting runs in no time:

    clock = FakeClock(datetime(2026, 6, 15, 17, 0, tzinfo=timezone.utc))
    with Emulator(clock=clock) as emulator, Client(emulator.settings(clock=clock)) as client:
        ...
        clock.advance(24 * 3600)   # tomorrow: a new Track of the Day, tokens renewed on use

Callers that run side by side on it (threads sharing a rate budget, say) are started with
`FakeClock.thread` or `FakeClock.task`: they then interleave on its time as on a real clock.
"""

from __future__ import annotations

import heapq
import itertools
import math
import sys
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import datetime
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, TypeVar, runtime_checkable

from ._errors import ArgumentError

if TYPE_CHECKING:
    import asyncio

__all__ = ["SYSTEM", "Clock", "FakeClock", "SystemClock", "waiting_for_others"]

_T = TypeVar("_T")


@runtime_checkable
class Clock(Protocol):
    """Wall time, monotonic time, and a way to wait on them."""

    def time(self) -> float:
        """Seconds since the Unix epoch (UTC)."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (for intervals and deadlines)."""
        ...

    def sleep(self, seconds: float) -> None:
        """Block the calling thread for `seconds` of this clock."""
        ...

    async def sleep_async(self, seconds: float) -> None:
        """Suspend the calling task for `seconds` of this clock."""
        ...


class SystemClock:
    """The machine's clock: `time.time`, `time.monotonic`, `time.sleep`, `asyncio.sleep`."""

    def time(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(max(0.0, seconds))

    async def sleep_async(self, seconds: float) -> None:
        import asyncio  # only where asyncio runs already: importing it costs ~0.1 s

        await asyncio.sleep(max(0.0, seconds))

    def __repr__(self) -> str:
        return "SystemClock()"


SYSTEM = SystemClock()
"""The real clock, used wherever no other is given."""


class FakeClock:
    """A clock that stands still until advanced. Thread-safe.

    Sleeping on it does not wait: it moves the clock forward by the sleep and returns (so two
    callers sleeping side by side move it by the sum of their sleeps). `time()` and
    `monotonic()` move together.

    Threads and tasks that run side by side and must interleave as they would on a real clock
    (several callers sharing a rate budget, say) are started with :meth:`thread` or
    :meth:`task` instead. They share virtual time: a sleep of theirs waits until the clock
    reaches its end, and the clock moves on to the earliest end only once every one of them is
    asleep on it, waiting for another one (for a lock), or finished. So each wakes exactly when
    its sleep ends, and nothing moves the clock while one of them is working (sending a
    request, say). A thread or task of theirs blocked on anything else the clock cannot see
    holds the clock still; after `STALL` seconds of real time without any wake-up its sleepers
    give up with an error instead of waiting forever.

    Args:
        start: the wall time it shows first: a timezone-aware `datetime` or Unix seconds.
    """

    STALL = 60.0
    """Seconds of real time a sleeper of `thread`/`task` waits for any wake-up before it gives
    up (something its fellows wait on is not on the clock)."""

    def __init__(self, start: datetime | float = 1_781_542_800.0) -> None:
        self._lock = threading.Condition(threading.Lock())
        self._wall = _seconds("start", start)
        self._elapsed = 0.0
        self.sleeps: list[float] = []
        """Every sleep asked of this clock, in seconds, in order (for tests)."""
        # The threads (by ident) and tasks started by `thread`/`task`, how many of them are
        # working (not asleep, waiting for another or finished), and the sleepers by end.
        self._members: set[object] = set()
        self._working = 0
        self._asleep: list[_Sleeper] = []
        self._order = itertools.count()
        self._wake_ups = 0

    def time(self) -> float:
        with self._lock:
            return self._wall + self._elapsed

    def monotonic(self) -> float:
        with self._lock:
            return self._elapsed

    def now(self) -> datetime:
        """The wall time as a timezone-aware UTC `datetime`."""
        from datetime import timezone

        return datetime.fromtimestamp(self.time(), timezone.utc)

    def advance(self, seconds: float) -> None:
        """Move the clock forward by `seconds` (>= 0)."""
        if (
            isinstance(seconds, bool)
            or not isinstance(seconds, (int, float))
            or not 0 <= seconds < math.inf
        ):
            raise ArgumentError(f"seconds must be a finite number >= 0 (got {seconds!r})")
        with self._lock:
            self._elapsed += float(seconds)
            self._wake_due()

    def set(self, when: datetime | float) -> None:
        """Move the clock forward to the wall time `when` (a clock never goes back)."""
        target = _seconds("when", when)
        with self._lock:
            now = self._wall + self._elapsed
            if target < now:
                raise ArgumentError(
                    f"when must not be before the clock's time ({now}); got {target}"
                )
            self._elapsed += target - now
            self._wake_due()

    def sleep(self, seconds: float) -> None:
        seconds = max(0.0, float(seconds))
        with self._lock:
            self.sleeps.append(seconds)
            if threading.get_ident() not in self._members:
                self._elapsed += seconds
                self._wake_due()
                return
            if seconds == 0:
                return
            sleeper = self._fall_asleep(seconds, None)
            wake_ups, stalled_at = self._wake_ups, time.monotonic() + self.STALL
            while not sleeper.woken:
                if self._wake_ups != wake_ups:  # the clock moves: nothing is stuck
                    wake_ups, stalled_at = self._wake_ups, time.monotonic() + self.STALL
                left = stalled_at - time.monotonic()
                if left <= 0:
                    self._give_up(sleeper)
                self._lock.wait(left)

    async def sleep_async(self, seconds: float) -> None:
        import asyncio

        seconds = max(0.0, float(seconds))
        loop = asyncio.get_running_loop()
        woken: asyncio.Future[None] = loop.create_future()
        with self._lock:
            self.sleeps.append(seconds)
            if asyncio.current_task() not in self._members:
                self._elapsed += seconds
                self._wake_due()
                sleeper = None
            elif seconds > 0:
                sleeper = self._fall_asleep(
                    seconds, lambda: loop.call_soon_threadsafe(_settle, woken)
                )
            else:
                return
        if sleeper is None:
            await asyncio.sleep(0)  # let other tasks run, as a real sleep would
            return
        try:
            while not sleeper.woken:
                wake_ups = self._wake_ups
                await asyncio.wait({woken}, timeout=self.STALL)
                with self._lock:
                    if not sleeper.woken and self._wake_ups == wake_ups:
                        self._give_up(sleeper)
        except asyncio.CancelledError:
            with self._lock:
                if not sleeper.woken:  # it no longer sleeps, and works until it is done
                    self._asleep.remove(sleeper)
                    heapq.heapify(self._asleep)
                    self._working += 1
            raise

    def thread(
        self, target: Callable[..., object], *args: object, name: str | None = None
    ) -> threading.Thread:
        """A daemon thread running `target(*args)` on this clock's shared virtual time (see
        the class docstring). Start it: until it has run, the clock counts it as working."""
        with self._lock:
            self._working += 1

        def run() -> None:
            ident = threading.get_ident()
            with self._lock:
                self._members.add(ident)
            try:
                target(*args)
            finally:
                with self._lock:
                    self._members.discard(ident)
                    self._leave()

        return threading.Thread(target=run, name=name, daemon=True)

    def task(self, coroutine: Coroutine[Any, Any, _T]) -> asyncio.Task[_T]:
        """A task of the running event loop awaiting `coroutine` on this clock's shared virtual
        time (see the class docstring)."""
        import asyncio

        task = asyncio.get_running_loop().create_task(coroutine)
        with self._lock:
            self._members.add(task)
            self._working += 1

        def done(_: object) -> None:
            with self._lock:
                self._members.discard(task)
                self._leave()

        task.add_done_callback(done)
        return task

    @contextmanager
    def _waiting(self) -> Iterator[None]:
        """While the calling thread or task of `thread`/`task` waits for another of them."""
        member = self._current_member()
        if member is None:
            yield
            return
        with self._lock:
            self._leave()
        try:
            yield
        finally:
            with self._lock:
                self._working += 1

    def _current_member(self) -> object | None:
        with self._lock:
            if not self._members:
                return None
            members = set(self._members)
        asyncio = sys.modules.get("asyncio")  # no task runs where asyncio was never imported
        if asyncio is not None:
            try:
                task = asyncio.current_task()
            except RuntimeError:  # no event loop runs in this thread
                task = None
            if task is not None:
                return task if task in members else None
        ident = threading.get_ident()
        return ident if ident in members else None

    def _fall_asleep(self, seconds: float, wake: Callable[[], object] | None) -> _Sleeper:
        """Queue a sleeper of `seconds` (holding the lock), then let the clock move on."""
        sleeper = _Sleeper(self._elapsed + seconds, next(self._order), wake)
        heapq.heappush(self._asleep, sleeper)
        self._leave()
        return sleeper

    def _leave(self) -> None:
        """One member stops working (holding the lock): if none works any more, the clock
        moves to the earliest end of a sleep and wakes whoever sleeps until then."""
        self._working -= 1
        if self._working == 0 and self._asleep:
            self._elapsed = max(self._elapsed, self._asleep[0].end)
            self._wake_due()

    def _wake_due(self) -> None:
        """Wake every sleeper whose sleep has ended (holding the lock)."""
        woke = False
        while self._asleep and self._asleep[0].end <= self._elapsed:
            sleeper = heapq.heappop(self._asleep)
            sleeper.woken = True
            self._working += 1
            if sleeper.wake is not None:
                sleeper.wake()
            woke = True
        if woke:
            self._wake_ups += 1
            self._lock.notify_all()

    def _give_up(self, sleeper: _Sleeper) -> NoReturn:
        """Stop waiting for a wake-up that is not coming (holding the lock)."""
        self._asleep.remove(sleeper)
        heapq.heapify(self._asleep)
        self._working += 1
        raise RuntimeError(
            f"FakeClock: no wake-up for {self.STALL} s of real time; a thread or task of the"
            " clock's waits for something the clock cannot see"
        )

    def __repr__(self) -> str:
        return f"FakeClock({self.now().isoformat()})"


class _Sleeper:
    """One sleep on a `FakeClock`, queued by when it ends (then by when it began)."""

    __slots__ = ("end", "order", "wake", "woken")

    def __init__(self, end: float, order: int, wake: Callable[[], object] | None) -> None:
        self.end = end
        self.order = order
        self.wake = wake
        self.woken = False

    def __lt__(self, other: _Sleeper) -> bool:
        return (self.end, self.order) < (other.end, other.order)


def _settle(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def waiting_for_others(clock: Clock) -> AbstractContextManager[None]:
    """A context for a wait on another thread or task (for a lock): a `FakeClock` whose
    `thread`/`task` members all sleep or wait may move on meanwhile. Nothing on other clocks."""
    if isinstance(clock, FakeClock):
        return clock._waiting()
    return nullcontext()


def _seconds(name: str, value: datetime | float) -> float:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ArgumentError(f"{name} must be timezone-aware (got {value!r})")
        return value.timestamp()
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ArgumentError(
            f"{name} must be a timezone-aware datetime or Unix seconds (got {value!r})"
        )
    return float(value)
