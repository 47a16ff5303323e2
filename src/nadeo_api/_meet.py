"""Declarations of the Meet API: competitions, cups of the day, matches, matchmaking."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import _checks as check
from ._chunking import Chunks, fields
from ._endpoint import Call, Endpoint, call, endpoint
from ._errors import ArgumentError
from ._generic import verb, with_body, without_body
from ._pagination import Listing, paged

if TYPE_CHECKING:
    from .auth import ServiceToken, WebServicesToken

MATCHMAKING_TYPES: dict[int | str, str] = {
    2: "Ranked 3v3 (deprecated)",
    3: "Royal (deprecated)",
    4: "Super Royal (deprecated)",
    5: "Ranked 2v2",
    "ranked-3v3": "Ranked 3v3 (deprecated)",
    "ranked-2v2": "Ranked 2v2",
}
"""The matchmaking types the routes accept: ids, and the string forms."""
TEAM_SIZES = {2: 3, 3: 3, 4: 3, 5: 2, "ranked-3v3": 3, "ranked-2v2": 2}
CUP_TYPES = ("cotd", "cotw", "grand_race")

delete = verb("meet", "DELETE", with_body)
get = verb("meet", "GET", without_body)
head = verb("meet", "HEAD", without_body)
options = verb("meet", "OPTIONS", with_body)
patch = verb("meet", "PATCH", with_body)
post = verb("meet", "POST", with_body)
put = verb("meet", "PUT", with_body)

_LIVE_ID = {"COMP": re.compile(r"LID-COMP-[a-z0-9]+"), "MTCH": re.compile(r"LID-MTCH-[a-z0-9]+")}


def _ref(name: str, value: object, kind: str) -> int | str:
    """A numeric ID (int >= 1) or a live ID `LID-<kind>-...`."""
    if isinstance(value, str):
        if not _LIVE_ID[kind].fullmatch(value):
            raise ArgumentError(
                f"{name} must be a numeric ID or a live ID starting with LID-{kind}- "
                f"(got {value!r})"
            )
        return value
    return check.identifier(name, value)


def _type(value: object) -> int | str:
    """A matchmaking type: 2, 3, 4, 5, `ranked-3v3` or `ranked-2v2`."""
    if type(value) not in (int, str) or value not in MATCHMAKING_TYPES:
        allowed = ", ".join(repr(k) for k in MATCHMAKING_TYPES)
        raise ArgumentError(f"matchmaking_type must be one of {allowed} (got {value!r})")
    return value


def _account_ids(
    name: str, values: object, maximum: int | None = None, minimum: int = 1
) -> list[str]:
    """A list (or tuple) of `minimum` to `maximum` account IDs."""
    if isinstance(values, (str, bytes)) or not isinstance(values, (list, tuple)):
        raise ArgumentError(f"{name} must be a list of account IDs (got {values!r})")
    check.count(f"len({name})", len(values), minimum=minimum, maximum=maximum)
    return [check.account_id(f"{name}[{i}]", value) for i, value in enumerate(values)]


def _page(length: object, offset: object, maximum: int) -> dict[str, int]:
    return {
        "length": check.count("length", length, maximum=maximum),
        "offset": check.count("offset", offset),
    }


# Competitions ---------------------------------------------------------------------------


@endpoint("meet", "GET", "/api/competitions/{competitionId}", model="meet.Competition")
def get_competition(token: WebServicesToken, competition_id: int | str) -> Call:
    """Get a competition.

    Args:
        competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.

    Remarks: both IDs work; an unknown competition is a 404.
    """
    return call(competitionId=_ref("competition_id", competition_id, "COMP"))


@endpoint("meet", "GET", "/api/competitions", model="meet.CompetitionList")
def get_competitions(token: WebServicesToken, length: int = 10, offset: int = 0) -> Call:
    """Get competitions, newest first: official cups and community competitions alike.

    Args:
        length: competitions to get, 0 to 100.
        offset: competitions to skip.

    Remarks: to get only official cups of one type, use `get_cups_of_the_day`.
    """
    return call(query=_page(length, offset, 100))


@endpoint("meet", "GET", "/api/cups-of-the-day", model="meet.Cups")
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
    return call(query={"type": type, **_page(length, offset, 100)})


@endpoint("meet", "GET", "/api/cup-of-the-day/current", model="meet.Cup")
def get_cup_of_the_day(token: WebServicesToken) -> Call:
    """Get the Cup of the Day being played now.

    Remarks: only the crossplay Cup of the Day, not the platform-exclusive ones; when none is
    on, the service answers 204 with no content (returned as `{}`; `.typed` then fails).
    """
    return call()


@endpoint(
    "meet", "GET", "/api/competitions/{competitionId}/leaderboard",
    model="meet.CompetitionLeaderboard",
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
        query=_page(length, offset, 255),
    )


@endpoint(
    "meet", "GET", "/api/competitions/{competitionId}/participants",
    model="meet.ParticipantList",
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
        query=_page(length, offset, 255),
    )


@endpoint(
    "meet", "GET", "/api/competitions/{competitionId}/rounds", model="meet.RoundList"
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
    "meet", "GET", "/api/competitions/{competitionId}/mode-teams", model="meet.TeamList"
)
def get_competition_teams(token: WebServicesToken, competition_id: int | str) -> Call:
    """Get the teams of a team competition, with their players.

    Args:
        competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.

    Remarks: both IDs work; the keys are capitalised (`Id`, `Name`, `Players`); an unknown
    competition, or one without teams, answers `[]`.
    """
    return call(competitionId=_ref("competition_id", competition_id, "COMP"))


# Competition matches --------------------------------------------------------------------


@endpoint("meet", "GET", "/api/rounds/{roundId}/matches", model="meet.RoundMatches")
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
    return call(roundId=check.identifier("round_id", round_id), query=_page(length, offset, 100))


@endpoint(
    "meet", "GET", "/api/competitions/{competitionId}/participants/{accountId}/matches",
    model="meet.MatchResultsList",
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


@endpoint("meet", "GET", "/api/matches/{compMatchId}/results", model="meet.MatchResults")
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
        query=_page(length, offset, 255),
    )


# Challenges -----------------------------------------------------------------------------


@endpoint("meet", "GET", "/api/challenges/{challengeId}", model="meet.Challenge")
def get_challenge(token: WebServicesToken, challenge_id: int) -> Call:
    """Get a challenge: a leaderboard of its own, such as a competition's qualifier.

    Args:
        challenge_id: the ID of the challenge (a round's `qualifierChallengeId`).

    Remarks: challenges are not competitions; an unknown challenge is a 404.
    """
    return call(challengeId=check.identifier("challenge_id", challenge_id))


@endpoint("meet", "GET", "/api/challenges", model="meet.ChallengeList")
def get_challenges(token: WebServicesToken, length: int = 10, offset: int = 0) -> Call:
    """Get challenges, newest first.

    Args:
        length: challenges to get, 0 to 100.
        offset: challenges to skip.

    Remarks: challenges are not competitions, though most are competitions' qualifiers.
    """
    return call(query=_page(length, offset, 100))


@endpoint(
    "meet", "GET", "/api/challenges/{challengeId}/leaderboard",
    model="meet.ChallengeLeaderboard",
)
def get_challenge_leaderboard(
    token: WebServicesToken, challenge_id: int, length: int = 10, offset: int = 0
) -> Call:
    """Get a challenge's leaderboard (e.g. a Cup of the Day qualifier's).

    Args:
        challenge_id: the ID of the challenge (a round's `qualifierChallengeId`).
        length: entries to get, 0 to 100.
        offset: entries to skip.

    Remarks: `cardinal` is the number of ranked players; an unknown challenge is a 404.
    """
    return call(
        challengeId=check.identifier("challenge_id", challenge_id),
        query=_page(length, offset, 100),
    )


@endpoint(
    "meet", "GET", "/api/challenges/{challengeId}/records/maps/{mapUid}",
    model="meet.ChallengeRecordList",
)
def get_challenge_map_records(
    token: WebServicesToken, challenge_id: int, map_uid: str, length: int = 10, offset: int = 0
) -> Call:
    """Get a challenge's records on one of its maps.

    Args:
        challenge_id: the ID of the challenge.
        map_uid: the UID of one of the challenge's maps.
        length: records to get, 0 to 100.
        offset: records to skip.

    Remarks: like `get_challenge_leaderboard`, for one map; an unknown challenge or map, or
    no record for the pair, is a 404.
    """
    return call(
        challengeId=check.identifier("challenge_id", challenge_id),
        mapUid=check.map_uid("map_uid", map_uid),
        query=_page(length, offset, 100),
    )


# Club competitions ----------------------------------------------------------------------


@endpoint(
    "meet", "GET", "/api/club-competitions/{clubCompetitionId}",
    model="meet.ClubCompetitionOverview",
)
def get_club_competition(token: WebServicesToken, club_competition_id: int) -> Call:
    """Get a club competition with its rounds and the account's participation.

    Args:
        club_competition_id: the club activity ID of the competition.

    Remarks: `clubCompetition.competition.id` is the ID for the competition endpoints; an
    unknown activity is a 404.
    """
    return call(clubCompetitionId=check.identifier("club_competition_id", club_competition_id))


@endpoint(
    "meet", "GET", "/api/me/club-competitions", user_only=True,
    model="meet.MyClubCompetitions",
)
def get_my_club_competitions(token: ServiceToken, length: int = 0, offset: int = 0) -> Call:
    """Get the competitions of the clubs the account is a member of.

    Args:
        length: competitions to get, 0 to 100 (the documented default, 0, gets only the
            count).
        offset: competitions to skip.

    Remarks: needs a service account; without Club Access the account is in no club and the
    list is always empty.
    """
    return call(query=_page(length, offset, 100))


# Matches --------------------------------------------------------------------------------


@endpoint("meet", "GET", "/api/matches/{matchId}", model="meet.Match")
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
    "meet", "GET", "/api/matches/{matchId}/participants", model="meet.MatchParticipantList"
)
def get_match_participants(token: WebServicesToken, match_id: int | str) -> Call:
    """Get a match's players with their ranks and scores.

    Args:
        match_id: the numeric `id` or the `liveId` (`LID-MTCH-...`) of the match.

    Remarks: both IDs work; matches are kept about a month, then they are a 404 like unknown
    ones.
    """
    return call(matchId=_ref("match_id", match_id, "MTCH"))


@endpoint("meet", "GET", "/api/matches/{matchId}/teams", model="meet.MatchTeamList")
def get_match_teams(token: WebServicesToken, match_id: int | str) -> Call:
    """Get a match's teams with their scores and ranks.

    Args:
        match_id: the numeric `id` or the `liveId` (`LID-MTCH-...`) of the match.

    Remarks: both IDs work; matches are kept about a month, then they are a 404 like unknown
    ones.
    """
    return call(matchId=_ref("match_id", match_id, "MTCH"))


# Matchmaking ----------------------------------------------------------------------------


@endpoint(
    "meet", "GET", "/api/matchmaking/{matchmakingType}/leaderboard",
    model="meet.MatchmakingRanking",
)
def get_matchmaking_rankings(
    token: WebServicesToken, matchmaking_type: int | str, length: int = 10, offset: int = 0
) -> Call:
    """Get the world ranking of a matchmaking type.

    Args:
        matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
            3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.
        length: ranks to get, 0 to 100.
        offset: ranks to skip (any depth can be read, unlike map leaderboards).

    Remarks: `cardinal` is the number of ranked players; an unknown type is an error.
    """
    return call(matchmakingType=_type(matchmaking_type), query=_page(length, offset, 100))


def _players_call(matchmaking_type: object, players: object) -> Call:
    return call(
        matchmakingType=_type(matchmaking_type),
        query={"players[]": _account_ids("players", players)},
    )


@endpoint(
    "meet", "GET", "/api/matchmaking/{matchmakingType}/leaderboard/players",
    model="meet.MatchmakingRanking", chunks=Chunks("players", None, fields("results")),
)
def get_matchmaking_player_ranks(
    token: WebServicesToken, matchmaking_type: int | str, players: Sequence[str]
) -> Call:
    """Get players' ranks and scores in a matchmaking type.

    Args:
        matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
            3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.
        players: the players' account IDs: at least one, any number (sent in as few
            requests as the URI limit allows, each ID once).

    Remarks: `cardinal` is the number of ranked players; there is no set limit on players,
    but a request URI of 8,220 characters or more (just over 150 IDs) is a 414, so longer
    lists are split into several requests and their `results` joined. Like
    `get_matchmaking_player_progressions`, with ranks instead of divisions. An unknown type
    is an error.
    """
    return _players_call(matchmaking_type, players)


@endpoint(
    "meet", "GET", "/api/matchmaking/{matchmakingType}/progression/players",
    model="meet.Progressions", chunks=Chunks("players", None, fields("progressions")),
)
def get_matchmaking_player_progressions(
    token: WebServicesToken, matchmaking_type: int | str, players: Sequence[str]
) -> Call:
    """Get players' divisions and progression in a matchmaking type.

    Args:
        matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
            3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.
        players: the players' account IDs: at least one, any number (sent in as few
            requests as the URI limit allows, each ID once).

    Remarks: there is no set limit on players, but a request URI of 8,220 characters or more
    (just over 150 IDs) is a 414, so longer lists are split into several requests and their
    `progressions` joined. Like
    `get_matchmaking_player_ranks`, with division IDs instead of ranks. An unknown type is an
    error.
    """
    return _players_call(matchmaking_type, players)


@endpoint(
    "meet", "GET", "/api/matchmaking/{matchmakingType}/division/display-rules",
    model="meet.Divisions",
)
def get_matchmaking_divisions(token: WebServicesToken, matchmaking_type: int | str) -> Call:
    """Get the divisions of a matchmaking type and the rules that place players in them.

    Args:
        matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
            3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.

    Remarks: an unknown type is an error.
    """
    return call(matchmakingType=_type(matchmaking_type))


@endpoint(
    "meet", "GET", "/api/matchmaking/{matchmakingType}/player-status", user_only=True,
    model="meet.PlayerStatus",
)
def get_matchmaking_status(token: ServiceToken, matchmaking_type: int | str) -> Call:
    """Get the account's matchmaking status: queue, penalty, division and progression.

    Args:
        matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
            3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.

    Remarks: needs a service account; `currentHeartbeat` is the answer of the account's
    last heartbeat (see `send_matchmaking_heartbeat`), or null.
    """
    return call(matchmakingType=_type(matchmaking_type))


@endpoint(
    "meet", "POST", "/api/matchmaking/{matchmakingType}/heartbeat", user_only=True,
    model="meet.Heartbeat",
)
def send_matchmaking_heartbeat(
    token: ServiceToken,
    matchmaking_type: int | str,
    play_with: Sequence[str] = (),
    code: str = "",
) -> Call:
    """Join or stay in a matchmaking queue; the answer's `status` is usually `pending`,
    `queued`, `match_ready` (with `matchLiveId`) or `canceled`.

    Args:
        matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
            3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.
        play_with: the account IDs of the party to queue with (empty to queue alone); at most
            one less than the type's team size.
        code: the party code, usually empty.

    Remarks: needs a service account. The game sends one every 5 seconds while queueing; do
    the same. Only `cancel_matchmaking` leaves the queue, and a found match must be joined
    and played or the account is penalised.
    """
    type_id = _type(matchmaking_type)
    party = _account_ids("play_with", play_with, TEAM_SIZES[type_id] - 1, minimum=0)
    if not isinstance(code, str):
        raise ArgumentError(f"code must be a string, usually empty (got {code!r})")
    return call(matchmakingType=type_id, body={"code": code, "playWith": party})


@endpoint(
    "meet", "POST", "/api/matchmaking/{matchmakingType}/cancel", user_only=True,
    returns="dict", model=None,
)
def cancel_matchmaking(token: ServiceToken, matchmaking_type: int | str) -> Call:
    """Leave a matchmaking queue; answers 204 with no content (returned as `{}`).

    Args:
        matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
            3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.

    Remarks: needs a service account; once a match is found, cancelling does nothing: the
    match must be joined and played to avoid a penalty.
    """
    return call(matchmakingType=_type(matchmaking_type))


@endpoint("meet", "GET", "/api/official/summary", model="meet.MatchmakingSummary")
def get_matchmaking_ids(token: WebServicesToken) -> Call:
    """Get the IDs of the official matchmaking types.

    Remarks: since July 2025 the answer may be outdated (it still names the deprecated types
    and not Ranked 2v2, whose ID is 5).
    """
    return call()


# Super Royal ----------------------------------------------------------------------------


@endpoint(
    "meet", "GET", "/api/me/super-royal/stats", user_only=True,
    model="meet.SuperRoyalStats",
)
def get_super_royal_stats(token: ServiceToken) -> Call:
    """Get how many Super Royal finals of each tier the account won.

    Remarks: needs a service account (the answer is about the account itself).
    """
    return call()


@endpoint("meet", "GET", "/api/me/super-royal/current", model="meet.SuperRoyalStatus")
def get_super_royal_status(token: WebServicesToken) -> Call:
    """Get when the next Super Royal starts and the account's match in it."""
    return call()


DECLARATIONS: dict[str, Endpoint[Any]] = {
    d.name: d
    for d in (
        delete, get, head, options, patch, post, put,
        get_competition, get_competitions, get_cups_of_the_day, get_cup_of_the_day,
        get_competition_leaderboard, get_competition_participants, get_competition_rounds,
        get_competition_teams, get_round_matches, get_competition_player_matches,
        get_competition_match_results, get_challenge, get_challenges,
        get_challenge_leaderboard, get_challenge_map_records, get_club_competition,
        get_my_club_competitions, get_match, get_match_participants, get_match_teams,
        get_matchmaking_rankings, get_matchmaking_player_ranks,
        get_matchmaking_player_progressions, get_matchmaking_divisions,
        get_matchmaking_status, send_matchmaking_heartbeat, cancel_matchmaking,
        get_matchmaking_ids, get_super_royal_stats, get_super_royal_status,
    )
}
"""The endpoints declared here, by function name."""

iter_competitions = paged(
    get_competitions, what="competitions, newest first", items=None, key="id", page_size=100,
    model="meet.Competition",
)
iter_cups_of_the_day = paged(
    get_cups_of_the_day, what="cups of one type, newest first", items="COTDs", key="id",
    page_size=100, model="meet.Cup",
)
iter_competition_leaderboard = paged(
    get_competition_leaderboard, what="a competition's results", items=None, key="participant",
    page_size=255, model="meet.CompetitionRank",
)
iter_competition_participants = paged(
    get_competition_participants, what="a competition's participants", items=None,
    key="participant", page_size=255, model="meet.Participant",
)
iter_round_matches = paged(
    get_round_matches, what="the matches of a competition round", items="matches", key="id",
    page_size=100, model="meet.RoundMatch",
)
iter_competition_match_results = paged(
    get_competition_match_results, what="the results of a competition match", items="results",
    key="participant", page_size=255, model="meet.MatchResult",
)
iter_challenges = paged(
    get_challenges, what="challenges, newest first", items=None, key="id", page_size=100,
    model="meet.Challenge",
)
iter_challenge_leaderboard = paged(
    get_challenge_leaderboard, what="a challenge's leaderboard", items="results", key="player",
    total="cardinal", page_size=100, model="meet.ChallengeResult",
)
iter_challenge_map_records = paged(
    get_challenge_map_records, what="a challenge's records on one map", items=None,
    key="player", page_size=100, model="meet.ChallengeRecord",
)
iter_my_club_competitions = paged(
    get_my_club_competitions, what="the competitions of the account's clubs",
    items="clubCompetitions", key="activityId", total="clubCompetitionsCount", page_size=100,
    model="meet.ClubCompetitionItem",
)
iter_matchmaking_rankings = paged(
    get_matchmaking_rankings, what="a matchmaking ranking, best first", items="results",
    key="player", total="cardinal", page_size=100, model="meet.RankedPlayer",
)

LISTINGS: dict[str, Listing[Any]] = {
    declared.name: declared
    for declared in (
        iter_competitions,
        iter_cups_of_the_day,
        iter_competition_leaderboard,
        iter_competition_participants,
        iter_round_matches,
        iter_competition_match_results,
        iter_challenges,
        iter_challenge_leaderboard,
        iter_challenge_map_records,
        iter_my_club_competitions,
        iter_matchmaking_rankings,
    )
}
"""The iterators declared here, by function name."""
