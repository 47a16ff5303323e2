"""Handlers of the emulated Meet API."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from ..serving.http import Request, Response, error_response, json_response
from ..serving.routing import AppState, Handler, RouteTable
from ..serving.tokens import Principal
from ..world import hashing as h
from ..world.clubs import club_state
from ..world.competitions import (
    CLUB_COMPETITION_OFFSET,
    CUP_KINDS,
    MATCH_RETENTION,
    REGULAR_MATCH_OFFSET,
    Comp,
    Competitions,
    CompMatch,
    competitions,
    parse_ref,
    zone_path,
)
from ..world.matchmaking import (
    MATCH_SECONDS,
    MATCHMAKING_MATCH_BASE,
    RANKED_3V3,
    ROYAL,
    SUPER_ROYAL,
    MatchmakingMatch,
    Ranking,
    divisions,
    matchmaking,
    matchmaking_type,
)
from ._json import (
    challenge_json,
    comp_match_json,
    competition_json,
    cup_json,
    match_results_json,
    participant_json,
    qualifier_results,
    regular_match_json,
    round_json,
    team_results,
)

MAX_URI_LENGTH = 8220
"""Player lists answer 414 from this request URI length on."""
SUPER_ROYAL_EVERY = 6 * 3600


def _principal(req: Request) -> Principal:
    assert req.principal is not None, "Meet routes are authenticated"
    return req.principal


def _page(req: Request, default: int, maximum: int) -> tuple[int, int]:
    # Lengths past the maximum are cut to it (the service does not refuse them).
    length = min(max(0, req.int_param("length", default)), maximum)
    return length, max(0, req.int_param("offset", 0))


def _not_found(what: str) -> Response:
    return error_response(404, "Not Found", f"{what} not found")


def _with_comp(
    handle: Callable[[Competitions, Comp, Request], Response],
) -> Handler:
    """A handler of a `{competitionId}` route (a numeric id or a `LID-COMP-` live id)."""

    def handler(state: AppState, req: Request) -> Response:
        comps = competitions(state)
        comp = comps.find(req.path_params["competitionId"])
        return _not_found("competition") if comp is None else handle(comps, comp, req)

    handler.__doc__ = handle.__doc__
    return handler


def _with_challenge(
    handle: Callable[[Competitions, Comp, Request], Response],
) -> Handler:
    def handler(state: AppState, req: Request) -> Response:
        comps = competitions(state)
        number = parse_ref(req.path_params["challengeId"], "CHAL")
        comp = comps.find_challenge(number) if number is not None else None
        return _not_found("challenge") if comp is None else handle(comps, comp, req)

    handler.__doc__ = handle.__doc__
    return handler


# Competitions ---------------------------------------------------------------------------


def get_competition(comps: Competitions, comp: Comp, req: Request) -> Response:
    """``GET /api/competitions/{competitionId}``."""
    return json_response(competition_json(comps, comp))


def list_competitions(state: AppState, req: Request) -> Response:
    """``GET /api/competitions``: cups and club competitions, newest first."""
    comps = competitions(state)
    length, offset = _page(req, 10, 100)
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
    length, offset = _page(req, 10, 100)
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
    length, offset = _page(req, 10, 255)
    out = []
    for rank, seed in comps.ranking(comp, offset, length):
        account = comps.participant(comp, seed)
        score = comp.nb_players - rank + 1 if comp.started else 0
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
    length, offset = _page(req, 10, 255)
    seeds = range(offset + 1, min(comp.nb_players, offset + length) + 1)
    return json_response([participant_json(comps, comp, s) for s in seeds])


def competition_rounds(comps: Competitions, comp: Comp, req: Request) -> Response:
    """``GET /api/competitions/{competitionId}/rounds``."""
    return json_response([round_json(comp, p) for p in range(comp.round_count)])


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


def player_matches(comps: Competitions, comp: Comp, req: Request) -> Response:
    """``GET /api/competitions/{competitionId}/participants/{accountId}/matches``: [] for
    non-participants."""
    account = req.path_params["accountId"].lower()
    return json_response([match_results_json(comps, m) for m in comps.matches_of(comp, account)])


# Challenges -----------------------------------------------------------------------------


def get_challenge(comps: Competitions, comp: Comp, req: Request) -> Response:
    """``GET /api/challenges/{challengeId}``."""
    return json_response(challenge_json(comps.world, comp))


def list_challenges(state: AppState, req: Request) -> Response:
    """``GET /api/challenges``: newest first."""
    comps = competitions(state)
    length, offset = _page(req, 10, 100)
    page = comps.newest_first()[offset : offset + length]
    return json_response([challenge_json(comps.world, c) for c in page])


def challenge_leaderboard(comps: Competitions, comp: Comp, req: Request) -> Response:
    """``GET /api/challenges/{challengeId}/leaderboard``."""
    length, offset = _page(req, 10, 100)
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
    length, offset = _page(req, 10, 100)
    records = qualifier_results(comps, comp, offset, length) if uid == comp.map_uid else []
    if not records:
        return _not_found("records")
    return json_response(
        [
            {"time": time, "uid": uid, "player": account, "score": time, "rank": rank}
            for rank, account, time in records
        ]
    )


# Club competitions ----------------------------------------------------------------------


def club_competition(state: AppState, req: Request) -> Response:
    """``GET /api/club-competitions/{clubCompetitionId}`` (by activity id)."""
    comps = competitions(state)
    ref = req.path_params["clubCompetitionId"]
    comp = comps.find_by_activity(int(ref)) if ref.isdigit() else None
    if comp is None:
        return _not_found("club competition")
    world, account = comps.world, _principal(req).account_id
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
        item = round_json(comp, position)
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
    account = _principal(req).account_id
    clubs = club_state(state)
    mine = [c for c in comps.clubs() if clubs.role(c.club_id or 0, account) is not None]
    length, offset = _page(req, 0, 100)
    items = [_club_item(comps, comp) for comp in mine[offset : offset + length]]
    return json_response({"clubCompetitions": items, "clubCompetitionsCount": len(mine)})


# Competition matches --------------------------------------------------------------------


def round_matches(state: AppState, req: Request) -> Response:
    """``GET /api/rounds/{roundId}/matches``: none before the competition starts."""
    comps = competitions(state)
    ref = req.path_params["roundId"]
    found = comps.find_round(int(ref)) if ref.isdigit() else None
    if found is None:
        return _not_found("round")
    comp, position = found
    length, offset = _page(req, 10, 100)
    count = comp.match_count(position) if comp.started else 0
    page = range(offset, min(count, offset + length))
    return json_response(
        {"matches": [comp_match_json(CompMatch(comp, position, m), comps.world.now) for m in page]}
    )


def comp_match_results(state: AppState, req: Request) -> Response:
    """``GET /api/matches/{compMatchId}/results``."""
    comps = competitions(state)
    ref = req.path_params["compMatchId"]
    match = comps.find_match(int(ref)) if ref.isdigit() else None
    if match is None or not match.comp.started:
        return _not_found("match")
    length, offset = _page(req, 10, 255)
    data = match_results_json(comps, match)
    data["results"] = data["results"][offset : offset + length]
    return json_response(data)


# Matches --------------------------------------------------------------------------------


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
        if found is not None and not found.comp.started:
            found = None
        end = found.times[1] if found is not None else 0
    if found is None or end < state.world.now - MATCH_RETENTION:
        return None
    return found


def get_match(state: AppState, req: Request) -> Response:
    """``GET /api/matches/{matchId}``: 404 once a match is a month old."""
    match = _regular_match(state, req)
    if match is None:
        return _not_found("match")
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
    return _not_found("match") if match is None else json_response(_participants(state, match))


def match_teams(state: AppState, req: Request) -> Response:
    """``GET /api/matches/{matchId}/teams``: [] for matches without teams."""
    match = _regular_match(state, req)
    if match is None:
        return _not_found("match")
    scores: dict[int, int] = {}
    for p in _participants(state, match):
        if p["teamPosition"] is not None:
            scores[p["teamPosition"]] = scores.get(p["teamPosition"], 0) + (p["score"] or 0)
    ranked = sorted(scores, key=lambda t: -scores[t])
    return json_response(
        [{"position": t, "score": scores[t], "rank": ranked.index(t) + 1} for t in sorted(scores)]
    )


# Matchmaking ----------------------------------------------------------------------------


def _with_type(handle: Callable[[AppState, Request, int], Response]) -> Handler:
    """A handler of a `{matchmakingType}` route; an unknown type is a 404."""

    def handler(state: AppState, req: Request) -> Response:
        type_id = matchmaking_type(req.path_params["matchmakingType"])
        if type_id is None:
            return _not_found("matchmaking type")
        return handle(state, req, type_id)

    handler.__doc__ = handle.__doc__
    return handler


def rankings(state: AppState, req: Request, type_id: int) -> Response:
    """``GET /api/matchmaking/{matchmakingType}/leaderboard``: any depth can be read."""
    ranking = Ranking(state.world, type_id)
    length, offset = _page(req, 10, 100)
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
    account = _principal(req).account_id
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
    account = _principal(req).account_id
    return json_response(matchmaking(state).heartbeat(account, type_id, [str(p) for p in party]))


def cancel(state: AppState, req: Request, type_id: int) -> Response:
    """``POST /api/matchmaking/{matchmakingType}/cancel``: 204; a found match is kept."""
    matchmaking(state).cancel(_principal(req).account_id, type_id)
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


# Super Royal ----------------------------------------------------------------------------


def super_royal_stats(state: AppState, req: Request) -> Response:
    """``GET /api/me/super-royal/stats``."""
    raw = h.digest(state.world.seed, "super-royal", _principal(req).account_id, size=4)
    wins = sorted((raw[0] % 3, raw[1] % 5, raw[2] % 9, raw[3] % 15))
    return json_response(
        {"masterWon": wins[0], "goldWon": wins[1], "silverWon": wins[2], "bronzeWon": wins[3]}
    )


def super_royal_current(state: AppState, req: Request) -> Response:
    """``GET /api/me/super-royal/current``: the next Super Royal, one every six hours."""
    now = math.floor(state.world.now)
    starts = now - now % SUPER_ROYAL_EVERY + SUPER_ROYAL_EVERY
    return json_response({"startsIn": starts - now, "status": "pending", "matchLiveId": None})


MEET_ROUTES: RouteTable = {
    ("GET", "/api/challenges/{challengeId}"): _with_challenge(get_challenge),
    ("GET", "/api/challenges"): list_challenges,
    ("GET", "/api/challenges/{challengeId}/leaderboard"): _with_challenge(challenge_leaderboard),
    ("GET", "/api/challenges/{challengeId}/records/maps/{mapUid}"): _with_challenge(
        challenge_map_records
    ),
    ("GET", "/api/club-competitions/{clubCompetitionId}"): club_competition,
    ("GET", "/api/me/club-competitions"): my_club_competitions,
    ("GET", "/api/rounds/{roundId}/matches"): round_matches,
    ("GET", "/api/competitions/{competitionId}/participants/{accountId}/matches"): _with_comp(
        player_matches
    ),
    ("GET", "/api/matches/{compMatchId}/results"): comp_match_results,
    ("GET", "/api/competitions/{competitionId}"): _with_comp(get_competition),
    ("GET", "/api/competitions"): list_competitions,
    ("GET", "/api/cups-of-the-day"): list_cups,
    ("GET", "/api/cup-of-the-day/current"): current_cotd,
    ("GET", "/api/competitions/{competitionId}/leaderboard"): _with_comp(competition_leaderboard),
    ("GET", "/api/competitions/{competitionId}/participants"): _with_comp(competition_participants),
    ("GET", "/api/competitions/{competitionId}/rounds"): _with_comp(competition_rounds),
    ("GET", "/api/competitions/{competitionId}/mode-teams"): _with_comp(competition_teams),
    ("GET", "/api/matches/{matchId}"): get_match,
    ("GET", "/api/matches/{matchId}/participants"): match_participants,
    ("GET", "/api/matches/{matchId}/teams"): match_teams,
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
    ("GET", "/api/me/super-royal/stats"): super_royal_stats,
    ("GET", "/api/me/super-royal/current"): super_royal_current,
}
"""Handlers keyed by (method, documented route template without its query)."""
