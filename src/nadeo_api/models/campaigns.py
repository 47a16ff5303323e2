"""Models of campaign lists: Tracks of the Day and Royal maps by month, seasonal and weekly
campaigns.

Re-exports, kept so that `nadeo_api.models.campaigns` offers what it always has: each model is
defined beside the endpoints that answer it, in `models.live._shared`, `models.live.campaigns`.
"""

from __future__ import annotations

from .live._shared import MonthMedia, PlaylistMap
from .live.campaigns import Campaign, CampaignList, MonthList, TotdDay, TotdMonth

__all__ = [
    "Campaign",
    "CampaignList",
    "MonthList",
    "MonthMedia",
    "PlaylistMap",
    "TotdDay",
    "TotdMonth",
]
