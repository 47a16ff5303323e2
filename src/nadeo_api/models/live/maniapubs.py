"""Models of the answers of the Live API's endpoints documented under `live/maniapubs/`."""

from __future__ import annotations

import datetime as dt

from .._base import Model, to_datetime

__all__ = [
    "Maniapub",
    "ManiapubList",
]


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
