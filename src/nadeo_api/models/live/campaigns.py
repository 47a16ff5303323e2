"""Models of the answers of the Live API's endpoints documented under `live/campaigns/`."""

from __future__ import annotations

import datetime as dt

from .._base import Model, to_datetime
from ._shared import CampaignCategory, LatestSeason, MonthMedia, PlaylistMap

__all__ = [
    "Campaign",
    "CampaignList",
    "CampaignListV1",
    "CampaignV1",
    "MapCampaignInfo",
    "MonthList",
    "TotdDay",
    "TotdMonth",
]


class TotdDay(Model):
    """One day's Track of the Day (or Royal map). `day` is the weekday, Monday = 0."""

    campaign_id: int
    map_uid: str
    day: int
    month_day: int
    season_uid: str
    start_timestamp: int
    end_timestamp: int
    relative_start: int
    relative_end: int
    leaderboard_group: str | None = None

    @property
    def start(self) -> dt.datetime | None:
        return to_datetime(self.start_timestamp)

    @property
    def end(self) -> dt.datetime | None:
        return to_datetime(self.end_timestamp)


class TotdMonth(Model):
    year: int
    month: int
    last_day: int
    days: list[TotdDay]
    media: MonthMedia | None = None


class MonthList(Model):
    """`get_maps_totd` and `get_maps_royal`: months, newest first.

    `next_request_timestamp` and `relative_next_request` may be -1 when the next Track of the
    Day is not scheduled yet.
    """

    month_list: list[TotdMonth]
    item_count: int
    next_request_timestamp: int
    relative_next_request: int

    @property
    def next_request(self) -> dt.datetime | None:
        return to_datetime(self.next_request_timestamp)


class Campaign(Model):
    """An official seasonal or weekly campaign."""

    id: int
    season_uid: str
    name: str
    use_case: int
    club_id: int
    start_timestamp: int
    end_timestamp: int
    year: int
    week: int
    day: int
    month_year: int
    month: int
    month_day: int
    playlist: list[PlaylistMap]
    edition_timestamp: int
    media_url: str | None = None
    video: bool | None = None
    ranking_sent_timestamp: int | None = None

    @property
    def start(self) -> dt.datetime | None:
        return to_datetime(self.start_timestamp)

    @property
    def end(self) -> dt.datetime | None:
        return to_datetime(self.end_timestamp)

    @property
    def map_uids(self) -> list[str]:
        return [entry.map_uid for entry in sorted(self.playlist, key=lambda e: e.position)]


class CampaignList(Model):
    """`get_maps_seasonal`, `get_maps_weekly_short`, `get_maps_weekly_grand`: newest first."""

    item_count: int
    campaign_list: list[Campaign]
    next_request_timestamp: int
    relative_next_request: int


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
