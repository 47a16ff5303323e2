"""Shared fixtures: running emulators and logged-in clients, all over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from emulator_testlib import LIVE, TODAY, login, nadeo
from tests import raw

from nadeo_api.emulator import SERVER_ACCOUNT, SERVICE_ACCOUNT, Emulator


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(seed=1, today=TODAY) as emulator:
        yield emulator


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with raw.client(timeout=10) as c:
        yield c


@pytest.fixture(scope="module")
def service_live(emu: Emulator) -> dict[str, str]:
    with raw.client(timeout=10) as c:
        return nadeo(login(c, emu, SERVICE_ACCOUNT, LIVE)["accessToken"])


@pytest.fixture(scope="module")
def server_live(emu: Emulator) -> dict[str, str]:
    with raw.client(timeout=10) as c:
        return nadeo(login(c, emu, SERVER_ACCOUNT, LIVE)["accessToken"])
