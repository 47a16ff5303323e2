"""Declarations of the Meet API's endpoints documented under `meet/competitions/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import _checks as check
from ..._endpoint import Call, call, endpoint
from ..._errors import ArgumentError
from ..._pagination import paged
from ._shared import _ref

if TYPE_CHECKING:
    from ...auth import WebServicesToken


CUP_TYPES = ("cotd", "cotw", "grand_race")


@endpoint("meet", "GET", "/api/competitions/{competitionId}", model="meet.competitions.Competition")
def get_competition(token: WebServicesToken, competition_id: int | str) -> Call:
    """Get a competition.

    Args:
        competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.

    Remarks: both IDs work; an unknown competition is a 404.
    """
    return call(competitionId=_ref("competition_id", competition_id, "COMP"))


@endpoint("meet", "GET", "/api/competitions", model="meet.competitions.CompetitionList")
def get_competitions(token: WebServicesToken, length: int = 10, offset: int = 0) -> Call:
    """Get competitions, newest first: official cups and community competitions alike.

    Args:
        length: competitions to get, 0 to 100.
        offset: competitions to skip.

    Remarks: to get only official cups of one type, use `get_cups_of_the_day`.
    """
    return call(query=check.page(length, offset, maximum=100))


@endpoint("meet", "GET", "/api/cups-of-the-day", model="meet.competitions.Cups")
def get_cups_of_the_day(
    token: WebServicesToken, type: str = "cotd", length: int = 10, offset: int = 0
) -> Call:
    """Get official cups of one type, newest first, with their competition and qualifier
    challenge.

    Args:
        type: `cotd` (Cup of the Day), `cotw` (Cup of the Week) or `grand_race` (Grand Enduro
            Race).
        length: cups to get, 0 to 100.
        offset: cups to skip.

    Remarks: whatever the type, the cups are under `COTDs`; reruns and platform-exclusive
    cups are included.
    """
    if type not in CUP_TYPES:
        raise ArgumentError(f"type must be one of {', '.join(CUP_TYPES)} (got {type!r})")
    return call(query={"type": type, **check.page(length, offset, maximum=100)})


@endpoint("meet", "GET", "/api/cup-of-the-day/current", model="meet.competitions.Cup")
def get_cup_of_the_day(token: WebServicesToken) -> Call:
    """Get the Cup of the Day being played now.

    Remarks: only the crossplay Cup of the Day, not the platform-exclusive ones; when none is
    on, the service answers 204 with no content (returned as `{}`; `.typed` then fails).
    """
    return call()


@endpoint(
    "meet", "GET", "/api/competitions/{competitionId}/leaderboard",
    model="meet.competitions.CompetitionLeaderboard",
)
def get_competition_leaderboard(
    token: WebServicesToken, competition_id: int | str, length: int = 10, offset: int = 0
) -> Call:
    """Get a competition's ranking.

    Args:
        competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.
        length: ranks to get, 0 to 255.
        offset: ranks to skip.

    Remarks: both IDs work; before the competition starts every `score` is 0 though the
    ranks are set; an unknown competition is a 404.
    """
    return call(
        competitionId=_ref("competition_id", competition_id, "COMP"),
        query=check.page(length, offset, maximum=255),
    )


@endpoint(
    "meet", "GET", "/api/competitions/{competitionId}/participants",
    model="meet.competitions.ParticipantList",
)
def get_competition_participants(
    token: WebServicesToken, competition_id: int | str, length: int = 10, offset: int = 0
) -> Call:
    """Get a competition's participants.

    Args:
        competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.
        length: participants to get, 0 to 255.
        offset: participants to skip.

    Remarks: both IDs work; an unknown competition is a 404.
    """
    return call(
        competitionId=_ref("competition_id", competition_id, "COMP"),
        query=check.page(length, offset, maximum=255),
    )


@endpoint(
    "meet", "GET", "/api/competitions/{competitionId}/rounds", model="meet.competitions.RoundList"
)
def get_competition_rounds(token: WebServicesToken, competition_id: int | str) -> Call:
    """Get a competition's rounds.

    Args:
        competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.

    Remarks: both IDs work; a round with a qualifier (such as the Cup of the Day's time
    attack) names its challenge in `qualifierChallengeId` (see `get_challenge_leaderboard`);
    a round's matches come from `get_round_matches`; an unknown competition is a 404.
    """
    return call(competitionId=_ref("competition_id", competition_id, "COMP"))


@endpoint(
    "meet", "GET", "/api/competitions/{competitionId}/mode-teams",
    model="meet.competitions.TeamList"
)
def get_competition_teams(token: WebServicesToken, competition_id: int | str) -> Call:
    """Get the teams of a team competition, with their players.

    Args:
        competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.

    Remarks: both IDs work; the keys are capitalised (`Id`, `Name`, `Players`); an unknown
    competition, or one without teams, answers `[]`.
    """
    return call(competitionId=_ref("competition_id", competition_id, "COMP"))


iter_competitions = paged(
    get_competitions, what="competitions, newest first", items=None, key="id", page_size=100,
    model="meet.competitions.Competition",
)
iter_cups_of_the_day = paged(
    get_cups_of_the_day, what="cups of one type, newest first", items="COTDs", key="id",
    page_size=100, model="meet.competitions.Cup",
)
iter_competition_leaderboard = paged(
    get_competition_leaderboard, what="a competition's results", items=None, key="participant",
    page_size=255, model="meet.competitions.CompetitionRank",
)
iter_competition_participants = paged(
    get_competition_participants, what="a competition's participants", items=None,
    key="participant", page_size=255, model="meet.competitions.Participant",
)
