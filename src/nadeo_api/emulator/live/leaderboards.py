"""Handlers of the emulated Live API's leaderboards section: map tops, positions, surround,
club records, campaign rankings, medals and trophies.

Map leaderboards come from the world's lazy `Leaderboard`s, so positions, scores and zones
agree with the top endpoint; campaign and trophy rankings come from `world.boards`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..serving.http import (
    JSON_TYPE,
    BadRequest,
    Request,
    Response,
    error_response,
    json_response,
    principal_of,
)
from ..serving.routing import AppState, RouteTable, refuses_servers_itself
from ..world import World, Zone, boards, lagging
from ..world.boards import is_open_group
from ..world.leaderboards import READABLE_POSITIONS, Leaderboard, Record
from ._requests import slice_args

MAX_TOP_LENGTH = 100
ZONE_TOP_LENGTH = 5
RECORDS_SEGMENT = "map"
SURROUND_SCAN = 20_000
"""How far from a score the zone neighbours of a surround answer are looked for."""
PRECISE_POSITIONS = 100_000
"""Surround gives exact world positions up to here; past it, rounded to the thousand."""
MAX_RECORD_MAPS = 50


def _club_id(req: Request) -> int:
    try:
        return int(req.path_params["clubId"])
    except ValueError:
        return -1


def _slice(req: Request, cap: int | None = None) -> tuple[int, int]:
    length = max(0, req.int_param("length", ZONE_TOP_LENGTH))
    offset = max(0, req.int_param("offset", 0))
    return (length if cap is None else min(length, cap)), offset


def _group_and_map(state: AppState, req: Request) -> tuple[str, str, Leaderboard | None]:
    uid = req.path_params["mapUid"]
    return req.path_params["groupUid"], uid, state.world.leaderboard(uid)


def campaign_ranking(state: AppState, req: Request) -> Response:
    """``GET /api/token/leaderboard/group/{groupUid}``: a player's campaign rankings."""
    world = state.world
    group = req.path_params["groupUid"]
    if group == RECORDS_SEGMENT:
        # `group/map` is the POST-only records route, not a group: a GET there is a 405.
        response = error_response(405, "Method Not Allowed", f"GET is not allowed on {req.path}")
        response.headers.append(("Allow", "OPTIONS, POST"))
        return response
    account_id = req.param("accountId")
    if not account_id:
        raise BadRequest("query parameter 'accountId' is required")
    board = boards.campaign_board(world, group)
    position = board.position_of_account(account_id) if board is not None else None
    if board is None or position is None:
        return json_response({})
    return json_response(
        {
            "groupUid": group,
            "sp": boards.season_points(board, position),
            "zones": boards.zone_rankings(world, account_id, position),
        }
    )


def campaign_top(state: AppState, req: Request) -> Response:
    """``GET /api/token/leaderboard/group/{groupUid}/top``.

    The documentation is silent on `onlyWorld=false`; like the map top, it then ignores
    `length` and `offset` and answers the top 5 of World and of each of the account's zones.
    """
    world = state.world
    group = req.path_params["groupUid"]
    board = boards.campaign_board(world, group)
    if board is None:
        return json_response({})
    if req.bool_param("onlyWorld"):
        length, offset = _slice(req, MAX_TOP_LENGTH)
        records = board.records(offset, length) if offset < READABLE_POSITIONS else []
        top = [boards.campaign_entry(board, r.position) for r in records]
        tops = [{"zoneId": world.world_zone.zone_id, "zoneName": "World", "top": top}]
    else:
        tops = [boards.campaign_zone_top(board, z, ZONE_TOP_LENGTH) for z in _zones_of(world, req)]
    return json_response({"groupUid": group, "tops": tops})


def _zones_of(world: World, req: Request) -> tuple[Zone, ...]:
    """World and each zone of a service account; World alone for dedicated servers."""
    principal = principal_of(req)
    if principal.kind != "service":
        return (world.world_zone,)
    return world.zone_chain(world.account_zone(principal.account_id).zone_id)


def _entry(record: Record, position: int) -> dict[str, Any]:
    """A map record as the club top and surround endpoints show it (no timestamp)."""
    entry = record.to_json(position=position)
    del entry["timestamp"]
    return entry


def campaign_club_ranking(state: AppState, req: Request) -> Response:
    """``GET /api/token/leaderboard/group/{groupUid}/club/{clubId}``."""
    world = state.world
    group = req.path_params["groupUid"]
    account_id = principal_of(req).account_id
    board = boards.campaign_board(world, group)
    position = board.position_of_account(account_id) if board is not None else None
    if board is None or position is None:
        return json_response({})
    club_id = _club_id(req)
    club = world.club(club_id)
    # An unknown club ranks the account first, as the service does.
    better = [p for p in boards.club_ranked(world, board, club) if p < position]
    return json_response(
        {
            "clubId": club_id,
            "position": len(better) + 1,
            "groupUid": group,
            "sp": boards.season_points(board, position),
        }
    )


def campaign_club_top(state: AppState, req: Request) -> Response:
    """``GET /api/token/leaderboard/group/{groupUid}/club/{clubId}/top``."""
    world = state.world
    group = req.path_params["groupUid"]
    board = boards.campaign_board(world, group)
    if board is None:
        # Documented as a 200 with an empty body (not `{}`).
        return Response(200, b"", JSON_TYPE)
    club_id = _club_id(req)
    ranked = boards.club_ranked(world, board, world.club(club_id))
    length, offset = _slice(req)
    top = [
        boards.campaign_entry(board, position, offset + i + 1)
        for i, position in enumerate(ranked[offset : offset + length])
    ]
    return json_response({"top": top, "clubId": club_id, "groupUid": group, "length": len(ranked)})


def map_club_top(state: AppState, req: Request) -> Response:
    """``GET /api/token/leaderboard/group/{groupUid}/map/{mapUid}/club/{clubId}/top``."""
    world = state.world
    group, uid, board = _group_and_map(state, req)
    if not world.is_valid_group(group):
        return json_response({})
    club_id = _club_id(req)
    ranked = [] if board is None else boards.club_ranked(world, board, world.club(club_id))
    ranked = ranked[:READABLE_POSITIONS]
    length, offset = _slice(req, MAX_TOP_LENGTH)
    top: list[dict[str, Any]] = []
    if board is not None:
        top = [
            _entry(board.record(position), offset + i + 1)
            for i, position in enumerate(ranked[offset : offset + length])
        ]
    return json_response(
        {"groupUid": group, "mapUid": uid, "clubId": club_id, "length": len(ranked), "top": top}
    )


def map_medals(state: AppState, req: Request) -> Response:
    """``GET /api/token/leaderboard/group/{groupUid}/map/{mapUid}/medals``.

    A medal whose record hides its score under a secret threshold is left out, as is one no
    record reaches: the service only answers the medals it finds records for.
    """
    world = state.world
    group, uid, board = _group_and_map(state, req)
    if not world.is_valid_group(group):
        return json_response({})
    medals: list[dict[str, Any]] = []
    if board is not None:
        for medal, time in boards.medal_times(board.info.author_time).items():
            position = boards.medal_position(board, time)
            if position < 1 or position <= board.secret_positions:
                continue
            record = board.record(position)
            medals.append(
                {
                    "medal": medal,
                    "accountId": record.account_id,
                    "zoneId": record.zone_id,
                    "zoneName": record.zone_name,
                    "score": board.true_score(position),
                }
            )
    return json_response({"groupUid": group, "mapUid": uid, "medals": medals})


def _neighbour(
    board: Leaderboard, zone: Zone, start: int, step: int, until: float | None
) -> Record | None:
    """The first record of `zone` from world position `start` on, moving by `step` (set by
    `until`, under the lag fault)."""
    world = board.world
    position = start
    for _ in range(SURROUND_SCAN):
        if not 1 <= position <= board.size:
            return None
        if world.is_in_zone(board.zone_at(position).zone_id, zone.zone_id) and lagging.seen(
            board, position, until
        ):
            return board.record(position)
        position += step
    return None


@dataclass(frozen=True)
class _Centre:
    """The requester's (real or fake) entry of a surround answer."""

    account_id: str
    region: Zone
    score: int
    position: int
    has_record: bool


def _surround_top(
    board: Leaderboard | None,
    zone: Zone,
    centre: _Centre,
    lower: int,
    upper: int,
    until: float | None,
) -> dict[str, Any]:
    world_position = centre.position
    shown = 1 if board is None else boards.zone_position(board.world, world_position, zone)
    # Past the first 100,000 records the world positions are only approximate: every entry
    # shows its position rounded, so neighbours may share one.
    rough = zone.depth == 0 and world_position > PRECISE_POSITIONS
    if rough:
        shown = round(world_position, -3)
    top = [
        {
            "accountId": centre.account_id,
            "zoneId": centre.region.zone_id,
            "zoneName": centre.region.name,
            "position": shown,
            "score": centre.score,
        }
    ]
    if board is not None:
        better = _neighbour(board, zone, world_position - 1, -1, until) if lower else None
        worse_start = world_position + 1 if centre.has_record else world_position
        worse = _neighbour(board, zone, worse_start, 1, until) if upper else None
        if better is not None:
            before = round(better.position, -3) if rough else max(1, shown - 1)
            top.insert(0, _entry(better, before))
        if worse is not None:
            top.append(_entry(worse, round(worse.position, -3) if rough else shown + 1))
    return {"zoneId": zone.zone_id, "zoneName": zone.name, "top": top}


def _bound(req: Request, name: str) -> int:
    try:
        value = int(req.path_params[name])
    except ValueError as exc:
        raise BadRequest(f"{name} must be an integer") from exc
    # The service stopped returning more than one record on each side.
    return min(1, max(0, value))


def surround(state: AppState, req: Request) -> Response:
    """``GET /api/token/leaderboard/group/{groupUid}/map/{mapUid}/surround/{lower}/{upper}``.

    The requester always appears, with the requested score (or its own record when no score
    is given: then an account without a record gets `{}`). An unknown map answers as an empty
    leaderboard holding only the requester, first; `zoneId` is ignored with `onlyWorld=true`.
    A closed group answers `{}`, as does a score better than the requester's own record on the
    map (the documentation says such scores cannot be asked, not what they answer). Under the
    ``leaderboard_lag`` fault, records set within the lag do not show yet.
    """
    world = state.world
    group, uid, board = _group_and_map(state, req)
    if not world.is_valid_group(group) or not boards.is_open_group(world, group):
        return json_response({})
    lower, upper = _bound(req, "lower"), _bound(req, "upper")
    account_id = principal_of(req).account_id
    until = lagging.cutoff(state)
    if board is not None and not lagging.opened_by(board, until):
        board = None  # under the lag fault, no record of the map shows yet
    own = board.position_of_account(account_id) if board is not None else None
    if board is not None and own is not None and not lagging.seen(board, own, until):
        own = None
    if req.param("score") is None:
        if board is None or own is None:
            return json_response({})
        score, position = board.true_score(own), own
    else:
        score = req.int_param("score", 0)
        if board is not None and own is not None and score < board.true_score(own):
            return json_response({})
        position = board.position_for_score(score) if board is not None else 1
    region = world.account_zone(account_id)
    centre = _Centre(account_id, region, score, position, req.param("score") is None)
    zone_id = req.param("zoneId")
    zones: tuple[Zone, ...]
    if req.bool_param("onlyWorld"):
        zones = (world.world_zone,)
    elif zone_id:
        zone = world.zone(zone_id)
        zones = () if zone is None else (zone,)
    else:
        zones = _zones_of(world, req)
    tops = [_surround_top(board, z, centre, lower, upper, until) for z in zones]
    return json_response({"groupUid": group, "mapUid": uid, "tops": tops})


def my_trophies(state: AppState, req: Request) -> Response:
    """``GET /api/token/leaderboard/trophy``: the account's trophy rankings.

    Dedicated servers have no trophies: they get no points and no zones (the documentation
    only says the answer is not useful for them).
    """
    world = state.world
    account_id = principal_of(req).account_id
    trophies = boards.trophy_ranking(world, account_id)
    if trophies is None:
        return json_response({"countPoint": 0, "zones": [], "accountId": account_id, "echelon": 0})
    zones = [
        {"zoneId": entry["zoneId"], "zoneName": entry["zoneName"], "ranking": entry}
        for entry in boards.zone_rankings(world, account_id, trophies.position)
    ]
    return json_response({**boards.trophy_json(trophies), "zones": zones})


def player_trophies(state: AppState, req: Request) -> Response:
    """``POST /api/token/leaderboard/trophy/player``: unknown account IDs are left out."""
    world = state.world
    data = req.json()
    players = data.get("listPlayer") if isinstance(data, dict) else None
    if not isinstance(players, list):
        raise BadRequest("body must be an object with a 'listPlayer' list")
    rankings: list[dict[str, Any]] = []
    for player in players:
        account_id = player.get("accountId") if isinstance(player, dict) else None
        if not isinstance(account_id, str):
            raise BadRequest("each player must be an object with a string accountId")
        trophies = boards.trophy_ranking(world, account_id)
        if trophies is not None:
            rankings.append(
                {
                    **boards.trophy_json(trophies),
                    "zones": boards.zone_rankings(world, account_id, trophies.position),
                }
            )
    return json_response({"rankings": rankings, "length": 0})


def _zone_top(board: Leaderboard | None, zone: Zone) -> dict[str, Any]:
    if board is None:
        top: list[dict[str, Any]] = []
    elif zone.depth == 0:
        top = [r.to_json() for r in board.records(0, ZONE_TOP_LENGTH)]
    else:
        records = board.zone_top(zone.zone_id, ZONE_TOP_LENGTH)
        top = [r.to_json(position=i + 1) for i, r in enumerate(records)]
    return {"zoneId": zone.zone_id, "zoneName": zone.name, "top": top}


def leaderboard_top(state: AppState, req: Request) -> Response:
    """``GET /api/token/leaderboard/group/{groupUid}/map/{mapUid}/top``."""
    world = state.world
    group, uid = req.path_params["groupUid"], req.path_params["mapUid"]
    if not world.is_valid_group(group):
        return json_response({})
    board = world.leaderboard(uid)
    principal = principal_of(req)
    tops: list[dict[str, Any]]
    if board is None:
        tops = [_zone_top(None, world.world_zone)]
    elif req.bool_param("onlyWorld"):
        length, offset = slice_args(req, default_length=ZONE_TOP_LENGTH)
        length = min(length, MAX_TOP_LENGTH)
        records = board.records(offset, length) if offset < READABLE_POSITIONS else []
        tops = [
            {
                "zoneId": world.world_zone.zone_id,
                "zoneName": world.world_zone.name,
                "top": [r.to_json() for r in records],
            }
        ]
    else:
        zone_id = req.param("zoneId")
        if zone_id:
            zone = world.zone(zone_id)
            tops = [] if zone is None else [_zone_top(board, zone)]
        elif principal.kind == "service":
            chain = world.zone_chain(world.account_zone(principal.account_id).zone_id)
            tops = [_zone_top(board, z) for z in chain]
        else:
            tops = [_zone_top(board, world.world_zone)]
    return json_response({"groupUid": group, "mapUid": uid, "tops": tops})


def _requested_maps(req: Request) -> list[tuple[str, str]]:
    data = req.json()
    maps = data.get("maps") if isinstance(data, dict) else None
    if not isinstance(maps, list):
        raise BadRequest("body must be an object with a 'maps' list")
    out: list[tuple[str, str]] = []
    for item in maps:
        if not isinstance(item, dict):
            raise BadRequest("each map must be an object with mapUid and groupUid")
        uid, group = item.get("mapUid"), item.get("groupUid")
        if not isinstance(uid, str) or not isinstance(group, str):
            raise BadRequest("each map needs a string mapUid and groupUid")
        out.append((uid, group))
    return out


def _ranking(zone: Zone, position: int) -> dict[str, Any]:
    return {
        "zoneId": zone.zone_id,
        "zoneName": zone.name,
        "ranking": {"position": position, "length": 0},
    }


def map_records(state: AppState, req: Request) -> Response:
    """``POST /api/token/leaderboard/group/map``.

    With ``scores[<mapUid>]=<score>`` query parameters it answers the positions
    those scores would take; without, the token account's own records. Positions leave out
    maps of closed groups, and maps where the score is worse than the account's own record.

    Under the ``leaderboard_lag`` fault, own records set within the lag do not show yet and
    maps opened within it have no positions (their other positions count every record);
    under ``empty_leaderboard_rate``, that share of requests answers ``[]``.
    """
    out = _map_records(state, req)
    if isinstance(out, Response):
        return out
    return json_response([] if lagging.answers_empty(state, req) else out)


def _map_records(state: AppState, req: Request) -> list[dict[str, Any]] | Response:
    world = state.world
    until = lagging.cutoff(state)
    maps = _requested_maps(req)
    scores: dict[str, str] = {}
    for key, values in req.params.items():
        if key.startswith("scores[") and key.endswith("]") and values:
            scores[key[len("scores[") : -1]] = values[0]
    out: list[dict[str, Any]] = []
    if scores:
        body_uids = {uid for uid, _ in maps}
        missing = [uid for uid in scores if uid not in body_uids]
        if missing:
            return json_response(
                {"error": "Internal Server Error", "message": "scores reference unknown maps"},
                500,
            )
        account_id = principal_of(req).account_id
        for uid, group in maps[:MAX_RECORD_MAPS]:
            board = world.leaderboard(uid)
            if board is None or not world.is_valid_group(group) or uid not in scores:
                continue
            if not is_open_group(world, group) or not lagging.opened_by(board, until):
                continue
            try:
                score = int(scores[uid])
            except ValueError as exc:
                raise BadRequest(f"score of {uid} must be an integer") from exc
            own = board.position_of_account(account_id)
            if own is not None and not lagging.seen(board, own, until):
                own = None
            if own is not None and score > board.true_score(own):
                continue
            rank = board.position_for_score(score)
            out.append(
                {
                    "groupUid": group,
                    "mapUid": uid,
                    "score": score,
                    "zones": [_ranking(world.world_zone, rank)],
                }
            )
        return out
    principal = principal_of(req)
    for uid, group in maps[:MAX_RECORD_MAPS]:
        board = world.leaderboard(uid)
        if board is None or not world.is_valid_group(group):
            continue
        position = board.position_of_account(principal.account_id)
        if position is None or not lagging.seen(board, position, until):
            continue
        chain = world.zone_chain(world.account_zone(principal.account_id).zone_id)
        out.append(
            {
                "groupUid": group,
                "mapUid": uid,
                "score": board.true_score(position),
                "zones": [
                    _ranking(
                        z, position if z.depth == 0 else board.zone_position(position, z.zone_id)
                    )
                    for z in chain
                ],
            }
        )
    return out


@refuses_servers_itself
def club_record(state: AppState, req: Request) -> Response:
    """``GET /api/token/leaderboard/group/{groupUid}/map/{mapUid}/club/{clubId}``."""
    world = state.world
    principal = principal_of(req)
    group, uid = req.path_params["groupUid"], req.path_params["mapUid"]
    if principal.kind == "server":
        return json_response(["club_Join:error-notAllowed"], 403)
    try:
        club_id = int(req.path_params["clubId"])
    except ValueError:
        club_id = -1
    club = world.club(club_id)
    if club is None or not world.is_club_member(club, principal.account_id):
        return json_response(["clubMemberRole:error-notMember"], 403)
    board = world.leaderboard(uid)
    if board is None or not world.is_valid_group(group):
        return json_response({})
    position = board.position_of_account(principal.account_id)
    if position is None:
        return json_response({})
    key = (principal.account_id, group, uid, club_id)
    with state.lock:
        first = key not in state.club_records_seen
        state.club_records_seen.add(key)
    if first:
        club_position = 1
    else:
        better = 0
        for member in world.club_members(club):
            if member == principal.account_id:
                continue
            other = board.position_of_account(member)
            if other is not None and other < position:
                better += 1
        club_position = better + 1
    return json_response(
        {
            "groupUid": group,
            "mapUid": uid,
            "score": board.true_score(position),
            "clubId": club_id,
            "position": club_position,
        }
    )


ROUTES: RouteTable = {
    ("GET", "/api/token/leaderboard/group/{groupUid}"): campaign_ranking,
    ("GET", "/api/token/leaderboard/group/{groupUid}/top"): campaign_top,
    ("GET", "/api/token/leaderboard/group/{groupUid}/club/{clubId}"): campaign_club_ranking,
    ("GET", "/api/token/leaderboard/group/{groupUid}/club/{clubId}/top"): campaign_club_top,
    ("GET", "/api/token/leaderboard/group/{groupUid}/map/{mapUid}/top"): leaderboard_top,
    ("GET", "/api/token/leaderboard/group/{groupUid}/map/{mapUid}/club/{clubId}"): club_record,
    ("GET", "/api/token/leaderboard/group/{groupUid}/map/{mapUid}/club/{clubId}/top"): (
        map_club_top
    ),
    ("GET", "/api/token/leaderboard/group/{groupUid}/map/{mapUid}/medals"): map_medals,
    ("GET", "/api/token/leaderboard/group/{groupUid}/map/{mapUid}/surround/{lower}/{upper}"): (
        surround
    ),
    ("POST", "/api/token/leaderboard/group/map"): map_records,
    ("GET", "/api/token/leaderboard/trophy"): my_trophies,
    ("POST", "/api/token/leaderboard/trophy/player"): player_trophies,
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
