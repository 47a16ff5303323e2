"""Tokens renew themselves: before use once past `rat` or `exp`, once after a 401, falling back
to a new login when a refresh is impossible; and one renewal serves many waiting callers."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from nadeo_api import AsyncClient, AuthenticationError, Client, UnauthorizedError, auth
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import emulator_settings

from .clock import fake_clock, together
from .conftest import AGENT, FAST, service_token
from .stub import forged_jwt

LOGIN = "/v2/authentication/token/basic"
REFRESH = "/v2/authentication/token/refresh"


@pytest.fixture
def short() -> Iterator[Emulator]:
    """Access tokens refreshable after 1 s, expiring after 3 s, on a clock of the test's own."""
    with Emulator(clock=fake_clock(), access_lifetime=3, refresh_after=1) as running:
        yield running


@pytest.fixture
def short_client(short: Emulator) -> Iterator[Client]:
    # Every call here is a request: nothing kept (each test of several callers asks each its
    # own page, so that no two share a request either).
    with Client(emulator_settings(short, cache="off", **FAST)) as running:
        yield running


def paths(emu: Emulator) -> list[str]:
    return [entry.path for entry in emu.log.entries]


def wait_until(emu: Emulator, moment: float | int | None) -> None:
    """Move the emulator's (and its clients') clock just past `moment`: nothing sleeps."""
    clock = emu.clock
    assert moment is not None and isinstance(clock, FakeClock)
    clock.set(max(clock.time(), moment + 0.05))


def test_fresh_token_is_not_renewed(short: Emulator, short_client: Client) -> None:
    token = service_token(short_client)
    short_client.live.get_maps_totd(token)
    short_client.live.get_maps_totd(token)
    assert paths(short) == [LOGIN, "/api/token/campaign/month", "/api/token/campaign/month"]


def test_renewed_before_use_once_past_rat(short: Emulator, short_client: Client) -> None:
    token = service_token(short_client)
    before = token.access_token
    refresh_token = token.refresh_token.encoded
    wait_until(short, token.rat)
    assert token.needs_renewal and not token.expired
    short_client.live.get_maps_totd(token)
    assert paths(short) == [LOGIN, REFRESH, "/api/token/campaign/month"]
    assert token.access_token != before
    assert short.log.entries[-1].status == 200
    refresh_entry = short.log.entries[1]
    masked = short.log.redacted(refresh_token)
    assert refresh_entry.headers["authorization"] == f"nadeo_v1 t={masked}"


def test_renewed_before_use_once_expired(short: Emulator, short_client: Client) -> None:
    token = service_token(short_client)
    wait_until(short, token.exp)
    assert token.expired
    short_client.live.get_maps_totd(token)
    assert paths(short) == [LOGIN, REFRESH, "/api/token/campaign/month"]
    assert not token.expired


def test_expired_refresh_token_falls_back_to_login() -> None:
    with Emulator(clock=fake_clock(), access_lifetime=1, refresh_lifetime=1) as emu, Client(
        emulator_settings(emu, **FAST)
    ) as client:
        token = service_token(client)
        wait_until(emu, token.refresh_token.exp)
        client.live.get_maps_totd(token)
        assert paths(emu) == [LOGIN, LOGIN, "/api/token/campaign/month"]


def test_expired_refresh_token_without_credentials_is_an_authentication_error() -> None:
    with Emulator(clock=fake_clock(), access_lifetime=1, refresh_lifetime=1) as emu, Client(
        emulator_settings(emu, **FAST)
    ) as client:
        fresh = service_token(client)
        token = auth.ServiceToken(
            fresh.access_token.encoded, fresh.refresh_token.encoded, agent=AGENT
        )
        wait_until(emu, token.refresh_token.exp)
        with pytest.raises(AuthenticationError, match="no credentials"):
            client.live.get_maps_totd(token)
        assert paths(emu) == [LOGIN]


def _forged_refresh_token() -> str:
    """A refresh token the emulator did not sign: its refresh is refused."""
    return forged_jwt({"aud": "NadeoServices", "rtk": True, "exp": int(time.time()) + 3600,
                       "refresh_aud": "NadeoLiveServices", "usg": "Client"})


def test_refused_refresh_falls_back_to_login(emu: Emulator, client: Client) -> None:
    fresh = service_token(client)
    token = auth.ServiceToken(
        fresh.access_token.encoded, _forged_refresh_token(), agent=AGENT,
        credentials=(SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password),
    )
    emu.log.clear()
    token.refresh(client=client)
    assert [(e.path, e.status) for e in emu.log.entries] == [(REFRESH, 401), (LOGIN, 200)]


def test_refused_refresh_without_credentials(emu: Emulator, client: Client) -> None:
    fresh = service_token(client)
    token = auth.ServiceToken(fresh.access_token.encoded, _forged_refresh_token(), agent=AGENT)
    with pytest.raises(AuthenticationError, match="no credentials") as raised:
        token.refresh(client=client)
    assert _forged_refresh_token().split(".")[2] not in str(raised.value)


def test_401_renews_once_and_retries(emu: Emulator, client: Client) -> None:
    token = service_token(client)
    emu.revoke_tokens(token.account_id)
    emu.log.clear()
    answer = client.live.get_maps_totd(token)
    assert answer["monthList"]
    assert [(e.path, e.status) for e in emu.log.entries] == [
        ("/api/token/campaign/month", 401), (REFRESH, 200), ("/api/token/campaign/month", 200),
    ]


def test_401_after_renewal_is_raised(emu: Emulator, client: Client) -> None:
    fresh = service_token(client)
    # A token the emulator refuses, whose renewal (a forged refresh token, no credentials) fails.
    token = auth.ServiceToken(fresh.access_token.encoded, fresh.refresh_token.encoded, agent=AGENT)
    emu.revoke_tokens(token.account_id)
    emu.log.clear()
    with pytest.raises(AuthenticationError):
        client.live.get_maps_totd(
            auth.ServiceToken(token.access_token.encoded, _forged_refresh_token(), agent=AGENT)
        )
    # Without any way to renew, the 401 itself is raised.
    emu.log.clear()
    stuck = _StuckToken(token.access_token.encoded, token.refresh_token.encoded, agent=AGENT)
    with pytest.raises(UnauthorizedError) as raised:
        client.live.get_maps_totd(stuck)
    assert raised.value.status == 401
    assert [e.status for e in emu.log.entries] == [401]


class _StuckToken(auth.ServiceToken):
    @property
    def can_renew(self) -> bool:
        return False


def test_many_threads_one_renewal(short: Emulator, short_client: Client) -> None:
    token = service_token(short_client)
    assert token.rat is not None
    errors: list[BaseException] = []

    def work(page: int) -> None:
        try:
            short_client.live.get_maps_weekly_short(token, offset=page)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(page,)) for page in range(16)]
    # The clock stands just past `rat`: however long the threads take on a busy machine, the
    # renewed token is not due for renewal again.
    wait_until(short, token.rat)
    short.log.clear()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(short.log.filter(path=REFRESH)) == 1
    assert len(short.log.filter(path=LOGIN)) == 0
    assert len(short.log.filter(path="/api/campaign/weekly-shorts")) == 16


def test_many_tasks_one_renewal(short: Emulator) -> None:
    async def main() -> None:
        async with AsyncClient(emulator_settings(short, cache="off", **FAST)) as client:
            token = await auth.ServiceToken.aget(
                "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
            )
            assert token.rat is not None
            # The clock stands just past `rat` (see above).
            wait_until(short, token.rat)
            short.log.clear()
            await asyncio.gather(
                *(client.live.get_maps_weekly_grand(token, offset=i) for i in range(30))
            )

    asyncio.run(main())
    assert len(short.log.filter(path=REFRESH)) == 1
    assert len(short.log.filter(path="/api/campaign/weekly-grands")) == 30


def test_many_callers_after_401_one_renewal(emu: Emulator, client: Client) -> None:
    token = service_token(client)
    emu.revoke_tokens(token.account_id)
    emu.log.clear()

    async def main() -> None:
        async with AsyncClient(client.settings) as async_client:
            await asyncio.gather(*(async_client.live.get_maps_totd(token) for _ in range(20)))

    asyncio.run(main())
    assert len(emu.log.filter(path=REFRESH)) == 1
    assert all(e.status in (200, 401) for e in emu.log.entries)


def test_no_request_leaves_with_a_token_that_expired_while_it_waited() -> None:
    # 16 threads at the default budget (2/s, burst 2) wait up to 8 s for their slots, with
    # access tokens that live 3 s: each is checked again right before it is sent. The threads
    # share the clock's time, as client and emulator do: the 8 s pass in no time.
    clock = fake_clock()
    with Emulator(clock=clock, access_lifetime=3) as emu, Client(
        emulator_settings(emu, rate_limit=2.0, rate_burst=2, cache="off", **FAST)
    ) as client:
        token = service_token(client)

        def work(page: int) -> Callable[[], None]:
            return lambda: client.live.get_maps_weekly_short(token, offset=page)

        together(clock, *(work(page) for page in range(16)))
    answers = emu.log.filter(path="/api/campaign/weekly-shorts")
    assert [e.status for e in answers] == [200] * 16  # none refused as expired
    assert len(emu.log.filter(path=REFRESH)) >= 2, "tokens expired while requests waited"
    assert max(e.time for e in answers) > 2 * 3  # the wait outlived two tokens


def test_no_task_sends_a_token_that_expired_while_it_waited() -> None:
    # The same with tasks: those that find the token expired queue for the one renewal while
    # it waits for its own slot.
    clock = fake_clock()
    with Emulator(clock=clock, access_lifetime=3) as emu:

        async def main() -> None:
            settings = emulator_settings(emu, rate_limit=2.0, rate_burst=2, cache="off", **FAST)
            async with AsyncClient(settings) as client:
                token = await auth.ServiceToken.aget(
                    "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT,
                    client=client,
                )
                await asyncio.gather(
                    *(clock.task(client.live.get_maps_weekly_short(token, offset=page))
                      for page in range(16))
                )

        asyncio.run(main())
    answers = emu.log.filter(path="/api/campaign/weekly-shorts")
    assert [e.status for e in answers] == [200] * 16
    assert len(emu.log.filter(path=REFRESH)) >= 2, "tokens expired while requests waited"
    assert max(e.time for e in answers) > 2 * 3
