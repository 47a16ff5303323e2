"""Models that several sections of the Live API share."""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec

from .._base import Model, format_race_time, to_datetime

__all__ = [
    "BucketItem",
    "CampaignCategory",
    "Club",
    "ClubActivity",
    "ClubCampaign",
    "ClubCampaignDetails",
    "ClubMapReview",
    "ClubMember",
    "ClubMemberList",
    "ClubNews",
    "ClubRoom",
    "ClubUpload",
    "EditedClubCampaign",
    "EditedClubCampaignDetails",
    "LatestSeason",
    "MapInfo",
    "MonthMedia",
    "PlaylistMap",
    "RoomDetails",
    "ScriptSetting",
]


class MonthMedia(Model):
    button_background_url: str = ""
    button_foreground_url: str = ""
    decal_url: str = ""
    pop_up_background_url: str = ""
    pop_up_image_url: str = ""
    live_button_background_url: str = ""
    live_button_foreground_url: str = ""


class PlaylistMap(Model):
    id: int
    position: int
    map_uid: str


class LatestSeason(Model):
    uid: str
    name: str
    start_timestamp: int
    end_timestamp: int
    relative_start: int
    relative_end: int
    campaign_id: int
    active: bool


class CampaignCategory(Model):
    position: int
    length: int
    name: str


class ClubCampaignDetails(Model):
    id: int
    season_uid: str
    name: str
    color: str
    use_case: int
    club_id: int
    leaderboard_group_uid: str
    publication_timestamp: int
    start_timestamp: int
    end_timestamp: int
    year: int
    week: int
    day: int
    month_year: int
    month: int
    month_day: int
    published: bool
    playlist: list[PlaylistMap]
    latest_seasons: list[LatestSeason]
    categories: list[CampaignCategory]
    edition_timestamp: int
    ranking_sent_timestamp: int | None = None
    media: MonthMedia | None = None


class ClubCampaign(Model):
    """`get_club_campaign`. A few campaigns answer an empty body: every field is then empty.

    `media_url` links a `.dds` file; `media_url_png_large/medium/small` link PNG versions.
    """

    club_decal_url: str = ""
    campaign_id: int | None = None
    activity_id: int | None = None
    campaign: ClubCampaignDetails | None = None
    popularity_level: int | None = None
    publication_timestamp: int | None = None
    creation_timestamp: int | None = None
    creator_account_id: str | None = None
    latest_editor_account_id: str | None = None
    id: int | None = None
    club_id: int | None = None
    club_name: str | None = None
    name: str | None = None
    maps_count: int | None = None
    media_url: str | None = None
    media_url_png_large: str | None = None
    media_url_png_medium: str | None = None
    media_url_png_small: str | None = None
    media_url_dds: str | None = None
    media_theme: str | None = None

    @property
    def published(self) -> dt.datetime | None:
        return to_datetime(self.publication_timestamp)


class MapInfo(Model):
    """What every answer tells of a map. Times are milliseconds."""

    uid: str
    map_id: str
    name: str
    author: str
    submitter: str
    author_time: int
    gold_time: int
    silver_time: int
    bronze_time: int
    nb_laps: int
    valid: bool
    download_url: str
    thumbnail_url: str
    upload_timestamp: int
    update_timestamp: int

    @property
    def uploaded(self) -> dt.datetime | None:
        return to_datetime(self.upload_timestamp)

    @property
    def updated(self) -> dt.datetime | None:
        return to_datetime(self.update_timestamp)

    @property
    def author_medal(self) -> str:
        """The author time as `m:ss.mmm`."""
        return format_race_time(self.author_time)


# msgspec's camel case would write "4X1"; the services write "4x1".
_SPONSOR = "decalSponsor4x1Url"


class Club(Model):
    """A club (`get_club`, `create_club`, `edit_club` and the club lists).

    Custom media link a `.dds` file in `<slot>_url` and `<slot>_url_dds`, with scaled PNG (JPG
    for the background) versions beside; slots showing a preset theme (`<slot>_theme`) have
    empty URLs (the 4x1 sponsor decal has no preset theme). The 64x41 screen shows the 16x9
    screen's media; `state` is `public`, `private-open` or `private-closed`.
    """

    id: int
    name: str
    tag: str
    description: str
    author_account_id: str
    latest_editor_account_id: str
    creation_timestamp: int
    edition_timestamp: int
    popularity_level: int
    state: str
    featured: bool
    verified: bool
    wallet_uid: str
    metadata: str = ""
    logo_url: str = ""
    icon_theme: str = ""
    decal_theme: str = ""
    screen16x9_theme: str = ""
    screen64x41_theme: str = ""
    screen8x1_theme: str = ""
    screen16x1_theme: str = ""
    vertical_theme: str = ""
    background_theme: str = ""
    icon_url: str = ""
    icon_url_png_large: str = ""
    icon_url_png_medium: str = ""
    icon_url_png_small: str = ""
    icon_url_dds: str = ""
    decal_url: str = ""
    decal_url_png_large: str = ""
    decal_url_png_medium: str = ""
    decal_url_png_small: str = ""
    decal_url_dds: str = ""
    screen16x9_url: str = ""
    screen16x9_url_png_large: str = ""
    screen16x9_url_png_medium: str = ""
    screen16x9_url_png_small: str = ""
    screen16x9_url_dds: str = ""
    screen64x41_url: str = ""
    screen64x41_url_png_large: str = ""
    screen64x41_url_png_medium: str = ""
    screen64x41_url_png_small: str = ""
    screen64x41_url_dds: str = ""
    decal_sponsor_4x1_url: str = msgspec.field(default="", name=_SPONSOR)
    decal_sponsor_4x1_url_png_large: str = msgspec.field(default="", name=_SPONSOR + "PngLarge")
    decal_sponsor_4x1_url_png_medium: str = msgspec.field(default="", name=_SPONSOR + "PngMedium")
    decal_sponsor_4x1_url_png_small: str = msgspec.field(default="", name=_SPONSOR + "PngSmall")
    decal_sponsor_4x1_url_dds: str = msgspec.field(default="", name=_SPONSOR + "Dds")
    screen8x1_url: str = ""
    screen8x1_url_png_large: str = ""
    screen8x1_url_png_medium: str = ""
    screen8x1_url_png_small: str = ""
    screen8x1_url_dds: str = ""
    screen16x1_url: str = ""
    screen16x1_url_png_large: str = ""
    screen16x1_url_png_medium: str = ""
    screen16x1_url_png_small: str = ""
    screen16x1_url_dds: str = ""
    vertical_url: str = ""
    vertical_url_png_large: str = ""
    vertical_url_png_medium: str = ""
    vertical_url_png_small: str = ""
    vertical_url_dds: str = ""
    background_url: str = ""
    background_url_jpg_large: str = ""
    background_url_jpg_medium: str = ""
    background_url_jpg_small: str = ""
    background_url_dds: str = ""

    @property
    def created(self) -> dt.datetime | None:
        return to_datetime(self.creation_timestamp)

    @property
    def edited(self) -> dt.datetime | None:
        return to_datetime(self.edition_timestamp)


class ClubMember(Model):
    """An account in the context of a club.

    `role` is `Creator`, `Admin`, `Content Creator` or `Member`; `Apply` for a pending
    request; empty when the account is not a member (`creation_timestamp` is then the time
    of the request).
    """

    account_id: str
    club_id: int
    role: str
    creation_timestamp: int
    vip: bool
    moderator: bool
    has_featured: bool
    pin: bool
    use_tag: bool

    @property
    def joined(self) -> dt.datetime | None:
        return to_datetime(self.creation_timestamp)


class ClubMemberList(Model):
    """`get_club_members` and `get_club_member_requests`: a page of members."""

    club_member_list: list[ClubMember]
    max_page: int
    item_count: int


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


class EditedClubCampaignDetails(ClubCampaignDetails):
    """The campaign inside a created or edited club campaign, which also says `video` and
    `media_url`."""

    video: bool = False
    media_url: str = ""


class EditedClubCampaign(ClubCampaign):
    """`create_club_campaign` and `edit_club_campaign`, and the items of
    `get_club_campaigns_by_club`."""

    campaign: EditedClubCampaignDetails | None = None


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
