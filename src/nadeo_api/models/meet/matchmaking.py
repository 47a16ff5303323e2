"""Models of the answers of the Meet API's endpoints documented under `meet/matchmaking/`."""

from __future__ import annotations

import msgspec

from .._base import Model

__all__ = [
    "Division",
    "Divisions",
    "Heartbeat",
    "Inactivity",
    "MatchmakingRanking",
    "MatchmakingSummary",
    "PlayerStatus",
    "Progression",
    "Progressions",
    "RankedPlayer",
]


class RankedPlayer(Model):
    player: str
    rank: int
    score: int


class MatchmakingRanking(Model):
    """A matchmaking ranking page; `cardinal` is the number of ranked players."""

    matchmaking_id: int
    cardinal: int
    results: list[RankedPlayer] = msgspec.field(default_factory=list)


class Progression(Model):
    player: str
    division: str
    progression: int


class Progressions(Model):
    progressions: list[Progression] = msgspec.field(default_factory=list)


class Division(Model):
    """A division and the rule that places players in it."""

    id: str
    position: int
    display_rule_type: str
    display_rule_minimum_points: int | None = None
    display_rule_maximum_points: int | None = None
    display_rule_minimum_rank: int | None = None
    display_rule_minimum_victories: int | None = None
    display_rule_maximum_victories: int | None = None


class Divisions(Model):
    divisions: list[Division] = msgspec.field(default_factory=list)


class Heartbeat(Model):
    """A matchmaking queue's state: `status` is e.g. `queued` or `match_ready`."""

    status: str
    ban_end_date: int | None = None
    match_live_id: str | None = None
    matchmaking_waiting_time: int | None = None
    creation_date: int | None = None


class Inactivity(Model):
    inactivity_penalty_enabled: bool
    immunity_days: int
    penalty: int


class PlayerStatus(Model):
    """The account's matchmaking status."""

    current_heartbeat: Heartbeat | None = None
    penalty: dict[str, object] | None = None
    current_division: str | None = None
    current_progression: int | None = None
    matchmaking_status: str | None = None
    inactivity: Inactivity | None = None
    match_generation_timer: int | None = None


class MatchmakingSummary(Model):
    """The official matchmaking type IDs, each under two spellings."""

    ranked3v3_id: int = msgspec.field(name="ranked3v3Id")
    ranked_3v3_id: int = msgspec.field(name="ranked_3v3_id")
    royal_id: int = msgspec.field(name="royalId")
    royal_id_snake: int = msgspec.field(name="royal_id")
    super_royal_id: int = msgspec.field(name="superRoyalId")
    super_royal_id_snake: int = msgspec.field(name="super_royal_id")
