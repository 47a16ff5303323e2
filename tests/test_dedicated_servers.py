"""Dedicated server accounts are refused where the documentation says so: locally by the client
(each declaration says it) and by the emulator too, so that a client that forgot the check meets
the services' refusal."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from nadeo_api import Client
from nadeo_api._declared import declarations_of
from nadeo_api._endpoint import Endpoint
from nadeo_api.emulator import Emulator

from . import raw
from .conftest import server_token
from .docs import catalogue, reference

NADEO_APIS = ("core", "live", "meet")


def declared(api: str) -> dict[tuple[str, str], Endpoint[Any]]:
    return {(d.method, d.route or ""): d for d in declarations_of(api)}


def pages() -> list[tuple[dict[str, Any], Endpoint[Any]]]:
    found = []
    for entry in catalogue():
        if entry["api"] in NADEO_APIS and not entry["deprecated"]:
            route = re.sub(r"\?.*", "", entry["route"])
            found.append((entry, declared(entry["api"])[(entry["method"], route)]))
    return found


def refuses(entry: dict[str, Any]) -> bool:
    refused: bool = reference()["pages"][entry["doc"]]["refuses_dedicated_servers"]
    return refused


@pytest.mark.parametrize(("entry", "endpoint"), pages(), ids=lambda v: getattr(v, "name", ""))
def test_each_declaration_refuses_servers_as_its_page_says(
    entry: dict[str, Any], endpoint: Endpoint[Any]
) -> None:
    assert endpoint.user_only == refuses(entry), entry["doc"]


PLACEHOLDERS = {"reviewType": "totd"}
"""Placeholder values a route needs to be what it is (other placeholders: 1)."""
REFUSING = [(e, d) for e, d in pages() if refuses(e)]


def test_the_documentation_refuses_servers_on_many_routes() -> None:
    assert len(REFUSING) >= 60


def send_as_server(emu: Emulator, client: Client, endpoint: Endpoint[Any]) -> httpx.Response:
    """A request to the endpoint's route with a dedicated server's token, without the client's
    own check."""
    token = server_token(client, "core" if endpoint.api == "core" else "live")
    path = re.sub(r"\{(\w+)\}", lambda m: PLACEHOLDERS.get(m.group(1), "1"), endpoint.route or "")
    base = {"core": emu.core_url, "live": emu.live_url, "meet": emu.meet_url}[endpoint.api]
    return raw.local(
        emu, endpoint.method, base + path, headers={"Authorization": token.authorization()},
        json={} if endpoint.method == "POST" else None,
    )  # fmt: skip


@pytest.mark.parametrize(("entry", "endpoint"), REFUSING, ids=lambda v: getattr(v, "name", ""))
def test_the_emulator_refuses_server_tokens_where_documented(
    emu: Emulator, client: Client, entry: dict[str, Any], endpoint: Endpoint[Any]
) -> None:
    answer = send_as_server(emu, client, endpoint)
    body = answer.json()
    if endpoint.api == "core":  # Core's 401, in Core's error shape
        assert (answer.status_code, body["code"]) == (401, "C-AA-00-01"), entry["doc"]
        return
    assert answer.status_code == 403, entry["doc"]
    # The refusal the page documents (a code list such as `club_Join:error-notAllowed`), else
    # the one the map review page shows.
    assert body == ["club_Join:error-notAllowed"] or body["error"] == "NLS::Player::MissingRule"


ACCEPTING = [(e, d) for e, d in pages() if not refuses(e)]


@pytest.mark.parametrize(("entry", "endpoint"), ACCEPTING, ids=lambda v: getattr(v, "name", ""))
def test_the_emulator_does_not_refuse_servers_elsewhere(
    emu: Emulator, client: Client, entry: dict[str, Any], endpoint: Endpoint[Any]
) -> None:
    answer = send_as_server(emu, client, endpoint)
    assert "NLS::Player::MissingRule" not in answer.text, entry["doc"]
    assert "C-AA-00-01" not in answer.text, entry["doc"]
