"""Helpers shared by the emulator tests (a unique module name, unlike conftest)."""

from __future__ import annotations

import datetime

import httpx

from nadeo_api.emulator import SERVICE_ACCOUNT, Account, Emulator

TODAY = datetime.date(2025, 9, 17)
LIVE = "NadeoLiveServices"
CORE = "NadeoServices"


def login(
    client: httpx.Client, emu: Emulator, account: Account = SERVICE_ACCOUNT, audience: str = LIVE
) -> dict[str, str]:
    """Log in with Basic credentials and return the token pair."""
    response = client.post(
        f"{emu.core_url}/v2/authentication/token/basic",
        auth=(account.login, account.password),
        json={"audience": audience},
    )
    assert response.status_code == 200, response.text
    tokens: dict[str, str] = response.json()
    return tokens


def nadeo(token: str) -> dict[str, str]:
    """The Authorization header for a Nadeo token."""
    return {"Authorization": f"nadeo_v1 t={token}"}
