"""A fleet on one budget: 4 processes x 8 threads sharing a Redis server keep the emulator's log
within burst + rate x w in every window w, log in once and renew once between them, and lose
nothing when Redis is killed and started again mid-run."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from nadeo_api._redis import HORIZON
from nadeo_api.emulator import Emulator

from .clock import TODAY
from .redis_server import RedisServer
from .test_ratelimit import most_in_a_window

WORKER = Path(__file__).with_name("fleet_worker.py")
LOGIN = "/v2/authentication/token/basic"
REFRESH = "/v2/authentication/token/refresh"
CALLS = "/api/token/campaign/month"

# A faster budget than the default 2/s keeps the runs short; the bound is what is checked.
RATE, BURST = 5.0, 2
PROCESSES, THREADS = 4, 8


def worst_excess(times: list[float], rate: float, burst: int) -> float:
    """The most by which a window exceeds its allowance: max over windows of length w = k / rate
    (k = 1, 2, ... up to the whole run), at any position, of count - (burst + rate * w).

    At most 0 when the budget holds. Windows are whole numbers of intervals so that arrival
    jitter shorter than one interval cannot make a window look fuller than its starts were."""
    span = max(times) - min(times)
    return max(
        most_in_a_window(times, k / rate) - (burst + k)
        for k in range(1, int(span * rate) + 2)
    )


def start_fleet(
    emu: Emulator, redis: RedisServer, calls: int, *, when_due: bool = False
) -> list[subprocess.Popen[str]]:
    """The workers log in at the same moment, and start calling at once (or, `when_due`, once
    the token is due for renewal)."""
    start = time.time() + 2.0
    env = {k: v for k, v in os.environ.items() if k not in ("NADEO_TOKEN_STORE", "NADEO_REDIS_URL")}
    return [
        subprocess.Popen(
            [sys.executable, str(WORKER), emu.core_url, emu.live_url, redis.url, str(start),
             str(RATE), str(BURST), str(THREADS), str(calls),
             *(["due"] if when_due else [])],
            env=env, stdout=subprocess.PIPE, text=True,
        )
        for _ in range(PROCESSES)
    ]


def answered(workers: list[subprocess.Popen[str]]) -> list[int]:
    counts = []
    for worker in workers:
        out, _ = worker.communicate(timeout=60)
        assert worker.returncode == 0
        counts.append(int(out.strip()))
    return counts


def wait_for(condition: object, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_fleet_shares_one_budget_logs_in_once_and_renews_once(redis_server: RedisServer) -> None:
    calls = 1
    with Emulator(today=TODAY, refresh_after=1) as emu:
        # The first token is due for renewal a second or two after the login, and every thread
        # starts calling once it is due; the renewed token lasts past the end of the run.
        workers = start_fleet(emu, redis_server, calls, when_due=True)
        wait_for(lambda: emu.log.filter(path=LOGIN))
        emu.config.refresh_after = 3600
        counts = answered(workers)
        entries = list(emu.log.entries)
    assert counts == [THREADS * calls] * PROCESSES
    assert len([e for e in entries if e.path == LOGIN]) == 1
    assert len([e for e in entries if e.path == REFRESH]) == 1
    assert len([e for e in entries if e.path == CALLS]) == PROCESSES * THREADS * calls
    assert all(e.status == 200 for e in entries)
    assert worst_excess([e.time for e in entries], RATE, BURST) <= 0


def test_redis_killed_and_restarted_mid_run(redis_server: RedisServer) -> None:
    calls = 1
    total = PROCESSES * THREADS * calls
    with Emulator(today=TODAY) as emu:
        workers = start_fleet(emu, redis_server, calls)
        wait_for(lambda: len(emu.log.filter(path=CALLS)) >= total // 3)
        redis_server.kill()
        # Starts booked before the kill lie within the horizon; after them, nothing is sent
        # until Redis is back.
        time.sleep(HORIZON + 0.3)
        sent = len(emu.log.entries)
        time.sleep(1.0)
        assert len(emu.log.entries) == sent
        assert sent < total + 1
        restarted = time.monotonic()
        redis_server.start()
        counts = answered(workers)
        entries = list(emu.log.entries)
    assert counts == [THREADS * calls] * PROCESSES  # nothing lost
    assert len([e for e in entries if e.path == LOGIN]) == 1
    assert len([e for e in entries if e.path == CALLS]) == total
    assert all(e.status == 200 for e in entries)
    # The budget holds before the outage and after it. A restarted Redis has forgotten the
    # starts booked before it stopped: a worker the machine kept from sending its booked start
    # until after the restart can meet the new budget's first burst, which no process can know
    # of (the limit of a budget kept in a Redis without persistence).
    before = [e.time for e in entries if e.time < restarted]
    after = [e.time for e in entries if e.time >= restarted]
    assert before and after
    assert worst_excess(before, RATE, BURST) <= 0
    assert worst_excess(after, RATE, BURST) <= 0
