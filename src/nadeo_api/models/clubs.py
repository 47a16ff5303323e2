"""Models of clubs and their activities."""

from __future__ import annotations

import datetime as dt

from ._base import Model, to_datetime
from .campaigns import MonthMedia, PlaylistMap

__all__ = ["CampaignCategory", "ClubCampaign", "ClubCampaignDetails", "LatestSeason"]


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
