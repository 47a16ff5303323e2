"""Models of maps, official campaigns (v1 list, campaign info of a map) and maniapubs.

Re-exports, kept so that `nadeo_api.models.maps` offers what it always has: each model is
defined beside the endpoints that answer it, in `models.live._shared`, `models.live.campaigns`,
`models.live.maniapubs`, `models.live.maps`.
"""

from __future__ import annotations

from .live._shared import MapInfo
from .live.campaigns import CampaignListV1, CampaignV1, MapCampaignInfo
from .live.maniapubs import Maniapub, ManiapubList
from .live.maps import Map, MapList

__all__ = [
    "CampaignListV1",
    "CampaignV1",
    "Maniapub",
    "ManiapubList",
    "Map",
    "MapCampaignInfo",
    "MapInfo",
    "MapList",
]
