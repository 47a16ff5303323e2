"""Models of the answers of the Meet API's endpoints documented under `meet/matches/`."""

from __future__ import annotations

import msgspec

from .._base import Model
from ._shared import _Dated

__all__ = [
    "Match",
    "MatchParticipant",
    "MatchParticipantList",
    "MatchPublicConfig",
    "MatchTeam",
    "MatchTeamList",
]


class MatchPublicConfig(Model):
    script: str | None = None
    maps: list[str] = msgspec.field(default_factory=list)


class Match(_Dated, kw_only=True):
    """A match (its `status` is e.g. `ONGOING` or `COMPLETED`)."""

    id: int
    live_id: str
    name: str
    status: str | None = None
    participant_type: str | None = None
    join_link: str | None = None
    server_status: str | None = None
    manialink: str | None = None
    public_config: MatchPublicConfig | None = None


class MatchParticipant(Model):
    participant: str
    position: int
    team_position: int | None = None
    rank: int | None = None
    score: int | None = None
    mvp: bool = False
    leaver: bool | None = None
    eliminated: bool = False


MatchParticipantList = list[MatchParticipant]


class MatchTeam(Model):
    position: int
    score: int
    rank: int


MatchTeamList = list[MatchTeam]
