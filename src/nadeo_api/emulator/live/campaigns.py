"""Handlers of the emulated Live API.

:data:`LIVE_ROUTES` maps (method, route template as in the documentation's
``route:`` field, without its query) to a handler.
"""

from __future__ import annotations

from typing import Any

from ..serving.http import (
    BadRequest,
    Request,
    Response,
    error_response,
    json_response,
    text_response,
)
from ..serving.routing import AppState, RouteTable, refuses_servers_itself
from ..serving.tokens import Principal
from ..world import REVIEW_TYPES, Campaign, ServerAccountInfo, TotdDay, World, Zone, lagging
from ..world.activities import activity_store
from ..world.boards import is_open_group
from ..world.leaderboards import READABLE_POSITIONS, Leaderboard

MAX_TOP_LENGTH = 100
ZONE_TOP_LENGTH = 5
MAX_RECORD_MAPS = 50
EMPTY_MEDIA = {
    "buttonBackgroundUrl": "",
    "buttonForegroundUrl": "",
    "decalUrl": "",
    "popUpBackgroundUrl": "",
    "popUpImageUrl": "",
    "liveButtonBackgroundUrl": "",
    "liveButtonForegroundUrl": "",
}
MEDIA_BASE = "https://trackmania-prod-media-s3.cdn.ubi.com/media/image/live-api/"
_MAP_FILE_BASE = "https://core.trackmania.nadeo.live/maps/"


def _principal(req: Request) -> Principal:
    assert req.principal is not None, "Live routes are authenticated"
    return req.principal


def _slice_args(req: Request, default_length: int = 1) -> tuple[int, int]:
    length = max(0, req.int_param("length", default_length))
    offset = max(0, req.int_param("offset", 0))
    return length, offset


def _playlist(ids: tuple[int, ...], uids: tuple[str, ...]) -> list[dict[str, Any]]:
    return [
        {"id": pid, "position": pos, "mapUid": uid}
        for pos, (pid, uid) in enumerate(zip(ids, uids, strict=True))
    ]


def _day_json(world: World, day: TotdDay) -> dict[str, Any]:
    return {
        "campaignId": day.campaign_id,
        "mapUid": day.map_uid,
        "day": day.date.weekday(),
        "monthDay": day.date.day,
        "seasonUid": day.season_uid,
        "leaderboardGroup": None,
        "startTimestamp": day.start_timestamp,
        "endTimestamp": day.end_timestamp,
        "relativeStart": world.relative(day.start_timestamp),
        "relativeEnd": world.relative(day.end_timestamp),
    }


def totd_months(state: AppState, req: Request) -> Response:
    """``GET /api/token/campaign/month`` (Tracks of the Day or Royal maps)."""
    world = state.world
    length, offset = _slice_args(req)
    royal = req.bool_param("royal")
    months = world.months()
    month_list = [
        {
            "year": year,
            "month": month,
            "lastDay": world.last_day(year, month),
            "days": [_day_json(world, d) for d in world.month_days(year, month, royal=royal)],
            "media": dict(EMPTY_MEDIA),
        }
        for year, month in months[offset : offset + length]
    ]
    nxt = world.next_totd_start()
    return json_response(
        {
            "monthList": month_list,
            "itemCount": len(months),
            "nextRequestTimestamp": nxt,
            "relativeNextRequest": world.relative(nxt) if nxt != -1 else -1,
        }
    )


def official_campaign_json(campaign: Campaign) -> dict[str, Any]:
    use_case = {"seasonal": 0, "weekly-shorts": 5, "weekly-grands": 6}[campaign.kind]
    out: dict[str, Any] = {
        "id": campaign.id,
        "seasonUid": campaign.season_uid,
        "name": campaign.name,
        "useCase": use_case,
        "clubId": 0,
        "startTimestamp": campaign.start_timestamp,
        "endTimestamp": campaign.end_timestamp,
        "rankingSentTimestamp": None,
        "year": campaign.year,
        "week": campaign.week,
        "day": -1,
        "monthYear": -1,
        "month": -1,
        "monthDay": -1,
        "playlist": _playlist(campaign.playlist_ids, campaign.map_uids),
        "editionTimestamp": campaign.edition_timestamp,
    }
    if campaign.kind == "weekly-grands":
        out["mediaUrl"] = campaign.media_url
        out["video"] = False
    return out


def _campaign_list(world: World, req: Request, campaigns: list[Campaign]) -> Response:
    length, offset = _slice_args(req)
    newest_first = campaigns[::-1]
    nxt = newest_first[0].end_timestamp if newest_first else -1
    return json_response(
        {
            "itemCount": len(campaigns),
            "campaignList": [
                official_campaign_json(c) for c in newest_first[offset : offset + length]
            ],
            "nextRequestTimestamp": nxt,
            "relativeNextRequest": world.relative(nxt) if nxt != -1 else -1,
        }
    )


def seasonal_campaigns(state: AppState, req: Request) -> Response:
    """``GET /api/campaign/official``."""
    return _campaign_list(state.world, req, state.world.seasonal_campaigns())


def weekly_shorts(state: AppState, req: Request) -> Response:
    """``GET /api/campaign/weekly-shorts``."""
    return _campaign_list(state.world, req, state.world.weekly_shorts())


def weekly_grands(state: AppState, req: Request) -> Response:
    """``GET /api/campaign/weekly-grands``."""
    return _campaign_list(state.world, req, state.world.weekly_grands())


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
    principal = _principal(req)
    tops: list[dict[str, Any]]
    if board is None:
        tops = [_zone_top(None, world.world_zone)]
    elif req.bool_param("onlyWorld"):
        length, offset = _slice_args(req, default_length=ZONE_TOP_LENGTH)
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
        account_id = _principal(req).account_id
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
    principal = _principal(req)
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
    principal = _principal(req)
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


_NOT_OFFICIAL = "Only official MapReview"


@refuses_servers_itself
def review_connect(state: AppState, req: Request) -> Response:
    """``GET /api/token/map-review/{reviewType}/connect``."""
    review_type = req.path_params["reviewType"]
    if review_type not in REVIEW_TYPES:
        return text_response(_NOT_OFFICIAL, 403)
    principal = _principal(req)
    if principal.kind == "server":
        return error_response(
            403,
            "NLS::Player::MissingRule",
            f"{principal.account_id} does not have rule map_AccessServerReview",
        )
    return json_response(
        {
            "joinLink": state.world.join_link(principal.account_id, review_type),
            "noMap": False,
            "starting": False,
            "submissionWaitTimer": 0,
        }
    )


def review_waiting_time(state: AppState, req: Request) -> Response:
    """``GET /api/token/map-review/{reviewType}/waiting-time``."""
    review_type = req.path_params["reviewType"]
    if review_type not in REVIEW_TYPES:
        return text_response(_NOT_OFFICIAL, 403)
    return json_response({"seconds": state.world.waiting_seconds(review_type)})


def submitted_maps(state: AppState, req: Request) -> Response:
    """``GET /api/token/map/map-review/{reviewType}/submitted-map``."""
    world = state.world
    review_type = req.path_params["reviewType"]
    if review_type not in REVIEW_TYPES:
        return json_response(["mapReview:error-notFound"], 404)
    principal = _principal(req)
    maps = world.submitted_maps(principal.account_id, review_type)
    length, offset = _slice_args(req, default_length=len(maps) or 1)
    items = []
    for m in maps[offset : offset + length]:
        total = sum(m.stars)
        average = round(sum((i + 1) * n for i, n in enumerate(m.stars)) / total, 4) if total else 0
        at = m.author_time
        items.append(
            {
                "mapUid": m.uid,
                "feedbackCount": total,
                "creationTimestamp": m.creation_timestamp,
                "latestSubmissionTimestamp": m.submission_timestamp,
                "nominated": m.nominated,
                "map": {
                    "uid": m.uid,
                    "mapId": m.map_id,
                    "name": m.name,
                    "author": principal.account_id,
                    "submitter": principal.account_id,
                    "authorTime": at,
                    "goldTime": -(-at * 106 // 100000) * 1000,
                    "silverTime": -(-at * 120 // 100000) * 1000,
                    "bronzeTime": -(-at * 150 // 100000) * 1000,
                    "nbLaps": 0,
                    "valid": True,
                    "downloadUrl": f"{_MAP_FILE_BASE}{m.map_id}/file",
                    "thumbnailUrl": f"{_MAP_FILE_BASE}{m.map_id}/thumbnail.jpg",
                    "uploadTimestamp": m.upload_timestamp,
                    "updateTimestamp": m.upload_timestamp,
                },
                "noteInfo": {
                    "countTotal": total,
                    "average": average,
                    "countStar1": m.stars[0],
                    "countStar2": m.stars[1],
                    "countStar3": m.stars[2],
                    "countStar4": m.stars[3],
                    "countStar5": m.stars[4],
                    "countStarMax": max(m.stars),
                },
                "nadeoNote": 0,
                "labels": [],
                "mapStyles": list(m.styles),
                "messagingOpen": False,
            }
        )
    return json_response({"submittedMaps": items, "itemCount": len(maps)})


def server_accounts(state: AppState, req: Request) -> Response:
    """``GET /api/token/server/player-server/account``."""
    principal = _principal(req)
    accounts = state.world.server_accounts_of(principal.account_id)
    return json_response(
        {
            "playerServerAccount": [_server_account_json(state, a) for a in accounts],
            "itemCount": len(accounts),
        }
    )


def _server_account_json(state: AppState, account: ServerAccountInfo) -> dict[str, Any]:
    """A dedicated server account, in use if the world says so or a club room was created on
    it (the newest such room is named)."""
    rooms = activity_store(state).rooms_on_server(account.login)
    newest = max(rooms, key=lambda room: room.created, default=None)
    return {
        "accountId": account.account_id,
        "login": account.login,
        "alreadyUsed": account.already_used or newest is not None,
        "clubRoomId": newest.activity_id if newest else account.club_room_id,
        "clubRoomName": newest.name if newest else account.club_room_name,
    }


LIVE_ROUTES: RouteTable = {
    ("GET", "/api/token/campaign/month"): totd_months,
    ("GET", "/api/campaign/official"): seasonal_campaigns,
    ("GET", "/api/campaign/weekly-shorts"): weekly_shorts,
    ("GET", "/api/campaign/weekly-grands"): weekly_grands,
    ("GET", "/api/token/leaderboard/group/{groupUid}/map/{mapUid}/top"): leaderboard_top,
    ("POST", "/api/token/leaderboard/group/map"): map_records,
    ("GET", "/api/token/leaderboard/group/{groupUid}/map/{mapUid}/club/{clubId}"): club_record,
    ("GET", "/api/token/map-review/{reviewType}/connect"): review_connect,
    ("GET", "/api/token/map-review/{reviewType}/waiting-time"): review_waiting_time,
    ("GET", "/api/token/map/map-review/{reviewType}/submitted-map"): submitted_maps,
    ("GET", "/api/token/map-review/{reviewType}/submitted-map"): submitted_maps,
    ("GET", "/api/token/server/player-server/account"): server_accounts,
}
"""Live handlers keyed by (method, documented route template without its query)."""
