"""Models of the answers of the Meet API's endpoints documented under `meet/super-royal/`."""

from __future__ import annotations

from .._base import Model

__all__ = [
    "SuperRoyalStats",
    "SuperRoyalStatus",
]


class SuperRoyalStats(Model):
    master_won: int
    gold_won: int
    silver_won: int
    bronze_won: int


class SuperRoyalStatus(Model):
    starts_in: int
    status: str
    match_live_id: str | None = None
