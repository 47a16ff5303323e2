"""Handlers of the emulated OAuth API's clubs section: the clubs the user administers."""

from __future__ import annotations

from ..serving.http import Request, Response, json_response
from ..serving.routing import AppState, RouteTable
from ..serving.tokens import OAuthGrant
from ..world.clubs import club_state
from ._requests import for_user


@for_user("clubs")
def admin_clubs(state: AppState, req: Request, grant: OAuthGrant) -> Response:
    """``GET /api/user/clubs/admin``: clubs where the user is the creator or an admin."""
    clubs = club_state(state)
    with clubs.lock:
        mine = [
            {"id": club.id, "name": club.name}
            for club in clubs.clubs()
            if clubs.is_admin(club.id, grant.account_id)
        ]
    return json_response({"clubs": mine})


ROUTES: RouteTable = {
    ("GET", "/api/user/clubs/admin"): admin_clubs,
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
