"""Models of the answers of the Live API's endpoints documented under `live/clubs/`."""

from __future__ import annotations

import datetime as dt

from .._base import Model, to_datetime
from ._shared import (
    Club,
    ClubActivity,
    ClubCampaign,
    ClubMapReview,
    ClubRoom,
    ClubUpload,
    EditedClubCampaign,
)

__all__ = [
    "ClubActivityList",
    "ClubCampaignList",
    "ClubCampaignsOfClub",
    "ClubCompetition",
    "ClubCompetitionList",
    "ClubList",
    "ClubMapReviewList",
    "ClubPlayerInfo",
    "ClubRoomList",
    "ClubTagPin",
    "ClubUploadList",
    "MyClub",
    "MyClubList",
    "RoomJoinLink",
    "RoomPassword",
]


class ClubList(Model):
    """`get_clubs`: a page of clubs; `max_page` counts pages of the requested length."""

    club_list: list[Club]
    max_page: int
    club_count: int


class MyClub(Club):
    """A club the account is a member of, with the account's `role` in it."""

    role: str = ""


class MyClubList(Model):
    """`get_my_clubs`: a page of the account's clubs."""

    club_list: list[MyClub]
    max_page: int
    club_count: int


class ClubCompetition(Model):
    """A club's competition activity; `id` is the activity id, `competition_id` the
    competition's own."""

    competition_id: int
    id: int
    club_id: int
    club_name: str
    name: str
    creation_timestamp: int
    creator_account_id: str
    latest_editor_account_id: str
    popularity_level: int
    popularity_value: int
    media_url: str = ""
    media_theme: str = ""

    @property
    def created(self) -> dt.datetime | None:
        return to_datetime(self.creation_timestamp)


class ClubCompetitionList(Model):
    """`get_club_competitions`: a page of competitions."""

    club_competition_list: list[ClubCompetition]
    max_page: int
    item_count: int


class ClubTagPin(Model):
    """`pin_club` and `use_club_tag`: the account's tag and pinned club afterwards (0 for
    none)."""

    account_id: str
    tag: str
    tag_club_id: int
    pinned_club: int


class ClubPlayerInfo(Model):
    """`get_club_player_info`: the account's club tag and pinned club (0 for none)."""

    has_club_vip: bool
    has_player_vip: bool
    has_follower: bool
    tag_club_id: int
    tag: str
    pinned_club: int
    pinned_club_name: str


class ClubActivityList(Model):
    """`get_club_activities`."""

    activity_list: list[ClubActivity]
    max_page: int
    item_count: int


class ClubCampaignList(Model):
    """`get_club_campaigns`."""

    club_campaign_list: list[ClubCampaign]
    max_page: int
    item_count: int


class ClubCampaignsOfClub(Model):
    """`get_club_campaigns_by_club`: one club's active campaigns, newest first."""

    club_campaign_list: list[EditedClubCampaign]
    max_page: int
    item_count: int


class ClubRoomList(Model):
    """`get_club_rooms`."""

    club_room_list: list[ClubRoom]
    max_page: int
    item_count: int


class RoomJoinLink(Model):
    """`get_club_room_join_link`: `join_link` is empty while the room is `starting`."""

    starting: bool
    join_link: str


class RoomPassword(Model):
    """`get_club_room_password`."""

    password: str


class ClubUploadList(Model):
    """`get_club_uploads`."""

    club_bucket_list: list[ClubUpload]
    max_page: int
    item_count: int


class ClubMapReviewList(Model):
    """`get_club_map_reviews`."""

    club_map_review_list: list[ClubMapReview]
    max_page: int
    item_count: int
