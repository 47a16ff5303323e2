"""Models of the public OAuth API's answers about the authorized user."""

from __future__ import annotations

import msgspec

from ._base import Model

__all__ = ["AdminClub", "AdminClubs", "FavoriteMap", "FavoriteMaps", "OAuthUser"]


class OAuthUser(Model):
    """`get_user` (OAuth): the user who authorized the application."""

    account_id: str
    display_name: str


class AdminClub(Model):
    id: int
    name: str


class AdminClubs(Model):
    """`get_admin_clubs` (OAuth): clubs where the user is an admin."""

    clubs: list[AdminClub] = msgspec.field(default_factory=list)


class FavoriteMap(Model):
    uid: str
    name: str
    author: str
    """The author's account ID."""
    thumbnail_url: str | None = None


class FavoriteMaps(Model):
    """`get_favorite_maps` (OAuth): one page of the user's favorite maps."""

    maps: list[FavoriteMap] = msgspec.field(name="list", default_factory=list)
