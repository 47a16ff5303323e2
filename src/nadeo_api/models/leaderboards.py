"""Models of leaderboards and records.

Re-exports, kept so that `nadeo_api.models.leaderboards` offers what it always has: each model
is defined beside the endpoints that answer it, in `models.live.leaderboards`.
"""

from __future__ import annotations

from .live.leaderboards import (
    CampaignClubLeaderboard,
    CampaignClubRanking,
    CampaignLeaderboard,
    CampaignRanking,
    CampaignRecord,
    CampaignZoneTop,
    ClubMapLeaderboard,
    MapLeaderboard,
    MapMedals,
    MedalRecord,
    MyTrophyRanking,
    PlayerClubRecord,
    PlayerRecord,
    PlayerRecordList,
    Ranking,
    Record,
    SurroundingRecords,
    TrophyRanking,
    TrophyRankings,
    TrophyZone,
    ZoneRanking,
    ZoneTop,
)

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
