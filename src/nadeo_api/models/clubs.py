"""Models of clubs and their activities.

Re-exports, kept so that `nadeo_api.models.clubs` offers what it always has: each model is
defined beside the endpoints that answer it, in `models.live._shared`.
"""

from __future__ import annotations

from .live._shared import CampaignCategory, ClubCampaign, ClubCampaignDetails, LatestSeason

__all__ = [
    "CampaignCategory",
    "ClubCampaign",
    "ClubCampaignDetails",
    "LatestSeason",
]
