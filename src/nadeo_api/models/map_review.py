"""Models of the official map reviews.

Re-exports, kept so that `nadeo_api.models.map_review` offers what it always has: each model is
defined beside the endpoints that answer it, in `models.live.map_review`.
"""

from __future__ import annotations

from .live.map_review import (
    ReviewConnection,
    ReviewedMap,
    ReviewNotes,
    SubmittedMap,
    SubmittedMaps,
    WaitingTime,
)

__all__ = [
    "ReviewConnection",
    "ReviewedMap",
    "ReviewNotes",
    "SubmittedMap",
    "SubmittedMaps",
    "WaitingTime",
]
