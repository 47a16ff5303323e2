"""The process-wide request budget.

A token bucket written as GCRA (generic cell rate algorithm): instead of blocking, `reserve()`
books the next free start time and returns how long the caller must wait for it. That is what
lets one limiter serve threads and asyncio tasks alike: the booking happens under a thread lock
that is held for microseconds, and each caller sleeps its own way (`time.sleep` or
`asyncio.sleep`). Bookings are first come, first served, so no caller starves.

Guarantee: over any window of `w` seconds, at most `burst + rate * w` requests start. A server
counts arrivals, not starts: a request can reach it later than its booked start (a thread woken
late, a busy event loop, the send itself), and one late request followed by one on time puts
more arrivals in a window than were booked in it. So starts are booked `HEADROOM` (3%) further
apart than the rate: then any window of `w` seconds still sees at most `burst + rate * w`
arrivals when requests arrive up to `HEADROOM * w` later than booked (30 ms in every second),
for 3% of the budget.

`Budget` is what the pipeline needs of a budget; `_redis.RedisBudget` is the one shared by many
processes.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

from .clock import SYSTEM, Clock

__all__ = ["HEADROOM", "Budget", "BudgetUnavailable", "RateLimiter", "shared_limiter"]

HEADROOM = 0.03
"""How much further apart than `1 / rate` starts are booked: the send jitter a window of `w`
seconds absorbs is `HEADROOM * w`."""


class Budget(Protocol):
    """A rate budget: `rate` requests per second, `burst` of them back to back."""

    rate: float
    burst: int

    def reserve(self) -> float:
        """Book a start slot and return the seconds to wait for it. A shared budget may instead
        return a negative number: minus the seconds to wait before asking again."""
        ...

    def pause(self, seconds: float) -> None:
        """Hold every caller back for `seconds`."""
        ...


class BudgetUnavailable(Exception):
    """The budget cannot say when a request may start (its shared store has been silent for
    too long); the request is not sent."""


class RateLimiter:
    """`rate` requests per second, `burst` of them allowed back to back; starts are booked
    `headroom` further apart than the rate (see the module docstring)."""

    def __init__(
        self,
        rate: float,
        burst: int = 1,
        *,
        clock: Callable[[], float] = time.monotonic,
        headroom: float = HEADROOM,
    ) -> None:
        self.rate = float(rate)
        self.burst = int(burst)
        self._interval = (1.0 + headroom) / self.rate
        self._tolerance = (self.burst - 1) * self._interval
        self._clock = clock
        self._lock = threading.Lock()
        self._theoretical_arrival = clock()

    def reserve(self) -> float:
        """Book a start slot; returns the seconds to wait before starting (0 when free now)."""
        with self._lock:
            now = self._clock()
            arrival = max(self._theoretical_arrival, now)
            start = max(now, arrival - self._tolerance)
            self._theoretical_arrival = arrival + self._interval
            return start - now

    def pause(self, seconds: float) -> None:
        """Hold every caller back for `seconds` (after a 429, the whole process slows down)."""
        with self._lock:
            resume = self._clock() + seconds
            # Nothing may start before `resume`, and the burst is spent.
            self._theoretical_arrival = max(
                self._theoretical_arrival, resume + self._tolerance
            )


_shared: dict[tuple[float, int, str | None, Clock], RateLimiter] = {}
_shared_lock = threading.Lock()


def shared_limiter(
    rate: float, burst: int, account: str | None = None, clock: Clock = SYSTEM
) -> RateLimiter:
    """The limiter every client of this process with the same rate, burst and clock uses (one
    per account when `account` is given)."""
    key = (float(rate), int(burst), account, clock)
    with _shared_lock:
        limiter = _shared.get(key)
        if limiter is None:
            limiter = _shared[key] = RateLimiter(rate, burst, clock=clock.monotonic)
        return limiter
