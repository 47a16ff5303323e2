"""An emulator on a fake clock and raw HTTP with a user's token, for remark tests that send
what the client would refuse before sending."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone

import httpx

from nadeo_api.clock import FakeClock
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator


def at(*moment: int) -> FakeClock:
    """A fake clock at a UTC moment (year, month, day, hour...)."""
    return FakeClock(datetime(*moment, tzinfo=timezone.utc))  # type: ignore[misc]


@contextmanager
def served(clock: FakeClock) -> Iterator[Emulator]:
    """A running emulator on `clock`."""
    with Emulator(clock=clock) as emulator:
        yield emulator


def user_headers(http: httpx.Client, emu: Emulator, audience: str = "NadeoLiveServices") -> dict[
    str, str
]:
    """The Authorization header of a fresh token of the service account."""
    response = http.post(
        f"{emu.core_url}/v2/authentication/token/basic",
        auth=(SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password),
        json={"audience": audience},
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"nadeo_v1 t={response.json()['accessToken']}"}
