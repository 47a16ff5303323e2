"""Players' trophy gains as the emulated Core API lists them, derived on demand from the seed
(only accounts with a Live trophy ranking have gains). A configured account's trophy points
are the sum of its last year's gains (older ones have expired)."""

from __future__ import annotations

import datetime
from typing import Any

from . import World
from . import hashing as h
from .core_data import TIERS, counts_json, iso
from .schedule import UTC

GAIN_SPACING = 43_200
"""Seconds between consecutive gains (each is moved back by less than that)."""
_MEDAL_KINDS = ("WeeklyShorts", "TrackOfTheDay", "OfficialCampaign")


YEAR = 365 * 86_400
"""Trophies expire a year after they were obtained."""


def _is_configured(world: World, account_id: str) -> bool:
    account = world.configured_account(account_id)
    return account is not None and account.kind == "service"


def gain_count(world: World, account_id: str) -> int:
    """How many trophy gains an account has (0 without a trophy ranking). A configured
    account's reach back more than a year, so that some have expired."""
    if _is_configured(world, account_id):
        return 800 + h.uint(world.seed, "core-gains", account_id) % 100
    if world.player_index(account_id) is None:
        return 0
    return 40 + h.uint(world.seed, "core-gains", account_id) % 400


def last_year(world: World, account_id: str) -> tuple[int, list[int]]:
    """A configured account's trophy points and counts of each tier from the gains of the
    last year on the world's clock (older ones have expired)."""
    since = world.now - YEAR
    counts = [0] * TIERS
    for index in range(gain_count(world, account_id)):
        entry = gain(world, account_id, index)
        if _stamp(world, account_id, index) < since:
            break  # gains are newest first
        for k in range(TIERS):
            counts[k] += entry[f"t{k + 1}Count"]
    return sum(c * 10**k for k, c in enumerate(counts)), counts


def _stamp(world: World, account_id: str, index: int) -> int:
    stamp = int(world.now) - 3600 - index * GAIN_SPACING
    return stamp - h.uint(world.seed, "core-gain-at", account_id, index) % (GAIN_SPACING - 1)


def gain(world: World, account_id: str, index: int) -> dict[str, Any]:
    """The account's gain `index` (0 is the newest): two solo medal gains, then a cup."""
    seed = world.seed
    stamp = _stamp(world, account_id, index)
    counts = [0] * TIERS
    ident = h.uuid_str(seed, "core-gain", account_id, index)
    roll = h.uint(seed, "core-gain-roll", account_id, index)
    if index % 3 == 2:
        tier = 1 + roll % 6
        counts[tier - 1] = 1 + roll // 7 % 3
        day = datetime.datetime.fromtimestamp(stamp, UTC).date()
        info: dict[str, Any] = {
            "trophyAchievementId": ident,
            "trophyAchievementType": "CompetitionMatch",
            "competitionId": h.uuid_str(seed, "core-cup", day.isoformat()),
            "competitionMatchInfo": "",
            "competitionName": f"COTD {day.isoformat()} #1",
            "competitionStage": "1",
            "competitionStageStep": str(1 + roll // 23 % 3),
            "competitionType": "DailyCup",
            "serverId": h.uuid_str(seed, "core-cup-server", account_id, index),
        }
        details: dict[str, Any] = {"rank": 1 + roll // 71 % 64}
    else:
        previous = roll % 4
        level = previous + 1 + roll // 5 % 2
        for tier in range(previous + 1, level + 1):
            counts[tier - 1] = 1
        info = {
            "trophyAchievementId": ident,
            "trophyAchievementType": "SoloMedal",
            "trophySoloMedalAchievementType": _MEDAL_KINDS[roll // 11 % len(_MEDAL_KINDS)],
        }
        details = {"level": level, "previousLevel": previous}
    return {
        "accountId": account_id,
        **counts_json(counts),
        "timestamp": iso(stamp),
        "trophyAchievementInfo": info,
        "trophyGainDetails": details,
    }


def gains(world: World, account_id: str, tier: int | None) -> list[dict[str, Any]]:
    """Every gain of an account, newest first; with `tier`, only those of that tier."""
    everything = (gain(world, account_id, i) for i in range(gain_count(world, account_id)))
    if tier is None:
        return list(everything)
    return [entry for entry in everything if entry[f"t{tier}Count"] > 0]
