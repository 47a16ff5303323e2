"""The rate limit: requests started in any window of w seconds never exceed burst + rate * w, for
threads and tasks alike, logins included; a 429 slows everyone down. On a fake clock shared by
clients and emulator: nothing really waits."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator

import pytest

from nadeo_api import AsyncClient, Client, auth
from nadeo_api._ratelimit import RateLimiter
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import emulator_settings

from .clock import fake_clock, together
from .conftest import AGENT, FAST


def most_in_a_window(times: list[float], window: float = 1.0) -> int:
    times = sorted(times)
    best = start = 0
    for end, moment in enumerate(times):
        while moment - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


def within_the_rate(times: list[float], rate: float, burst: int) -> bool:
    """Whether no window of 0.5, 1, 2 or 5 seconds holds more than `burst + rate * window`
    of `times`."""
    return all(
        most_in_a_window(times, window) <= burst + rate * window for window in (0.5, 1, 2, 5)
    )


@pytest.fixture
def clock() -> FakeClock:
    return fake_clock()


@pytest.fixture
def timed(clock: FakeClock) -> Iterator[Emulator]:
    """An emulator whose log, tokens and rate limit run on the test's clock, as its clients do:
    the log's times are when each request arrived on that clock. Requests that wait for a slot
    wake when their slot starts and the clock stands still while they are sent, so the times
    are the starts booked: what late arrivals do to the bound is the headroom tests' concern."""
    with Emulator(clock=clock) as running:
        yield running


def test_threads_stay_within_the_rate(timed: Emulator, clock: FakeClock) -> None:
    rate, burst = 8.0, 3
    # Each call asks its own page, nothing kept: every call is a request of its own.
    settings = emulator_settings(timed, rate_limit=rate, rate_burst=burst, cache="off", **FAST)
    with Client(settings) as client:
        token = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
        )

        def work(thread: int) -> Callable[[], None]:
            def calls() -> None:
                for call in range(3):
                    client.live.get_maps_totd(token, offset=thread * 3 + call)

            return calls

        together(clock, *(work(t) for t in range(8)))
    times = [entry.time for entry in timed.log.entries]
    assert len(times) == 25  # the login and 24 calls
    assert within_the_rate(times, rate, burst)
    assert max(times) >= (25 - burst) / rate  # the calls did wait for their slots


def test_tasks_stay_within_the_rate(timed: Emulator, clock: FakeClock) -> None:
    rate, burst = 10.0, 2

    async def main() -> None:
        settings = emulator_settings(timed, rate_limit=rate, rate_burst=burst, cache="off")
        async with AsyncClient(settings) as client:
            token = await auth.ServiceToken.aget(
                "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
            )
            await asyncio.gather(
                *(clock.task(client.live.get_maps_weekly_short(token, offset=i))
                  for i in range(30))
            )

    asyncio.run(main())
    times = [entry.time for entry in timed.log.entries]
    assert len(times) == 31
    assert within_the_rate(times, rate, burst)
    assert max(times) >= (31 - burst) / rate


def test_renewals_count_against_the_rate(clock: FakeClock) -> None:
    rate, burst = 5.0, 1
    with Emulator(clock=clock, access_lifetime=2, refresh_after=0.5) as emu, Client(
        emulator_settings(emu, rate_limit=rate, rate_burst=burst, cache="off")
    ) as client:
        token = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
        )
        for _ in range(100):  # three seconds of calls, back to back (a budget: 15 calls)
            if clock.monotonic() >= 3:
                break
            client.live.get_maps_totd(token)
        assert clock.monotonic() >= 3, "the calls did not wait for the budget"
        refreshes = emu.log.filter(path="/v2/authentication/token/refresh")
        assert len(refreshes) >= 2  # renewals happened during the run
        times = [entry.time for entry in emu.log.entries]
        assert within_the_rate(times, rate, burst)
        assert len(times) >= 3 * rate  # and the budget was used, not wasted


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


class Monotonic:
    """What `RateLimiter` reads the time from, set by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_bucket_books_slots_in_order() -> None:
    clock = Monotonic()
    limiter = RateLimiter(2.0, burst=2, clock=clock, headroom=0.0)
    waits = [limiter.reserve() for _ in range(5)]
    assert waits == [0.0, 0.0, 0.5, 1.0, 1.5]
    clock.now += 10
    assert limiter.reserve() == 0.0


def test_pause_holds_everyone_back() -> None:
    clock = Monotonic()
    limiter = RateLimiter(2.0, burst=2, clock=clock, headroom=0.0)
    limiter.pause(5.0)
    assert limiter.reserve() == 5.0
    assert limiter.reserve() == 5.5


def booked_starts(limiter: RateLimiter, clock: Monotonic, count: int) -> list[float]:
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
        clock = Monotonic()
        starts = booked_starts(RateLimiter(rate, burst, clock=clock), clock, 200)
        for window in (0.5, 1.0, 2.0, 5.0):
            # At most burst + rate * window arrivals, with requests nearly HEADROOM * window late.
            late = 0.99 * HEADROOM * window
            assert most_arrivals(starts, late, window) <= burst + rate * window
    # Without the headroom, the same lateness puts requests too many in five seconds.
    clock = Monotonic()
    exact = booked_starts(RateLimiter(20.0, 1, clock=clock, headroom=0.0), clock, 200)
    assert most_arrivals(exact, 0.99 * HEADROOM * 5.0, 5.0) == 103


def test_headroom_costs_only_its_share_of_the_budget() -> None:
    from nadeo_api._ratelimit import HEADROOM

    clock = Monotonic()
    starts = booked_starts(RateLimiter(20.0, 1, clock=clock), clock, 201)
    assert (len(starts) - 1) / (starts[-1] - starts[0]) == pytest.approx(20.0 / (1 + HEADROOM))


def test_a_429_slows_every_caller(clock: FakeClock) -> None:
    # The emulator allows 2 requests a second, 2 at once; the client would send 50 a second.
    with Emulator(clock=clock, rate_limit=2, rate_burst=2) as emu, Client(
        emulator_settings(
            emu, rate_limit=50.0, rate_burst=5, max_attempts=3, cache="off", **FAST
        )
    ) as client:
        token = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
        )

        def first() -> None:  # the login and this first call take the burst: a 429 next
            client.live.get_maps_totd(token)
            client.live.get_maps_totd(token)

        def later() -> None:  # asks a tenth of a second after that 429
            clock.sleep(0.1)
            client.live.get_maps_weekly_short(token)

        together(clock, first, later)
        statuses = [(entry.path, entry.status) for entry in emu.log.entries]
        rejected = next(e for e in emu.log.entries if e.status == 429)
        assert rejected.time == 0.0 and rejected.path == "/api/token/campaign/month"
        # Retry-After says 1 s: nobody's request left before, not even the one of the caller
        # that was not refused, which would have been refused at 0.1 s.
        after = [e for e in emu.log.entries if e.time > rejected.time]
        assert after and min(e.time for e in after) >= rejected.time + 1.0
        assert statuses.count(("/api/campaign/weekly-shorts", 200)) == 1
        assert [status for _, status in statuses] == [200, 200, 429, 200, 200]


def test_one_budget_per_account_when_asked(clock: FakeClock) -> None:
    from nadeo_api.emulator import SERVER_ACCOUNT

    rate, burst = 4.0, 1
    with Emulator(clock=clock) as emu, Client(
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

        def work(token: auth.WebServicesToken) -> Callable[[], None]:
            def calls() -> None:
                for _ in range(8):
                    client.live.get_maps_totd(token)

            return calls

        together(clock, work(user), work(server))
    by_account: dict[str | None, list[float]] = {}
    for entry in emu.log.entries:
        by_account.setdefault(entry.account_id, []).append(entry.time)
    assert set(by_account) == {SERVICE_ACCOUNT.account_id, SERVER_ACCOUNT.account_id}
    for times in by_account.values():
        assert within_the_rate(times, rate, burst)
    # Together they went faster than one shared budget would allow.
    assert most_in_a_window([e.time for e in emu.log.entries]) > rate + burst
