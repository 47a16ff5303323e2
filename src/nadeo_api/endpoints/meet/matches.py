"""Declarations of the Meet API's endpoints documented under `meet/matches/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import Call, call, endpoint
from ._shared import _ref

if TYPE_CHECKING:
    from ...auth import WebServicesToken


@endpoint("meet", "GET", "/api/matches/{matchId}", model="meet.matches.Match")
def get_match(token: WebServicesToken, match_id: int | str) -> Call:
    """Get a match: its dates, status, server, script and maps.

    Args:
        match_id: the numeric `id` or the `liveId` (`LID-MTCH-...`) of the match.

    Remarks: both IDs work; matches are kept about a month, then they are a 404 like unknown
    ones; since February 2023 no `serverConfig` is given, and since January 2024
    `publicConfig` names the script and the maps.
    """
    return call(matchId=_ref("match_id", match_id, "MTCH"))


@endpoint(
    "meet", "GET", "/api/matches/{matchId}/participants", model="meet.matches.MatchParticipantList"
)
def get_match_participants(token: WebServicesToken, match_id: int | str) -> Call:
    """Get a match's players with their ranks and scores.

    Args:
        match_id: the numeric `id` or the `liveId` (`LID-MTCH-...`) of the match.

    Remarks: both IDs work; matches are kept about a month, then they are a 404 like unknown
    ones.
    """
    return call(matchId=_ref("match_id", match_id, "MTCH"))


@endpoint("meet", "GET", "/api/matches/{matchId}/teams", model="meet.matches.MatchTeamList")
def get_match_teams(token: WebServicesToken, match_id: int | str) -> Call:
    """Get a match's teams with their scores and ranks.

    Args:
        match_id: the numeric `id` or the `liveId` (`LID-MTCH-...`) of the match.

    Remarks: both IDs work; matches are kept about a month, then they are a 404 like unknown
    ones.
    """
    return call(matchId=_ref("match_id", match_id, "MTCH"))
