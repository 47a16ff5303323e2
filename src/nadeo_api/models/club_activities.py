"""Models of club activities: the activity list, campaigns, rooms, news, uploads, folders,
rankings and club map reviews.

Re-exports, kept so that `nadeo_api.models.club_activities` offers what it always has: each
model is defined beside the endpoints that answer it, in `models.live._shared`,
`models.live.club_management`, `models.live.clubs`, `models.live.map_review`.
"""

from __future__ import annotations

from .live._shared import (
    BucketItem,
    ClubActivity,
    ClubMapReview,
    ClubNews,
    ClubRoom,
    ClubUpload,
    EditedClubCampaign,
    EditedClubCampaignDetails,
    RoomDetails,
    ScriptSetting,
)
from .live.club_management import ClubRanking
from .live.clubs import (
    ClubActivityList,
    ClubCampaignList,
    ClubCampaignsOfClub,
    ClubMapReviewList,
    ClubRoomList,
    ClubUploadList,
    RoomJoinLink,
    RoomPassword,
)
from .live.map_review import (
    ClubMapSubmission,
    ClubMapSubmissions,
    MemberMapSubmission,
    MemberMapSubmissions,
)

__all__ = [
    "BucketItem",
    "ClubActivity",
    "ClubActivityList",
    "ClubCampaignList",
    "ClubCampaignsOfClub",
    "ClubMapReview",
    "ClubMapReviewList",
    "ClubMapSubmission",
    "ClubMapSubmissions",
    "ClubNews",
    "ClubRanking",
    "ClubRoom",
    "ClubRoomList",
    "ClubUpload",
    "ClubUploadList",
    "EditedClubCampaign",
    "EditedClubCampaignDetails",
    "MemberMapSubmission",
    "MemberMapSubmissions",
    "RoomDetails",
    "RoomJoinLink",
    "RoomPassword",
    "ScriptSetting",
]
