"""Handlers of the emulated Meet API's matchmaking section: rankings, progressions, divisions, the
sender's status and queue, and the official summary."""

from __future__ import annotations

from collections.abc import Callable

from ..serving.http import Request, Response, error_response, json_response, principal_of
from ..serving.routing import AppState, Handler, RouteTable
from ..world.matchmaking import (
    RANKED_3V3,
    ROYAL,
    SUPER_ROYAL,
    Ranking,
    divisions,
    matchmaking,
    matchmaking_type,
)
from ._requests import not_found, page_args

MAX_URI_LENGTH = 8220
"""Player lists answer 414 from this request URI length on."""


def _with_type(handle: Callable[[AppState, Request, int], Response]) -> Handler:
    """A handler of a `{matchmakingType}` route; an unknown type is a 404."""

    def handler(state: AppState, req: Request) -> Response:
        type_id = matchmaking_type(req.path_params["matchmakingType"])
        if type_id is None:
            return not_found("matchmaking type")
        return handle(state, req, type_id)

    handler.__doc__ = handle.__doc__
    return handler


def rankings(state: AppState, req: Request, type_id: int) -> Response:
    """``GET /api/matchmaking/{matchmakingType}/leaderboard``: any depth can be read."""
    ranking = Ranking(state.world, type_id)
    length, offset = page_args(req, 10, 100)
    ranks = range(offset + 1, min(ranking.cardinal, offset + length) + 1)
    return json_response(
        {
            "matchmakingId": type_id,
            "cardinal": ranking.cardinal,
            "results": [ranking.entry(r) for r in ranks],
        }
    )


def _players(req: Request) -> list[str] | Response:
    if len(req.path) + 1 + len(req.query) >= MAX_URI_LENGTH:
        return error_response(414, "URI Too Long", "the request URI is too long")
    return [p.lower() for p in req.params.get("players[]", [])]


def player_ranks(state: AppState, req: Request, type_id: int) -> Response:
    """``GET /api/matchmaking/{matchmakingType}/leaderboard/players``: unranked players are
    left out."""
    players = _players(req)
    if isinstance(players, Response):
        return players
    ranking = Ranking(state.world, type_id)
    results = [ranking.entry(rank, p) for p in players if (rank := ranking.rank_of(p)) is not None]
    return json_response(
        {"matchmakingId": type_id, "cardinal": ranking.cardinal, "results": results}
    )


def player_progressions(state: AppState, req: Request, type_id: int) -> Response:
    """``GET /api/matchmaking/{matchmakingType}/progression/players``."""
    players = _players(req)
    if isinstance(players, Response):
        return players
    ranking = Ranking(state.world, type_id)
    progressions = [
        {"player": p, "division": ranking.division(rank), "progression": ranking.score(rank)}
        for p in players
        if (rank := ranking.rank_of(p)) is not None
    ]
    return json_response({"progressions": progressions})


def division_rules(state: AppState, req: Request, type_id: int) -> Response:
    """``GET /api/matchmaking/{matchmakingType}/division/display-rules``."""
    return json_response({"divisions": divisions(type_id)})


def player_status(state: AppState, req: Request, type_id: int) -> Response:
    """``GET /api/matchmaking/{matchmakingType}/player-status``."""
    account = principal_of(req).account_id
    ranking = Ranking(state.world, type_id)
    rank = ranking.rank_of(account)
    return json_response(
        {
            "currentHeartbeat": matchmaking(state).current(account, type_id),
            "penalty": matchmaking(state).penalty(account, type_id),
            "currentDivision": None if rank is None else ranking.division(rank),
            "currentProgression": 0 if rank is None else ranking.score(rank),
            "matchmakingStatus": "enabled",
            "inactivity": {"inactivityPenaltyEnabled": True, "immunityDays": 10, "penalty": -20},
            "matchGenerationTimer": None,
        }
    )


def heartbeat(state: AppState, req: Request, type_id: int) -> Response:
    """``POST /api/matchmaking/{matchmakingType}/heartbeat``: `pending`, then `queued`, then
    `match_ready` on the third heartbeat; an account that does not join its found match is
    penalised (`canceled` with a `banEndDate` until the ban ends)."""
    body = req.json()
    party = body.get("playWith") if isinstance(body, dict) else None
    if not isinstance(party, list) or not isinstance(body.get("code"), str):
        return error_response(400, "Bad Request", "body must hold 'code' and 'playWith'")
    account = principal_of(req).account_id
    return json_response(matchmaking(state).heartbeat(account, type_id, [str(p) for p in party]))


def cancel(state: AppState, req: Request, type_id: int) -> Response:
    """``POST /api/matchmaking/{matchmakingType}/cancel``: 204; a found match is kept."""
    matchmaking(state).cancel(principal_of(req).account_id, type_id)
    return Response(204, b"", None)


def summary(state: AppState, req: Request) -> Response:
    """``GET /api/official/summary`` (still the pre-July-2025 ids)."""
    ids = {"ranked3v3": RANKED_3V3, "royal": ROYAL, "superRoyal": SUPER_ROYAL}
    snake = {"ranked3v3": "ranked_3v3", "royal": "royal", "superRoyal": "super_royal"}
    out: dict[str, int] = {}
    for key, value in ids.items():
        out[f"{key}Id"] = value
        out[f"{snake[key]}_id"] = value
    return json_response(out)


ROUTES: RouteTable = {
    ("POST", "/api/matchmaking/{matchmakingType}/cancel"): _with_type(cancel),
    ("GET", "/api/matchmaking/{matchmakingType}/division/display-rules"): _with_type(
        division_rules
    ),
    ("POST", "/api/matchmaking/{matchmakingType}/heartbeat"): _with_type(heartbeat),
    ("GET", "/api/matchmaking/{matchmakingType}/progression/players"): _with_type(
        player_progressions
    ),
    ("GET", "/api/matchmaking/{matchmakingType}/leaderboard/players"): _with_type(player_ranks),
    ("GET", "/api/matchmaking/{matchmakingType}/player-status"): _with_type(player_status),
    ("GET", "/api/matchmaking/{matchmakingType}/leaderboard"): _with_type(rankings),
    ("GET", "/api/official/summary"): summary,
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
