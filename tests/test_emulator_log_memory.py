"""The emulator's request log keeps no secret, and an emulator serving 100,000 requests stays the
same size once its log is full."""

from __future__ import annotations

import asyncio
import base64
import datetime
import gc
import json
from typing import Any
from urllib.parse import parse_qs

from nadeo_api import Client, auth
from nadeo_api.emulator import (
    OAUTH_CLIENT,
    SERVER_ACCOUNT,
    SERVICE_ACCOUNT,
    Emulator,
    EmulatorConfig,
    create_app,
)
from nadeo_api.emulator.serving.log import RequestLog, redact_body, redact_headers
from nadeo_api.testing import emulator_settings

from .clock import TODAY
from .conftest import AGENT, FAST

CALLBACK = OAUTH_CLIENT.redirect_uris[0]


def test_the_log_keeps_no_credential_but_what_a_tester_needs() -> None:
    with Emulator(today=TODAY) as emu, Client(emulator_settings(emu, **FAST)) as client:
        user = auth.ServiceToken.get(
            "core", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
        )
        server = auth.DedicatedServerToken.get(
            "live", SERVER_ACCOUNT.login, SERVER_ACCOUNT.password, AGENT, client=client
        )
        old_refresh = user.refresh_token.encoded
        user.refresh(client=client)
        client.core.get_zones(user)
        client.live.get_maps_totd(server)
        code = emu.authorize(account=SERVICE_ACCOUNT)
        player = auth.OAuthToken.from_code(
            OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret, code, CALLBACK, AGENT,
            client=client,
        )
        player.refresh(client=client)
        client.oauth.get_user(player)
        secrets = {
            SERVICE_ACCOUNT.password, SERVER_ACCOUNT.password, OAUTH_CLIENT.client_secret,
            base64.b64encode(f"{SERVICE_ACCOUNT.login}:{SERVICE_ACCOUNT.password}".encode())
            .decode(),
            old_refresh, user.access_token.encoded, user.refresh_token.encoded,
            server.access_token.encoded, player.authorization().removeprefix("Bearer "),
            player.refresh_token or "",
        }
        entries = emu.log.entries
        assert len(entries) >= 8
        everything = repr(entries)
        assert [s for s in secrets if s in everything] == []
        # What a tester needs stays: method, path, query, status, account, which credential.
        zones = next(e for e in entries if e.path == "/zones/")
        assert (zones.api, zones.method, zones.status, zones.account_id) == (
            "core", "GET", 200, SERVICE_ACCOUNT.account_id,
        )
        assert zones.headers["authorization"] == (
            f"nadeo_v1 t={emu.log.redacted(user.access_token.encoded)}"
        )
        refresh = next(e for e in entries if e.path == "/v2/authentication/token/refresh")
        assert refresh.headers["authorization"] == f"nadeo_v1 t={emu.log.redacted(old_refresh)}"
        form = parse_qs(emu.log.entries[-2].body.decode())
        assert form["grant_type"] == ["refresh_token"]
        assert form["client_secret"] == [emu.log.redacted(OAUTH_CLIENT.client_secret)]


def test_a_mask_is_stable_in_one_log_and_says_nothing_of_the_secret() -> None:
    log, other = RequestLog(), RequestLog()
    assert log.redacted("hunter2") == log.redacted("hunter2") != log.redacted("hunter3")
    assert log.redacted("hunter2") != other.redacted("hunter2")  # a key of its own
    assert "hunter2" not in log.redacted("hunter2")


def test_bodies_and_headers_are_masked_field_by_field() -> None:
    mask = RequestLog().redacted
    form = b"grant_type=refresh_token&client_id=me&client_secret=s3&refresh_token=r3"
    masked = parse_qs(redact_body(form, "application/x-www-form-urlencoded", mask).decode())
    assert masked == {
        "grant_type": ["refresh_token"], "client_id": ["me"],
        "client_secret": [mask("s3")], "refresh_token": [mask("r3")],
    }
    document = json.dumps({"login": "me", "Password": "p4", "nested": [{"token": "t5"}]})
    assert json.loads(redact_body(document.encode(), "application/json", mask)) == {
        "login": "me", "Password": mask("p4"), "nested": [{"token": mask("t5")}],
    }
    plain = b'{"audience":"NadeoServices"}'
    assert redact_body(plain, "application/json", mask) is plain
    headers = redact_headers(
        {"authorization": "Basic abc=", "cookie": "sid=1", "user-agent": AGENT}, mask
    )
    assert headers == {
        "authorization": f"Basic {mask('abc=')}", "cookie": mask("sid=1"), "user-agent": AGENT,
    }


# Memory


def resident_bytes() -> int:
    """The process's resident set size now (not its peak)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    import resource

    return pages * resource.getpagesize()


async def served(app: Any, method: str, path: str, query: bytes = b"",
                 headers: tuple[tuple[bytes, bytes], ...] = (), body: bytes = b"") -> int:
    """One request through the emulator's ASGI application (what its server runs), its status."""
    status = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    scope = {
        "type": "http", "method": method, "path": path, "query_string": query,
        "headers": list(headers), "client": ("127.0.0.1", 50000),
    }
    await app(scope, receive, send)
    return status


REQUESTS = 100_000
WARM_UP = 20_000
"""Twice the log's default size: by then the ring is full and keeps its size."""
GROWTH_BOUND = 24 * 2**20
"""A leak of 1 KB a request would grow the process by 78 MB over the 80,000 measured."""


def test_rss_stays_flat_over_100000_requests() -> None:
    moment = datetime.datetime(2026, 6, 15, 12, tzinfo=datetime.UTC).timestamp()
    app = create_app(EmulatorConfig(today=TODAY, now=moment))
    assert app.log.size == 10_000
    samples: list[int] = []

    async def traffic() -> None:
        basic = base64.b64encode(f"{SERVICE_ACCOUNT.login}:{SERVICE_ACCOUNT.password}".encode())
        login = (b"authorization", b"Basic " + basic)
        json_type = (b"content-type", b"application/json")
        form_type = (b"content-type", b"application/x-www-form-urlencoded")
        # Each request is different (its path, query, token), as a long test campaign's are.
        for number in range(REQUESTS):
            if number == WARM_UP:
                gc.collect()
                samples.append(resident_bytes())
            kind = number % 100
            if kind == 0:  # a login, with credentials in the header
                status = await served(
                    app, "POST", "/core/v2/authentication/token/basic", b"", (login, json_type),
                    b'{"audience":"NadeoLiveServices"}',
                )
            elif kind == 1:  # an OAuth token request, with a secret in the form
                form = f"grant_type=client_credentials&client_id=x{number}&client_secret=s{number}"
                status = await served(
                    app, "POST", "/oauth/api/access_token", b"", (form_type,), form.encode()
                )
            elif kind < 50:  # a token the service refuses
                bearer = f"nadeo_v1 t=eyJ{number:08d}.e30.c2ln".encode()
                status = await served(
                    app, "GET", f"/live/api/token/map/{number}", f"n={number}".encode(),
                    ((b"authorization", bearer),),
                )
            else:  # no such route
                status = await served(app, "GET", f"/core/nothing/{number}", f"n={number}".encode())
            assert status in (200, 400, 401, 404), (number, status)
        gc.collect()
        samples.append(resident_bytes())

    asyncio.run(traffic())
    start, end = samples
    print(f"RSS after {WARM_UP} requests {start / 2**20:.1f} MiB, after {REQUESTS} "
          f"{end / 2**20:.1f} MiB")
    assert end - start < GROWTH_BOUND, (start, end)
    assert app.log.total == REQUESTS and len(app.log) == 10_000
    assert app.log.entries[-1].path == f"/nothing/{REQUESTS - 1}"
