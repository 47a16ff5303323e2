"""Models of the answers of the Live API's endpoints documented under `live/club-management/`."""

from __future__ import annotations

from ._shared import _Authored

__all__ = [
    "ClubRanking",
]


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
