"""Typed models of the services' answers (`msgspec.Struct`s).

The functions of `nadeo_api.live` return the decoded JSON; each has a `.typed` twin that
returns its model instead, decoded straight from the response bytes:

    board = live.get_map_leaderboard.typed(token, map_uid, length=100)
    for record in board.world:
        print(record.position, record.time)

`parse(Model, data)` turns JSON you already hold into a model. Unknown keys are ignored;
timestamps are Unix seconds with `datetime` accessors; race times are milliseconds, shown by
`format_race_time` as `m:ss.mmm`.
"""

from ._base import Model, format_race_time, parse, to_datetime
from .accounts import (
    ServerAccount,
    ServerAccounts,
)
from .campaigns import (
    Campaign,
    CampaignList,
    MonthList,
    MonthMedia,
    PlaylistMap,
    TotdDay,
    TotdMonth,
)
from .clubs import (
    CampaignCategory,
    ClubCampaign,
    ClubCampaignDetails,
    LatestSeason,
)
from .leaderboards import (
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
from .map_review import (
    ReviewConnection,
    ReviewedMap,
    ReviewNotes,
    SubmittedMap,
    SubmittedMaps,
    WaitingTime,
)
from .maps import (
    CampaignListV1,
    CampaignV1,
    Maniapub,
    ManiapubList,
    Map,
    MapCampaignInfo,
    MapList,
)

__all__ = [
    "Campaign",
    "CampaignCategory",
    "CampaignClubLeaderboard",
    "CampaignClubRanking",
    "CampaignLeaderboard",
    "CampaignList",
    "CampaignListV1",
    "CampaignRanking",
    "CampaignRecord",
    "CampaignV1",
    "CampaignZoneTop",
    "ClubCampaign",
    "ClubCampaignDetails",
    "ClubMapLeaderboard",
    "LatestSeason",
    "Maniapub",
    "ManiapubList",
    "Map",
    "MapCampaignInfo",
    "MapLeaderboard",
    "MapList",
    "MapMedals",
    "MedalRecord",
    "Model",
    "MonthList",
    "MonthMedia",
    "MyTrophyRanking",
    "PlayerClubRecord",
    "PlayerRecord",
    "PlayerRecordList",
    "PlaylistMap",
    "Ranking",
    "Record",
    "ReviewConnection",
    "ReviewNotes",
    "ReviewedMap",
    "ServerAccount",
    "ServerAccounts",
    "SubmittedMap",
    "SubmittedMaps",
    "SurroundingRecords",
    "TotdDay",
    "TotdMonth",
    "TrophyRanking",
    "TrophyRankings",
    "TrophyZone",
    "WaitingTime",
    "ZoneRanking",
    "ZoneTop",
    "format_race_time",
    "parse",
    "to_datetime",
]
