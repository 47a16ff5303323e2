"""Each error class, with the status, method, URL and Nadeo's fields, and never a secret."""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator

import pytest

from nadeo_api import (
    BadRequestError,
    Client,
    ForbiddenError,
    HTTPStatusError,
    InvalidResponseError,
    NadeoConnectionError,
    NadeoTimeoutError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    Settings,
    UnauthorizedError,
    auth,
)
from nadeo_api.emulator import Emulator
from nadeo_api.testing import emulator_settings

from .clock import TODAY, fake_clock
from .conftest import AGENT, FAST, service_token
from .stub import Answer, StubServer, forged_jwt, forged_pair

ACCESS_SECRET, REFRESH_SECRET = forged_pair()


@pytest.fixture(scope="module")
def stub() -> Iterator[str]:
    with StubServer() as server:
        server.script("/bad", Answer(400, b'{"error": "InvalidParameter", "message":'
                                          b' "length is invalid", "traceId": "Root=1-aaaa-bbbb"}'))
        server.script("/unauthorized", Answer(401, b'{"error": "Unauthorized"}'))
        server.script("/html", Answer(200, b"<html><body>Maintenance</body></html>", "text/html"))
        server.script("/gateway", Answer(
            502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"))
        server.script("/teapot", Answer(418, b"short and stout", "text/plain"))
        server.script("/slow-down", Answer(429, b'{"error": "TooManyRequests"}',
                                           headers={"Retry-After": "7"}))
        server.script("/empty", Answer(204, b""))
        server.script("/words", Answer(200, b"Items added.", "text/plain; charset=utf-8"))
        yield server.url


@pytest.fixture
def stub_client(stub: str) -> Iterator[Client]:
    with Client(Settings(live_url=stub, core_url=stub, rate_limit=None, max_attempts=1)) as c:
        yield c


@pytest.fixture
def token() -> auth.ServiceToken:
    return auth.ServiceToken(ACCESS_SECRET, REFRESH_SECRET, agent=AGENT)


def no_secret(error: BaseException) -> None:
    text = f"{error}{error!r}"
    for secret in (ACCESS_SECRET, REFRESH_SECRET, ACCESS_SECRET.split(".")[1]):
        assert secret not in text


def test_400(stub: str, stub_client: Client, token: auth.ServiceToken) -> None:
    with pytest.raises(BadRequestError) as raised:
        stub_client.live.get(token, "bad", {"length": 5})
    error = raised.value
    assert (error.status, error.method) == (400, "GET")
    assert error.url == f"{stub}/bad?length=5"
    assert (error.error, error.message, error.trace_id) == (
        "InvalidParameter", "length is invalid", "Root=1-aaaa-bbbb",
    )
    assert "InvalidParameter: length is invalid" in str(error)
    assert f"GET {stub}/bad?length=5" in str(error)
    no_secret(error)


def test_401_without_renewal_possible(stub_client: Client) -> None:
    stuck = auth.ServiceToken(ACCESS_SECRET, forged_jwt({"exp": 1}), agent=AGENT)
    with pytest.raises(UnauthorizedError) as raised:
        stub_client.live.get(stuck, "unauthorized")
    assert raised.value.status == 401
    no_secret(raised.value)


def test_non_json_success_is_a_clear_error(stub_client: Client, token: auth.ServiceToken) -> None:
    with pytest.raises(InvalidResponseError, match="not JSON") as raised:
        stub_client.live.get(token, "html")
    assert "Maintenance" in str(raised.value)
    assert raised.value.status == 200


def test_html_error_page(stub_client: Client, token: auth.ServiceToken) -> None:
    with pytest.raises(ServerError) as raised:
        stub_client.live.get(token, "gateway")
    assert raised.value.status == 502
    assert raised.value.error is None and raised.value.message is None
    assert "502 Bad Gateway" in raised.value.body


def test_other_status(stub_client: Client, token: auth.ServiceToken) -> None:
    with pytest.raises(HTTPStatusError) as raised:
        stub_client.live.get(token, "teapot")
    assert type(raised.value) is HTTPStatusError
    assert raised.value.status == 418
    assert raised.value.message == "short and stout"


def test_429_carries_retry_after(stub_client: Client, token: auth.ServiceToken) -> None:
    with pytest.raises(RateLimitedError) as raised:
        stub_client.live.get(token, "slow-down")
    assert raised.value.retry_after == 7.0
    assert raised.value.status == 429


def test_empty_body_is_an_empty_dict(stub_client: Client, token: auth.ServiceToken) -> None:
    assert stub_client.live.get(token, "empty") == {}


def test_plain_text_success_is_the_answer(
    stub_client: Client, token: auth.ServiceToken
) -> None:
    assert stub_client.live.get(token, "words") == "Items added."


def test_403_plain_text_from_the_emulator(client: Client) -> None:
    token = service_token(client)
    with pytest.raises(ForbiddenError) as raised:
        client.live.get_map_review_waiting_time(token, "not-a-review")
    assert raised.value.status == 403
    assert raised.value.message == "Only official MapReview"
    assert "Only official MapReview" in str(raised.value)


def test_403_missing_rule_for_a_dedicated_server(client: Client) -> None:
    from .conftest import server_token

    server = server_token(client)
    # The generic verb has no local check, so the service's own refusal comes through.
    with pytest.raises(ForbiddenError) as raised:
        client.live.get(server, "api/token/map-review/totd/connect")
    assert raised.value.error == "NLS::Player::MissingRule"
    assert raised.value.trace_id


def test_404_error_codes_from_the_emulator(client: Client) -> None:
    token = service_token(client)
    with pytest.raises(NotFoundError) as raised:
        client.live.get_club_campaign(token, 999_999, 1)
    assert raised.value.error == "activity:error-notFound"
    assert raised.value.errors == ["activity:error-notFound"]


def test_5xx_after_retries() -> None:
    with Emulator(clock=fake_clock(), error_rate=1.0) as emu, Client(
        emulator_settings(emu, max_attempts=2, **FAST)
    ) as client:
        token = service_token(client)
        with pytest.raises(ServerError) as raised:
            client.live.get_maps_totd(token)
        assert 500 <= raised.value.status <= 504
        assert len(emu.log.filter(path="/api/token/campaign/month")) == 2


def test_429_from_the_emulator() -> None:
    with Emulator(today=TODAY, rate_limit=1, rate_burst=1) as emu, Client(
        emulator_settings(emu, max_attempts=1)
    ) as client:
        token = service_token(client)
        with pytest.raises(RateLimitedError) as raised:
            client.live.get_maps_totd(token)
        assert raised.value.retry_after is not None and raised.value.retry_after >= 1


def test_connection_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    token = auth.ServiceToken(ACCESS_SECRET, REFRESH_SECRET, agent=AGENT)
    settings = Settings(live_url=url, core_url=url, rate_limit=None, max_attempts=2,
                        backoff_base=0.01, clock=fake_clock())
    with Client(settings) as client, pytest.raises(NadeoConnectionError) as raised:
        client.live.get_maps_totd(token)
    assert raised.value.method == "GET"
    assert raised.value.url.startswith(url + "/api/token/campaign/month")
    no_secret(raised.value)


@contextlib.contextmanager
def silent_server() -> Iterator[str]:
    """The URL of a server that takes connections and never answers.

    A read timeout is the socket's, counted on the machine's clock, not on any `Clock`: tests
    of it wait for real, a few tens of milliseconds at most. The kernel completes connections
    into the listening socket's queue, so nothing needs to accept them."""
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen(16)
        yield f"http://127.0.0.1:{listening.getsockname()[1]}"


def test_timeout(token: auth.ServiceToken) -> None:
    with silent_server() as url, Client(
        Settings(live_url=url, core_url=url, rate_limit=None, max_attempts=1, read_timeout=0.02)
    ) as client:
        with pytest.raises(NadeoTimeoutError) as raised:
            client.live.get_maps_totd(token)
        assert raised.value.url.startswith(url + "/api/token/campaign/month")
        no_secret(raised.value)
        with pytest.raises(NadeoTimeoutError):
            client.with_options(timeout=0.02).live.get_maps_totd(token)
