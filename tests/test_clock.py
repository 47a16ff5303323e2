"""One clock object: what the client waits on and reads time from, real or fake."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from nadeo_api import ArgumentError, Client, Settings, auth
from nadeo_api._ratelimit import HEADROOM
from nadeo_api.clock import SYSTEM, Clock, FakeClock

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
