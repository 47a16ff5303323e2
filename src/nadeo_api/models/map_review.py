"""Models of the official map reviews."""

from __future__ import annotations

from ._base import Model
from .maps import MapInfo

__all__ = [
    "ReviewConnection",
    "ReviewedMap",
    "ReviewNotes",
    "SubmittedMap",
    "SubmittedMaps",
    "WaitingTime",
]


class ReviewConnection(Model):
    """`get_map_review_connect`."""

    join_link: str
    no_map: bool
    starting: bool
    submission_wait_timer: int


class WaitingTime(Model):
    """`get_map_review_waiting_time`: a multiple of 180 seconds."""

    seconds: int


class ReviewedMap(MapInfo):
    """A map submitted to a review."""


class ReviewNotes(Model):
    count_total: int
    average: float
    count_star1: int
    count_star2: int
    count_star3: int
    count_star4: int
    count_star5: int
    count_star_max: int


class SubmittedMap(Model):
    map_uid: str
    feedback_count: int
    creation_timestamp: int
    latest_submission_timestamp: int
    nominated: bool
    map: ReviewedMap
    note_info: ReviewNotes
    nadeo_note: int
    labels: list[str]
    map_styles: list[str]
    messaging_open: bool


class SubmittedMaps(Model):
    """`get_map_review_submitted`."""

    submitted_maps: list[SubmittedMap]
    item_count: int
