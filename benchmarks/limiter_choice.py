"""Why the rate limiter is written here: nadeo_api's bucket against pyrate-limiter, the
well-kept library that serves both threads and asyncio, on the same jobs.

- pacing: 8 threads (then 60 asyncio tasks) share one budget of 20 requests/s, burst 1, for
  60 acquisitions in all; the achieved rate of acquisitions and the busiest one-second window;
- cost: microseconds per uncontended acquisition.

Only nadeo_api's limiter is held to bounds; pyrate-limiter's figures are in the notes.

pyrate-limiter is given its best settings for the job (one slot per 50 ms, a 1 ms polling
buffer; its default 50 ms buffer halves the achieved rate). It blocks inside its own sync and
async code, so it could not serve the pipeline's "yield how long to sleep" design anyway; the
figures say whether it would at least pace as well.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any

from measures import Result, result

from nadeo_api._ratelimit import RateLimiter

RATE = 20.0
ACQUISITIONS = 60


def _busiest_window(stamps: list[float]) -> int:
    stamps = sorted(stamps)
    best = start = 0
    for end, moment in enumerate(stamps):
        while moment - stamps[start] >= 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best


def _threads(acquire: Callable[[], None], threads: int = 8) -> list[float]:
    stamps: list[float] = []
    lock = threading.Lock()

    def work(share: int) -> None:
        for _ in range(share):
            acquire()
            with lock:
                stamps.append(time.monotonic())

    shares = [len(range(index, ACQUISITIONS, threads)) for index in range(threads)]
    workers = [threading.Thread(target=work, args=(share,)) for share in shares]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return stamps


def _tasks(acquire: Callable[[], Awaitable[Any]]) -> list[float]:
    stamps: list[float] = []

    async def one() -> None:
        await acquire()
        stamps.append(time.monotonic())

    async def main() -> None:
        await asyncio.gather(*(one() for _ in range(ACQUISITIONS)))

    asyncio.run(main())
    return stamps


def _ours() -> tuple[Callable[[], None], Callable[[], Awaitable[None]]]:
    limiter = RateLimiter(RATE, 1)

    def acquire() -> None:
        wait = limiter.reserve()
        if wait > 0:
            time.sleep(wait)

    async def acquire_async() -> None:
        wait = limiter.reserve()
        if wait > 0:
            await asyncio.sleep(wait)

    return acquire, acquire_async


def _pyrate() -> tuple[Callable[[], None], Callable[[], Awaitable[Any]]]:
    from pyrate_limiter import Limiter, Rate

    limiter = Limiter(Rate(1, int(1000 / RATE)), buffer_ms=1)

    def acquire() -> None:
        limiter.try_acquire("budget")

    async def acquire_async() -> Any:
        return await limiter.try_acquire_async("budget")  # type: ignore[misc]

    return acquire, acquire_async


def _cost(acquire: Callable[[], object], rounds: int = 20_000) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        acquire()
    return (time.perf_counter() - started) / rounds * 1e6


def _pacing(make: Callable[[], tuple[Callable[[], None], Callable[[], Awaitable[Any]]]],
            ) -> dict[str, tuple[float, int, int]]:
    """For each mode: (achieved share of the budget, busiest 1-s window, acquisitions)."""
    sync_acquire, async_acquire = make()
    paced = {}
    for mode, stamps in (("8 threads", _threads(sync_acquire)),
                         ("60 tasks", _tasks(async_acquire))):
        achieved = (len(stamps) - 1) / (max(stamps) - min(stamps)) / RATE
        paced[mode] = (achieved, _busiest_window(stamps), len(stamps))
    return paced


def limiter_choice() -> list[Result]:
    """Pacing and cost of the two limiters (see the module docstring)."""
    try:
        from pyrate_limiter import Duration, Limiter, Rate
    except ImportError:
        return [result("limiter choice (pyrate-limiter not installed)", float("nan"), "==", 0)]
    ours, theirs = _pacing(_ours), _pacing(_pyrate)
    figures = []
    for mode, (achieved, busiest, count) in ours.items():
        their_share, their_busiest, _ = theirs[mode]
        figures.append(result(
            f"limiter pacing, nadeo_api, {mode} (20/s, burst 1)", achieved, ">=", 0.95,
            "of budget",
            f"{count} acquisitions; busiest 1-s window {busiest} (at most {RATE + 1:g});"
            f" pyrate-limiter: {their_share:.3f} of budget, busiest window {their_busiest}",
            sound=busiest <= RATE + 1 and count == ACQUISITIONS,
        ))
    ours_limiter = RateLimiter(1e9, 1)
    their_limiter = Limiter(Rate(10**9, Duration.SECOND))
    ours_cost = _cost(ours_limiter.reserve)
    theirs_cost = _cost(lambda: their_limiter.try_acquire("x"))
    figures.append(result(
        "limiter cost per acquisition, pyrate-limiter / nadeo_api", theirs_cost / ours_cost,
        ">=", 1.0, "x", f"nadeo_api {ours_cost:.2f} µs, pyrate-limiter {theirs_cost:.2f} µs",
    ))
    return figures
