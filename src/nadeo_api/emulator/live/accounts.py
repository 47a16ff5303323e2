"""Handlers of the emulated Live API's accounts section: an account's dedicated server accounts."""

from __future__ import annotations

from typing import Any

from ..serving.http import Request, Response, json_response, principal_of
from ..serving.routing import AppState, RouteTable
from ..world import ServerAccountInfo
from ..world.activities import activity_store


def server_accounts(state: AppState, req: Request) -> Response:
    """``GET /api/token/server/player-server/account``."""
    principal = principal_of(req)
    accounts = state.world.server_accounts_of(principal.account_id)
    return json_response(
        {
            "playerServerAccount": [_server_account_json(state, a) for a in accounts],
            "itemCount": len(accounts),
        }
    )


def _server_account_json(state: AppState, account: ServerAccountInfo) -> dict[str, Any]:
    """A dedicated server account, in use if the world says so or a club room was created on
    it (the newest such room is named)."""
    rooms = activity_store(state).rooms_on_server(account.login)
    newest = max(rooms, key=lambda room: room.created, default=None)
    return {
        "accountId": account.account_id,
        "login": account.login,
        "alreadyUsed": account.already_used or newest is not None,
        "clubRoomId": newest.activity_id if newest else account.club_room_id,
        "clubRoomName": newest.name if newest else account.club_room_name,
    }


ROUTES: RouteTable = {
    ("GET", "/api/token/server/player-server/account"): server_accounts,
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
