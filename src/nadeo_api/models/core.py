"""Models of the Core API's answers: accounts, trophies, maps, favorites, votes, records,
skins and zones.

Core sends timestamps as ISO-8601 strings (`2024-01-01T00:00:00+00:00`): they stay `str`
fields, each with a `datetime` property (or `vote_day` for a vote) that parses it.
"""

from __future__ import annotations

import datetime as dt

from ._base import Model, format_race_time

__all__ = [
    "AccountZone",
    "AccountZoneList",
    "ApiRoute",
    "ApiRoutes",
    "ClubTag",
    "ClubTagList",
    "CoreMap",
    "CoreMapList",
    "CoreMapPage",
    "DisplayName",
    "DisplayNameList",
    "EquippedSkin",
    "EquippedSkinList",
    "FavoriteSkin",
    "FavoriteSkinList",
    "MapFavorite",
    "MapFavorites",
    "MapRecord",
    "MapRecordList",
    "MapVote",
    "RecordScore",
    "Skin",
    "TrophyAchievement",
    "TrophyGain",
    "TrophyHistory",
    "TrophyHistoryEntry",
    "TrophySummary",
    "WebIdentity",
    "WebIdentityList",
    "ZoneInfo",
    "ZoneInfoList",
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


class ClubTag(Stamped):
    """The club tag a player shows next to its name (`$` styling codes included)."""

    account_id: str
    club_tag: str


ClubTagList = list[ClubTag]


class TrophyCounts(Stamped):
    """How many trophies of each tier (1 to 9)."""

    t1_count: int
    t2_count: int
    t3_count: int
    t4_count: int
    t5_count: int
    t6_count: int
    t7_count: int
    t8_count: int
    t9_count: int

    @property
    def counts(self) -> tuple[int, ...]:
        """The counts of tiers 1 to 9."""
        return (
            self.t1_count, self.t2_count, self.t3_count, self.t4_count, self.t5_count,
            self.t6_count, self.t7_count, self.t8_count, self.t9_count,
        )


class TrophyAchievement(Model):
    """What earned trophies: a solo medal (`SoloMedal`, with its kind) or a competition
    match (`CompetitionMatch`, with the competition's fields)."""

    trophy_achievement_id: str
    trophy_achievement_type: str
    trophy_solo_medal_achievement_type: str | None = None
    competition_id: str | None = None
    competition_match_info: str | None = None
    competition_name: str | None = None
    competition_stage: str | None = None
    competition_stage_step: str | None = None
    competition_type: str | None = None
    server_id: str | None = None


class TrophyGain(Model):
    """The gain: a medal level (and the previous one) or a rank in a competition."""

    level: int | None = None
    previous_level: int | None = None
    rank: int | None = None


class TrophyHistoryEntry(TrophyCounts):
    """One gain of trophies."""

    account_id: str
    trophy_achievement_info: TrophyAchievement
    trophy_gain_details: TrophyGain


class TrophyHistory(Model):
    """A page of a player's trophy gains, newest first; `total_count` counts them all."""

    count: int
    data: list[TrophyHistoryEntry]
    offset: int
    total_count: int


class TrophySummary(TrophyCounts):
    """A player's unexpired trophies (earned within a year) and their points."""

    account_id: str
    points: int


class WebIdentity(Stamped):
    """A player's identity with a provider (`ubiServices` or `uplay`); `timestamp` is when the
    account was created."""

    account_id: str
    provider: str
    uid: str


WebIdentityList = list[WebIdentity]


class DisplayName(Stamped):
    """A player's display name as Core's removed display names endpoint gave it; `timestamp`
    is when the account was created."""

    account_id: str
    display_name: str


DisplayNameList = list[DisplayName]


class AccountZone(Stamped):
    """The zone a player chose."""

    account_id: str
    zone_id: str


AccountZoneList = list[AccountZone]


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


class ApiRoute(Model):
    """One route of the Core API."""

    method: str
    path: str


ApiRoutes = dict[str, ApiRoute]


class ZoneInfo(Stamped):
    """A zone; World has no parent."""

    icon: str
    name: str
    zone_id: str
    parent_id: str | None = None


ZoneInfoList = list[ZoneInfo]


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


class EquippedSkin(Stamped):
    """The skin a player drives with."""

    account_id: str
    skin_id: str
    skin_type: str


EquippedSkinList = list[EquippedSkin]


class FavoriteSkin(Stamped):
    """A skin in the account's garage; `timestamp` is when it was added."""

    account_id: str
    skin_id: str


FavoriteSkinList = list[FavoriteSkin]


class Skin(Stamped):
    """A skin's files and names."""

    creator_id: str
    checksum: str
    filename: str
    file_optimized_url: str
    file_url: str
    skin_display_name: str
    skin_id: str
    skin_name: str
    skin_type: str
    thumbnail_url: str

