"""Handlers of the emulated Meet API's club competitions section: a club competition, and those of
the sender's clubs."""

from __future__ import annotations

from typing import Any

from ..serving.http import Request, Response, json_response, principal_of
from ..serving.routing import AppState, RouteTable
from ..world.clubs import club_state
from ..world.competitions import CLUB_COMPETITION_OFFSET, Comp, Competitions, competitions
from ._json import challenge_json, competition_json, participant_json, round_json
from ._requests import not_found, page_args


def club_competition(state: AppState, req: Request) -> Response:
    """``GET /api/club-competitions/{clubCompetitionId}`` (by activity id)."""
    comps = competitions(state)
    ref = req.path_params["clubCompetitionId"]
    comp = comps.find_by_activity(int(ref)) if ref.isdigit() else None
    if comp is None:
        return not_found("club competition")
    world, account = comps.world, principal_of(req).account_id
    seed = comps.seed_of(comp, account)
    qualifier = challenge_json(world, comp)
    brief = {
        "id": qualifier["id"],
        "name": qualifier["name"],
        "startDate": qualifier["startDate"],
        "endDate": qualifier["endDate"],
        "isCompleted": world.now >= qualifier["endDate"],
        "servers": [],
    }
    ongoing = [m for m in comps.matches_of(comp, account) if m.times[0] <= world.now < m.times[1]]
    rounds = []
    for position in range(comp.round_count):
        item = round_json(comp, position, world.now)
        rounds.append(
            {
                key: item[key]
                for key in ("id", "name", "position", "status", "startDate", "endDate", "nbMatches")
            }
            | {"qualifierChallenge": brief if position == 0 else None}
        )
    return json_response(
        {
            "clubCompetition": {
                "id": comp.id - CLUB_COMPETITION_OFFSET,
                "clubId": comp.club_id,
                "activityId": comp.activity_id,
                "maxPlayers": 64,
                "type": "DEFAULT",
                "participantAccess": "STANDARD",
                "competition": competition_json(comps, comp),
                "externalRegistrationUrl": None,
            },
            "rounds": rounds,
            "participant": None if seed is None else participant_json(comps, comp, seed),
            "currentMatchLiveId": ongoing[0].live_id if ongoing else None,
            # The qualifier stays the current one once completed (with isCompleted true).
            "currentQualifierChallenge": brief,
            "isRegistrationOngoing": world.now < comp.qualifier_start,
        }
    )


def _club_item(comps: Competitions, comp: Comp) -> dict[str, Any]:
    """A club competition as the account's list shows it."""
    data = competition_json(comps, comp)
    return {
        "activityId": comp.activity_id,
        "clubId": comp.club_id,
        "maxPlayers": 64,
        "type": "DEFAULT",
        "name": comp.name,
        "logoUrl": data["logoUrl"],
        "verticalUrl": data["verticalUrl"],
    }


def my_club_competitions(state: AppState, req: Request) -> Response:
    """``GET /api/me/club-competitions``: competitions of the account's clubs (none for an
    account without Club Access, which is in no club)."""
    comps = competitions(state)
    account = principal_of(req).account_id
    clubs = club_state(state)
    mine = [c for c in comps.clubs() if clubs.role(c.club_id or 0, account) is not None]
    length, offset = page_args(req, 0, 100)
    items = [_club_item(comps, comp) for comp in mine[offset : offset + length]]
    return json_response({"clubCompetitions": items, "clubCompetitionsCount": len(mine)})


ROUTES: RouteTable = {
    ("GET", "/api/club-competitions/{clubCompetitionId}"): club_competition,
    ("GET", "/api/me/club-competitions"): my_club_competitions,
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
