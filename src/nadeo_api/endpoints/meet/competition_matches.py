"""Declarations of the Meet API's endpoints documented under `meet/competition-matches/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import _checks as check
from ..._endpoint import Call, call, endpoint
from ..._pagination import paged
from ._shared import _ref

if TYPE_CHECKING:
    from ...auth import WebServicesToken


@endpoint(
    "meet", "GET", "/api/rounds/{roundId}/matches",
    model="meet.competition_matches.RoundMatches",
)
def get_round_matches(
    token: WebServicesToken, round_id: int, length: int = 10, offset: int = 0
) -> Call:
    """Get the matches of a competition round.

    Args:
        round_id: the ID of the round (see `get_competition_rounds`).
        length: matches to get, 0 to 100.
        offset: matches to skip.

    Remarks: the `id`s are competition match IDs (for `get_competition_match_results`), not
    the match IDs of `get_match`: use `clubMatchLiveId` there. An unknown round is a 404.
    """
    return call(
        roundId=check.identifier("round_id", round_id),
        query=check.page(length, offset, maximum=100),
    )


@endpoint(
    "meet", "GET", "/api/competitions/{competitionId}/participants/{accountId}/matches",
    model="meet.competition_matches.MatchResultsList",
)
def get_competition_player_matches(
    token: WebServicesToken, competition_id: int | str, account_id: str
) -> Call:
    """Get the matches a player played in a competition, with their results.

    Args:
        competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.
        account_id: the player's account ID.

    Remarks: both competition IDs work; an unknown competition is a 404, while a player who
    did not take part answers `[]`; ranks and scores are null in matches not played yet.
    """
    return call(
        competitionId=_ref("competition_id", competition_id, "COMP"),
        accountId=check.account_id("account_id", account_id),
    )


@endpoint(
    "meet", "GET", "/api/matches/{compMatchId}/results",
    model="meet.competition_matches.MatchResults",
)
def get_competition_match_results(
    token: WebServicesToken, comp_match_id: int, length: int = 10, offset: int = 0
) -> Call:
    """Get the results of a competition match.

    Args:
        comp_match_id: a competition match ID, from `get_round_matches` (not a match ID of
            `get_match`).
        length: results to get, 0 to 255.
        offset: results to skip.

    Remarks: without teams, `teams` is `[]` and each result's `team` is null; team names come
    from `get_competition_teams`. An unknown match, or one whose results are not available,
    is a 404.
    """
    return call(
        compMatchId=check.identifier("comp_match_id", comp_match_id),
        query=check.page(length, offset, maximum=255),
    )


iter_round_matches = paged(
    get_round_matches, what="the matches of a competition round", items="matches", key="id",
    page_size=100, model="meet.competition_matches.RoundMatch",
)
iter_competition_match_results = paged(
    get_competition_match_results, what="the results of a competition match", items="results",
    key="participant", page_size=255, model="meet.competition_matches.MatchResult",
)
