"""Models of the answers of the OAuth API's endpoints
documented under `oauth/reference/favorites/`."""

from __future__ import annotations

import msgspec

from .._base import Model

__all__ = [
    "FavoriteMap",
    "FavoriteMaps",
]


class FavoriteMap(Model):
    uid: str
    name: str
    author: str
    """The author's account ID."""
    thumbnail_url: str | None = None


class FavoriteMaps(Model):
    """`get_favorite_maps` (OAuth): one page of the user's favorite maps."""

    maps: list[FavoriteMap] = msgspec.field(name="list", default_factory=list)
