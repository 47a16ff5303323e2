"""Models of the answers of the Live API's endpoints documented under `live/accounts/`."""

from __future__ import annotations

from .._base import Model

__all__ = [
    "ServerAccount",
    "ServerAccounts",
]


class ServerAccount(Model):
    account_id: str
    login: str
    already_used: bool
    club_room_id: int | None = None
    club_room_name: str | None = None


class ServerAccounts(Model):
    """`get_server_accounts`."""

    player_server_account: list[ServerAccount]
    item_count: int
