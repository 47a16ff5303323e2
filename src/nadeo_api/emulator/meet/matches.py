"""Handlers of the emulated Meet API's matches section: a match, its participants and its teams."""

from __future__ import annotations

from typing import Any

from ..serving.http import Request, Response, json_response
from ..serving.routing import AppState, RouteTable
from ..world import hashing as h
from ..world.competitions import (
    MATCH_RETENTION,
    REGULAR_MATCH_OFFSET,
    CompMatch,
    competitions,
    parse_ref,
)
from ..world.matchmaking import (
    MATCH_SECONDS,
    MATCHMAKING_MATCH_BASE,
    RANKED_3V3,
    MatchmakingMatch,
    matchmaking,
)
from ._json import comp_match_json, match_results_json, regular_match_json, team_results
from ._requests import not_found


def _regular_match(state: AppState, req: Request) -> CompMatch | MatchmakingMatch | None:
    """The match of a `{matchId}` (numeric or `LID-MTCH-`), if still kept."""
    number = parse_ref(req.path_params["matchId"], "MTCH")
    if number is None:
        return None
    found: CompMatch | MatchmakingMatch | None
    if number >= MATCHMAKING_MATCH_BASE:
        found = matchmaking(state).match(number)
        end = found.start + MATCH_SECONDS if found is not None else 0
    else:
        found = competitions(state).find_match(number - REGULAR_MATCH_OFFSET)
        if found is not None and not found.comp.started_by(state.world.now):
            found = None
        end = found.times[1] if found is not None else 0
    if found is None or end < state.world.now - MATCH_RETENTION:
        return None
    return found


def get_match(state: AppState, req: Request) -> Response:
    """``GET /api/matches/{matchId}``: 404 once a match is a month old."""
    match = _regular_match(state, req)
    if match is None:
        return not_found("match")
    now, seed = state.world.now, state.world.seed
    if isinstance(match, MatchmakingMatch):
        label = "3v3" if match.type_id == RANKED_3V3 else "2v2"
        return json_response(
            regular_match_json(
                match.id,
                f"Official {label} - match",
                match.start,
                match.start + MATCH_SECONDS,
                now,
                True,
                "TM_Teams_Matchmaking_Online",
                match.map_uid,
                seed,
            )
        )
    start, end = match.times
    script = "TM_KnockoutDaily_Online" if match.comp.is_cup else "TM_Cup_Online"
    name = comp_match_json(match, now)["name"]
    return json_response(
        regular_match_json(
            match.regular_id,
            name,
            start,
            end,
            now,
            match.comp.team,
            script,
            match.comp.map_uid,
            seed,
        )
    )


def _participants(state: AppState, match: CompMatch | MatchmakingMatch) -> list[dict[str, Any]]:
    seed = state.world.seed
    if isinstance(match, MatchmakingMatch):
        order = sorted(match.players, key=lambda p: h.uint(seed, "mm-rank", match.id, p))
        half = len(match.players) // 2
        return [
            {
                "participant": p,
                "position": i,
                "teamPosition": i // half,
                "rank": order.index(p) + 1,
                "score": 30 - 4 * order.index(p),
                "mvp": order.index(p) == 0,
                "leaver": None,
                "eliminated": False,
            }
            for i, p in enumerate(match.players)
        ]
    comps = competitions(state)
    results = match_results_json(comps, match)["results"]
    teams = [t["team"] for t in sorted(team_results(comps, match), key=lambda t: t["position"])]
    ordered = sorted(results, key=lambda r: comps.seed_of(match.comp, r["participant"]) or 0)
    return [
        {
            "participant": r["participant"],
            "position": i,
            "teamPosition": teams.index(r["team"]) if r["team"] in teams else None,
            "rank": r["rank"],
            "score": r["score"],
            "mvp": r["rank"] == 1,
            "leaver": None,
            "eliminated": r["rank"] is not None and r["rank"] > 1,
        }
        for i, r in enumerate(ordered)
    ]


def match_participants(state: AppState, req: Request) -> Response:
    """``GET /api/matches/{matchId}/participants``."""
    match = _regular_match(state, req)
    return not_found("match") if match is None else json_response(_participants(state, match))


def match_teams(state: AppState, req: Request) -> Response:
    """``GET /api/matches/{matchId}/teams``: [] for matches without teams."""
    match = _regular_match(state, req)
    if match is None:
        return not_found("match")
    scores: dict[int, int] = {}
    for p in _participants(state, match):
        if p["teamPosition"] is not None:
            scores[p["teamPosition"]] = scores.get(p["teamPosition"], 0) + (p["score"] or 0)
    ranked = sorted(scores, key=lambda t: -scores[t])
    return json_response(
        [{"position": t, "score": scores[t], "rank": ranked.index(t) + 1} for t in sorted(scores)]
    )


ROUTES: RouteTable = {
    ("GET", "/api/matches/{matchId}"): get_match,
    ("GET", "/api/matches/{matchId}/participants"): match_participants,
    ("GET", "/api/matches/{matchId}/teams"): match_teams,
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
