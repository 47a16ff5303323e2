"""Models of the public OAuth API's answers about the authorized user.

The models of the OAuth API's answers, one module per documented section (`accounts`, `clubs`,
`favorites`); each is re-exported here, so that `nadeo_api.models.oauth` offers them as it
always has.
"""

from __future__ import annotations

from .accounts import OAuthUser
from .clubs import AdminClub, AdminClubs
from .favorites import FavoriteMap, FavoriteMaps

__all__ = [
    "AdminClub",
    "AdminClubs",
    "FavoriteMap",
    "FavoriteMaps",
    "OAuthUser",
]
