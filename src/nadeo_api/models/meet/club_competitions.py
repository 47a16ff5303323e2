"""Models of the answers of the Meet API's endpoints documented under `meet/club-competitions/`."""

from __future__ import annotations

import msgspec

from .._base import Model
from ._shared import _Dated
from .competitions import Competition, Participant

__all__ = [
    "ClubCompetitionDetails",
    "ClubCompetitionItem",
    "ClubCompetitionOverview",
    "ClubCompetitionRound",
    "MyClubCompetitions",
    "QualifierChallenge",
]


class QualifierChallenge(_Dated, kw_only=True):
    id: int
    name: str
    is_completed: bool = False
    servers: list[dict[str, object]] = msgspec.field(default_factory=list)


class ClubCompetitionRound(_Dated, kw_only=True):
    id: int
    name: str
    position: int = 0
    status: str | None = None
    nb_matches: int = 0
    qualifier_challenge: QualifierChallenge | None = None


class ClubCompetitionDetails(Model):
    """A club competition: its club, activity and competition."""

    id: int
    club_id: int
    activity_id: int
    max_players: int | None = None
    type: str | None = None
    participant_access: str | None = None
    competition: Competition | None = None
    external_registration_url: str | None = None


class ClubCompetitionOverview(Model):
    """A club competition with its rounds and the account's participation."""

    club_competition: ClubCompetitionDetails
    rounds: list[ClubCompetitionRound] = msgspec.field(default_factory=list)
    participant: Participant | None = None
    current_match_live_id: str | None = None
    current_qualifier_challenge: QualifierChallenge | None = None
    is_registration_ongoing: bool = False


class ClubCompetitionItem(Model):
    activity_id: int
    club_id: int
    name: str
    max_players: int | None = None
    type: str | None = None
    logo_url: str | None = None
    vertical_url: str | None = None


class MyClubCompetitions(Model):
    club_competitions: list[ClubCompetitionItem] = msgspec.field(default_factory=list)
    club_competitions_count: int = 0
