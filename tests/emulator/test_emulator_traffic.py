"""Rate limiting, fault injection, latency and the request log."""

from __future__ import annotations

import datetime
import random
import threading

import httpx
from emulator_testlib import TODAY, login, nadeo
from tests import raw
from tests.clock import HeldClock

from nadeo_api.clock import FakeClock
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

OFFICIAL = "/api/campaign/official"


def outcome(client: httpx.Client, url: str, headers: dict[str, str] | None = None) -> int:
    """The status, or 0 when the connection broke without an answer."""
    try:
        return client.get(url, headers=headers).status_code
    except httpx.TransportError:
        return 0


def test_rate_limit(client: httpx.Client) -> None:
    with Emulator(today=TODAY, rate_limit=0.5, rate_burst=2) as emu:
        auth = nadeo(login(client, emu)["accessToken"])  # uses one token of the bucket
        url = f"{emu.live_url}{OFFICIAL}"
        assert client.get(url, headers=auth).status_code == 200
        limited = client.get(url, headers=auth)
        assert limited.status_code == 429
        assert int(limited.headers["retry-after"]) >= 1
        assert set(limited.json()) == {"error", "message", "traceId"}
        statuses = [e.status for e in emu.log]
        assert statuses == [200, 200, 429]
        assert emu.log.entries[-1].account_id is None  # never reached authentication
        emu.config.rate_limit = None
        assert client.get(url, headers=auth).status_code == 200


def expected_faults(seed: int, n: int, error_rate: float, drop_rate: float) -> list[int]:
    rng = random.Random(seed)
    cycle = [500, 502, 503, 504]
    out, errors = [], 0
    for _ in range(n):
        draw = rng.random()
        if draw < drop_rate:
            out.append(0)
        elif draw < drop_rate + error_rate:
            out.append(cycle[errors % 4])
            errors += 1
        else:
            out.append(200)
    return out


def test_faults_are_deterministic(client: httpx.Client) -> None:
    runs = []
    for _ in range(2):
        with Emulator(seed=7, today=TODAY, error_rate=0.3, drop_rate=0.2) as emu:
            auth = nadeo(login(client, emu)["accessToken"])  # auth routes are exempt
            url = f"{emu.live_url}{OFFICIAL}"
            statuses = [outcome(client, url, auth) for _ in range(60)]
            assert [e.status for e in emu.log][1:] == statuses
            runs.append(statuses)
    assert runs[0] == runs[1] == expected_faults(7, 60, 0.3, 0.2)
    assert runs[0].count(0) > 0 and any(s >= 500 for s in runs[0])


def test_fault_bodies(client: httpx.Client) -> None:
    with Emulator(today=TODAY, error_rate=1.0) as emu:
        url = f"{emu.live_url}{OFFICIAL}"
        responses = [client.get(url) for _ in range(4)]
        assert [r.status_code for r in responses] == [500, 502, 503, 504]
        for r in responses:
            if r.status_code in (502, 504):
                assert r.headers["content-type"].startswith("text/html")
                assert "<html>" in r.text
            else:
                assert set(r.json()) == {"error", "message", "traceId"}


def test_dropped_connections_raise_transport_errors(client: httpx.Client) -> None:
    with Emulator(today=TODAY, drop_rate=1.0) as emu:
        for _ in range(3):
            try:
                client.get(f"{emu.live_url}{OFFICIAL}")
            except (httpx.RemoteProtocolError, httpx.ReadError):
                pass
            else:
                raise AssertionError("the connection was not dropped")
        assert [e.status for e in emu.log] == [0, 0, 0]
        emu.config.drop_rate = 0.0
        assert client.get(f"{emu.live_url}{OFFICIAL}").status_code == 401


def test_auth_routes_exempt_from_faults_unless_asked(client: httpx.Client) -> None:
    with Emulator(today=TODAY, error_rate=1.0) as emu:
        for _ in range(5):
            login(client, emu)
        token = client.post(
            f"{emu.oauth_url}/api/access_token",
            data={
                "grant_type": "client_credentials",
                "client_id": "emulated-client",
                "client_secret": "emulated-secret",
            },
        )
        assert token.status_code == 200
        emu.config.faults_on_auth = True
        response = client.post(
            f"{emu.core_url}/v2/authentication/token/basic",
            auth=(SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password),
        )
        assert response.status_code >= 500


def test_latency_delays_answers_and_overlaps() -> None:
    # Each request sleeps `latency` on the emulator's clock before its answer leaves; on a clock
    # whose sleeps wait for the test to move it, the requests are seen waiting side by side.
    clock = HeldClock(datetime.datetime(2026, 6, 15, 12, tzinfo=datetime.timezone.utc))
    with Emulator(clock=clock, latency=30) as emu:
        url = f"{emu.live_url}{OFFICIAL}"
        statuses: list[int] = []

        def call() -> None:
            with raw.client(timeout=30) as c:
                statuses.append(c.get(url).status_code)

        threads = [threading.Thread(target=call) for _ in range(5)]
        for t in threads:
            t.start()
        clock.asleep(5)  # all five wait out the latency at once: they overlap
        assert clock.sleeps == [30] * 5
        assert not statuses and not emu.log.entries  # logged as they are answered
        arrived = clock.monotonic()
        clock.advance(30)
        for t in threads:
            t.join(30)
        assert statuses == [401] * 5
        # Each answer left 30 s of the clock after its request arrived.
        assert [e.time for e in emu.log] == [arrived] * 5
        assert clock.monotonic() == arrived + 30


def test_latency_runs_on_the_clock_of_the_tokens_not_the_pinned_world() -> None:
    with Emulator(today=TODAY, latency=0.01) as emu:  # tokens and log on the real clock
        world = emu.clock.monotonic()
        assert raw.get(f"{emu.live_url}{OFFICIAL}").status_code == 401
        assert emu.clock.monotonic() == world  # the wait did not move the world on
    clock = FakeClock(datetime.datetime(2026, 6, 15, 12, tzinfo=datetime.timezone.utc))
    with Emulator(clock=clock, latency=30) as emu:  # a fake clock moves on: nothing waits
        assert raw.get(f"{emu.live_url}{OFFICIAL}").status_code == 401
        assert clock.sleeps == [30] and clock.monotonic() == emu.log.entries[0].time + 30


def test_request_log(client: httpx.Client) -> None:
    clock = FakeClock(datetime.datetime(2026, 6, 15, 12, tzinfo=datetime.timezone.utc))
    with Emulator(clock=clock) as emu:
        auth = nadeo(login(client, emu)["accessToken"])
        client.get(
            f"{emu.live_url}{OFFICIAL}",
            params={"length": "2", "offset": "", "x": "1"},
            headers={**auth, "User-Agent": "emulator-tests/1.0"},
        )
        client.get(f"{emu.live_url}{OFFICIAL}")
        client.get(f"{emu.url}/somewhere/else")
        entries = emu.log.entries
        assert len(emu.log) == 4 and len(list(emu.log)) == 4
        login_entry, ok, denied, unknown = entries
        assert (login_entry.api, login_entry.method, login_entry.path) == (
            "core",
            "POST",
            "/v2/authentication/token/basic",
        )
        assert login_entry.headers["authorization"].startswith("Basic ")
        assert b"audience" in login_entry.body
        assert (ok.api, ok.path, ok.status, ok.account_id) == (
            "live",
            OFFICIAL,
            200,
            SERVICE_ACCOUNT.account_id,
        )
        assert ok.params == {"length": ["2"], "offset": [""], "x": ["1"]}
        assert ok.query == "length=2&offset=&x=1"
        assert ok.headers["user-agent"] == "emulator-tests/1.0"
        scheme, _, secret = auth["Authorization"].partition(" t=")
        assert ok.headers["authorization"] == f"{scheme} t={emu.log.redacted(secret)}"
        assert (ok.time, ok.wall) == (clock.monotonic(), clock.time())  # the emulator's clock
        assert (denied.status, denied.account_id) == (401, None)
        assert (unknown.api, unknown.path, unknown.status) == ("", "/somewhere/else", 404)
        assert emu.log.filter(api="live", method="get") == [ok, denied]
        assert emu.log.filter(path="/v2/authentication/token/basic") == [login_entry]
        emu.log.clear()
        assert len(emu.log) == 0
