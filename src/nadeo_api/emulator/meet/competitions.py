"""Handlers of the emulated Meet API's competitions section: official cups and club
competitions, their leaderboards, participants, rounds and teams."""

from __future__ import annotations

from ..serving.http import Request, Response, json_response
from ..serving.routing import AppState, RouteTable
from ..world.competitions import CUP_KINDS, Comp, Competitions, competitions, zone_path
from ._json import competition_json, cup_json, participant_json, round_json
from ._requests import page_args, with_comp


def get_competition(comps: Competitions, comp: Comp, req: Request) -> Response:
    """``GET /api/competitions/{competitionId}``."""
    return json_response(competition_json(comps, comp))


def list_competitions(state: AppState, req: Request) -> Response:
    """``GET /api/competitions``: cups and club competitions, newest first."""
    comps = competitions(state)
    length, offset = page_args(req, 10, 100)
    page = comps.newest_first()[offset : offset + length]
    return json_response([competition_json(comps, c) for c in page])


def list_cups(state: AppState, req: Request) -> Response:
    """``GET /api/cups-of-the-day``: official cups of one type, newest first, under `COTDs`
    whatever the type."""
    comps = competitions(state)
    kind = req.param("type") or "cotd"
    if kind not in CUP_KINDS:
        # Unknown types match no cup (the service names no error for them).
        return json_response({"COTDs": []})
    length, offset = page_args(req, 10, 100)
    page = comps.newest_first((kind,))[offset : offset + length]
    return json_response({"COTDs": [cup_json(comps, c) for c in page]})


def current_cotd(state: AppState, req: Request) -> Response:
    """``GET /api/cup-of-the-day/current``: the crossplay Cup of the Day (platform-exclusive
    ones are left out); 204 when none is on."""
    comps = competitions(state)
    now = comps.world.now
    for comp in reversed(comps.cups):
        if (
            comp.kind == "cotd"
            and comp.partition == "crossplay"
            and comp.qualifier_start <= now < comp.end
        ):
            # This route leaves the competition's club fields out.
            current = cup_json(comps, comp)
            for key in ("clubId", "activityId"):
                del current["competition"][key]
            return json_response(current)
    return Response(204, b"", None)


def competition_leaderboard(comps: Competitions, comp: Comp, req: Request) -> Response:
    """``GET /api/competitions/{competitionId}/leaderboard``: scores are 0 before the start."""
    length, offset = page_args(req, 10, 255)
    out, started = [], comp.started_by(comps.world.now)
    for rank, seed in comps.ranking(comp, offset, length):
        account = comps.participant(comp, seed)
        score = comp.nb_players - rank + 1 if started else 0
        out.append(
            {
                "participant": account,
                "rank": rank,
                "score": score,
                "zone": zone_path(comps.world, account),
            }
        )
    return json_response(out)


def competition_participants(comps: Competitions, comp: Comp, req: Request) -> Response:
    """``GET /api/competitions/{competitionId}/participants``."""
    length, offset = page_args(req, 10, 255)
    seeds = range(offset + 1, min(comp.nb_players, offset + length) + 1)
    return json_response([participant_json(comps, comp, s) for s in seeds])


def competition_rounds(comps: Competitions, comp: Comp, req: Request) -> Response:
    """``GET /api/competitions/{competitionId}/rounds``."""
    return json_response([round_json(comp, p, comps.world.now) for p in range(comp.round_count)])


def competition_teams(comps: Competitions, comp: Comp, req: Request) -> Response:
    """``GET /api/competitions/{competitionId}/mode-teams``: [] without teams."""
    teams: dict[str, list[dict[str, str]]] = {}
    for seed in range(1, comp.nb_players + 1) if comp.team else ():
        team = comps.team_of(comp, seed)
        assert team is not None
        teams.setdefault(team, []).append({"AccountId": comps.participant(comp, seed)})
    names = ("Speedsters", "Racing", "Gaming", "Drifters", "Esports", "Crew")
    return json_response(
        [
            {
                "Id": team,
                "Name": f"{comp.name[:6]} {names[i % len(names)]} {i + 1}",
                "Players": players,
            }
            for i, (team, players) in enumerate(sorted(teams.items()))
        ]
    )


ROUTES: RouteTable = {
    ("GET", "/api/competitions/{competitionId}"): with_comp(get_competition),
    ("GET", "/api/competitions"): list_competitions,
    ("GET", "/api/cups-of-the-day"): list_cups,
    ("GET", "/api/cup-of-the-day/current"): current_cotd,
    ("GET", "/api/competitions/{competitionId}/leaderboard"): with_comp(competition_leaderboard),
    ("GET", "/api/competitions/{competitionId}/participants"): with_comp(competition_participants),
    ("GET", "/api/competitions/{competitionId}/rounds"): with_comp(competition_rounds),
    ("GET", "/api/competitions/{competitionId}/mode-teams"): with_comp(competition_teams),
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
