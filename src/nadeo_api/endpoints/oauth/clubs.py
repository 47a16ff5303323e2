"""Declarations of the OAuth API's endpoints documented under `oauth/reference/clubs/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import Call, call, endpoint

if TYPE_CHECKING:
    from ...auth import OAuthToken


@endpoint("oauth", "GET", "/api/user/clubs/admin", user_only=True, model="oauth.clubs.AdminClubs")
def get_admin_clubs(token: OAuthToken) -> Call:
    """Get the clubs the user is an admin of: `{clubs: [{id, name}]}`.

    Remarks: needs a user's token with the `clubs` scope.
    """
    return call()
