"""The opt-in leaderboard faults of the Live position, surround and player records endpoints:
data that lags behind the records (``leaderboard_lag``) and empty answers to valid requests
(``empty_leaderboard_rate``), both deterministic for the same seed and clock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import hashing as h
from .leaderboards import Leaderboard

if TYPE_CHECKING:
    from ..serving.http import Request
    from ..serving.routing import AppState


def cutoff(state: AppState) -> float | None:
    """The latest record time the lagging endpoints see (None: no lag)."""
    lag = state.config.leaderboard_lag
    return None if lag <= 0 else state.world.now - lag


def seen(board: Leaderboard, position: int, until: float | None) -> bool:
    """Whether the record at `position` was set by `until` (a record set at the world's time
    t shows from t + lag on)."""
    return until is None or board.record(position).timestamp <= until


def opened_by(board: Leaderboard, until: float | None) -> bool:
    """Whether the map's leaderboard had any record by `until`."""
    return until is None or board.info.start_timestamp <= until


def answers_empty(state: AppState, req: Request) -> bool:
    """Whether this request meets the empty-list fault: drawn from the seed, the request and
    the clock's second, so the same request at the same time answers the same."""
    rate = state.config.empty_leaderboard_rate
    if rate <= 0:
        return False
    draw = h.unit(
        state.config.seed,
        "empty-leaderboard",
        req.method,
        req.path,
        req.query,
        req.body,
        int(state.world.now),
    )
    return draw < rate
