"""What several of the Core API's declaration modules share."""

from __future__ import annotations

from typing import Any

from ... import _checks as check
from ..._chunking import Chunks, concatenated
from ..._errors import ArgumentError

GAME_MODES = ("TimeAttack", "TimeAttackClone", "Stunt", "Platform")


PERSONAL_BEST = "Personal_Best"

_ACCOUNTS = Chunks("account_ids", None, concatenated)


def _listed(name: str, values: object, maximum: int | None = None) -> list[object]:
    if isinstance(values, (str, bytes)) or not isinstance(values, (list, tuple)):
        raise ArgumentError(f"{name} must be a list (got {values!r})")
    if not values:
        raise ArgumentError(f"{name} must hold at least one item (got none)")
    if maximum is not None and len(values) > maximum:
        raise ArgumentError(f"{name} must hold from 1 to {maximum} items (got {len(values)})")
    return list(values)


def _uuids(name: str, values: object, what: str = "an ID") -> str:
    """At least one UUID, comma-separated."""
    items = _listed(name, values)
    return ",".join(check.uuid(f"{name}[{i}]", v, what) for i, v in enumerate(items))


def _account_ids(values: object) -> str:
    return _uuids("account_ids", values, "an account ID")


def _map_uids(values: object) -> str:
    """At least one map UID, comma-separated."""
    items = _listed("map_uids", values)
    return ",".join(check.map_uid(f"map_uids[{i}]", v) for i, v in enumerate(items))


def _records_query(season_id: str | None, game_mode: str | None) -> dict[str, Any]:
    """The `seasonId` and `gameMode` of a map records query (`Personal_Best` is refused: the
    PB leaderboard is the one without a season)."""
    if season_id == PERSONAL_BEST:
        raise ArgumentError(
            "season_id must be a season ID, or None for the PB leaderboard (got "
            f"{PERSONAL_BEST!r})"
        )
    season = None if season_id is None else check.uuid("season_id", season_id, "a season ID")
    return {
        "seasonId": season,
        "gameMode": None if game_mode is None else check.choice("game_mode", game_mode, GAME_MODES),
    }
