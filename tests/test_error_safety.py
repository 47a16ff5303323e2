"""Errors hold no secret, wherever one looks (message, attributes, cause, context), and every
error crosses a process boundary (pickling) with its attributes."""

from __future__ import annotations

import base64
import pickle
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from nadeo_api import (
    ArgumentError,
    AuthenticationError,
    Client,
    InvalidResponseError,
    NadeoConnectionError,
    NadeoError,
    NadeoTimeoutError,
    RateLimitedError,
    Settings,
    auth,
)
from nadeo_api._errors import redact, status_error

from .conftest import AGENT
from .stub import DROP, Answer, StubServer, forged_pair

LOGIN = "/v2/authentication/token/basic"
PASSWORD = "a-password-nobody-may-see"


def client_for(stub: StubServer, **changes: object) -> Client:
    values: dict[str, object] = {
        "live_url": stub.url, "core_url": stub.url, "rate_limit": None, "max_attempts": 1,
        "token_store": "off",
    }
    values.update(changes)
    return Client(Settings(**values))  # type: ignore[arg-type]


def reachable(error: BaseException) -> Iterator[Any]:
    """Everything reachable from an error: itself, its attributes (recursively through
    containers and objects), its cause and its context."""
    seen: set[int] = set()
    todo: list[Any] = [error]
    while todo:
        value = todo.pop()
        if id(value) in seen or value is None:
            continue
        seen.add(id(value))
        yield value
        if isinstance(value, BaseException):
            todo += [value.__cause__, value.__context__, *value.args]
        if isinstance(value, dict):
            todo += [*value.keys(), *value.values()]
        elif isinstance(value, (list, tuple, set)):
            todo += list(value)
        elif hasattr(value, "__dict__") and not isinstance(value, type):
            todo += list(vars(value).values())


def holds(error: BaseException, secrets: list[str]) -> list[str]:
    found = []
    for value in reachable(error):
        if isinstance(value, (httpx.Request, httpx.Response)):
            found.append(f"an httpx {type(value).__name__}")
        text = value if isinstance(value, str) else repr(value)
        found += [secret for secret in secrets if secret in text]
    return found


def basic(login: str) -> str:
    return base64.b64encode(f"{login}:{PASSWORD}".encode()).decode()


def test_a_dropped_connection_chains_nothing_holding_credentials(stub: StubServer) -> None:
    stub.script(LOGIN, DROP)
    with client_for(stub) as client, pytest.raises(NadeoError) as raised:
        auth.ServiceToken.get("live", "someone", PASSWORD, AGENT, client=client)
    assert holds(raised.value, [PASSWORD, basic("someone")]) == []


def test_a_timeout_chains_nothing_holding_the_token(stub: StubServer) -> None:
    access, refresh = forged_pair()
    token = auth.ServiceToken(access, refresh, agent=AGENT)
    # The body's first byte arrives, the rest only once the read has timed out.
    stalled = threading.Event()
    stub.script("/slow", Answer(200, b"{}", stall=stalled))
    try:
        with client_for(stub, read_timeout=0.05) as client, pytest.raises(
            NadeoTimeoutError
        ) as raised:
            client.live.get(token, "/slow")
    finally:
        stalled.set()
    assert holds(raised.value, [access, refresh, access.split(".")[2]]) == []


def test_a_login_answer_cut_short_keeps_no_token(stub: StubServer) -> None:
    access, refresh = forged_pair()
    cut = f'{{"accessToken": "{access}", "refreshToken": "{refresh[:40]}'.encode()
    stub.script(LOGIN, Answer(200, cut))
    with client_for(stub) as client, pytest.raises(NadeoError) as raised:
        auth.ServiceToken.get("live", "someone", PASSWORD, AGENT, client=client)
    assert holds(raised.value, [access, refresh[:40], access.split(".")[1]]) == []


def test_an_echoed_authorization_header_is_not_repeated(stub: StubServer) -> None:
    echo = f'{{"error": "Unauthorized", "message": "bad header Basic {basic("me")}"}}'
    stub.script(LOGIN, Answer(401, echo.encode()))
    with client_for(stub) as client, pytest.raises(AuthenticationError) as raised:
        auth.ServiceToken.get("live", "me", PASSWORD, AGENT, client=client)
    assert holds(raised.value, [basic("me"), PASSWORD]) == []
    assert "<redacted>" in str(raised.value)


def test_redaction_keeps_what_helps() -> None:
    body = '{"error": "NotFound", "message": "no map abc", "traceId": "Root=1-2"}'
    assert redact(body) == body
    assert len(redact("x" * 10_000)) <= 2001


ERRORS: list[NadeoError] = [
    ArgumentError("length must be 1 to 100 (got 0)"),
    AuthenticationError("logging in failed"),
    NadeoConnectionError("no answer: ConnectError", method="GET", url="https://x/a"),
    NadeoTimeoutError("no answer: ReadTimeout", method="POST", url="https://x/b"),
    InvalidResponseError(status=200, method="GET", url="https://x/c", body="<html>"),
    status_error(status=404, method="GET", url="https://x/d",
                 content=b'{"error": "NotFound", "message": "no", "traceId": "t"}'),
    status_error(status=403, method="GET", url="https://x/e", content=b'["club:error-no"]'),
    status_error(status=500, method="GET", url="https://x/f", content=b"boom"),
    RateLimitedError(retry_after=3.0, status=429, method="GET", url="https://x/g"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_errors_survive_pickling(error: NadeoError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error) and copy.args == error.args
    assert vars(copy) == vars(error)
