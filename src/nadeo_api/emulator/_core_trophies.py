"""Players' trophy gains as the emulated Core API lists them, derived on demand from the seed
(only accounts with a Live trophy ranking have gains)."""

from __future__ import annotations

import datetime
from typing import Any

from . import _hashing as h
from ._core_data import TIERS, counts_json, iso
from ._records_boards import trophy_ranking
from ._world import UTC, World

GAIN_SPACING = 43_200
"""Seconds between consecutive gains (each is moved back by less than that)."""
_MEDAL_KINDS = ("WeeklyShorts", "TrackOfTheDay", "OfficialCampaign")


def gain_count(world: World, account_id: str) -> int:
    """How many trophy gains an account has (0 without a trophy ranking)."""
    if trophy_ranking(world, account_id) is None:
        return 0
    return 40 + h.uint(world.seed, "core-gains", account_id) % 400


def gain(world: World, account_id: str, index: int) -> dict[str, Any]:
    """The account's gain `index` (0 is the newest): two solo medal gains, then a cup."""
    seed = world.seed
    stamp = int(world.now) - 3600 - index * GAIN_SPACING
    stamp -= h.uint(seed, "core-gain-at", account_id, index) % (GAIN_SPACING - 1)
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
