"""Declarations of the Meet API's endpoints documented under `meet/matchmaking/`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ... import _checks as check
from ..._chunking import Chunks, fields
from ..._endpoint import Call, call, endpoint
from ..._errors import ArgumentError
from ..._pagination import paged

if TYPE_CHECKING:
    from ...auth import ServiceToken, WebServicesToken


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


@endpoint(
    "meet", "GET", "/api/matchmaking/{matchmakingType}/leaderboard",
    model="meet.matchmaking.MatchmakingRanking",
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
    return call(
        matchmakingType=_type(matchmaking_type), query=check.page(length, offset, maximum=100)
    )


def _players_call(matchmaking_type: object, players: object) -> Call:
    return call(
        matchmakingType=_type(matchmaking_type),
        query={"players[]": _account_ids("players", players)},
    )


@endpoint(
    "meet", "GET", "/api/matchmaking/{matchmakingType}/leaderboard/players",
    model="meet.matchmaking.MatchmakingRanking", chunks=Chunks("players", None, fields("results")),
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
    model="meet.matchmaking.Progressions", chunks=Chunks("players", None, fields("progressions")),
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
    model="meet.matchmaking.Divisions",
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
    model="meet.matchmaking.PlayerStatus",
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
    model="meet.matchmaking.Heartbeat",
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


@endpoint("meet", "GET", "/api/official/summary", model="meet.matchmaking.MatchmakingSummary")
def get_matchmaking_ids(token: WebServicesToken) -> Call:
    """Get the IDs of the official matchmaking types.

    Remarks: since July 2025 the answer may be outdated (it still names the deprecated types
    and not Ranked 2v2, whose ID is 5).
    """
    return call()


iter_matchmaking_rankings = paged(
    get_matchmaking_rankings, what="a matchmaking ranking, best first", items="results",
    key="player", total="cardinal", page_size=100, model="meet.matchmaking.RankedPlayer",
)
