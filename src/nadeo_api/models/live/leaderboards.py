"""Models of the answers of the Live API's endpoints documented under `live/leaderboards/`."""

from __future__ import annotations

import datetime as dt

from .._base import Model, format_race_time, to_datetime

__all__ = [
    "CampaignClubLeaderboard",
    "CampaignClubRanking",
    "CampaignLeaderboard",
    "CampaignRanking",
    "CampaignRecord",
    "CampaignZoneTop",
    "ClubMapLeaderboard",
    "MapLeaderboard",
    "MapMedals",
    "MedalRecord",
    "MyTrophyRanking",
    "PlayerClubRecord",
    "PlayerRecord",
    "PlayerRecordList",
    "Ranking",
    "Record",
    "SurroundingRecords",
    "TrophyRanking",
    "TrophyRankings",
    "TrophyZone",
    "ZoneRanking",
    "ZoneTop",
]


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


class Ranking(Model):
    position: int
    length: int = 0


class ZoneRanking(Model):
    """A position in one zone (World, continent, country, region...)."""

    zone_id: str
    zone_name: str
    ranking: Ranking


class CampaignRecord(Model):
    """One entry of a campaign leaderboard; `sp` (season points) is sent as a string."""

    account_id: str
    zone_id: str
    zone_name: str
    position: int
    sp: str

    @property
    def points(self) -> int:
        """The season points as an int."""
        return int(self.sp)


class CampaignZoneTop(Model):
    zone_id: str
    zone_name: str
    top: list[CampaignRecord]


class CampaignLeaderboard(Model):
    """`get_campaign_leaderboard`. An unknown group answers `{}`: every field is then empty."""

    group_uid: str = ""
    tops: list[CampaignZoneTop] = []


class CampaignRanking(Model):
    """`get_campaign_ranking`: a player's positions in World and each of its zones; `{}` (every
    field empty) for an unknown group or a player without an entry."""

    group_uid: str = ""
    sp: str = ""
    zones: list[ZoneRanking] = []


class CampaignClubRanking(Model):
    """`get_campaign_club_ranking`: `position` is the rank within the club; `{}` (every field
    None) for an unknown group or an account without an entry."""

    club_id: int | None = None
    position: int | None = None
    group_uid: str = ""
    sp: str | None = None


class CampaignClubLeaderboard(Model):
    """`get_campaign_club_leaderboard`: `position` is the rank within the club, `length` the
    number of ranked members. An unknown group answers an empty body: every field is empty."""

    top: list[CampaignRecord] = []
    club_id: int | None = None
    group_uid: str = ""
    length: int = 0


class ClubMapLeaderboard(Model):
    """`get_club_map_leaderboard`: club members' records, `position` within the club, `length`
    the number of members with a record. An unknown group answers `{}`."""

    group_uid: str = ""
    map_uid: str = ""
    club_id: int | None = None
    length: int = 0
    top: list[Record] = []


class MedalRecord(Model):
    """The record picked for a medal (`Author`, `Gold`, `Silver` or `Bronze`)."""

    medal: str
    account_id: str
    zone_id: str
    zone_name: str
    score: int

    @property
    def time(self) -> str:
        return format_race_time(self.score)


class MapMedals(Model):
    """`get_map_medal_records`: not every medal need have a record; `{}` for an unknown group."""

    group_uid: str = ""
    map_uid: str = ""
    medals: list[MedalRecord] = []


class PlayerRecord(Model):
    """A record on one map with its positions in World and each zone: the account's own
    (`get_player_records`) or a hypothetical score's (`get_record_positions`)."""

    group_uid: str
    map_uid: str
    score: int
    zones: list[ZoneRanking]

    @property
    def time(self) -> str:
        return format_race_time(self.score)

    @property
    def world_position(self) -> int | None:
        """The position in World (the first zone), if any."""
        return self.zones[0].ranking.position if self.zones else None


PlayerRecordList = list[PlayerRecord]
"""`get_player_records` and `get_record_positions`: one entry per map found."""


class SurroundingRecords(Model):
    """`get_surrounding_records`: per zone, the requester's entry between its neighbours.
    An unknown or closed group, or no score and no record of the account, answers `{}`."""

    group_uid: str = ""
    map_uid: str = ""
    tops: list[ZoneTop] = []


class TrophyZone(Model):
    """A zone of `get_my_trophy_ranking`, whose `ranking` nests the zone again."""

    zone_id: str
    zone_name: str
    ranking: ZoneRanking


class MyTrophyRanking(Model):
    """`get_my_trophy_ranking`: trophy points, echelon and positions of the account."""

    count_point: int
    zones: list[TrophyZone]
    account_id: str
    echelon: int


class TrophyRanking(Model):
    """A player's trophy points, echelon and positions in World and each of its zones."""

    count_point: int
    zones: list[ZoneRanking]
    account_id: str
    echelon: int


class TrophyRankings(Model):
    """`get_trophy_rankings`: unknown account IDs are left out."""

    rankings: list[TrophyRanking]
    length: int = 0
