"""Handlers of the emulated Meet API's Super Royal section: the sender's statistics and current
status."""

from __future__ import annotations

import math

from ..serving.http import Request, Response, json_response, principal_of
from ..serving.routing import AppState, RouteTable
from ..world import hashing as h

SUPER_ROYAL_EVERY = 6 * 3600


def super_royal_stats(state: AppState, req: Request) -> Response:
    """``GET /api/me/super-royal/stats``."""
    raw = h.digest(state.world.seed, "super-royal", principal_of(req).account_id, size=4)
    wins = sorted((raw[0] % 3, raw[1] % 5, raw[2] % 9, raw[3] % 15))
    return json_response(
        {"masterWon": wins[0], "goldWon": wins[1], "silverWon": wins[2], "bronzeWon": wins[3]}
    )


def super_royal_current(state: AppState, req: Request) -> Response:
    """``GET /api/me/super-royal/current``: the next Super Royal, one every six hours."""
    now = math.floor(state.world.now)
    starts = now - now % SUPER_ROYAL_EVERY + SUPER_ROYAL_EVERY
    return json_response({"startsIn": starts - now, "status": "pending", "matchLiveId": None})


ROUTES: RouteTable = {
    ("GET", "/api/me/super-royal/stats"): super_royal_stats,
    ("GET", "/api/me/super-royal/current"): super_royal_current,
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
