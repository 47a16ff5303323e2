"""The emulator's request log keeps no secret, and an emulator stays the same size once its log is
full, however many requests it serves."""

from __future__ import annotations

import asyncio
import base64
import datetime
import gc
import json
import sys
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


async def traffic(app: Any, first: int, count: int) -> None:
    """`count` requests, each different (its path, query, token), as a long test campaign's
    are: logins with credentials in a header, OAuth token requests with a secret in the form,
    tokens the service refuses, routes that do not exist. Numbered from `first`, so that
    requests of the same kind are the same size when `first` has as many digits as the last."""
    basic = base64.b64encode(f"{SERVICE_ACCOUNT.login}:{SERVICE_ACCOUNT.password}".encode())
    login = (b"authorization", b"Basic " + basic)
    json_type = (b"content-type", b"application/json")
    form_type = (b"content-type", b"application/x-www-form-urlencoded")
    for number in range(first, first + count):
        kind = number % 100
        if kind == 0:
            status = await served(
                app, "POST", "/core/v2/authentication/token/basic", b"", (login, json_type),
                b'{"audience":"NadeoLiveServices"}',
            )
        elif kind == 1:
            form = f"grant_type=client_credentials&client_id=x{number}&client_secret=s{number}"
            status = await served(
                app, "POST", "/oauth/api/access_token", b"", (form_type,), form.encode()
            )
        elif kind < 50:
            bearer = f"nadeo_v1 t=eyJ{number:08d}.e30.c2ln".encode()
            status = await served(
                app, "GET", f"/live/api/token/map/{number}", f"n={number}".encode(),
                ((b"authorization", bearer),),
            )
        else:
            status = await served(app, "GET", f"/core/nothing/{number}", f"n={number}".encode())
        assert status in (200, 400, 401, 404), (number, status)


LOG_SIZE = 500
MEASURED = 2_000
LEAK_BOUND = MEASURED // 10
"""Objects the emulator may gain over `MEASURED` requests once its log is full. A request that
leaves one object behind adds `MEASURED`; the emulator keeps the id of every token it issues
(about two objects a login, one request in a hundred here)."""


def test_memory_stays_flat_once_the_log_is_full() -> None:
    # `sys.getallocatedblocks()` counts every block of memory the interpreter holds, whatever
    # its size, exactly and at no cost: a few thousand requests show a request that leaves a
    # single object behind, where the process's resident size (its allocator keeps pages and
    # moves by megabytes) needed 100,000 requests to show a leak of a kilobyte each.
    assert create_app().log.size == 10_000  # the default bound: what a long-running one keeps
    moment = datetime.datetime(2026, 6, 15, 12, tzinfo=datetime.UTC).timestamp()
    app = create_app(EmulatorConfig(today=TODAY, now=moment, log_size=LOG_SIZE))
    first = 100_000  # every number has six digits
    samples: list[int] = []

    async def run() -> None:
        # Twice the log's size: the ring is full, and whatever the emulator builds once
        # (routes, its world's days, caches) is built. From here on each entry logged replaces
        # one of the same shape.
        await traffic(app, first, 2 * LOG_SIZE)
        gc.collect()
        samples.append(sys.getallocatedblocks())
        await traffic(app, first + 2 * LOG_SIZE, MEASURED)
        gc.collect()
        samples.append(sys.getallocatedblocks())

    asyncio.run(run())
    start, end = samples
    total = 2 * LOG_SIZE + MEASURED
    assert end - start < LEAK_BOUND, (start, end)
    assert app.log.total == total and len(app.log) == LOG_SIZE
    assert app.log.entries[-1].path == f"/nothing/{first + total - 1}"
