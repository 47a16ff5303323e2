"""Retries: what is retried and what is not, Retry-After in both forms and capped, bounded
attempts and total time, full-jitter backoff, and a DEBUG line per retry without secrets."""

from __future__ import annotations

import email.utils
import logging
import socket

import httpx
import pytest

from nadeo_api import (
    Client,
    HTTPStatusError,
    NadeoConnectionError,
    RateLimitedError,
    ServerError,
    Settings,
    auth,
)
from nadeo_api._pipeline import Policy, _retry_after
from nadeo_api.clock import FakeClock

from .conftest import AGENT
from .stub import DROP, Answer, StubServer, forged_pair

OK = Answer(200, b'{"ok": true}')


def client_for(stub: StubServer, **changes: object) -> Client:
    """A client of the stub that backs off on a fake clock of its own (or the one given)."""
    values: dict[str, object] = {
        "live_url": stub.url, "core_url": stub.url, "rate_limit": None,
        "max_attempts": 4, "backoff_base": 0.01, "backoff_max": 0.05, "clock": FakeClock(),
    }
    values.update(changes)
    return Client(Settings(**values))  # type: ignore[arg-type]


# verb, script, attempts expected, outcome (None: success, else the error class)
CASES = [
    ("get", [Answer(503), Answer(503), OK], 3, None),
    ("get", [Answer(500), Answer(502), Answer(504), OK], 4, None),
    ("get", [Answer(500)], 4, ServerError),
    ("get", [DROP, DROP, OK], 3, None),
    ("get", [DROP], 4, NadeoConnectionError),
    ("get", [Answer(429, headers={"Retry-After": "0"}), OK], 2, None),
    ("get", [Answer(404)], 1, HTTPStatusError),
    ("get", [Answer(400)], 1, HTTPStatusError),
    ("head", [Answer(503), OK], 2, None),
    ("options", [Answer(502), OK], 2, None),
    ("put", [Answer(503), OK], 2, None),
    ("delete", [DROP, OK], 2, None),
    ("post", [Answer(503), OK], 1, ServerError),
    ("post", [DROP, OK], 1, NadeoConnectionError),
    ("patch", [Answer(502), OK], 1, ServerError),
    ("patch", [DROP, OK], 1, NadeoConnectionError),
    ("post", [Answer(429, headers={"Retry-After": "0"}), OK], 1, RateLimitedError),
]


@pytest.mark.parametrize(("verb", "script", "attempts", "outcome"), CASES)
def test_what_is_retried(
    stub: StubServer, token: auth.ServiceToken, verb: str, script: list[Answer | str],
    attempts: int, outcome: type[Exception] | None,
) -> None:
    path = f"/case/{verb}/{id(script)}"
    stub.script(path, *script)
    with client_for(stub) as client:
        call = getattr(client.live, verb)
        if outcome is None:
            call(token, path)
        else:
            with pytest.raises(outcome):
                call(token, path)
    assert len(stub.requests(path)) == attempts


def test_retry_after_seconds_is_honoured(stub: StubServer, token: auth.ServiceToken) -> None:
    clock = FakeClock()
    stub.script("/wait-seconds", Answer(429, headers={"Retry-After": "1"}), OK)
    with client_for(stub, clock=clock) as client:
        assert client.live.get(token, "/wait-seconds") == {"ok": True}
    assert len(stub.requests("/wait-seconds")) == 2
    assert clock.sleeps == [1.0]


def test_retry_after_http_date_is_honoured(stub: StubServer) -> None:
    clock = FakeClock(1_800_000_000.0)
    token = auth.ServiceToken(*forged_pair(), agent=AGENT)
    when = email.utils.formatdate(clock.time() + 2, usegmt=True)
    stub.script("/wait-date", Answer(503, headers={"Retry-After": when}), OK)
    with client_for(stub, clock=clock) as client:
        client.live.get(token, "/wait-date")
    assert len(stub.requests("/wait-date")) == 2
    assert clock.sleeps == [2.0]
    assert clock.monotonic() == 2.0


def test_retry_deadline_bounds_the_total_time(stub: StubServer, token: auth.ServiceToken) -> None:
    stub.script("/too-long", Answer(503, headers={"Retry-After": "30"}), OK)
    with client_for(stub, retry_deadline=1.0) as client, pytest.raises(ServerError):
        client.live.get(token, "/too-long")
    assert len(stub.requests("/too-long")) == 1


def test_max_attempts_one_never_retries(stub: StubServer, token: auth.ServiceToken) -> None:
    stub.script("/once", Answer(503), OK)
    with client_for(stub, max_attempts=1) as client, pytest.raises(ServerError):
        client.live.get(token, "/once")
    assert len(stub.requests("/once")) == 1


def test_post_is_retried_when_it_never_reached_the_server(
    token: auth.ServiceToken, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"
    settings = Settings(live_url=url, core_url=url, rate_limit=None, max_attempts=3,
                        backoff_base=0.01, clock=FakeClock())
    caplog.set_level(logging.DEBUG, logger="nadeo_api")
    with Client(settings) as client, pytest.raises(NadeoConnectionError):
        client.live.post(token, "api/token/club/1/pin", body={})
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert len(retries) == 2
    assert all("POST" in line and "ConnectError" in line for line in retries)


def test_each_retry_is_logged_without_secrets(
    stub: StubServer, token: auth.ServiceToken, caplog: pytest.LogCaptureFixture
) -> None:
    stub.script("/logged", Answer(503), DROP, OK)
    caplog.set_level(logging.DEBUG, logger="nadeo_api")
    with client_for(stub) as client:
        client.live.get(token, "/logged")
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retrying")]
    assert len(retries) == 2
    assert "status 503" in retries[0] and "attempt 1 of 4" in retries[0]
    assert "RemoteProtocolError" in retries[1] or "ReadError" in retries[1]
    assert token.access_token.encoded not in caplog.text
    assert token.access_token.encoded.split(".")[2] not in caplog.text


def response(headers: dict[str, str]) -> httpx.Response:
    return httpx.Response(429, headers=headers)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ({"Retry-After": "5"}, 5.0),
        ({"Retry-After": "2.5"}, 2.5),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "-3"}, 0.0),
        ({"Retry-After": "86400"}, 60.0),  # capped at retry_after_max
        ({"Retry-After": "nonsense"}, None),
        ({}, None),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # in the past
    ],
)
def test_retry_after_parsing(header: dict[str, str], expected: float | None) -> None:
    assert _retry_after(response(header), Settings()) == expected


def test_retry_after_date_in_the_future() -> None:
    clock = FakeClock(1_800_000_000.0)
    when = email.utils.formatdate(clock.time() + 30, usegmt=True)
    assert _retry_after(response({"Retry-After": when}), Settings(clock=clock)) == 30.0


def test_backoff_is_exponential_with_full_jitter() -> None:
    policy = Policy(Settings(backoff_base=0.5, backoff_max=8.0), None)
    for retry, cap in [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (9, 8.0)]:
        waits = [policy.backoff(retry) for _ in range(200)]
        assert all(0 <= wait <= cap for wait in waits)
        assert max(waits) > cap / 2 and min(waits) < cap / 2  # spread over the whole range
