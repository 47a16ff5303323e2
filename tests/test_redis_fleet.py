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

from .redis_server import RedisServer

WORKER = Path(__file__).with_name("fleet_worker.py")
LOGIN = "/v2/authentication/token/basic"
REFRESH = "/v2/authentication/token/refresh"
CALLS = "/api/token/campaign/month"

# A faster budget than the default 2/s keeps the runs short; the bound is what is checked.
RATE, BURST = 6.0, 2
PROCESSES, THREADS = 4, 8


def worst_excess(times: list[float], rate: float, burst: int) -> float:
    """The most by which any window exceeds its allowance: max over windows of
    count - (burst + rate * w), where the tightest window around arrivals i..j lasts
    t[j] - t[i]. At most 0 when every window w holds at most burst + rate * w arrivals."""
    times = sorted(times)
    return max(
        (j - i + 1) - (burst + rate * (times[j] - times[i]))
        for i in range(len(times))
        for j in range(i, len(times))
    )


def start_fleet(emu: Emulator, redis: RedisServer, calls: int) -> list[subprocess.Popen[str]]:
    start = time.time() + 1.5  # every worker logs in at the same moment
    env = {k: v for k, v in os.environ.items() if k not in ("NADEO_TOKEN_STORE", "NADEO_REDIS_URL")}
    return [
        subprocess.Popen(
            [sys.executable, str(WORKER), emu.core_url, emu.live_url, redis.url, str(start),
             str(RATE), str(BURST), str(THREADS), str(calls)],
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
    calls = 2  # the second calls find the token due for renewal
    with Emulator(refresh_after=1) as emu:
        workers = start_fleet(emu, redis_server, calls)
        # The first token is due for renewal a second or two after the login; the renewed one
        # lasts past the end of the run.
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
    with Emulator() as emu:
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
        redis_server.start()
        counts = answered(workers)
        entries = list(emu.log.entries)
    assert counts == [THREADS * calls] * PROCESSES  # nothing lost
    assert len([e for e in entries if e.path == LOGIN]) == 1
    assert len([e for e in entries if e.path == CALLS]) == total
    assert all(e.status == 200 for e in entries)
    assert worst_excess([e.time for e in entries], RATE, BURST) <= 0
