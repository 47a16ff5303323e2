"""Shared fixtures: a running emulator per test module, clients pointed at it, and tokens."""

from __future__ import annotations

import datetime
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import time_machine

from nadeo_api import Client, auth
from nadeo_api.emulator import OAUTH_CLIENT, SERVER_ACCOUNT, SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import emulator_settings, use_emulator

from .clock import TODAY
from .redis_server import RedisServer
from .stub import StubServer, forged_pair

# The suite never writes to the user's own token store, nor uses the user's Redis.
os.environ["NADEO_TOKEN_STORE"] = "off"
os.environ.pop("NADEO_REDIS_URL", None)

MOMENT_SITE = Path(__file__).with_name("moment")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--moment", metavar="ISO-8601",
        help="run the suite as if the clock read this moment (with its UTC offset), in this "
        "process and in every Python process a test starts",
    )


def pytest_configure(config: pytest.Config) -> None:
    moment = config.getoption("--moment")
    if not moment:
        return
    if os.environ.get("NADEO_TEST_CLOCK_OFFSET"):
        # A process the run started (a pytest-xdist worker): tests/moment/sitecustomize.py
        # already moved its clock by the run's offset, which its own children inherit.
        return
    when = datetime.datetime.fromisoformat(moment)
    if when.tzinfo is None:
        raise pytest.UsageError("--moment needs a UTC offset, e.g. 2028-02-29T18:00:00+00:00")
    os.environ["NADEO_TEST_CLOCK_OFFSET"] = repr(when.timestamp() - time.time())
    paths = [str(MOMENT_SITE), *filter(None, [os.environ.get("PYTHONPATH")])]
    os.environ["PYTHONPATH"] = os.pathsep.join(paths)
    time_machine.travel(when, tick=True).start()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests marked `starts_first` first: they take longest, and a pytest-xdist worker that
    met one last would leave the others idle meanwhile."""
    items.sort(key=lambda item: item.get_closest_marker("starts_first") is None)


AGENT = "nadeo_api tests / @tests / tests@example.com"

# Retries stay on (they are part of the behaviour under test) but wait milliseconds.
FAST = {"backoff_base": 0.01, "backoff_max": 0.05}


def service_token(client: Client, audience: str = "live") -> auth.ServiceToken:
    return auth.ServiceToken.get(
        audience, SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
    )


def server_token(client: Client, audience: str = "live") -> auth.DedicatedServerToken:
    return auth.DedicatedServerToken.get(
        audience, SERVER_ACCOUNT.login, SERVER_ACCOUNT.password, AGENT, client=client
    )


def oauth_token(client: Client) -> auth.OAuthToken:
    return auth.OAuthToken.get(
        OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret, AGENT, client=client
    )


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(today=TODAY) as running:
        yield running


@pytest.fixture
def emu(emulator: Emulator) -> Emulator:
    """The module's emulator with an empty request log."""
    emulator.log.clear()
    return emulator


def in_process(emu: Emulator, **overrides: Any) -> Client:
    """A client of `emu` in this process (no socket: see `Emulator.transport`), retrying fast;
    tests of connections build theirs on `emu.url`."""
    return Client(emulator_settings(emu, **{**FAST, **overrides}), transport=emu.transport())


@pytest.fixture
def client(emu: Emulator) -> Iterator[Client]:
    with in_process(emu) as running:
        yield running


@pytest.fixture
def defaults(emu: Emulator) -> Iterator[Emulator]:
    """Point the module functions (`live.*`, `auth.*.get`) at the emulator."""
    with use_emulator(emu, **FAST):
        yield emu


@pytest.fixture
def user(client: Client) -> auth.ServiceToken:
    return service_token(client)


@pytest.fixture
def server(client: Client) -> auth.DedicatedServerToken:
    return server_token(client)


@pytest.fixture(scope="module")
def stub() -> Iterator[StubServer]:
    """A scripted server on loopback (see `tests/stub.py`), one per test module."""
    with StubServer() as server:
        yield server


@pytest.fixture
def token() -> auth.ServiceToken:
    """A user's token that only a stub accepts (forged, valid for an hour)."""
    return auth.ServiceToken(*forged_pair(), agent=AGENT)


def last(emu: Emulator, **filters: Any) -> Any:
    """The last logged request matching `filters`."""
    entries = emu.log.filter(**filters) if filters else emu.log.entries
    assert entries, f"no request logged matching {filters}"
    return entries[-1]


@pytest.fixture
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A `redis-server` of the test's own, on a free loopback port."""
    server = RedisServer(tmp_path_factory.mktemp("redis"))
    server.start()
    try:
        yield server
    finally:
        server.stop()
