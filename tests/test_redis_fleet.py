"""A fleet on one budget: 2 processes x 4 threads sharing a Redis server keep the emulator's log
within burst + rate x w in every window w, log in once and renew once between them, and lose
nothing when Redis is killed and started again mid-run.

Real processes (forked), on a clock they share with the emulator: it runs in real time, and the
test moves it on to the next wake-up whenever every worker thread sleeps (`FleetClock.drive`),
so each waits as long on the clock as it would in real time while nothing waits for the seconds
to pass. The runs are kept to the fewest processes and calls that show it. Eight callers at
once, in two processes, would start four requests at once if each process had a budget of its
own (two is the burst); every wait is for a state the test can see."""

from __future__ import annotations

import datetime
import os
import select
import signal

from nadeo_api import Client, Settings
from nadeo_api._redis import HORIZON, PROBE_INTERVAL, _Link
from nadeo_api.clock import SYSTEM, Clock
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

from . import fleet_worker
from .fleet_worker import FleetClock
from .redis_server import RedisServer
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


class Fleet:
    """`PROCESSES` workers, each a process of its own (forked from this one), on `clock`. They
    log in together once started, say so, and make their calls once told to go on."""

    def __init__(self, emu: Emulator, redis: RedisServer, calls: int,
                 clock: Clock = SYSTEM) -> None:
        settings = Settings(
            core_url=emu.core_url, live_url=emu.live_url, redis_url=redis.url, rate_limit=RATE,
            rate_burst=BURST, backoff_base=0.01, backoff_max=0.05, cache="off", clock=clock,
        )
        Client(settings).close()  # the process's TLS context, built once for every worker
        start_read, self._start = os.pipe()
        on_read, self._on = os.pipe()
        self._in, in_write = os.pipe()
        self.workers: list[tuple[int, int]] = []  # process id, pipe of its count
        for _ in range(PROCESSES):
            out_read, out_write = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker
                code = 1
                try:
                    # The suite keeps tokens nowhere; the fleet keeps them in Redis.
                    os.environ.pop("NADEO_TOKEN_STORE", None)
                    os.read(start_read, 1)

                    def logged_in() -> None:
                        os.write(in_write, b"i")
                        os.read(on_read, 1)

                    count = fleet_worker.run(settings, SERVICE_ACCOUNT.login,
                                             SERVICE_ACCOUNT.password, THREADS, calls, logged_in)
                    os.write(out_write, str(count).encode())
                    code = 0
                finally:
                    os._exit(code)
            os.close(out_write)
            self.workers.append((pid, out_read))
        for end in (start_read, on_read, in_write):
            os.close(end)

    def start(self) -> None:
        os.write(self._start, b"s" * PROCESSES)

    def logged_in(self) -> None:
        """Wait until every worker has its token."""
        said = b""
        while len(said) < PROCESSES:
            ready, _, _ = select.select([self._in], [], [], 60)
            assert ready, "a worker never logged in"
            said += os.read(self._in, PROCESSES)

    def go_on(self) -> None:
        os.write(self._on, b"g" * PROCESSES)

    def answered(self) -> list[int]:
        """Each worker's count of calls answered, once it has ended."""
        counts = []
        for pid, out in self.workers:
            ready, _, _ = select.select([out], [], [], 60)
            if not ready:
                os.kill(pid, signal.SIGKILL)
            with os.fdopen(out, "rb") as answer:
                text = answer.read()
            _, status = os.waitpid(pid, 0)
            assert os.waitstatus_to_exitcode(status) == 0, "a worker failed or hung"
            counts.append(int(text))
        for end in (self._start, self._on, self._in):
            os.close(end)
        return counts


def test_fleet_shares_one_budget_logs_in_once_and_renews_once(redis_server: RedisServer) -> None:
    calls = 1
    # A Redis up for long: no hold-back for starts it may have booked before a restart.
    _Link(redis_server.url, 1.0).client.set("nadeo_api:born", 0)
    # The fleet and the emulator share a clock that runs in real time and that the test moves
    # forward for all of them at once.
    clock = FleetClock(datetime.datetime(2026, 6, 15, 12, tzinfo=datetime.timezone.utc)
                       .timestamp())
    with Emulator(clock=clock, refresh_after=60) as emu:
        fleet = Fleet(emu, redis_server, calls, clock)
        fleet.start()
        fleet.logged_in()
        clock.jump(61)  # the fleet's token is due for renewal; the renewed one lasts
        fleet.go_on()
        clock.drive(lambda: len(emu.log.filter(path=CALLS)) == PROCESSES * THREADS * calls)
        counts = fleet.answered()
        entries = list(emu.log.entries)
    assert counts == [THREADS * calls] * PROCESSES
    assert len([e for e in entries if e.path == LOGIN]) == 1
    assert len([e for e in entries if e.path == REFRESH]) == 1
    assert len([e for e in entries if e.path == CALLS]) == PROCESSES * THREADS * calls
    assert all(e.status == 200 for e in entries)
    assert worst_excess([e.time for e in entries], RATE, BURST) <= 0


def test_redis_killed_and_restarted_mid_run(redis_server: RedisServer) -> None:
    calls = 2  # so that calls are left after the outage: the restarted budget is seen at work
    total = PROCESSES * THREADS * calls
    # A Redis up for long: no hold-back for starts it may have booked before a restart.
    _Link(redis_server.url, 1.0).client.set("nadeo_api:born", 0)
    # The test drives the fleet's clock from one wake-up to the next whenever every worker
    # thread sleeps: each waits for its booked start, or to ask Redis again, as long on the
    # clock as it would in real time, and nothing waits for the seconds to pass.
    clock = FleetClock(datetime.datetime(2026, 6, 15, 12, tzinfo=datetime.timezone.utc)
                       .timestamp())
    with Emulator(clock=clock) as emu:
        fleet = Fleet(emu, redis_server, calls, clock)
        fleet.start()
        fleet.logged_in()
        fleet.go_on()
        # A third of the calls made, and every other thread asleep: booked for a start
        # (within the horizon) or sent away to ask again.
        clock.drive(lambda: len(emu.log.filter(path=CALLS)) >= total // 3 and clock.settled())
        killed = clock.monotonic()
        redis_server.kill()
        # Starts booked before the kill lie within the horizon; after them, nothing is sent
        # until Redis is back: the outage lasts past them, and every worker asks Redis again
        # in vain meanwhile.
        clock.drive_to(killed + HORIZON + LATE + PROBE_INTERVAL)
        restarted = clock.monotonic()
        redis_server.start()
        clock.drive(clock.ended)  # every worker thread is done
        counts = fleet.answered()
        entries = list(emu.log.entries)
    assert counts == [THREADS * calls] * PROCESSES  # nothing lost
    assert len([e for e in entries if e.path == LOGIN]) == 1
    assert len([e for e in entries if e.path == CALLS]) == total
    assert all(e.status == 200 for e in entries)
    outage = [e.time for e in entries if killed < e.time < restarted]
    assert outage and max(outage) <= killed + HORIZON + LATE  # only the starts booked before
    # The budget holds before the outage and after it. A restarted Redis has forgotten the
    # starts booked before it stopped: a worker the machine kept from sending its booked start
    # until after the restart can meet the new budget's first burst, which no process can know
    # of (the limit of a budget kept in a Redis without persistence).
    before = [e.time for e in entries if e.time < restarted]
    after = [e.time for e in entries if e.time >= restarted]
    assert len(before) > total // 3 and after
    assert worst_excess(before, RATE, BURST) <= 0
    assert worst_excess(after, RATE, BURST) <= 0
