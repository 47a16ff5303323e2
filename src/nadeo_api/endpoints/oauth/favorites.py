"""Declarations of the OAuth API's endpoints documented under `oauth/reference/favorites/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import _checks as check
from ..._endpoint import Call, call, endpoint
from ..._pagination import UNDOCUMENTED_PAGE, paged

if TYPE_CHECKING:
    from ...auth import OAuthToken


@endpoint(
    "oauth", "GET", "/api/user/maps/favorite", user_only=True,
    model="oauth.favorites.FavoriteMaps",
)
def get_favorite_maps(token: OAuthToken, length: int = 10, offset: int = 0) -> Call:
    """Get one page of the user's favorite maps: `{list: [{uid, name, author, thumbnailUrl}]}`.

    Args:
        length: maps to get (at least 1; 10 by default).
        offset: maps to skip.

    Remarks: needs a user's token with the `read_favorite` scope. These are the same favorites
    as the Live API's.
    """
    return call(query=check.page(length, offset, minimum=1))


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

iter_favorite_maps = paged(
    get_favorite_maps, what="the user's favorite maps", items="list", key="uid",
    page_size=UNDOCUMENTED_PAGE, model="oauth.favorites.FavoriteMap",
)
