"""The moment the suite's emulators live at: their world is the same whatever the date the suite
runs on (tokens follow the test's clock, which the awkward-moments check moves around).

And the fake clock a test of time runs on: client and emulator share it, so that lifetimes, rate
budgets and retries pass in no time, and threads and tasks interleave on it as on a real one."""

from __future__ import annotations

import asyncio
import datetime
import threading
from collections.abc import Callable

from nadeo_api.clock import FakeClock

TODAY = datetime.date(2026, 6, 15)


def fake_clock() -> FakeClock:
    """A clock for one test, at noon on the suite's day: it moves only when the test moves it
    or something sleeps on it."""
    return FakeClock(datetime.datetime.combine(TODAY, datetime.time(12), datetime.timezone.utc))


def together(clock: FakeClock, *targets: Callable[[], object]) -> None:
    """Run each target in a thread of its own on `clock`'s shared virtual time (each sleep ends
    when the clock reaches its end, and the clock moves on only once every thread sleeps, waits
    for another, or is done); raise the first failure of any of them."""
    failures: list[BaseException] = []

    def guarded(target: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            try:
                target()
            except BaseException as exc:  # handed to the test's thread
                failures.append(exc)

        return run

    threads = [clock.thread(guarded(target)) for target in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]


class HeldClock(FakeClock):
    """A `FakeClock` on which a sleep on an event loop (the emulator's latency, say) waits until
    the test moves the clock to its end, as it would on a real clock, instead of moving the
    clock itself. `asleep(n)` waits until n such sleeps are under way: a state, not a time."""

    def __init__(self, start: datetime.datetime | float = 1_781_542_800.0) -> None:
        super().__init__(start)
        self._held = threading.Condition()
        self._sleepers: list[tuple[float, asyncio.AbstractEventLoop, asyncio.Future[None]]] = []

    async def sleep_async(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        woken: asyncio.Future[None] = loop.create_future()
        with self._held:
            self.sleeps.append(seconds)
            self._sleepers.append((self.monotonic() + seconds, loop, woken))
            self._held.notify_all()
        await woken

    def advance(self, seconds: float) -> None:
        super().advance(seconds)
        now = self.monotonic()
        with self._held:
            due = [sleeper for sleeper in self._sleepers if sleeper[0] <= now]
            self._sleepers = [sleeper for sleeper in self._sleepers if sleeper[0] > now]
        for _, loop, woken in due:
            loop.call_soon_threadsafe(_settle, woken)

    def asleep(self, count: int) -> None:
        """Wait until `count` sleeps wait on this clock (fail the test after 30 s of real
        time: a safety net, not a measure)."""
        with self._held:
            assert self._held.wait_for(lambda: len(self._sleepers) >= count, 30), (
                f"fewer than {count} sleeps on the clock"
            )


def _settle(woken: asyncio.Future[None]) -> None:
    if not woken.done():  # its task may have been cancelled meanwhile
        woken.set_result(None)
