"""Models of the Core API's answers: accounts, trophies, maps, favorites, votes, records,
skins and zones.

The models of the Core API's answers, one module per documented section (`_shared`, `accounts`,
`deprecated`, `maps`, `meta`, `skins`); each is re-exported here, so that
`nadeo_api.models.core` offers them as it always has.

Core sends timestamps as ISO-8601 strings (`2024-01-01T00:00:00+00:00`): they stay `str`
fields, each with a `datetime` property (or `vote_day` for a vote) that parses it.
"""

from __future__ import annotations

from ._shared import (
    HIDDEN_TIME as HIDDEN_TIME,
)
from ._shared import (
    CoreMap,
    CoreMapList,
    MapRecord,
    MapRecordList,
    RecordScore,
    WebIdentity,
    WebIdentityList,
)
from ._shared import (
    Stamped as Stamped,
)
from ._shared import (
    parse_iso as parse_iso,
)
from .accounts import (
    AccountZone,
    AccountZoneList,
    ClubTag,
    ClubTagList,
    TrophyAchievement,
    TrophyGain,
    TrophyHistory,
    TrophyHistoryEntry,
    TrophySummary,
)
from .accounts import (
    TrophyCounts as TrophyCounts,
)
from .deprecated import DisplayName, DisplayNameList
from .maps import CoreMapPage, MapFavorite, MapFavorites, MapVote
from .meta import ApiRoute, ApiRoutes, ZoneInfo, ZoneInfoList
from .skins import EquippedSkin, EquippedSkinList, FavoriteSkin, FavoriteSkinList, Skin

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
