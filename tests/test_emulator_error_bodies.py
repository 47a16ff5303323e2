"""The emulator's own errors (no route, wrong method, no valid token, faults) come in the shape of
the service asked: Core's `{code, correlation_id, message}`, Live's (and Meet's)
`{error, message, traceId}`, as the documentation's example errors show them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from nadeo_api import Client
from nadeo_api.emulator import Emulator
from nadeo_api.testing import emulator_settings

from . import raw
from .clock import TODAY
from .conftest import FAST, service_token
from .declared import api_declarations
from .docs import example_responses

_core = api_declarations("core")


def documented_errors(prefix: str) -> list[dict[str, Any]]:
    """The example error bodies of every page under `prefix` (e.g. `core/`)."""
    from .docs import reference

    return [
        answer
        for page in reference()["pages"]
        if page.startswith(prefix)
        for answer in example_responses(page)
        if isinstance(answer, dict) and ("code" in answer or "error" in answer)
        and "message" in answer
    ]


CORE_KEYS = {frozenset(answer) - {"info"} for answer in documented_errors("core/")}
LIVE_KEYS = {frozenset(answer) for answer in documented_errors("live/")}


def test_the_documentation_shows_one_shape_per_service() -> None:
    assert {frozenset({"code", "correlation_id", "message"})} == CORE_KEYS
    assert {frozenset({"error", "message", "traceId"})} == LIVE_KEYS


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(today=TODAY) as running:
        yield running


@pytest.fixture(scope="module")
def tokens(emu: Emulator) -> dict[str, str]:
    with Client(emulator_settings(emu, **FAST)) as client:
        return {
            "core": service_token(client, "core").access_token.encoded,
            "live": service_token(client, "live").access_token.encoded,
        }


def nadeo(token: str) -> dict[str, str]:
    return {"Authorization": f"nadeo_v1 t={token}"}


def is_core_error(answer: httpx.Response, status: int) -> bool:
    body = answer.json()
    return (
        answer.status_code == status and frozenset(body) - {"info"} in CORE_KEYS
        and isinstance(body["code"], str) and body["code"].startswith("C-")
        and len(body["correlation_id"]) == 32 and int(body["correlation_id"], 16) >= 0
    )


def is_live_error(answer: httpx.Response, status: int) -> bool:
    body = answer.json()
    return (
        answer.status_code == status and frozenset(body) in LIVE_KEYS
        and body["traceId"].startswith("Root=1-")
    )


@pytest.mark.parametrize(
    "headers", [{}, {"Authorization": "nadeo_v1 t=abc.def.ghi"}, {"Authorization": "Bearer x"}]
)
def test_core_refuses_a_missing_or_bad_token_in_its_shape(
    emu: Emulator, headers: dict[str, str]
) -> None:
    answer = raw.get(f"{emu.core_url}/zones/", headers=headers)
    assert is_core_error(answer, 401), answer.text
    assert answer.json()["code"] == "C-AA-00-01"


def test_core_refuses_a_token_of_another_audience_in_its_shape(
    emu: Emulator, tokens: dict[str, str]
) -> None:
    answer = raw.get(f"{emu.core_url}/zones/", headers=nadeo(tokens["live"]))
    assert is_core_error(answer, 401), answer.text


def test_core_answers_an_unknown_route_as_its_documented_not_found(
    emu: Emulator, tokens: dict[str, str]
) -> None:
    answer = raw.get(f"{emu.core_url}/no/such/route", headers=nadeo(tokens["core"]))
    assert is_core_error(answer, 404)
    # The documented "Not Found" of the map records page, but for its correlation ID.
    (documented,) = [
        e for e in example_responses("core/records/map-records-v2-account.md")
        if isinstance(e, dict) and e.get("message") == "Not Found"
    ]
    body = answer.json()
    assert (body["code"], body["message"]) == (documented["code"], documented["message"])


def test_core_answers_a_wrong_method_in_its_shape(emu: Emulator, tokens: dict[str, str]) -> None:
    answer = raw.delete(f"{emu.core_url}/zones/", headers=nadeo(tokens["core"]))
    assert is_core_error(answer, 405)
    assert set(answer.headers["allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}


def test_core_faults_come_in_its_shape() -> None:
    with Emulator(today=TODAY, error_rate=1.0) as emu:
        answers = [raw.get(f"{emu.core_url}/zones/") for _ in range(4)]
        assert [a.status_code for a in answers] == [500, 502, 503, 504]
        assert is_core_error(answers[0], 500) and is_core_error(answers[2], 503)
        live = raw.get(f"{emu.live_url}/api/campaign/official")
        assert is_live_error(live, 500)


@pytest.mark.parametrize("api", ["live", "meet"])
def test_live_and_meet_refuse_in_live_shape(
    emu: Emulator, tokens: dict[str, str], api: str
) -> None:
    base = emu.live_url if api == "live" else emu.meet_url
    known = "/api/campaign/official" if api == "live" else "/api/cup-of-the-day/current"
    assert is_live_error(raw.get(f"{base}{known}"), 401)
    assert is_live_error(raw.get(f"{base}/api/no/such", headers=nadeo(tokens["live"])), 404)
    assert is_live_error(raw.delete(f"{base}{known}", headers=nadeo(tokens["live"])), 405)


def test_core_routes_are_listed_without_a_token_and_without_usage(emu: Emulator) -> None:
    everything = raw.get(f"{emu.core_url}/api/routes")
    assert everything.status_code == 200
    routes = everything.json()
    client = raw.get(f"{emu.core_url}/api/routes", params={"usage": "Client"}).json()
    server = raw.get(f"{emu.core_url}/api/routes", params={"usage": "Server"}).json()
    assert set(server) < set(client) <= set(routes)
    assert routes["nadeoservices_get_zones"] == {"method": "GET", "path": "/zones/"}
    wrong = raw.get(f"{emu.core_url}/api/routes", params={"usage": "client"})
    assert is_core_error(wrong, 400) and "usage" in wrong.json()["info"]


def test_the_client_lists_every_route_without_usage(emu: Emulator) -> None:
    with Client(emulator_settings(emu, **FAST)) as client:
        user = service_token(client, "core")
        emu.log.clear()
        routes = client.call(_core.get_api_routes, user)
        assert emu.log.entries[-1].params == {}
        assert routes == client.call(_core.get_api_routes, user, "Client")
