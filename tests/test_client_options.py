"""`client.with_options(timeout=..., max_attempts=...)`: a client for some calls, sharing the
connection pool and the rate budget, for functions and iterators alike, sync and async."""

from __future__ import annotations

import asyncio

import pytest

from nadeo_api import ArgumentError, AsyncClient, Client, NadeoTimeoutError, Settings, auth
from nadeo_api.clock import FakeClock

from .conftest import AGENT
from .stub import Answer, StubServer, forged_pair
from .test_errors import silent_server

CLOCK = FakeClock()
"""Backoffs pass on it, not on the machine's clock."""


def stub_settings(stub: StubServer) -> Settings:
    return Settings(live_url=stub.url, rate_limit=2.0, rate_burst=50, max_attempts=4,
                    backoff_base=0.01, backoff_max=0.05, clock=CLOCK)


def test_a_derived_client_shares_the_pool_and_budget_and_changes_only_its_options(
    stub: StubServer,
) -> None:
    with Client(stub_settings(stub)) as client:
        derived = client.with_options(timeout=3, max_attempts=1)
        assert type(derived) is Client
        assert derived._http is client._http
        assert derived.policy.limiter is client.policy.limiter is not None
        assert derived.settings == client.settings.replace(
            connect_timeout=3, read_timeout=3, max_attempts=1
        )
        assert client.settings == stub_settings(stub)
        assert client.with_options().settings == client.settings
        assert derived.live is not client.live
        derived.close()
        assert client.closed


def test_max_attempts_applies_to_the_calls_of_the_derived_client(
    stub: StubServer, token: auth.ServiceToken
) -> None:
    stub.script("/flaky", Answer(503))
    with Client(stub_settings(stub)) as client:
        with pytest.raises(Exception, match="503"):
            client.with_options(max_attempts=1).live.get(token, "/flaky")
        assert len(stub.requests("/flaky")) == 1
        with pytest.raises(Exception, match="503"):
            client.with_options(max_attempts=2).live.get(token, "/flaky")
        assert len(stub.requests("/flaky")) == 3


def test_timeout_applies_to_functions_and_iterators_sync_and_async() -> None:
    # Against a server that never answers: read timeouts are the socket's, on the machine's
    # clock, so each call here waits for real, 20 ms (the client's own read timeout is 20 s).
    with silent_server() as url:
        settings = Settings(live_url=url, core_url=url, rate_limit=None, max_attempts=1)
        token = auth.ServiceToken(*forged_pair(), agent=AGENT)
        with Client(settings) as client:
            quick = client.with_options(timeout=0.02)
            with pytest.raises(NadeoTimeoutError):
                quick.live.get_maps_totd(token)
            with pytest.raises(NadeoTimeoutError):
                next(quick.live.iter_maps_totd.typed(token))

        async def main() -> None:
            async with AsyncClient(settings) as aclient:
                aquick = aclient.with_options(timeout=0.02)
                assert type(aquick) is AsyncClient
                with pytest.raises(NadeoTimeoutError):
                    await aquick.live.get_maps_totd.typed(token)
                with pytest.raises(NadeoTimeoutError):
                    await anext(aquick.live.iter_maps_totd(token))

        asyncio.run(main())


@pytest.mark.parametrize(
    ("options", "named"),
    [({"timeout": 0}, "timeout"), ({"timeout": True}, "timeout"), ({"timeout": "5"}, "timeout"),
     ({"max_attempts": 0}, "max_attempts"), ({"max_attempts": 2.5}, "max_attempts")],
)
def test_bad_options_are_refused(options: dict[str, object], named: str) -> None:
    with Client(rate_limit=None) as client, pytest.raises(ArgumentError, match=named):
        client.with_options(**options)  # type: ignore[arg-type]


def test_calls_no_longer_take_a_timeout_argument(token: auth.ServiceToken) -> None:
    with Client(rate_limit=None) as client, pytest.raises(ArgumentError, match="timeout"):
        client.live.get_maps_totd(token, timeout=5)  # type: ignore[call-arg]
