"""The rate limit: requests started in any one-second window never exceed rate + burst, for
threads and tasks alike, logins included; a 429 slows everyone down."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from nadeo_api import AsyncClient, Client, auth
from nadeo_api._ratelimit import RateLimiter
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import emulator_settings

from .clock import TODAY
from .conftest import AGENT, FAST


def most_in_a_window(times: list[float], window: float = 1.0) -> int:
    times = sorted(times)
    best = start = 0
    for end, moment in enumerate(times):
        while moment - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


@pytest.fixture(params=["idle", "busy"])
def machine(request: pytest.FixtureRequest) -> Iterator[str]:
    """The machine as it is, or with every core kept busy by other processes: the bound is on
    what the server sees, which late wake-ups must not break."""
    if request.param == "idle":
        yield "idle"
        return
    burners = [
        subprocess.Popen([sys.executable, "-c", "while True: pass"])
        for _ in range(os.cpu_count() or 2)
    ]
    try:
        yield "busy"
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()


def test_threads_stay_within_the_rate(emu: Emulator, machine: str) -> None:
    rate, burst = 8.0, 3
    # Each call asks its own page, nothing kept: every call is a request of its own.
    settings = emulator_settings(emu, rate_limit=rate, rate_burst=burst, cache="off", **FAST)
    with Client(settings) as client:
        token = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
        )

        def work(thread: int) -> None:
            for call in range(3):
                client.live.get_maps_totd(token, offset=thread * 3 + call)

        threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    times = [entry.time for entry in emu.log.entries]
    assert len(times) == 25  # the login and 24 calls
    assert most_in_a_window(times) <= rate + burst


def test_tasks_stay_within_the_rate(emu: Emulator, machine: str) -> None:
    rate, burst = 10.0, 2

    async def main() -> None:
        settings = emulator_settings(emu, rate_limit=rate, rate_burst=burst, cache="off")
        async with AsyncClient(settings) as client:
            token = await auth.ServiceToken.aget(
                "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
            )
            await asyncio.gather(
                *(client.live.get_maps_weekly_short(token, offset=i) for i in range(30))
            )

    asyncio.run(main())
    times = [entry.time for entry in emu.log.entries]
    assert len(times) == 31
    assert most_in_a_window(times) <= rate + burst


def test_renewals_count_against_the_rate() -> None:
    rate, burst = 5.0, 1
    with Emulator(today=TODAY, access_lifetime=2, refresh_after=0.5) as emu, Client(
        emulator_settings(emu, rate_limit=rate, rate_burst=burst, cache="off")
    ) as client:
        token = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
        )
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline:
            client.live.get_maps_totd(token)
        refreshes = emu.log.filter(path="/v2/authentication/token/refresh")
        assert refreshes  # renewals happened during the run
        times = [entry.time for entry in emu.log.entries]
        assert most_in_a_window(times) <= rate + burst


def test_default_clients_share_one_budget(emu: Emulator) -> None:
    a = Client(emulator_settings(emu, rate_limit=3.0, rate_burst=1))
    b = Client(emulator_settings(emu, rate_limit=3.0, rate_burst=1))
    c = Client(emulator_settings(emu, rate_limit=4.0, rate_burst=1))
    try:
        assert a.policy.limiter is b.policy.limiter
        assert a.policy.limiter is not c.policy.limiter
    finally:
        a.close(), b.close(), c.close()


def test_default_rate_is_polite() -> None:
    from nadeo_api import Settings

    settings = Settings()
    assert settings.rate_limit == 2.0 and settings.rate_burst == 2


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_bucket_books_slots_in_order() -> None:
    clock = FakeClock()
    limiter = RateLimiter(2.0, burst=2, clock=clock, headroom=0.0)
    waits = [limiter.reserve() for _ in range(5)]
    assert waits == [0.0, 0.0, 0.5, 1.0, 1.5]
    clock.now += 10
    assert limiter.reserve() == 0.0


def test_pause_holds_everyone_back() -> None:
    clock = FakeClock()
    limiter = RateLimiter(2.0, burst=2, clock=clock, headroom=0.0)
    limiter.pause(5.0)
    assert limiter.reserve() == 5.0
    assert limiter.reserve() == 5.5


def booked_starts(limiter: RateLimiter, clock: FakeClock, count: int) -> list[float]:
    """The start times of `count` requests that all ask for a slot at once."""
    return [clock.now + limiter.reserve() for _ in range(count)]


def most_arrivals(starts: list[float], late: float, window: float) -> int:
    """The most arrivals in any window of `window` seconds when some requests reach the server
    up to `late` seconds after their booked start: the worst case delays every request up to
    some point by `late` and none after it, crowding the two groups together."""
    worst = 0
    for split in range(len(starts) + 1):
        arrivals = [start + late for start in starts[:split]] + starts[split:]
        worst = max(worst, most_in_a_window(arrivals, window + 1e-9))
    return worst


def test_headroom_keeps_late_arrivals_within_the_rate() -> None:
    from nadeo_api._ratelimit import HEADROOM

    for rate, burst in ((20.0, 1), (2.0, 2), (5.0, 3)):
        clock = FakeClock()
        starts = booked_starts(RateLimiter(rate, burst, clock=clock), clock, 200)
        for window in (0.5, 1.0, 2.0, 5.0):
            # At most burst + rate * window arrivals, with requests nearly HEADROOM * window late.
            late = 0.99 * HEADROOM * window
            assert most_arrivals(starts, late, window) <= burst + rate * window
    # Without the headroom, the same lateness puts requests too many in five seconds.
    clock = FakeClock()
    exact = booked_starts(RateLimiter(20.0, 1, clock=clock, headroom=0.0), clock, 200)
    assert most_arrivals(exact, 0.99 * HEADROOM * 5.0, 5.0) == 103


def test_headroom_costs_only_its_share_of_the_budget() -> None:
    from nadeo_api._ratelimit import HEADROOM

    clock = FakeClock()
    starts = booked_starts(RateLimiter(20.0, 1, clock=clock), clock, 201)
    assert (len(starts) - 1) / (starts[-1] - starts[0]) == pytest.approx(20.0 / (1 + HEADROOM))


def test_a_429_slows_every_caller() -> None:
    with Emulator(today=TODAY, rate_limit=2, rate_burst=1) as emu, Client(
        emulator_settings(emu, rate_limit=50.0, rate_burst=5, max_attempts=3, **FAST)
    ) as client:
        token = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
        )
        client.live.get_maps_totd(token)  # over the emulator's limit: 429, wait, retry
        statuses = [entry.status for entry in emu.log.entries]
        assert 429 in statuses and statuses[-1] == 200
        rejected = next(e for e in emu.log.entries if e.status == 429)
        after = [e.time for e in emu.log.entries if e.time > rejected.time]
        assert after and min(after) - rejected.time >= 0.9  # Retry-After is 1 s at least


def test_one_budget_per_account_when_asked() -> None:
    from nadeo_api.emulator import SERVER_ACCOUNT

    rate, burst = 4.0, 1
    with Emulator(today=TODAY) as emu, Client(
        emulator_settings(
            emu, rate_limit=rate, rate_burst=burst, rate_limit_per_account=True, cache="off"
        )
    ) as client:
        user = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
        )
        server = auth.DedicatedServerToken.get(
            "live", SERVER_ACCOUNT.login, SERVER_ACCOUNT.password, AGENT, client=client
        )
        emu.log.clear()

        def work(token: auth.WebServicesToken) -> None:
            for _ in range(8):
                client.live.get_maps_totd(token)

        threads = [threading.Thread(target=work, args=(t,)) for t in (user, server)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    by_account: dict[str | None, list[float]] = {}
    for entry in emu.log.entries:
        by_account.setdefault(entry.account_id, []).append(entry.time)
    assert set(by_account) == {SERVICE_ACCOUNT.account_id, SERVER_ACCOUNT.account_id}
    for times in by_account.values():
        assert most_in_a_window(times) <= rate + burst
    # Together they went faster than one shared budget would allow.
    assert most_in_a_window([e.time for e in emu.log.entries]) > rate + burst
