"""Models of leaderboards and records."""

from __future__ import annotations

import datetime as dt

from ._base import Model, format_race_time, to_datetime

__all__ = ["MapLeaderboard", "PlayerClubRecord", "Record", "ZoneTop"]


class Record(Model):
    """One leaderboard entry. `score` is a race time in milliseconds, or -1 when the map has
    a secret threshold and the time is hidden."""

    account_id: str
    zone_id: str
    zone_name: str
    position: int
    score: int
    timestamp: int | None = None

    @property
    def time(self) -> str:
        """The score as `m:ss.mmm`."""
        return format_race_time(self.score)

    @property
    def set_at(self) -> dt.datetime | None:
        return to_datetime(self.timestamp)


class ZoneTop(Model):
    zone_id: str
    zone_name: str
    top: list[Record]


class MapLeaderboard(Model):
    """`get_map_leaderboard`. An unknown group answers `{}`: every field is then empty."""

    group_uid: str = ""
    map_uid: str = ""
    tops: list[ZoneTop] = []

    @property
    def world(self) -> list[Record]:
        """The world top (the first zone), or [] when there is none."""
        return self.tops[0].top if self.tops else []


class PlayerClubRecord(Model):
    """`get_player_club_record`. The first answer may wrongly say `position == 1`."""

    group_uid: str = ""
    map_uid: str = ""
    score: int | None = None
    club_id: int | None = None
    position: int | None = None

    @property
    def time(self) -> str:
        return format_race_time(self.score)
