"""Models that several sections of the Core API share."""

from __future__ import annotations

import datetime as dt

from .._base import Model, format_race_time

__all__ = [
    "CoreMap",
    "CoreMapList",
    "MapRecord",
    "MapRecordList",
    "RecordScore",
    "WebIdentity",
    "WebIdentityList",
]


HIDDEN_TIME = 4294967295
"""The `time` (and `respawnCount`) Core shows for a value it does not give."""


def parse_iso(value: str | None) -> dt.datetime | None:
    """An ISO-8601 timestamp of Core as an aware `datetime` (None stays None)."""
    return None if value is None else dt.datetime.fromisoformat(value)


class Stamped(Model):
    """An answer with an ISO-8601 `timestamp`."""

    timestamp: str

    @property
    def datetime(self) -> dt.datetime | None:
        """`timestamp` as an aware `datetime`."""
        return parse_iso(self.timestamp)


class WebIdentity(Stamped):
    """A player's identity with a provider (`ubiServices` or `uplay`); `timestamp` is when the
    account was created."""

    account_id: str
    provider: str
    uid: str


WebIdentityList = list[WebIdentity]


class CoreMap(Stamped):
    """A map as Core describes it; scores are milliseconds (points on Stunt maps)."""

    author: str
    author_score: int
    bronze_score: int
    collection_name: str
    filename: str
    gold_score: int
    has_clones: bool
    is_playable: bool
    map_id: str
    map_style: str
    map_type: str
    map_uid: str
    name: str
    silver_score: int
    submitter: str
    file_url: str
    thumbnail_url: str
    created_with_gamepad_editor: bool | None = None
    created_with_simple_editor: bool | None = None

    @property
    def author_medal(self) -> str:
        """The author score as `m:ss.mmm`."""
        return format_race_time(self.author_score)


CoreMapList = list[CoreMap]


class RecordScore(Model):
    """A record's score: `time` in milliseconds (4294967295 when hidden by a secret
    threshold), `score` in points (Stunt), `respawn_count` (4294967295 when unknown)."""

    respawn_count: int
    score: int
    time: int

    @property
    def race_time(self) -> str:
        """`time` as `m:ss.mmm` (`-:--.---` when hidden)."""
        return format_race_time(-1 if self.time == HIDDEN_TIME else self.time)


class MapRecord(Stamped):
    """A record on a map, in the PB leaderboard (`scope_type` `PersonalBest`) or a season's
    (`Season`, `scope_id` the season); `medal` 0 (none) to 4 (author)."""

    account_id: str
    filename: str
    game_mode: str
    game_mode_custom_data: str
    map_id: str
    map_record_id: str
    medal: int
    record_score: RecordScore
    removed: bool
    scope_type: str
    url: str
    scope_id: str | None = None


MapRecordList = list[MapRecord]
