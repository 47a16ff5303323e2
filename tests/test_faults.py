"""Servers that misbehave: every call still ends, with a documented error, after a bounded
number of requests. Each fault is scripted on a loopback stub server."""

from __future__ import annotations

import asyncio
import gzip

import httpx
import pytest

from nadeo_api import (
    AsyncClient,
    Client,
    InvalidResponseError,
    NadeoTimeoutError,
    ServerError,
    Settings,
    auth,
    models,
)
from nadeo_api.emulator import Emulator

from .clock import fake_clock
from .conftest import AGENT
from .declared import api_declarations
from .stub import Answer, StubServer, forged_pair

get_maps_totd = api_declarations("live").get_maps_totd

NESTED = b"[" * 100_000 + b"]" * 100_000


def settings_for(stub: StubServer, **changes: object) -> Settings:
    values: dict[str, object] = {
        "live_url": stub.url, "rate_limit": None, "max_attempts": 3,
        "backoff_base": 0.01, "backoff_max": 0.02,
    }
    values.update(changes)
    return Settings(**values)  # type: ignore[arg-type]


def client_for(stub: StubServer, **changes: object) -> Client:
    return Client(settings_for(stub, **changes))


def test_a_trickling_answer_ends_at_the_call_deadline(stub: StubServer) -> None:
    # One byte every 0.2 s of the client's clock: each read is quick (and no read comes near
    # the real read timeout), the whole answer would take 40 s.
    clock = fake_clock()
    token = auth.ServiceToken(*forged_pair(clock), agent=AGENT, clock=clock)
    stub.script("/trickle", Answer(200, b"{}" + b" " * 198, trickle=0.2, clock=clock))
    with client_for(
        stub, read_timeout=30.0, retry_deadline=1.0, clock=clock
    ) as client, pytest.raises(NadeoTimeoutError) as raised:
        client.live.get(token, "/trickle")
    assert "ReadTimeout" in str(raised.value)
    assert len(stub.requests("/trickle")) == 1  # the deadline is spent: nothing is retried


def test_a_body_that_does_not_decompress_is_an_invalid_response(
    stub: StubServer, token: auth.ServiceToken
) -> None:
    stub.script("/gzip", Answer(200, b"not gzip at all", headers={"Content-Encoding": "gzip"}))
    with client_for(stub) as client, pytest.raises(InvalidResponseError) as raised:
        client.live.get(token, "/gzip")
    assert raised.value.method == "GET" and raised.value.url.endswith("/gzip")


def test_async_calls_end_at_the_call_deadline_and_refuse_undecodable_bodies(
    stub: StubServer,
) -> None:
    # As above, on the async client: a byte every 0.2 s of the client's clock.
    clock = fake_clock()
    token = auth.ServiceToken(*forged_pair(clock), agent=AGENT, clock=clock)
    stub.script("/trickle-async", Answer(200, b"{}" + b" " * 198, trickle=0.2, clock=clock))
    stub.script("/gzip", Answer(200, b"not gzip at all", headers={"Content-Encoding": "gzip"}))
    stub.script("/gzipped", Answer(200, gzip.compress(b'{"ok": true}'),
                                   headers={"Content-Encoding": "gzip"}))
    settings = settings_for(stub, read_timeout=30.0, retry_deadline=1.0, clock=clock)

    async def main() -> None:
        async with AsyncClient(settings) as client:
            with pytest.raises(NadeoTimeoutError, match="ReadTimeout"):
                await client.live.get(token, "/trickle-async")
            with pytest.raises(InvalidResponseError) as raised:
                await client.live.get(token, "/gzip")
            assert raised.value.url.endswith("/gzip") and raised.value.__context__ is None
            assert await client.live.get(token, "/gzipped") == {"ok": True}

    asyncio.run(main())
    assert len(stub.requests("/trickle-async")) == 1  # the deadline is spent: no retry


def test_a_compressed_body_still_decodes(stub: StubServer, token: auth.ServiceToken) -> None:
    body = gzip.compress(b'{"ok": true}')
    stub.script("/gzipped", Answer(200, body, headers={"Content-Encoding": "gzip"}))
    with client_for(stub) as client:
        assert client.live.get(token, "/gzipped") == {"ok": True}


def test_deeply_nested_json_is_an_invalid_response(
    stub: StubServer, token: auth.ServiceToken
) -> None:
    stub.script("/api/token/campaign/month", Answer(200, NESTED))
    stub.script("/nested", Answer(200, NESTED))
    with client_for(stub) as client:
        with pytest.raises(InvalidResponseError):
            client.live.get(token, "/nested")
        with pytest.raises(InvalidResponseError):
            client.call_typed(get_maps_totd, token)
    assert isinstance(models.CampaignList, type)


def test_deeply_nested_error_bodies_still_give_the_status_error(
    stub: StubServer, token: auth.ServiceToken
) -> None:
    stub.script("/nested-error", Answer(400, NESTED))
    with client_for(stub) as client, pytest.raises(Exception) as raised:
        client.live.get(token, "/nested-error")
    assert getattr(raised.value, "status", None) == 400
    assert len(str(raised.value)) < 1000


def test_a_redirect_is_not_a_success(stub: StubServer, token: auth.ServiceToken) -> None:
    stub.script("/moved", Answer(302, b"", headers={"Location": "/elsewhere"}))
    with client_for(stub) as client, pytest.raises(InvalidResponseError) as raised:
        client.live.get(token, "/moved")
    assert raised.value.status == 302


def test_server_errors_are_retried_a_bounded_number_of_times(
    stub: StubServer, token: auth.ServiceToken
) -> None:
    stub.script("/down", Answer(503))
    with client_for(stub, max_attempts=3) as client, pytest.raises(ServerError):
        client.live.get(token, "/down")
    assert len(stub.requests("/down")) == 3


def test_a_documented_error_answer_is_not_retried(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    # The documentation gives a 500 as the answer for an unknown map: asking again would
    # spend the budget on the same answer.
    emu.log.clear()
    with pytest.raises(ServerError):
        client.live.get_map_info(user, "NoSuchMapUid_0123456789")
    assert len(emu.log.filter(path="/api/token/map/NoSuchMapUid_0123456789")) == 1


@pytest.mark.parametrize(
    "page", [b'{"tops": "nope"}', b"[]", b'{"tops": [{"top": [{"no": "accountId"}]}]}', b"3"]
)
def test_a_malformed_page_is_an_invalid_response(
    stub: StubServer, token: auth.ServiceToken, page: bytes
) -> None:
    stub.script("/api/token/leaderboard/group/Personal_Best/map/SomeMap/top", Answer(200, page))
    with client_for(stub) as client, pytest.raises(InvalidResponseError) as raised:
        list(client.live.iter_map_leaderboard(token, "SomeMap"))
    assert "leaderboard" in str(raised.value)


def test_a_mock_transport_answers_as_a_server_would(token: auth.ServiceToken) -> None:
    # Users test their code with httpx.MockTransport, whose answers arrive whole.
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"answered": request.url.path})

    settings = Settings(live_url="https://live.example", rate_limit=None)
    with Client(settings) as client:
        client._http = httpx.Client(transport=httpx.MockTransport(answer))
        assert client.live.get(token, "/api/x") == {"answered": "/api/x"}
