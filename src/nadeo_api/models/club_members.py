"""Models of clubs, their members and an account's club settings.

Re-exports, kept so that `nadeo_api.models.club_members` offers what it always has: each model
is defined beside the endpoints that answer it, in `models.live._shared`, `models.live.clubs`.
"""

from __future__ import annotations

from .live._shared import Club, ClubMember, ClubMemberList
from .live.clubs import (
    ClubCompetition,
    ClubCompetitionList,
    ClubList,
    ClubPlayerInfo,
    ClubTagPin,
    MyClub,
    MyClubList,
)

__all__ = [
    "Club",
    "ClubCompetition",
    "ClubCompetitionList",
    "ClubList",
    "ClubMember",
    "ClubMemberList",
    "ClubPlayerInfo",
    "ClubTagPin",
    "MyClub",
    "MyClubList",
]
