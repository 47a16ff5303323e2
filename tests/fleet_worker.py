"""One worker of a fleet that shares its budget and tokens through Redis, run in a process of its
own (forked by the fleet test, so it starts in milliseconds with the library imported), and the
clock a fleet can share."""

from __future__ import annotations

import asyncio
import mmap
import struct
import sys
import threading
import time
from collections.abc import Callable

from nadeo_api import Client, Settings, auth
from nadeo_api.emulator import SERVICE_ACCOUNT


class FleetClock:
    """A clock for a test's processes and its emulator: the wall time `start` when made, running
    with the machine's monotonic clock from there, plus the jumps any of them makes. The jumps
    are kept in memory that processes forked after it share, so all see the same time."""

    def __init__(self, start: float) -> None:
        self._start = start
        self._origin = time.monotonic()
        self._jumps = mmap.mmap(-1, 8)  # anonymous: shared with forked children

    def jump(self, seconds: float) -> None:
        """Move the time forward by `seconds` for every process; sleeps end early if due."""
        self._jumps[:] = struct.pack("d", self._jumped() + seconds)

    def _jumped(self) -> float:
        jumped: float = struct.unpack("d", self._jumps[:])[0]
        return jumped

    def monotonic(self) -> float:
        return time.monotonic() - self._origin + self._jumped()

    def time(self) -> float:
        return self._start + self.monotonic()

    def sleep(self, seconds: float) -> None:
        wake = self.monotonic() + seconds
        while (left := wake - self.monotonic()) > 0:
            time.sleep(min(left, 0.01))

    async def sleep_async(self, seconds: float) -> None:
        wake = self.monotonic() + seconds
        while (left := wake - self.monotonic()) > 0:
            await asyncio.sleep(min(left, 0.01))


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

        workers = [threading.Thread(target=work, args=(thread,)) for thread in range(threads)]
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
