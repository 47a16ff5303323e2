"""Models of clubs, their members and an account's club settings."""

from __future__ import annotations

import datetime as dt

import msgspec

from ._base import Model, to_datetime

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
