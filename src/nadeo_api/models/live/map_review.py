"""Models of the answers of the Live API's endpoints documented under `live/map-review/`."""

from __future__ import annotations

from typing import Any

from .._base import Model
from ._shared import MapInfo

__all__ = [
    "ClubMapSubmission",
    "ClubMapSubmissions",
    "MemberMapSubmission",
    "MemberMapSubmissions",
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
