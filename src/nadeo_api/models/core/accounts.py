"""Models of the answers of the Core API's endpoints documented under `core/accounts/`."""

from __future__ import annotations

from .._base import Model
from ._shared import Stamped

__all__ = [
    "AccountZone",
    "AccountZoneList",
    "ClubTag",
    "ClubTagList",
    "TrophyAchievement",
    "TrophyGain",
    "TrophyHistory",
    "TrophyHistoryEntry",
    "TrophySummary",
]


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


class AccountZone(Stamped):
    """The zone a player chose."""

    account_id: str
    zone_id: str


AccountZoneList = list[AccountZone]
