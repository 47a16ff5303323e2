"""Declarations of the Live API's endpoints documented under `live/accounts/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import Call, call, endpoint

if TYPE_CHECKING:
    from ...auth import ServiceToken


@endpoint(
    "live", "GET", "/api/token/server/player-server/account", user_only=True,
    model="live.accounts.ServerAccounts",
)
def get_server_accounts(token: ServiceToken) -> Call:
    """Get the account's dedicated server accounts."""
    return call()
