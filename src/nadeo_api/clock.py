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
"""

from __future__ import annotations

import math
import threading
import time
from datetime import datetime
from typing import Protocol, runtime_checkable

from ._errors import ArgumentError

__all__ = ["SYSTEM", "Clock", "FakeClock", "SystemClock"]


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

    Args:
        start: the wall time it shows first: a timezone-aware `datetime` or Unix seconds.
    """

    def __init__(self, start: datetime | float = 1_781_542_800.0) -> None:
        self._lock = threading.Lock()
        self._wall = _seconds("start", start)
        self._elapsed = 0.0
        self.sleeps: list[float] = []
        """Every sleep asked of this clock, in seconds, in order (for tests)."""

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

    def sleep(self, seconds: float) -> None:
        self._wake_at(seconds)

    async def sleep_async(self, seconds: float) -> None:
        import asyncio

        self._wake_at(seconds)
        await asyncio.sleep(0)  # let other tasks run, as a real sleep would

    def _wake_at(self, seconds: float) -> None:
        seconds = max(0.0, float(seconds))
        with self._lock:
            self.sleeps.append(seconds)
            self._elapsed += seconds

    def __repr__(self) -> str:
        return f"FakeClock({self.now().isoformat()})"


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
