"""Handlers of the emulated Meet API's competition matches section: the matches of a round or of a
participant, and a match's results."""

from __future__ import annotations

from ..serving.http import Request, Response, json_response
from ..serving.routing import AppState, RouteTable
from ..world.competitions import Comp, Competitions, CompMatch, competitions
from ._json import comp_match_json, match_results_json
from ._requests import not_found, page_args, with_comp


def player_matches(comps: Competitions, comp: Comp, req: Request) -> Response:
    """``GET /api/competitions/{competitionId}/participants/{accountId}/matches``: [] for
    non-participants."""
    account = req.path_params["accountId"].lower()
    return json_response([match_results_json(comps, m) for m in comps.matches_of(comp, account)])


def round_matches(state: AppState, req: Request) -> Response:
    """``GET /api/rounds/{roundId}/matches``: none before the competition starts."""
    comps = competitions(state)
    ref = req.path_params["roundId"]
    found = comps.find_round(int(ref)) if ref.isdigit() else None
    if found is None:
        return not_found("round")
    comp, position = found
    length, offset = page_args(req, 10, 100)
    count = comp.match_count(position) if comp.started_by(comps.world.now) else 0
    page = range(offset, min(count, offset + length))
    return json_response(
        {"matches": [comp_match_json(CompMatch(comp, position, m), comps.world.now) for m in page]}
    )


def comp_match_results(state: AppState, req: Request) -> Response:
    """``GET /api/matches/{compMatchId}/results``."""
    comps = competitions(state)
    ref = req.path_params["compMatchId"]
    match = comps.find_match(int(ref)) if ref.isdigit() else None
    if match is None or not match.comp.started_by(comps.world.now):
        return not_found("match")
    length, offset = page_args(req, 10, 255)
    data = match_results_json(comps, match)
    data["results"] = data["results"][offset : offset + length]
    return json_response(data)


ROUTES: RouteTable = {
    ("GET", "/api/rounds/{roundId}/matches"): round_matches,
    ("GET", "/api/competitions/{competitionId}/participants/{accountId}/matches"): with_comp(
        player_matches
    ),
    ("GET", "/api/matches/{compMatchId}/results"): comp_match_results,
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
