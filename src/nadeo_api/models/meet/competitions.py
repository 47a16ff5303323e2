"""Models of the answers of the Meet API's endpoints documented under `meet/competitions/`."""

from __future__ import annotations

import msgspec

from .._base import Model
from ._shared import _Dated
from .challenges import Challenge

__all__ = [
    "Competition",
    "CompetitionLeaderboard",
    "CompetitionList",
    "CompetitionRank",
    "Cup",
    "Cups",
    "Participant",
    "ParticipantList",
    "Round",
    "RoundList",
    "Team",
    "TeamList",
    "TeamPlayer",
]


class Competition(_Dated, kw_only=True):
    """A competition. `spot_structure` is a JSON document in a string."""

    id: int
    live_id: str
    creator: str
    name: str
    participant_type: str
    description: str | None = None
    activity_id: int | None = None
    club_id: int | None = None
    registration_start: int | None = None
    registration_end: int | None = None
    matches_generation_date: int | None = None
    nb_players: int = 0
    spot_structure: str | None = None
    leaderboard_id: int | None = None
    manialink: str | None = None
    rules_url: str | None = None
    stream_url: str | None = None
    website_url: str | None = None
    logo_url: str | None = None
    vertical_url: str | None = None
    allowed_zones: list[str] = msgspec.field(default_factory=list)
    deleted_on: int | None = None
    auto_normalize_seeds: bool | None = None
    region: str | None = None
    auto_get_participant_skill_level: str | None = None
    match_auto_mode: str | None = None
    partition: str | None = None


CompetitionList = list[Competition]


class Cup(_Dated, kw_only=True):
    """An official cup (Cup of the Day, of the Week, Grand Enduro Race): its competition and
    its qualifier challenge."""

    id: int
    edition: int
    competition: Competition | None = None
    challenge: Challenge | None = None
    deleted_on: int | None = None


class Cups(Model):
    """Official cups, whatever their type under `COTDs`."""

    cotds: list[Cup] = msgspec.field(name="COTDs", default_factory=list)


class CompetitionRank(Model):
    """One rank of a competition; `score` is 0 before the competition starts."""

    participant: str
    rank: int
    score: int
    zone: str


CompetitionLeaderboard = list[CompetitionRank]


class Participant(Model):
    participant: str
    zone: str
    registration: int | None = None
    seed: int | None = None
    added_by: str | None = None
    team: str | None = None
    check_in_date: int | None = None
    group_id: str | None = None
    skill_level: int | None = None


ParticipantList = list[Participant]


class Round(_Dated, kw_only=True):
    """A competition round; `qualifier_challenge_id` names its qualifier's challenge."""

    id: int
    position: int
    name: str
    lock_date: int | None = None
    status: str | None = None
    is_locked: bool = False
    auto_needs_matches: bool = False
    match_score_direction: str | None = None
    leaderboard_compute_type: str | None = None
    team_leaderboard_compute_type: str | None = None
    deleted_on: int | None = None
    nb_matches: int = 0
    qualifier_challenge_id: int | None = None
    training_challenge_id: int | None = None


RoundList = list[Round]


class TeamPlayer(Model):
    account_id: str = msgspec.field(name="AccountId")


class Team(Model):
    """A team of a team competition (the service capitalises these keys)."""

    id: str = msgspec.field(name="Id")
    name: str = msgspec.field(name="Name")
    players: list[TeamPlayer] = msgspec.field(name="Players", default_factory=list)


TeamList = list[Team]
