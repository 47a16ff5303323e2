"""Deterministic account data of the emulated Core API that the world does not hold (creation
dates, trophy counts, skins), and its ISO timestamps.
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass
from typing import Any

from . import World
from . import hashing as h
from .schedule import DAY, UTC

CORE_URL = "https://prod.trackmania.core.nadeo.online"
STORAGE = CORE_URL + "/storageObjects/"
TIERS = 9
_EPOCH = int(datetime.datetime(2020, 7, 1, tzinfo=UTC).timestamp())
SKIN_POOL = 400
SKIN_TYPE = "Models/CarSport"
_SKIN_WORDS = (
    ("Carbon", "Neon", "Retro", "Chrome", "Sunset", "Arctic", "Lava", "Pixel", "Ghost", "Jade"),
    ("Racer", "Stripe", "Wave", "Flame", "Camo", "Storm", "Viper", "Comet", "Drift", "Blaze"),
)


def iso(timestamp: float) -> str:
    """Unix seconds as Core writes them: `2024-03-27T10:40:03+00:00`."""
    return datetime.datetime.fromtimestamp(int(timestamp), UTC).isoformat()


def is_known_account(world: World, account_id: str) -> bool:
    """Whether an account exists: a world player or a configured account."""
    return (
        world.player_index(account_id) is not None
        or world.configured_account(account_id) is not None
    )


def account_created(world: World, account_id: str) -> int:
    """When an account was created (between July 2020 and a month before the world's day)."""
    span = max(DAY, int(world.now) - 30 * DAY - _EPOCH)
    return _EPOCH + h.uint(world.seed, "core-created", account_id.lower()) % span


def after_creation(world: World, account_id: str, what: str) -> int:
    """A moment between an account's creation and the world's clock."""
    created = account_created(world, account_id)
    span = max(1, int(world.now) - created)
    return created + h.uint(world.seed, "core-since", what, account_id.lower()) % span


def counts_json(counts: list[int]) -> dict[str, int]:
    """`t1Count` to `t9Count`."""
    return {f"t{k + 1}Count": count for k, count in enumerate(counts)}


@dataclass(frozen=True)
class SkinInfo:
    """One skin of the world's pool."""

    index: int
    skin_id: str
    name: str
    creator_id: str
    created: int


def skin(world: World, index: int) -> SkinInfo:
    """The skin `index` of the pool (0 <= index < SKIN_POOL)."""
    raw = h.digest(world.seed, "core-skin-name", index, size=2)
    name = "".join(words[b % len(words)] for words, b in zip(_SKIN_WORDS, raw, strict=True))
    creator = world.player_account_id(h.uint(world.seed, "core-skin-creator", index) % 100_000)
    return SkinInfo(
        index,
        h.uuid_str(world.seed, "core-skin", index),
        f"{name}{index}",
        creator,
        _EPOCH + h.uint(world.seed, "core-skin-created", index) % (int(world.now) - _EPOCH),
    )


def skin_index(world: World, skin_id: str) -> int | None:
    """The pool index of a skin ID."""
    return _skin_indexes(world.seed).get(skin_id.lower())


@functools.cache
def _skin_indexes(seed: int) -> dict[str, int]:
    return {h.uuid_str(seed, "core-skin", i): i for i in range(SKIN_POOL)}


def skin_json(world: World, info: SkinInfo) -> dict[str, Any]:
    """A skin as the skin info endpoint shows it."""
    zipped = f"{info.name}.zip"
    return {
        "creatorId": info.creator_id,
        "checksum": h.digest(world.seed, "core-skin-sum", info.index).hex().upper(),
        "filename": zipped,
        "fileOptimizedUrl": STORAGE + h.uuid_str(world.seed, "core-skin-opt", info.index),
        "fileUrl": STORAGE + h.uuid_str(world.seed, "core-skin-file", info.index),
        "skinDisplayName": info.name,
        "skinId": info.skin_id,
        "skinName": "Skins\\Models\\CarSport\\" + zipped,
        "skinType": SKIN_TYPE,
        "thumbnailUrl": STORAGE + h.uuid_str(world.seed, "core-skin-thumb", info.index) + ".tga",
        "timestamp": iso(info.created),
    }


def equipped_skin(world: World, account_id: str) -> SkinInfo | None:
    """The skin an account drives with: a configured service account always has one, one
    world player in four none."""
    account = world.configured_account(account_id)
    if account is not None and account.kind != "service":
        return None
    if account is None and h.uint(world.seed, "core-no-skin", account_id) % 4 == 0:
        return None
    return skin(world, h.uint(world.seed, "core-equipped", account_id) % SKIN_POOL)


def garage(world: World, account_id: str) -> list[tuple[SkinInfo, int]]:
    """The skins in an account's garage with when each was added, oldest first."""
    count = 2 + h.uint(world.seed, "core-garage", account_id) % 8
    picks = {
        h.uint(world.seed, "core-garage-skin", account_id, i) % SKIN_POOL for i in range(count)
    }
    added = sorted(after_creation(world, account_id, f"garage-{i}") for i in range(len(picks)))
    return [(skin(world, index), stamp) for index, stamp in zip(sorted(picks), added, strict=True)]
