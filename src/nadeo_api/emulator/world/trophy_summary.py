"""The Core trophy summary: an account's trophies of the last year."""

from __future__ import annotations

from . import World
from . import hashing as h
from .boards import trophy_ranking
from .core_data import TIERS
from .trophies import last_year


def trophy_counts(world: World, account_id: str) -> tuple[int, list[int]]:
    """An account's trophy points of the last year and its count of trophies of each tier
    (tier k is worth 10**(k-1) points): the points of the Live trophy rankings, so both APIs
    agree; zeros for accounts without a ranking."""
    ranking = trophy_ranking(world, account_id)
    if ranking is None:
        return 0, [0] * TIERS
    configured = world.configured_account(account_id)
    if configured is not None:
        # A configured account's gains are listed: the summary is their last year's.
        return last_year(world, account_id)
    points = ranking.points
    counts = [points // 10**k % 10 for k in range(TIERS - 1)] + [points // 10 ** (TIERS - 1)]
    # Break some trophies of each tier into ten of the tier below, as players earn many more
    # small trophies than their points' digits show.
    for k in range(TIERS - 1, 0, -1):
        moved = h.uint(world.seed, "core-trophy-split", account_id, k) % (counts[k] + 1)
        counts[k] -= moved
        counts[k - 1] += moved * 10
    return points, counts
