"""A fleet on one budget: 2 processes x 4 threads sharing a Redis server keep the emulator's log
within burst + rate x w in every window w, log in once and renew once between them, and lose
nothing when Redis is killed and started again mid-run.

Real processes (forked) on the real clock (they share no other): the runs are kept to the
fewest processes and calls that show it. Eight callers at once, in two processes, would start four
requests at once if each process had a budget of its own (two is the burst); every wait is for
a state the test can see, except the outage, which must outlast the budget's horizon."""

from __future__ import annotations

import os
import select
import signal
import time

from nadeo_api import Settings
from nadeo_api._redis import HORIZON, PROBE_INTERVAL, _Link
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

from . import fleet_worker
from .clock import TODAY
from .redis_server import RedisServer, wait_for
from .test_ratelimit import most_in_a_window

LOGIN = "/v2/authentication/token/basic"
REFRESH = "/v2/authentication/token/refresh"
CALLS = "/api/token/campaign/month"

# A faster budget than the default 2/s keeps the runs short; the bound is what is checked.
RATE, BURST = 5.0, 2
PROCESSES, THREADS = 2, 4
LATE = 0.25
"""How much later than its booked start a request may reach the emulator on a busy machine."""


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
) -> list[tuple[int, int]]:
    """The workers (process id, pipe of its answer), each a process of its own, started
    together: they log in at the same moment and start calling at once (or, `when_due`, once
    the token is due for renewal)."""
    settings = Settings(
        core_url=emu.core_url, live_url=emu.live_url, redis_url=redis.url, rate_limit=RATE,
        rate_burst=BURST, token_store="", backoff_base=0.01, backoff_max=0.05, cache="off",
    )
    go_read, go_write = os.pipe()
    workers = []
    for _ in range(PROCESSES):
        out_read, out_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker
            code = 1
            try:
                os.close(go_write)
                os.close(out_read)
                # The suite keeps tokens nowhere; the fleet keeps them in Redis.
                os.environ.pop("NADEO_TOKEN_STORE", None)
                os.read(go_read, 1)
                count = fleet_worker.run(settings, SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password,
                                         THREADS, calls, when_due=when_due)
                os.write(out_write, str(count).encode())
                code = 0
            finally:
                os._exit(code)
        os.close(out_write)
        workers.append((pid, out_read))
    os.close(go_read)
    os.write(go_write, b"g" * PROCESSES)
    os.close(go_write)
    return workers


def answered(workers: list[tuple[int, int]]) -> list[int]:
    """Each worker's count of calls answered, once it has ended."""
    counts = []
    for pid, out in workers:
        ready, _, _ = select.select([out], [], [], 60)
        if not ready:
            os.kill(pid, signal.SIGKILL)
        with os.fdopen(out, "rb") as answer:
            text = answer.read()
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, "a worker failed or hung"
        counts.append(int(text))
    return counts


def test_fleet_shares_one_budget_logs_in_once_and_renews_once(redis_server: RedisServer) -> None:
    calls = 1
    # A Redis up for long: no hold-back for starts it may have booked before a restart.
    _Link(redis_server.url, 1.0).client.set("nadeo_api:born", 0)
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
        killed = time.monotonic()
        redis_server.kill()
        # Starts booked before the kill lie within the horizon; after them, nothing is sent
        # until Redis is back: the outage lasts past them, and every worker asks Redis again
        # in vain meanwhile.
        time.sleep(HORIZON + LATE + PROBE_INTERVAL)
        restarted = time.monotonic()
        redis_server.start()
        counts = answered(workers)
        entries = list(emu.log.entries)
    assert counts == [THREADS * calls] * PROCESSES  # nothing lost
    assert len([e for e in entries if e.path == LOGIN]) == 1
    assert len([e for e in entries if e.path == CALLS]) == total
    assert all(e.status == 200 for e in entries)
    assert not [e for e in entries if killed + HORIZON + LATE < e.time < restarted]
    # The budget holds before the outage and after it. A restarted Redis has forgotten the
    # starts booked before it stopped: a worker the machine kept from sending its booked start
    # until after the restart can meet the new budget's first burst, which no process can know
    # of (the limit of a budget kept in a Redis without persistence).
    before = [e.time for e in entries if e.time < restarted]
    after = [e.time for e in entries if e.time >= restarted]
    assert len(before) > total // 3 and after
    assert worst_excess(before, RATE, BURST) <= 0
    assert worst_excess(after, RATE, BURST) <= 0
