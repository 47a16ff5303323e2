"""Models of the answers of the Meet API's endpoints
documented under `meet/competition-matches/`."""

from __future__ import annotations

import msgspec

from .._base import Model

__all__ = [
    "MatchResult",
    "MatchResults",
    "MatchResultsList",
    "MatchTeamResult",
    "RoundMatch",
    "RoundMatches",
]


class RoundMatch(Model):
    """A match of a round; `id` is a competition match ID, `club_match_live_id` the match's
    live ID for the match endpoints."""

    id: int
    name: str
    club_match_live_id: str | None = None
    position: int = 0
    is_completed: bool = False
    tags: list[str] = msgspec.field(default_factory=list)
    deleted_on: int | None = None


class RoundMatches(Model):
    matches: list[RoundMatch] = msgspec.field(default_factory=list)


class MatchResult(Model):
    """A player's result in a competition match (rank and score null until it is played)."""

    participant: str
    rank: int | None = None
    score: int | None = None
    zone: str | None = None
    team: str | None = None


class MatchTeamResult(Model):
    position: int
    team: str
    rank: int | None = None
    score: int | None = None


class MatchResults(Model):
    """A competition match's results; `teams` is empty without teams."""

    match_live_id: str
    round_position: int = 0
    results: list[MatchResult] = msgspec.field(default_factory=list)
    score_unit: str | None = None
    teams: list[MatchTeamResult] = msgspec.field(default_factory=list)


MatchResultsList = list[MatchResults]
