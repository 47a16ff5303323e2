"""The rate budget shared through Redis (`nadeo_api._redis.RedisBudget`), on loopback, against a
redis-server this script starts on a free port (it must be installed: `.ci/run` does).

- cost: microseconds per `reserve()` (one Lua script run) from one thread, the budget never
  full, median of 5 rounds of 2,000; the in-process `RateLimiter`'s cost is in the notes;
- fleet: 4 worker processes (`tests/fleet_worker.py`) of 8 threads each, one `Client` per
  process, share one budget of 20 requests/s, burst 2, through Redis and make 96 calls to the
  emulator. Use = (calls - 1) / (last start - first start) / rate, from the emulator's arrival
  times; the worst window's excess is max over windows of k intervals (k = 1, 2, ...) of
  count - (burst + k), at most 0 when the budget holds (`tests/test_redis_fleet.py`).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from measures import Result, result

from nadeo_api._ratelimit import RateLimiter
from nadeo_api._redis import RedisBudget, _Link
from nadeo_api.emulator import Emulator

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tests.redis_server import RedisServer  # noqa: E402
from tests.test_redis_fleet import worst_excess  # noqa: E402

WORKER = HERE.parent / "tests" / "fleet_worker.py"
CALLS_PATH = "/api/token/campaign/month"
RATE, BURST = 20.0, 2
PROCESSES, THREADS, CALLS = 4, 8, 3


def _cost(server: RedisServer, rounds: int = 5, calls: int = 2000) -> tuple[float, float]:
    """Median microseconds per reservation: Redis, then in process."""
    link = _Link(server.url, 0.25)
    link.client.set("bench:born", 0)
    shared = RedisBudget(link, ("bench:budget", "bench:born", "bench:line"), 1e6, 1, 60.0)
    local = RateLimiter(1e6, 1)

    def per_call(reserve: object) -> float:
        samples = []
        for _ in range(rounds):
            started = time.perf_counter()
            for _ in range(calls):
                reserve()  # type: ignore[operator]
            samples.append((time.perf_counter() - started) / calls * 1e6)
        return statistics.median(samples)

    per_call(shared.reserve)  # warm up: connection and script cached
    return per_call(shared.reserve), per_call(local.reserve)


def _script_runs(server: RedisServer) -> int:
    """How many scripts the server has run (each `reserve()` or `pause()` is one)."""
    stats = _Link(server.url, 1.0).client.info("commandstats")
    return sum(int(stats.get(f"cmdstat_{name}", {}).get("calls", 0))
               for name in ("eval", "evalsha"))


def _fleet(server: RedisServer) -> tuple[list[float], list[int], int]:
    before = _script_runs(server)
    with Emulator() as emu:
        start = time.time() + 1.5
        env = {k: v for k, v in os.environ.items()
               if k not in ("NADEO_TOKEN_STORE", "NADEO_REDIS_URL")}
        workers = [
            subprocess.Popen(
                [sys.executable, str(WORKER), emu.core_url, emu.live_url, server.url,
                 str(start), str(RATE), str(BURST), str(THREADS), str(CALLS)],
                env=env, stdout=subprocess.PIPE, text=True,
            )
            for _ in range(PROCESSES)
        ]
        answered = []
        for worker in workers:
            out, _ = worker.communicate(timeout=120)
            answered.append(int(out.strip() or 0) if worker.returncode == 0 else -1)
        times = sorted(e.time for e in emu.log.entries if e.path == CALLS_PATH)
    return times, answered, _script_runs(server) - before


def redis_limiter() -> list[Result]:
    """Cost per reservation of the Redis budget, and the budget use of a fleet sharing it."""
    if shutil.which("redis-server") is None:
        return [result("Redis budget (redis-server missing)", float("nan"), "==", 0,
                       notes="install redis-server", sound=False)]
    with tempfile.TemporaryDirectory() as directory:
        server = RedisServer(Path(directory))
        server.start()
        try:
            shared_us, local_us = _cost(server)
            times, answered, runs = _fleet(server)
        finally:
            server.stop()
    expected = PROCESSES * THREADS * CALLS
    sound = answered == [THREADS * CALLS] * PROCESSES and len(times) == expected
    span = times[-1] - times[0] if len(times) > 1 else float("nan")
    use = (len(times) - 1) / span / RATE
    excess = worst_excess(times, RATE, BURST)
    fleet = f"{PROCESSES} processes x {THREADS} threads, {RATE:g}/s burst {BURST}"
    return [
        result("Redis budget: cost per reservation (loopback)", shared_us, "<=", 1000, "us",
               f"in-process RateLimiter: {local_us:.2f} us"),
        result(f"Redis budget use, {fleet}", use, ">=", 0.95, "of budget",
               f"{len(times)} calls in {span:.2f} s; answered per process: {answered};"
               f" {runs / len(times):.1f} Redis script runs per request (callers beyond the"
               " 1-s horizon ask again)", sound),
        result(f"Redis budget worst window excess, {fleet}", excess, "<=", 0, "requests",
               "max over windows of w = k / rate of count - (burst + rate * w),"
               " emulator arrival times",
               sound),
    ]


if __name__ == "__main__":
    for figure in redis_limiter():
        print(f"{'PASS' if figure.ok else 'FAIL'}  {figure.name}: {figure.value_text}"
              f"  (bound {figure.bound_text}); {figure.notes}")
