"""Handlers of the emulated Meet API's challenges section: challenges, their leaderboards and map
records."""

from __future__ import annotations

from ..serving.http import Request, Response, json_response
from ..serving.routing import AppState, RouteTable
from ..world.competitions import Comp, Competitions, competitions, zone_path
from ._json import challenge_json, qualifier_results
from ._requests import not_found, page_args, with_challenge


def get_challenge(comps: Competitions, comp: Comp, req: Request) -> Response:
    """``GET /api/challenges/{challengeId}``."""
    return json_response(challenge_json(comps.world, comp))


def list_challenges(state: AppState, req: Request) -> Response:
    """``GET /api/challenges``: newest first."""
    comps = competitions(state)
    length, offset = page_args(req, 10, 100)
    page = comps.newest_first()[offset : offset + length]
    return json_response([challenge_json(comps.world, c) for c in page])


def challenge_leaderboard(comps: Competitions, comp: Comp, req: Request) -> Response:
    """``GET /api/challenges/{challengeId}/leaderboard``."""
    length, offset = page_args(req, 10, 100)
    started = comps.world.now >= comp.qualifier_start
    results = [
        {
            "points": time,
            "player": account,
            "score": time,
            "rank": rank,
            "zone": zone_path(comps.world, account),
        }
        for rank, account, time in qualifier_results(comps, comp, offset, length)
    ]
    return json_response(
        {
            "challengeId": comp.challenge_id,
            "cardinal": comp.nb_players if started else 0,
            "scoreUnit": "time",
            "results": results,
        }
    )


def challenge_map_records(comps: Competitions, comp: Comp, req: Request) -> Response:
    """``GET /api/challenges/{challengeId}/records/maps/{mapUid}``: 404 for another map or no
    records."""
    uid = req.path_params["mapUid"]
    length, offset = page_args(req, 10, 100)
    records = qualifier_results(comps, comp, offset, length) if uid == comp.map_uid else []
    if not records:
        return not_found("records")
    return json_response(
        [
            {"time": time, "uid": uid, "player": account, "score": time, "rank": rank}
            for rank, account, time in records
        ]
    )


ROUTES: RouteTable = {
    ("GET", "/api/challenges/{challengeId}"): with_challenge(get_challenge),
    ("GET", "/api/challenges"): list_challenges,
    ("GET", "/api/challenges/{challengeId}/leaderboard"): with_challenge(challenge_leaderboard),
    ("GET", "/api/challenges/{challengeId}/records/maps/{mapUid}"): with_challenge(
        challenge_map_records
    ),
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
