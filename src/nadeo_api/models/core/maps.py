"""Models of the answers of the Core API's endpoints documented under `core/maps/`."""

from __future__ import annotations

import datetime as dt

from .._base import Model
from ._shared import CoreMap, Stamped, parse_iso

__all__ = [
    "CoreMapPage",
    "MapFavorite",
    "MapFavorites",
    "MapVote",
]


class CoreMapPage(Model):
    """The maps of an account and how many there are."""

    map_list: list[CoreMap]
    count: int


class MapFavorite(Stamped):
    """A favorite map; `timestamp` is when it became one."""

    account_id: str
    map_uid: str


class MapFavorites(Model):
    """Favorite maps; `count` counts every match, not just this page."""

    map_favorite_list: list[MapFavorite]
    count: int


class MapVote(Model):
    """The account's vote on a map: 1 (like), -1 (dislike) or 0 (none); `vote_date` is the
    day of the last change."""

    account_id: str
    map_uid: str
    vote: int
    vote_date: str | None = None

    @property
    def vote_day(self) -> dt.datetime | None:
        """`vote_date` as an aware `datetime` (midnight of the day)."""
        return parse_iso(self.vote_date)
