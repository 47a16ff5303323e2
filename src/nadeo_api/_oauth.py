"""Declarations of the public OAuth API endpoints (`https://api.trackmania.com`).

The `/api/user...` endpoints act for the user who authorized your application: they need a
user's token (`OAuthToken.from_code`) with the right scopes, and refuse a client-credentials
token before anything is sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import _checks as check
from ._chunking import Chunks, merged
from ._endpoint import Call, Endpoint, call, endpoint
from ._generic import oauth_without_body, verb
from ._pagination import UNDOCUMENTED_PAGE, Listing, paged

if TYPE_CHECKING:
    from .auth import OAuthToken

MAX_NAMES = 50
"""The most account IDs or names one request may convert."""

# The public OAuth API only reads: GET is its one generic verb.
get = verb("oauth", "GET", oauth_without_body)


@endpoint(
    "oauth", "GET", "/api/display-names", chunks=Chunks("account_ids", MAX_NAMES, merged)
)
def get_display_names(token: OAuthToken, account_ids: Sequence[str]) -> Call:
    """Get the display names of accounts, as `{accountId: displayName}`.

    Args:
        account_ids: the accounts' IDs, at least one; any number, sent 50 a request (each ID
            once).

    Unknown account IDs are left out of the answer.
    """
    return call(query={"accountId[]": check.texts("account_ids", account_ids)})


@endpoint(
    "oauth", "GET", "/api/display-names/account-ids",
    chunks=Chunks("display_names", MAX_NAMES, merged),
)
def get_account_ids(token: OAuthToken, display_names: Sequence[str]) -> Call:
    """Get the account IDs of display names, as `{displayName: accountId}`.

    Args:
        display_names: the names, at least one; any number, sent 50 a request (each name
            once, and fewer when long names would make the request URI too long).

    Unknown names are left out of the answer.
    """
    return call(query={"displayName[]": check.texts("display_names", display_names)})


@endpoint("oauth", "GET", "/api/user", user_only=True, model="oauth.OAuthUser")
def get_user(token: OAuthToken) -> Call:
    """Get the user who authorized the application: `{accountId, displayName}`.

    Remarks: needs a user's token (no scope); useful to check who logged in after the
    authorization-code flow.
    """
    return call()


@endpoint("oauth", "GET", "/api/user/clubs/admin", user_only=True, model="oauth.AdminClubs")
def get_admin_clubs(token: OAuthToken) -> Call:
    """Get the clubs the user is an admin of: `{clubs: [{id, name}]}`.

    Remarks: needs a user's token with the `clubs` scope.
    """
    return call()


@endpoint("oauth", "GET", "/api/user/maps/favorite", user_only=True, model="oauth.FavoriteMaps")
def get_favorite_maps(token: OAuthToken, length: int = 10, offset: int = 0) -> Call:
    """Get one page of the user's favorite maps: `{list: [{uid, name, author, thumbnailUrl}]}`.

    Args:
        length: maps to get (at least 1; 10 by default).
        offset: maps to skip.

    Remarks: needs a user's token with the `read_favorite` scope. These are the same favorites
    as the Live API's.
    """
    return call(
        query={
            "length": check.count("length", length, minimum=1),
            "offset": check.count("offset", offset),
        }
    )


@endpoint("oauth", "POST", "/api/user/maps/favorite/add", user_only=True)
def add_favorite_map(token: OAuthToken, map_uid: str) -> Call:
    """Add a map to the user's favorites.

    Args:
        map_uid: the UID of the map.

    Returns `{}`: the service answers 204 with no content.

    Remarks: needs a user's token with the `write_favorite` scope.
    """
    return call(body={"uid": check.map_uid("map_uid", map_uid)})


@endpoint("oauth", "POST", "/api/user/maps/favorite/remove", user_only=True)
def remove_favorite_map(token: OAuthToken, map_uid: str) -> Call:
    """Remove a map from the user's favorites.

    Args:
        map_uid: the UID of the map.

    Returns `{}`: the service answers 204 with no content.

    Remarks: needs a user's token with the `write_favorite` scope.
    """
    return call(body={"uid": check.map_uid("map_uid", map_uid)})


DECLARATIONS: dict[str, Endpoint[Any]] = {
    declared.name: declared
    for declared in (
        get,
        get_display_names,
        get_account_ids,
        get_user,
        get_admin_clubs,
        get_favorite_maps,
        add_favorite_map,
        remove_favorite_map,
    )
}
"""Every declared OAuth endpoint by function name."""

iter_favorite_maps = paged(
    get_favorite_maps, what="the user's favorite maps", items="list", key="uid",
    page_size=UNDOCUMENTED_PAGE, model="oauth.FavoriteMap",
)

LISTINGS: dict[str, Listing[Any]] = {declared.name: declared for declared in (iter_favorite_maps,)}
"""Every declared OAuth iterator by function name."""
