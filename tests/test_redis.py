"""The Redis backend, against a real redis-server: the shared budget books like the local one,
never more than its horizon ahead, and holds back after a restart; the token store keeps
entries and locks in Redis, with locks that die with their holder; when Redis is gone requests
wait for it (then fail), tokens stay in memory, and both go back to Redis when it answers."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import textwrap
import threading
import time
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
from nadeo_api._redis import HORIZON, PROBE_INTERVAL, RedisBudget, RedisTokenStore, _Link
from nadeo_api.auth._token import store_for
from nadeo_api.emulator import OAUTH_CLIENT, SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import emulator_settings

from .clock import TODAY
from .conftest import AGENT, FAST
from .redis_server import RedisServer
from .test_redis_fleet import worst_excess

NAMESPACE = "t"


def budget(server: RedisServer, rate: float = 2.0, burst: int = 2, *, born: bool = True,
           max_outage: float = 60.0) -> RedisBudget:
    """A budget as a new process sees it; `born`: the server has been up for long."""
    link = _Link(server.url, 0.25)
    if born:
        link.client.set(f"{NAMESPACE}:born", 0)
    keys = (f"{NAMESPACE}:budget", f"{NAMESPACE}:born", f"{NAMESPACE}:line")
    return RedisBudget(link, keys, rate, burst, max_outage)


def store(server: RedisServer, **options: float) -> RedisTokenStore:
    return RedisTokenStore(_Link(server.url, 0.25), NAMESPACE, **options)


def test_budget_books_slots_like_the_local_limiter(redis_server: RedisServer) -> None:
    shared = budget(redis_server)
    # Two at once (the burst), then one per half second; the server's clock runs meanwhile.
    waits = [shared.reserve() for _ in range(4)]
    assert waits[:2] == [0.0, 0.0]
    assert waits[2] == pytest.approx(0.5, abs=0.2)
    assert waits[3] == pytest.approx(1.0, abs=0.2)


def test_budget_is_shared_by_every_process(redis_server: RedisServer) -> None:
    first, second = budget(redis_server), budget(redis_server)
    assert [first.reserve(), second.reserve()] == [0.0, 0.0]
    assert second.reserve() == pytest.approx(0.5, abs=0.2)
    assert first.reserve() == pytest.approx(1.0, abs=0.2)


def test_budget_books_no_further_ahead_than_its_horizon(redis_server: RedisServer) -> None:
    shared = budget(redis_server)
    waits = [shared.reserve() for _ in range(4)]
    assert max(waits) <= HORIZON
    # The fifth start would be 1.5 s away: ask again when it is within the horizon; the next
    # caller sent away queues behind it, one interval later.
    assert shared.reserve() == pytest.approx(-(1.5 - HORIZON), abs=0.2)
    assert shared.reserve() == pytest.approx(-(2.0 - HORIZON), abs=0.2)


def test_budget_holds_back_after_a_restart(redis_server: RedisServer) -> None:
    # A server that lost its state: starts booked before it may still be ahead, up to the
    # horizon, so nothing is booked before that.
    shared = budget(redis_server, born=False)
    assert shared.reserve() == pytest.approx(-0.5, abs=0.2)
    assert shared.reserve() == pytest.approx(-1.0, abs=0.2)  # in line behind the first


def test_pause_holds_every_process_back(redis_server: RedisServer) -> None:
    first, second = budget(redis_server), budget(redis_server)
    first.pause(5.0)
    assert second.reserve() == pytest.approx(-(5.0 - HORIZON), abs=0.2)


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
    store(redis_server).save("key", entry)
    assert store(redis_server).load("key") == entry
    assert store(redis_server).load("other") is None


def test_a_forgotten_oauth_token_is_forgotten_by_every_process(
    redis_server: RedisServer, emu: Emulator, client: Client
) -> None:
    first, second = store(redis_server), store(redis_server)
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
    held, other = store(redis_server), store(redis_server, lock_timeout=0.3)
    with held.lock("key"), pytest.raises(TimeoutError, match="not free"), other.lock("key"):
        pass
    with other.lock("key"):  # free again
        pass


DYING_HOLDER = textwrap.dedent(
    """
    import os, sys
    from nadeo_api._redis import RedisTokenStore, _Link
    store = RedisTokenStore(_Link(sys.argv[1], 0.25), "t", lock_ttl=1.0)
    store.lock("key").__enter__()
    os._exit(0)  # dies holding the lock
    """
)


def test_a_dead_holder_frees_the_lock(redis_server: RedisServer) -> None:
    subprocess.run([sys.executable, "-c", DYING_HOLDER, redis_server.url], check=True,
                   timeout=60)
    client = _Link(redis_server.url, 0.25).client
    assert client.exists("t:tokens:key:lock")
    assert 0 < client.pttl("t:tokens:key:lock") <= 1000
    with store(redis_server, lock_timeout=30).lock("key"):
        pass


def test_held_lock_outlives_its_time_to_live(redis_server: RedisServer) -> None:
    holder = store(redis_server, lock_ttl=0.3)
    with holder.lock("key"):
        time.sleep(1.0)  # over three times the time to live: renewed meanwhile
        with pytest.raises(TimeoutError), store(redis_server, lock_timeout=0.1).lock("key"):
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
    # Arrival times at the emulator jitter with the machine's load: an interval of a quarter
    # second keeps that jitter well under one interval on a busy machine.
    rate, burst = 4.0, 2

    async def main(emu: Emulator) -> None:
        # Each task asks its own page, nothing kept: every call is a request of its own.
        settings = emulator_settings(emu, redis_url=redis_server.url, rate_limit=rate,
                                     rate_burst=burst, cache="off")
        async with AsyncClient(settings) as client:
            token = await auth.ServiceToken.aget(
                "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
            )
            await asyncio.gather(
                *(client.live.get_maps_totd(token, offset=i) for i in range(12))
            )

    with Emulator(today=TODAY) as emu:
        asyncio.run(main(emu))
        times = [entry.time for entry in emu.log.entries]
    assert len(times) == 13
    assert worst_excess(times, rate, burst) <= 0


def test_redis_down_requests_wait_then_fail_then_recover(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    with Emulator(today=TODAY) as emu, Client(emulator_settings(
        emu, redis_url=redis_server.url, rate_limit=20.0, retry_deadline=2.5, cache="off", **FAST
    )) as client, caplog.at_level(logging.WARNING, logger="nadeo_api"):
        token = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
        )
        client.live.get_maps_totd(token)
        sent = len(emu.log.entries)
        redis_server.kill()
        with pytest.raises(NadeoConnectionError, match="has not answered"):
            client.live.get_maps_totd(token)
        assert len(emu.log.entries) == sent  # waited for Redis, sent nothing
        assert caplog.text.count("does not answer") == 1
        redis_server.start()
        assert client.live.get_maps_totd(token)["monthList"]
        assert "answers again" in caplog.text
        assert len(emu.log.entries) == sent + 1


# Keeps the server busy (scripts run alone) for ARGV[1] milliseconds.
BUSY = """
local t = redis.call('TIME')
local started = t[1] * 1000000 + t[2]
repeat t = redis.call('TIME') until t[1] * 1000000 + t[2] - started > ARGV[1] * 1000
return 1
"""


def test_a_slow_redis_costs_one_timeout(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    shared = budget(redis_server)
    busy = _Link(redis_server.url, 5.0).client
    blocker = threading.Thread(target=busy.eval, args=(BUSY, 0, 1500))
    with caplog.at_level(logging.WARNING, logger="nadeo_api"):
        blocker.start()
        time.sleep(0.3)  # the server is busy now
        assert shared.reserve() == -PROBE_INTERVAL  # timed out: ask again later
        assert shared.reserve() == -PROBE_INTERVAL  # known silent: not asked again yet
        blocker.join()
        time.sleep(PROBE_INTERVAL)
        assert shared.reserve() >= 0  # answers again
    assert "does not answer (TimeoutError)" in caplog.text
    assert "answers again" in caplog.text


def test_redis_down_tokens_stay_in_memory_then_go_back(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    shared = store(redis_server)
    entry = {"access_token": "a.b.c", "refresh_token": "d.e.f",
             "refresh_expires": str(int(time.time()) + 600)}
    redis_server.kill()
    with caplog.at_level(logging.WARNING, logger="nadeo_api"):
        with shared.lock("key"):  # this process's lock only
            shared.save("key", entry)
        assert shared.load("key") == entry
    assert "does not answer" in caplog.text
    redis_server.start()
    time.sleep(PROBE_INTERVAL)
    assert shared.load("other") is None  # Redis answers: what was saved meanwhile goes back
    assert store(redis_server).load("key") == entry
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
    link = _Link(url, 0.25)
    shared = RedisBudget(link, ("p:budget", "p:born", "p:line"), 2.0, 2, 60.0)
    redis_server.kill()
    with caplog.at_level(logging.DEBUG, logger="nadeo_api"):
        shared.reserve()
    assert f"127.0.0.1:{redis_server.port}/3" in caplog.text
    assert "secret-password" not in caplog.text + repr(shared)
