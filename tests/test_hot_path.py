"""The per-call fast paths behave as the slow ones did: arguments are checked as
`inspect.Signature.bind` checked them, and request URLs are what httpx makes of the query."""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest

from nadeo_api import ArgumentError, AsyncClient, Client
from nadeo_api._client import request_url, tls_context
from nadeo_api._declared import declarations_of
from nadeo_api._endpoint import _token_binder
from nadeo_api.emulator import Emulator

from .conftest import service_token


def test_wrong_arguments_are_refused_before_anything_is_sent(
    emu: Emulator, client: Client
) -> None:
    token = service_token(client)
    emu.log.clear()
    with pytest.raises(ArgumentError):
        client.live.get_maps_totd(token, 1, 0, "extra")
    with pytest.raises(ArgumentError):
        client.live.get_maps_totd(token, lenght=1)
    with pytest.raises(ArgumentError):
        client.live.get_map_leaderboard(token)  # map_uid missing
    with pytest.raises(ArgumentError, match="token"):
        client.live.get_maps_totd(None)
    with pytest.raises(ArgumentError, match="token"):
        client.live.get_maps_totd(length=1)
    assert len(emu.log) == 0
    assert client.live.get_maps_totd(token=token, offset=0)  # every argument by keyword


def test_every_binder_takes_what_its_declaration_takes() -> None:
    for api in ("core", "live", "meet", "oauth"):
        for declared in declarations_of(api):
            binder = _token_binder(declared.signature, declared.build.__name__)
            made = inspect.signature(binder).parameters
            wanted = declared.signature.parameters
            assert [(p.name, p.kind) for p in made.values()] == [
                (p.name, p.kind) for p in wanted.values()
            ], declared.name


@pytest.mark.parametrize(
    "query",
    [
        [],
        [("length", 1), ("offset", 0), ("royal", False)],
        [("flag", True), ("number", 1)],
        [("flag", 1), ("number", True)],
        [("name", "a b&c=d/é"), ("name", "second")],
        [("ratio", 0.5), ("empty", "")],
    ],
)
def test_request_urls_are_what_httpx_would_send(query: list[tuple[str, Any]]) -> None:
    address = "http://127.0.0.1:1234/live/api/token/campaign/month"
    expected = httpx.Request("GET", address, params=query).url
    assert request_url(address, query) == expected
    assert request_url(address, query) == expected  # and again, from the kept ones


def test_request_urls_tell_true_from_one() -> None:
    address = "http://127.0.0.1:1234/path"
    assert str(request_url(address, [("a", 1)])).endswith("?a=1")
    assert str(request_url(address, [("a", True)])).endswith("?a=true")


def test_request_urls_with_unhashable_values() -> None:
    address = "http://127.0.0.1:1234/path"
    query: list[tuple[str, Any]] = [("a", {"not": "hashable"})]
    assert request_url(address, query) == httpx.Request("GET", address, params=query).url


def test_clients_share_one_tls_context(monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading the authorities' bundle costs tens of milliseconds: a process pays it once, not
    once per client."""
    built: list[object] = []
    create = httpx.create_ssl_context

    def counted(*args: Any, **kwargs: Any) -> Any:
        built.append(create(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(httpx, "create_ssl_context", counted)
    tls_context.cache_clear()
    try:
        clients = [Client() for _ in range(3)] + [AsyncClient() for _ in range(3)]
        assert len(built) == 1
        for made in clients:
            if isinstance(made, Client):
                made.close()
    finally:
        tls_context.cache_clear()
