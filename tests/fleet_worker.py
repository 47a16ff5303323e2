"""One worker of a fleet that shares its budget and tokens through Redis, run in a process of its
own (forked by the fleet test, so it starts in milliseconds with the library imported), and the
clock a fleet can share."""

from __future__ import annotations

import asyncio
import contextlib
import mmap
import multiprocessing
import os
import select
import struct
import sys
import threading
import time
from collections.abc import Callable

from nadeo_api import Client, Settings, auth
from nadeo_api.emulator import SERVICE_ACCOUNT


class FleetClock:
    """A clock for a test's processes and its emulator: the wall time `start` when made, running
    with the machine's monotonic clock from there, plus the jumps the test makes. What it keeps
    lives in memory that processes forked after it share, so all see the same time.

    Threads made with `thread` are its members: the test sees whether each of them works,
    sleeps (until when) or has ended, and `drive` moves the clock on to the next wake-up
    whenever all of them sleep. Each sleeper then wakes at its own time (never later because
    the clock jumped over it), and seconds of a fleet's budget pass in milliseconds."""

    SLOTS = 64
    """The most members, over all processes."""
    _AWAKE, _GONE = -1.0, -2.0
    """A member's state: working, ended (or never made); a time >= 0 is a sleep's end."""

    def __init__(self, start: float) -> None:
        self._start = start
        self._origin = time.monotonic()
        # Anonymous, so shared with forked children: the jumps, the members made, each one's
        # state.
        self._shared = mmap.mmap(-1, 16 + 8 * self.SLOTS)
        for slot in range(self.SLOTS):
            self._set(slot, self._GONE, notify=False)
        self._made = multiprocessing.Lock()
        self._member = threading.local()
        # Each change of a member's state writes a byte here, for `drive` to wait on (dropped
        # when the pipe is full: it is not empty then).
        self._changes, self._changed = os.pipe()
        os.set_blocking(self._changed, False)

    def jump(self, seconds: float) -> None:
        """Move the time forward by `seconds` for every process; sleeps end early if due."""
        self._shared[:8] = struct.pack("d", self._jumped() + seconds)

    def _jumped(self) -> float:
        jumped: float = struct.unpack_from("d", self._shared, 0)[0]
        return jumped

    def monotonic(self) -> float:
        return time.monotonic() - self._origin + self._jumped()

    def time(self) -> float:
        return self._start + self.monotonic()

    def sleep(self, seconds: float) -> None:
        wake = self.monotonic() + seconds
        slot: int | None = getattr(self._member, "slot", None)
        if slot is not None:
            self._set(slot, max(0.0, wake))
        try:
            while (left := wake - self.monotonic()) > 0:
                time.sleep(min(left, 0.01))
        finally:
            if slot is not None:
                self._set(slot, self._AWAKE)

    async def sleep_async(self, seconds: float) -> None:
        wake = self.monotonic() + seconds
        while (left := wake - self.monotonic()) > 0:
            await asyncio.sleep(min(left, 0.01))

    def thread(self, target: Callable[..., object], *args: object) -> threading.Thread:
        """A thread running `target(*args)` as a member (see the class docstring): counted as
        working from now until it sleeps, and as ended once `target` returns."""
        with self._made:
            slot: int = struct.unpack_from("q", self._shared, 8)[0]
            struct.pack_into("q", self._shared, 8, slot + 1)
        assert slot < self.SLOTS, "too many members"
        self._set(slot, self._AWAKE)

        def run() -> None:
            self._member.slot = slot
            try:
                target(*args)
            finally:
                self._member.slot = None
                self._set(slot, self._GONE)

        return threading.Thread(target=run)

    def _set(self, slot: int, state: float, *, notify: bool = True) -> None:
        struct.pack_into("d", self._shared, 16 + 8 * slot, state)
        if notify:
            with contextlib.suppress(BlockingIOError):
                os.write(self._changed, b".")

    def _states(self) -> list[float]:
        return [state for state in struct.unpack_from(f"{self.SLOTS}d", self._shared, 16)
                if state != self._GONE]

    def settled(self) -> bool:
        """Whether every member sleeps (and is not due to wake) or has ended."""
        now = self.monotonic()
        return all(state > now for state in self._states())

    def ended(self) -> bool:
        """Whether every member made so far has ended."""
        return not self._states()

    def drive(self, until: Callable[[], bool], timeout: float = 60) -> None:
        """Until `until()` holds: whenever every member sleeps, move the clock to the earliest
        end of their sleeps; else wait for a member to change state (failing the test after
        `timeout` seconds of real time without any: a safety net, not a measure)."""
        deadline = time.monotonic() + timeout
        while not until():
            states = self._states()
            if states and self.settled():
                self.jump(max(0.0, min(states) - self.monotonic()))
            ready, _, _ = select.select([self._changes], [], [],
                                        max(0.0, deadline - time.monotonic()))
            assert ready, "the fleet stood still"
            os.read(self._changes, 4096)

    def drive_to(self, when: float) -> None:
        """Drive the clock (see `drive`) to the monotonic time `when`, each sleep ending on the
        way at its own time."""
        def arrived() -> bool:
            now = self.monotonic()
            if now >= when:
                return True
            if self.settled() and min(self._states(), default=when) >= when:
                self.jump(when - now)  # nobody wakes before: straight there
                return True
            return False

        self.drive(arrived)


def run(settings: Settings, login: str, password: str, threads: int, calls: int,
        logged_in: Callable[[], None]) -> int:
    """Log in (or find the fleet's tokens), call `logged_in()`, then `threads` threads make
    `calls` calls each; the number of calls answered."""
    answered: list[int] = []
    with Client(settings) as client:
        token = auth.ServiceToken.get("live", login, password, "fleet / tests", client=client)
        logged_in()

        # Each call asks its own month (nothing kept, no two calls sharing a request): every
        # call is a request of its own.
        def work(thread: int) -> None:
            for call in range(calls):
                if client.live.get_maps_totd(token, offset=thread * calls + call)["monthList"]:
                    answered.append(1)

        # On a `FleetClock`, the threads are its members: the test can drive the clock.
        clock = settings.clock
        workers = [
            clock.thread(work, thread) if isinstance(clock, FleetClock)
            else threading.Thread(target=work, args=(thread,))
            for thread in range(threads)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    return len(answered)


def main() -> int:
    """A worker started as a program of its own (the benchmarks' fleet): `fleet_worker.py CORE
    LIVE REDIS START RATE BURST THREADS CALLS`, starting at the Unix time START; prints the
    number of calls answered."""
    core, live, redis_url, start, rate, burst, threads, calls = sys.argv[1:9]
    settings = Settings(
        core_url=core, live_url=live, redis_url=redis_url, rate_limit=float(rate),
        rate_burst=int(burst), backoff_base=0.01, backoff_max=0.05, cache="off",
    )
    time.sleep(max(0.0, float(start) - time.time()))
    answered = run(settings, SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, int(threads),
                   int(calls), lambda: None)
    print(answered)
    return 0


if __name__ == "__main__":
    sys.exit(main())
