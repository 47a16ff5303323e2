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
from .accounts import ServerAccount, ServerAccounts
from .campaigns import (
    Campaign,
    CampaignList,
    MonthList,
    MonthMedia,
    PlaylistMap,
    TotdDay,
    TotdMonth,
)
from .clubs import CampaignCategory, ClubCampaign, ClubCampaignDetails, LatestSeason
from .leaderboards import MapLeaderboard, PlayerClubRecord, Record, ZoneTop
from .map_review import (
    ReviewConnection,
    ReviewedMap,
    ReviewNotes,
    SubmittedMap,
    SubmittedMaps,
    WaitingTime,
)

__all__ = [
    "Campaign",
    "CampaignCategory",
    "CampaignList",
    "ClubCampaign",
    "ClubCampaignDetails",
    "LatestSeason",
    "MapLeaderboard",
    "Model",
    "MonthList",
    "MonthMedia",
    "PlayerClubRecord",
    "PlaylistMap",
    "Record",
    "ReviewConnection",
    "ReviewNotes",
    "ReviewedMap",
    "ServerAccount",
    "ServerAccounts",
    "SubmittedMap",
    "SubmittedMaps",
    "TotdDay",
    "TotdMonth",
    "WaitingTime",
    "ZoneTop",
    "format_race_time",
    "parse",
    "to_datetime",
]
