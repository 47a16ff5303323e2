"""One clock object: what the client waits on and reads time from, real or fake."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import pytest

from nadeo_api import ArgumentError, Client, Settings, auth
from nadeo_api._ratelimit import HEADROOM
from nadeo_api.clock import SYSTEM, Clock, FakeClock, waiting_for_others

from .conftest import AGENT
from .stub import Answer, StubServer, forged_jwt

START = datetime(2026, 6, 15, 16, 59, tzinfo=timezone.utc)


def test_a_fake_clock_moves_only_when_told_or_slept_on() -> None:
    clock = FakeClock(START)
    assert clock.now() == START and clock.monotonic() == 0.0
    clock.advance(60)
    clock.sleep(1.5)
    assert clock.now() == START + timedelta(seconds=61.5)
    assert clock.monotonic() == 61.5
    assert clock.sleeps == [1.5]
    clock.set(START + timedelta(days=1))
    assert clock.time() == (START + timedelta(days=1)).timestamp()


@pytest.mark.parametrize(
    ("call", "value", "named"),
    [
        ("advance", -1, "seconds"),
        ("advance", float("inf"), "seconds"),
        ("advance", True, "seconds"),
        ("set", START - timedelta(days=1), "when"),
        ("set", datetime(2026, 6, 15), "when"),
    ],
)
def test_a_fake_clock_refuses_to_go_back_or_to_vague_moments(
    call: str, value: object, named: str
) -> None:
    clock = FakeClock(START)
    with pytest.raises(ArgumentError, match=named):
        getattr(clock, call)(value)
    assert clock.now() == START


def test_settings_take_only_a_clock() -> None:
    assert isinstance(SYSTEM, Clock) and Settings().clock is SYSTEM
    with pytest.raises(ArgumentError, match="clock"):
        Settings(clock="now")  # type: ignore[arg-type]


def test_the_rate_budget_waits_on_the_clients_clock(stub: StubServer) -> None:
    clock = FakeClock(START)
    settings = Settings(live_url=stub.url, rate_limit=2.0, rate_burst=2, clock=clock)
    now = int(clock.time())
    access = forged_jwt({"aud": "NadeoLiveServices", "usg": "Client", "iat": now,
                         "rat": now + 1800, "exp": now + 3600})
    token = auth.ServiceToken(access, access, agent=AGENT, clock=clock)
    stub.script("/paced", *[Answer(200, b"{}")] * 6)
    with Client(settings) as client:
        for _ in range(6):
            client.live.get(token, "/paced")
    assert len(stub.requests("/paced")) == 6
    # Two at once, then one every half second (and its headroom): the sixth starts four
    # intervals of the clock later, and nothing really waited.
    assert clock.monotonic() == pytest.approx(4 * (1 + HEADROOM) / 2.0)


def test_a_token_ages_on_its_clock_not_the_machines() -> None:
    clock = FakeClock(START)
    now = int(clock.time())
    access = forged_jwt({"aud": "NadeoLiveServices", "usg": "Client", "iat": now,
                         "rat": now + 1800, "exp": now + 3600})
    token = auth.ServiceToken(access, access, agent=AGENT, clock=clock)
    assert not token.needs_renewal and not token.expired
    clock.advance(1800)
    assert token.needs_renewal and not token.expired
    clock.advance(1800)
    assert token.expired


# --- threads and tasks sharing virtual time -----------------------------------------------


def run_threads(clock: FakeClock, *targets: Callable[[], object]) -> None:
    threads = [clock.thread(target) for target in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_threads_of_the_clock_wake_when_their_own_sleep_ends() -> None:
    clock = FakeClock(START)
    woke: list[tuple[str, float]] = []

    def sleeper(name: str, naps: list[float]) -> Callable[[], None]:
        def run() -> None:
            for nap in naps:
                clock.sleep(nap)
                woke.append((name, clock.monotonic()))

        return run

    run_threads(clock, sleeper("a", [1.0, 1.0, 1.0]), sleeper("b", [1.5, 1.5]),
                sleeper("c", [0.25]))
    # Side by side, not one after the other: the clock ends at the last wake-up (3 s), not
    # at the sum of the sleeps (6.25 s).
    assert sorted(woke, key=lambda w: (w[1], w[0])) == [
        ("c", 0.25), ("a", 1.0), ("b", 1.5), ("a", 2.0), ("a", 3.0), ("b", 3.0)
    ]
    assert clock.monotonic() == 3.0
    assert sorted(clock.sleeps) == [0.25, 1.0, 1.0, 1.0, 1.5, 1.5]


def test_the_clock_stands_still_while_one_of_its_threads_works() -> None:
    clock = FakeClock(START)
    seen: list[float] = []

    def worker() -> None:
        clock.sleep(0.5)
        # The sleeper below is due at 1 s: while this thread works, the clock stays at 0.5 s.
        seen.extend(clock.monotonic() for _ in range(2000))

    def sleeper() -> None:
        clock.sleep(1.0)
        seen.append(clock.monotonic())

    run_threads(clock, worker, sleeper)
    assert seen == [0.5] * 2000 + [1.0]


def test_a_thread_waiting_for_a_lock_lets_the_clock_move_on() -> None:
    clock = FakeClock(START)
    lock = threading.Lock()
    held = threading.Event()
    got_it: list[float] = []

    def holder() -> None:
        with lock:
            held.set()
            clock.sleep(2.0)  # asleep on the clock, holding the lock

    def waiter() -> None:
        held.wait()
        with waiting_for_others(clock):
            lock.acquire()
        got_it.append(clock.monotonic())
        lock.release()

    run_threads(clock, holder, waiter)
    assert got_it == [2.0]


def test_a_thread_stuck_on_something_else_is_reported_not_waited_for_forever() -> None:
    clock = FakeClock(START)
    # Real time, briefly: what is tested is the give-up after real seconds of no wake-up.
    clock.STALL = 0.03
    stuck = threading.Event()
    failures: list[BaseException] = []

    def sleeper() -> None:
        try:
            clock.sleep(1.0)
        except RuntimeError as exc:
            failures.append(exc)
        finally:
            stuck.set()

    run_threads(clock, sleeper, stuck.wait)  # the second waits without telling the clock
    assert len(failures) == 1 and "cannot see" in str(failures[0])
    assert clock.monotonic() == 0.0


def test_tasks_of_the_clock_share_its_time_and_may_be_cancelled() -> None:
    clock = FakeClock(START)
    woke: list[tuple[int, float]] = []

    async def nap(index: int, seconds: float) -> None:
        await clock.sleep_async(seconds)
        woke.append((index, clock.monotonic()))

    async def main() -> None:
        tasks = [clock.task(nap(i, s)) for i, s in enumerate([3.0, 1.0, 2.0, 60.0])]
        await asyncio.sleep(0)
        tasks[3].cancel()  # asleep for a minute: cancelled, it no longer holds anyone back
        await asyncio.gather(*tasks, return_exceptions=True)

    asyncio.run(main())
    assert woke == [(1, 1.0), (2, 2.0), (0, 3.0)]
    assert clock.monotonic() == 3.0


def test_advancing_the_clock_wakes_its_sleepers_on_time() -> None:
    clock = FakeClock(START)
    woke: list[float] = []
    asleep = threading.Event()

    def sleeper() -> None:
        asleep.set()
        clock.sleep(10.0)
        woke.append(clock.monotonic())

    blocker = threading.Event()
    threads = [clock.thread(sleeper), clock.thread(blocker.wait)]  # one never sleeps
    for thread in threads:
        thread.start()
    asleep.wait()
    clock.advance(30)  # the test moves the clock: the sleeper wakes, though its fellow works
    threads[0].join()
    blocker.set()
    threads[1].join()
    assert woke == [30.0]
