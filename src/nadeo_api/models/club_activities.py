"""Models of club activities: the activity list, campaigns, rooms, news, uploads, folders,
rankings and club map reviews."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ._base import Model, to_datetime
from .clubs import ClubCampaign, ClubCampaignDetails
from .map_review import ReviewedMap, ReviewNotes

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


class _Authored(Model):
    """Who created an activity, and who edited it last."""

    creator_account_id: str
    latest_editor_account_id: str


class _Media(_Authored):
    """The media links every activity carries: `.dds` by default, scaled PNGs beside it (all
    empty for preset themes, named by `media_theme`)."""

    media_url: str
    media_url_png_large: str
    media_url_png_medium: str
    media_url_png_small: str
    media_url_dds: str
    media_theme: str


class ClubActivity(_Media):
    """One entry of `get_club_activities`; also the answer of `create_club_folder` and
    `edit_club_activity` (which add `folder_id`).

    `activity_type` is `news`, `campaign`, `room`, `folder`, `ranking`, `map-review` or an
    upload type (`map-upload`, `skin-upload`, `item-upload`); `external_id` is the campaign
    or room ID behind the activity (0 when there is none).
    """

    id: int
    name: str
    activity_type: str
    activity_id: int
    target_activity_id: int
    campaign_id: int
    position: int
    public: bool
    active: bool
    external_id: int
    featured: bool
    password: bool
    items_count: int
    club_id: int
    edition_timestamp: int
    folder_id: int | None = None

    @property
    def edited(self) -> dt.datetime | None:
        return to_datetime(self.edition_timestamp)


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


class EditedClubCampaignDetails(ClubCampaignDetails):
    """The campaign inside a created or edited club campaign, which also says `video` and
    `media_url`."""

    video: bool = False
    media_url: str = ""


class EditedClubCampaign(ClubCampaign):
    """`create_club_campaign` and `edit_club_campaign`, and the items of
    `get_club_campaigns_by_club`."""

    campaign: EditedClubCampaignDetails | None = None


class ClubCampaignsOfClub(Model):
    """`get_club_campaigns_by_club`: one club's active campaigns, newest first."""

    club_campaign_list: list[EditedClubCampaign]
    max_page: int
    item_count: int


class ScriptSetting(Model):
    """One game mode setting of a room; `value` is always a string, `type` says how to read
    it (`integer`, `boolean`, `text`...)."""

    key: str
    value: str
    type: str


class RoomDetails(Model):
    """The server side of a club room. Rooms on a dedicated server have no `id`, `region` or
    maps; their `script_settings` is then an empty list."""

    name: str
    server_account_id: str
    max_players: int
    player_count: int
    maps: list[str] | dict[str, str]
    script: str
    scalable: bool
    script_settings: dict[str, ScriptSetting] | list[Any]
    id: int | None = None
    region: str | None = None
    shuffle_playlist: bool | None = None
    server_info: dict[str, Any] | None = None

    @property
    def map_uids(self) -> list[str]:
        """The room's map UIDs, in order, whether `maps` came as a list or as an object."""
        if isinstance(self.maps, dict):
            return [self.maps[key] for key in sorted(self.maps, key=int)]
        return list(self.maps)


class ClubRoom(_Media):
    """`get_club_room`, `create_club_room`, `edit_club_room` and the items of
    `get_club_rooms`. Rooms on a dedicated server have `nadeo: false`, no `room_id` and a
    `player_server_login`."""

    id: int
    club_id: int
    club_name: str
    nadeo: bool
    activity_id: int
    name: str
    room: RoomDetails
    popularity_level: int
    creation_timestamp: int
    password: bool
    room_id: int | None = None
    campaign_id: int | None = None
    player_server_login: str | None = None

    @property
    def created(self) -> dt.datetime | None:
        return to_datetime(self.creation_timestamp)


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


class ClubNews(_Authored):
    """`get_club_news`, `create_club_news` and `edit_club_news`."""

    id: int
    club_id: int
    club_name: str
    name: str
    headline: str
    body: str
    creation_timestamp: int
    media_url: str = ""
    media_url_jpg_large: str = ""
    media_url_jpg_medium: str = ""
    media_url_jpg_small: str = ""
    media_url_dds: str = ""
    media_theme: str = ""

    @property
    def created(self) -> dt.datetime | None:
        return to_datetime(self.creation_timestamp)


class BucketItem(Model):
    """One map (`item_id` is its UID), skin or item collection of an upload activity."""

    item_id: str
    position: int
    description: str
    media_urls: list[str]
    media_urls_jpg_large: list[str]
    media_urls_jpg_medium: list[str]
    media_urls_jpg_small: list[str]
    media_urls_dds: list[str]


class ClubUpload(_Media):
    """`get_club_upload`, `create_club_upload` and the items of `get_club_uploads` (where
    `bucket_item_list` is empty). `type` is `map-upload`, `skin-upload` or `item-upload`."""

    type: str
    bucket_item_list: list[BucketItem]
    bucket_item_count: int
    popularity_level: int
    popularity_value: int
    creation_timestamp: int
    id: int
    club_id: int
    club_name: str
    name: str


class ClubUploadList(Model):
    """`get_club_uploads`."""

    club_bucket_list: list[ClubUpload]
    max_page: int
    item_count: int


class ClubRanking(_Authored):
    """`create_club_ranking`. `use_case` is `ranking-official`, `ranking-daily` or
    `ranking-club`."""

    id: int
    club_id: int
    club_name: str
    name: str
    use_case: str
    creation_timestamp: int
    campaign_id: int | None = None


class ClubMapReview(_Media):
    """`get_club_map_review`, `create_club_map_review`, `edit_club_map_review` and the items
    of `get_club_map_reviews`. `time_limit` is in seconds per map."""

    id: int
    activity_id: int
    club_id: int
    club_name: str
    name: str
    map_review_uid: str
    time_limit: int
    scalable: bool
    allow_vote_skip_map: bool
    submission_limitation: bool
    max_player: int
    public: bool
    popularity_level: int
    submitted_map_count: int
    creation_timestamp: int
    game2web_url: str

    @property
    def created(self) -> dt.datetime | None:
        return to_datetime(self.creation_timestamp)


class ClubMapReviewList(Model):
    """`get_club_map_reviews`."""

    club_map_review_list: list[ClubMapReview]
    max_page: int
    item_count: int


class _Submission(Model):
    map_uid: str
    feedback_count: int
    creation_timestamp: int
    latest_submission_timestamp: int
    nominated: bool
    nadeo_note: int
    labels: list[str]
    map_styles: list[str]
    messaging_open: bool


class ClubMapSubmission(_Submission):
    """A map submitted to a club map review. `map` is None unless asked `with_map_info`,
    `note_info` None unless asked `with_feedback`."""

    map: ReviewedMap | None = None
    note_info: ReviewNotes | None = None


class ClubMapSubmissions(Model):
    """`get_club_map_review_submitted`."""

    submitted_maps: list[ClubMapSubmission]
    item_count: int


class MemberMapSubmission(_Submission):
    """A member's map submitted to a club map review, with what admins also see: player
    counts, scores (`-1` when not computed) and time played."""

    rejected: bool
    selected: bool
    difficulty_score: int
    difficulty_count: int
    m_score: int
    m_score_experimental: int
    player_count_at_start: int
    player_count_at_end: int
    player_finish_count: int
    player_didnt_finish_count: int
    map_review_id: int
    creation_date: int
    time_played: int
    map: ReviewedMap | None = None
    note_info: ReviewNotes | None = None


class MemberMapSubmissions(Model):
    """`get_club_map_review_submissions`."""

    submitted_maps: list[MemberMapSubmission]
    flashes: list[Any]
    item_count: int
