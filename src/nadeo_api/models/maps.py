"""Models of maps, official campaigns (v1 list, campaign info of a map) and maniapubs."""

from __future__ import annotations

import datetime as dt

from ._base import Model, format_race_time, to_datetime
from .campaigns import Campaign, MonthMedia
from .clubs import CampaignCategory, LatestSeason

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


class Map(MapInfo):
    """A map's metadata; `map_type` reads e.g. `TrackMania\\TM_Race`."""

    public: bool
    favorite: bool
    playable: bool
    map_style: str
    map_type: str
    collection_name: str
    file_size: int | None = None


class MapList(Model):
    """`get_maps_info`, `get_favorite_maps`, `get_uploaded_maps`: `item_count` counts every
    matching map, not only those of this page."""

    map_list: list[Map]
    item_count: int


class CampaignV1(Campaign):
    """An official seasonal campaign as the deprecated v1 list shows it."""

    color: str = ""
    leaderboard_group_uid: str = ""
    publication_timestamp: int = 0
    published: bool = True
    latest_seasons: list[LatestSeason] = []
    categories: list[CampaignCategory] = []
    media: MonthMedia | None = None


class CampaignListV1(Model):
    """`get_maps_seasonal_v1`: seasonal campaigns, newest first."""

    item_count: int
    campaign_list: list[CampaignV1]
    next_request_timestamp: int
    relative_next_request: int


class MapCampaignInfo(Model):
    """`get_map_campaign_info`: -1 and [] where the map is in no seasonal campaign or was no
    Track of the Day. `official_maps` are the campaign's maps, `totd_maps` the week's TOTDs."""

    official_year: int
    season: int
    official_maps: list[str]
    totd_year: int
    week: int
    totd_maps: list[str]


class Maniapub(Model):
    """An in-game ad. The `*_url` fields link to `.dds` files; the `*_jpg_*` ones to JPEGs."""

    campaign_uid: str
    name: str
    ad_type: str
    external_url: str
    screen2x3_url: str
    screen2x3_url_jpg_large: str
    screen2x3_url_jpg_medium: str
    screen2x3_url_jpg_small: str
    screen2x3_url_dds: str
    screen16x9_url: str
    screen16x9_url_jpg_large: str
    screen16x9_url_jpg_medium: str
    screen16x9_url_jpg_small: str
    screen16x9_url_dds: str
    screen64x41_url: str
    screen64x41_url_jpg_large: str
    screen64x41_url_jpg_medium: str
    screen64x41_url_jpg_small: str
    screen64x41_url_dds: str
    screen64x10_url: str
    screen64x10_url_jpg_large: str
    screen64x10_url_jpg_medium: str
    screen64x10_url_jpg_small: str
    screen64x10_url_dds: str
    media_url: str
    display_format: str
    ratio: float
    display_ratio: float
    end_timestamp: int
    relative_end: int

    @property
    def end(self) -> dt.datetime | None:
        return to_datetime(self.end_timestamp)


class ManiapubList(Model):
    """`get_active_maniapubs`."""

    display_list: list[Maniapub]
    item_count: int
