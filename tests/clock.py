"""The moment the suite's emulators live at: their world is the same whatever the date the suite
runs on (tokens follow the test's clock, which the awkward-moments check moves around).

And the fake clock a test of time runs on: client and emulator share it, so that lifetimes, rate
budgets and retries pass in no time, and threads and tasks interleave on it as on a real one."""

from __future__ import annotations

import datetime
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
