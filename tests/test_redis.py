"""The Redis backend, against a real redis-server: the shared budget books like the local one,
never more than its horizon ahead, and holds back after a restart; the token store keeps
entries and locks in Redis, with locks that die with their holder; when Redis is gone requests
wait for it (then fail), tokens stay in memory, and both go back to Redis when it answers.

Time is a `FakeClock` wherever it matters: the budget and the locks book in it, and the waits
for Redis are asked of it, so nothing waits for a booking, a lock or an outage to pass."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nadeo_api import (
    ArgumentError,
    AsyncClient,
    AuthenticationError,
    Client,
    NadeoConnectionError,
    Settings,
    auth,
)
from nadeo_api._pipeline import budget_for
from nadeo_api._redis import (
    HORIZON,
    PROBE_INTERVAL,
    RedisBudget,
    RedisTokenStore,
    _Link,
    now_argument,
)
from nadeo_api.auth._token import store_for
from nadeo_api.clock import SYSTEM, Clock, FakeClock, SystemClock
from nadeo_api.emulator import OAUTH_CLIENT, SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import emulator_settings

from .conftest import AGENT, FAST
from .redis_server import RedisServer, wait_for

NAMESPACE = "t"


def budget(server: RedisServer, clock: Clock, rate: float = 2.0, burst: int = 2, *,
           born: bool = True, max_outage: float = 60.0, timeout: float = 0.25) -> RedisBudget:
    """A budget as a new process sees it; `born`: the server has been up for long."""
    link = _Link(server.url, timeout, clock)
    if born:
        link.client.set(f"{NAMESPACE}:born", 0)
    keys = (f"{NAMESPACE}:budget", f"{NAMESPACE}:born", f"{NAMESPACE}:line")
    return RedisBudget(link, keys, rate, burst, max_outage)


def store(server: RedisServer, clock: Clock, **options: float) -> RedisTokenStore:
    return RedisTokenStore(_Link(server.url, 0.25, clock), NAMESPACE, **options)


def test_budget_books_slots_like_the_local_limiter(redis_server: RedisServer) -> None:
    shared = budget(redis_server, FakeClock())
    # Two at once (the burst), then one per half second.
    assert [shared.reserve() for _ in range(4)] == [0.0, 0.0, 0.5, 1.0]


def test_budget_books_in_the_clock_of_the_settings(redis_server: RedisServer) -> None:
    clock = FakeClock()
    shared = budget(redis_server, clock)
    assert [shared.reserve() for _ in range(4)] == [0.0, 0.0, 0.5, 1.0]
    clock.advance(1.0)
    # The slots booked so far are a second nearer: the next one is half a second after the
    # last, and the burst is spent.
    assert shared.reserve() == 0.5
    clock.advance(60.0)
    assert [shared.reserve() for _ in range(3)] == [0.0, 0.0, 0.5]


def test_budget_on_the_real_clock_books_by_the_servers_clock(
    redis_server: RedisServer,
) -> None:
    assert now_argument(SYSTEM) == now_argument(SystemClock()) == ""
    assert now_argument(FakeClock(1_781_542_800.25)) == "1781542800250000"
    shared = budget(redis_server, SYSTEM)
    # The server's clock runs meanwhile, by a few milliseconds.
    waits = [shared.reserve() for _ in range(4)]
    assert waits[:2] == [0.0, 0.0]
    assert waits[2] == pytest.approx(0.5, abs=0.2)
    assert waits[3] == pytest.approx(1.0, abs=0.2)


def test_budget_is_shared_by_every_process(redis_server: RedisServer) -> None:
    clock = FakeClock()
    first, second = budget(redis_server, clock), budget(redis_server, clock)
    assert [first.reserve(), second.reserve()] == [0.0, 0.0]
    assert second.reserve() == 0.5
    assert first.reserve() == 1.0


def test_budget_books_no_further_ahead_than_its_horizon(redis_server: RedisServer) -> None:
    shared = budget(redis_server, FakeClock())
    waits = [shared.reserve() for _ in range(4)]
    assert max(waits) <= HORIZON
    # The fifth start would be 1.5 s away: ask again when it is within the horizon; the next
    # caller sent away queues behind it, one interval later.
    assert shared.reserve() == -(1.5 - HORIZON)
    assert shared.reserve() == -(2.0 - HORIZON)


def test_budget_holds_back_after_a_restart(redis_server: RedisServer) -> None:
    # A server that lost its state: starts booked before it may still be ahead, up to the
    # horizon, so nothing is booked before that.
    clock = FakeClock()
    shared = budget(redis_server, clock, born=False)
    assert shared.reserve() == -0.5
    assert shared.reserve() == -1.0  # in line behind the first
    clock.advance(HORIZON + 1.0)  # past the horizon and the burst's tolerance: free again
    assert shared.reserve() == 0.0


def test_pause_holds_every_process_back(redis_server: RedisServer) -> None:
    clock = FakeClock()
    first, second = budget(redis_server, clock), budget(redis_server, clock)
    first.pause(5.0)
    assert second.reserve() == -(5.0 - HORIZON)
    clock.advance(5.0)
    assert second.reserve() == 0.0


def test_budget_chosen_by_the_setting(redis_server: RedisServer) -> None:
    settings = Settings(redis_url=redis_server.url, redis_namespace="x")
    shared = budget_for(settings)
    assert isinstance(shared, RedisBudget)
    assert budget_for(settings) is shared
    per_account = budget_for(settings.replace(rate_limit_per_account=True), "account-1")
    assert isinstance(per_account, RedisBudget) and per_account is not shared
    assert budget_for(settings.replace(rate_limit=None)) is None
    assert not isinstance(budget_for(Settings()), RedisBudget)


def test_per_account_budgets_keep_logins_out_of_redis(redis_server: RedisServer) -> None:
    settings = Settings(redis_url=redis_server.url, redis_namespace="acc",
                        rate_limit_per_account=True)
    for account in ("login:someone", "an-account-id"):
        shared = budget_for(settings, account)
        assert shared is not None
        shared.reserve()
    keys = _Link(redis_server.url, 0.25).client.keys("acc:*")
    budgets = [key for key in keys if key.startswith(b"acc:budget:")]
    assert len([key for key in budgets if not key.endswith(b":line")]) == 2
    assert not any(b"someone" in key or b"an-account-id" in key for key in keys)


def test_token_store_keeps_entries_in_redis(redis_server: RedisServer) -> None:
    entry = {"access_token": "a.b.c", "refresh_token": "d.e.f"}
    store(redis_server, SYSTEM).save("key", entry)
    assert store(redis_server, SYSTEM).load("key") == entry
    assert store(redis_server, SYSTEM).load("other") is None


def test_a_forgotten_oauth_token_is_forgotten_by_every_process(
    redis_server: RedisServer, emu: Emulator, client: Client
) -> None:
    first, second = store(redis_server, SYSTEM), store(redis_server, SYSTEM)
    client_id, secret = OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret
    code = emu.authorize(account=SERVICE_ACCOUNT)
    auth.OAuthToken.from_code(client_id, secret, code, OAUTH_CLIENT.redirect_uris[0], AGENT,
                              client=client, store=first)

    def load() -> auth.OAuthToken | None:
        return auth.OAuthToken.load(client_id, secret, SERVICE_ACCOUNT.account_id, AGENT,
                                    client=client, store=second)

    held = load()
    assert held is not None
    assert auth.OAuthToken.forget(client_id, SERVICE_ACCOUNT.account_id, client=client,
                                  store=first)
    assert load() is None
    with pytest.raises(AuthenticationError, match="forgotten"):
        held.refresh(client=client)


def test_token_lock_excludes_other_processes(redis_server: RedisServer) -> None:
    clock = FakeClock()
    held, other = store(redis_server, clock), store(redis_server, clock, lock_timeout=0.3)
    with held.lock("key"), pytest.raises(TimeoutError, match="not free"), other.lock("key"):
        pass
    assert sum(clock.sleeps) == pytest.approx(0.3, abs=0.03)  # it waited its lock_timeout
    with other.lock("key"):  # free again
        pass


def test_token_lock_on_the_real_clock_ends_by_the_servers_clock(
    redis_server: RedisServer,
) -> None:
    held, other = store(redis_server, SYSTEM), store(redis_server, SYSTEM, lock_timeout=0.0)
    redis = _Link(redis_server.url, 0.25).client
    with held.lock("key"):
        seconds, micros = redis.time()
        ends = lock_end(redis_server)
        # Booked on the server's clock: LOCK_TTL from the server's now.
        assert 0 < ends - (seconds * 1_000_000 + micros) <= 15_000_000
        with pytest.raises(TimeoutError, match="not free"), other.lock("key"):
            pass
    with other.lock("key"):  # released
        pass
    # A lock written without its end (as by an earlier version) is held until Redis clears it.
    redis.set("t:tokens:old:lock", "someone", px=60_000)
    with pytest.raises(TimeoutError, match="not free"), other.lock("old"):
        pass


def lock_end(server: RedisServer, key: str = "key") -> int:
    """When the lock on `key` ends, in microseconds of the holder's clock."""
    held = _Link(server.url, 0.25).client.get(f"{NAMESPACE}:tokens:{key}:lock")
    assert held is not None
    return int(held.split()[0])


def test_a_dead_holder_frees_the_lock(redis_server: RedisServer) -> None:
    clock = FakeClock()
    dead = store(redis_server, clock, lock_ttl=15.0).lock("key")
    dead.__enter__()
    dead._stop.set()  # it stops renewing the lock, as when its process dies holding it
    assert dead._keeper is not None
    dead._keeper.join()
    assert lock_end(redis_server) == int(clock.time() * 1_000_000) + 15_000_000
    # Redis clears the key away some time after the lock's end; nothing waits for that.
    assert 15_000 < _Link(redis_server.url, 0.25).client.pttl("t:tokens:key:lock") <= 75_000
    other = store(redis_server, clock, lock_timeout=5.0)
    with pytest.raises(TimeoutError, match="not free"), other.lock("key"):
        pass
    clock.advance(10.0)  # 15 s after it was taken, the lock is free
    waited = len(clock.sleeps)
    with other.lock("key"):
        assert len(clock.sleeps) == waited  # taken at once


def test_held_lock_outlives_its_time_to_live(redis_server: RedisServer) -> None:
    clock = FakeClock()
    # A lifetime of 60 ms: its holder renews it every 20 ms (of real time, as it lives).
    holder = store(redis_server, clock, lock_ttl=0.06)
    with holder.lock("key"):
        for _ in range(4):
            ends = lock_end(redis_server)
            clock.advance(0.04)
            wait_for(lambda ends=ends: lock_end(redis_server) > ends)  # renewed by its holder
        # 0.16 s after it was taken, over twice its lifetime: still held.
        with pytest.raises(TimeoutError), store(redis_server, clock, lock_timeout=0.02).lock(
            "key"
        ):
            pass
    with store(redis_server, clock, lock_timeout=0.0).lock("key"):  # released on leaving
        pass


def test_store_chosen_by_the_setting(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = Settings(redis_url=redis_server.url)
    monkeypatch.delenv("NADEO_TOKEN_STORE", raising=False)
    assert isinstance(store_for(settings), RedisTokenStore)
    assert not isinstance(store_for(settings.replace(token_store=str(tmp_path))),
                          RedisTokenStore)
    assert store_for(settings.replace(token_store="off")) is None
    monkeypatch.setenv("NADEO_TOKEN_STORE", "off")
    assert store_for(settings) is None


def test_async_tasks_share_the_redis_budget(redis_server: RedisServer) -> None:
    rate, burst, calls = 4.0, 2, 12
    clock = FakeClock()

    async def main(emu: Emulator) -> None:
        # Each task asks its own page, nothing kept: every call is a request of its own.
        settings = emulator_settings(emu, redis_url=redis_server.url, rate_limit=rate,
                                     rate_burst=burst, redis_namespace="async", cache="off")
        async with AsyncClient(settings) as client:
            token = await auth.ServiceToken.aget(
                "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
            )
            await asyncio.gather(
                *(client.live.get_maps_totd(token, offset=i) for i in range(calls))
            )

    redis = _Link(redis_server.url, 0.25).client
    redis.set("async:born", 0)  # a server up for long (no hold-back after a restart)
    with Emulator(clock=clock) as emu:
        asyncio.run(main(emu))
        sent = len(emu.log.entries)
    assert sent == calls + 1
    # The login and the first call are the burst; every later start waited for a slot of its
    # own, one interval of the shared budget after the one before (the process's own limiter
    # books starts 3% further apart).
    assert clock.sleeps == [1 / rate] * (sent - burst)
    assert redis.exists("async:budget")


def test_redis_down_requests_wait_then_fail_then_recover(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    with Emulator(clock=clock) as emu, Client(emulator_settings(
        emu, redis_url=redis_server.url, rate_limit=20.0, retry_deadline=2.5, cache="off", **FAST
    )) as client, caplog.at_level(logging.WARNING, logger="nadeo_api"):
        token = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
        )
        client.live.get_maps_totd(token)
        sent = len(emu.log.entries)
        slept = len(clock.sleeps)
        redis_server.kill()
        with pytest.raises(NadeoConnectionError, match="has not answered"):
            client.live.get_maps_totd(token)
        assert len(emu.log.entries) == sent  # waited for Redis, sent nothing
        # It asked Redis again every PROBE_INTERVAL until Redis had been silent for
        # retry_deadline.
        waits = clock.sleeps[slept:]
        assert set(waits) == {PROBE_INTERVAL}
        assert 2.5 <= sum(waits) <= 2.5 + 2 * PROBE_INTERVAL
        assert caplog.text.count("does not answer") == 1
        redis_server.start()
        assert client.live.get_maps_totd(token)["monthList"]
        assert "answers again" in caplog.text
        assert len(emu.log.entries) == sent + 1


def test_a_slow_redis_costs_one_timeout(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    shared = budget(redis_server, clock, timeout=0.1)
    with caplog.at_level(logging.WARNING, logger="nadeo_api"):
        asked: list[object] = []
        script = shared._script
        shared._script = lambda *args: asked.append(args) or script(*args)
        redis_server.freeze()  # still accepts connections, answers nothing
        try:
            assert shared.reserve() == -PROBE_INTERVAL  # timed out: ask again later
            assert "does not answer (TimeoutError)" in caplog.text
            assert shared.reserve() == -PROBE_INTERVAL  # known silent: not asked again yet
            assert len(asked) == 1
        finally:
            redis_server.thaw()
        clock.advance(PROBE_INTERVAL)
        assert shared.reserve() >= 0  # answers again
    assert "answers again" in caplog.text


def test_redis_down_tokens_stay_in_memory_then_go_back(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    shared = store(redis_server, clock)
    entry = {"access_token": "a.b.c", "refresh_token": "d.e.f",
             "refresh_expires": str(int(clock.time()) + 600)}
    redis_server.kill()
    with caplog.at_level(logging.WARNING, logger="nadeo_api"):
        with shared.lock("key"):  # this process's lock only
            shared.save("key", entry)
        assert shared.load("key") == entry
    assert "does not answer" in caplog.text
    redis_server.start()
    clock.advance(PROBE_INTERVAL)
    assert shared.load("other") is None  # Redis answers: what was saved meanwhile goes back
    assert store(redis_server, clock).load("key") == entry
    assert 0 < _Link(redis_server.url, 0.25).client.ttl("t:tokens:key") <= 600


def test_settings_for_redis() -> None:
    url = "redis://:secret-password@127.0.0.1:6379/0"
    settings = Settings(redis_url=url)
    assert "secret-password" not in repr(settings)
    assert Settings.from_env({"NADEO_REDIS_URL": url}).redis_url == url
    assert Settings.from_env({}).redis_url == ""
    for bad in ({"redis_url": "http://127.0.0.1"}, {"redis_namespace": ""},
                {"redis_timeout": 0}):
        with pytest.raises(ArgumentError, match=next(iter(bad))):
            Settings(**bad)  # type: ignore[arg-type]
    with pytest.raises(ArgumentError) as caught:
        Settings(redis_url="http://:secret-password@x")
    assert "secret-password" not in str(caught.value)


def test_importing_the_library_does_not_import_redis() -> None:
    code = (
        "import sys, nadeo_api; nadeo_api.Client(nadeo_api.Settings()).close();"
        " print('redis' in sys.modules)"
    )
    env = {k: v for k, v in os.environ.items() if k != "NADEO_REDIS_URL"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True, timeout=60).stdout
    assert out.strip() == "False"


def test_redis_url_needs_the_redis_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)  # as if redis-py were not installed
    with pytest.raises(ArgumentError, match=r"nadeo-client\[redis\]"):
        _Link("redis://127.0.0.1:6379/0", 0.25)


def test_no_password_in_what_is_logged(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"redis://:secret-password@127.0.0.1:{redis_server.port}/3"
    link = _Link(url, 0.25, FakeClock())
    shared = RedisBudget(link, ("p:budget", "p:born", "p:line"), 2.0, 2, 60.0)
    redis_server.kill()
    with caplog.at_level(logging.DEBUG, logger="nadeo_api"):
        shared.reserve()
    assert f"127.0.0.1:{redis_server.port}/3" in caplog.text
    assert "secret-password" not in caplog.text + repr(shared)
