"""Handlers of the emulated Live API for maps, favorites, campaign lists and maniapubs."""

from __future__ import annotations

import datetime
from typing import Any

from ..serving.http import BadRequest, Request, Response, error_response, json_response
from ..serving.routing import AppState, RouteTable
from ..serving.tokens import Principal
from ..world import UTC, Campaign, MapInfo, World
from ..world import maps as data
from .campaigns import EMPTY_MEDIA, official_campaign_json

MAX_MAP_UIDS = 100
_INTERNAL_LOG = "Nadeo Live Services Internal Log"
_SEASON_NUMBERS = {1: 1, 4: 2, 7: 3, 10: 4}
"""Season number (Winter 1 to Fall 4) by starting month; the documentation shows none."""
_CATEGORY_SIZE = 5
_NO_CAMPAIGN: dict[str, Any] = {
    "officialYear": -1,
    "season": -1,
    "officialMaps": [],
    "totdYear": -1,
    "week": -1,
    "totdMaps": [],
}


def _principal(req: Request) -> Principal:
    assert req.principal is not None, "Live routes are authenticated"
    return req.principal


def _slice(req: Request, default_length: int) -> tuple[int, int]:
    return max(0, req.int_param("length", default_length)), max(0, req.int_param("offset", 0))


def _map_items(state: AppState, req: Request, maps: list[MapInfo]) -> list[dict[str, Any]]:
    """Maps as JSON, `favorite` saying whether the requester has them as favorites."""
    with state.lock:
        liked = set(data.favorites(state, _principal(req).account_id))
    return [data.map_json(state.world, m, m.uid in liked) for m in maps]


def _map_list(state: AppState, req: Request, maps: list[MapInfo], total: int) -> Response:
    return json_response({"mapList": _map_items(state, req, maps), "itemCount": total})


def map_info(state: AppState, req: Request) -> Response:
    """``GET /api/token/map/{mapUid}``: an unknown map is a 500, as the service answers."""
    info = data.find_map(state, req.path_params["mapUid"])
    if info is None:
        return error_response(500, "NotFoundHttpException", _INTERNAL_LOG)
    return json_response(_map_items(state, req, [info])[0])


def maps_info(state: AppState, req: Request) -> Response:
    """``GET /api/token/map/get-multiple``: unknown UIDs are left out."""
    raw = req.param("mapUidList") or ""
    uids = [uid for uid in raw.split(",") if uid]
    if len(uids) > MAX_MAP_UIDS:
        # The documentation gives the limit, not the refusal: a 400 is the likely answer.
        raise BadRequest(f"mapUidList may hold at most {MAX_MAP_UIDS} map UIDs")
    found = [info for info in (data.find_map(state, uid) for uid in uids) if info is not None]
    return _map_list(state, req, found, len(found))


def uploaded(state: AppState, req: Request) -> Response:
    """``GET /api/token/map``: the account's uploaded maps, newest first.

    The documentation gives no defaults: without `length` every map is answered.
    """
    maps = data.uploaded_by(state, _principal(req).account_id)
    length, offset = _slice(req, len(maps))
    return _map_list(state, req, maps[offset : offset + length], len(maps))


def _favorite_change(state: AppState, req: Request, add: bool) -> Response:
    uid = req.path_params["mapUid"]
    if data.find_map(state, uid) is None:
        return error_response(500, "InternalServerError", _INTERNAL_LOG)
    principal = _principal(req)
    # Dedicated servers get the same 204 but keep no favorites.
    if principal.kind == "service":
        with state.lock:
            mine = data.favorites(state, principal.account_id)
            if add:
                data.add_favorite(state, mine, uid)
            elif not add:
                mine.pop(uid, None)
    return Response(204, b"", None)


def add_favorite(state: AppState, req: Request) -> Response:
    """``POST /api/token/map/favorite/{mapUid}/add``."""
    return _favorite_change(state, req, add=True)


def remove_favorite(state: AppState, req: Request) -> Response:
    """``POST /api/token/map/favorite/{mapUid}/remove``."""
    return _favorite_change(state, req, add=False)


def favorite_maps(state: AppState, req: Request) -> Response:
    """``GET /api/token/map/favorite``: sorted by addition date or name, filtered.

    Every emulated map is playable; `playable=false` filters nothing.
    """
    principal = _principal(req)
    with state.lock:
        added = dict(data.favorites(state, principal.account_id))
    maps = [info for info in (data.find_map(state, uid) for uid in added) if info is not None]
    types = {t for t in (req.param("mapTypeList") or "").split(",") if t}
    if types:
        maps = [m for m in maps if m.map_type in types]
    if req.bool_param("onlyMine"):
        maps = [m for m in maps if m.author_account_id == principal.account_id]
    sort, order = req.param("sort") or "date", req.param("order") or "desc"
    if sort not in ("date", "name") or order not in ("asc", "desc"):
        raise BadRequest("sort must be date or name, order asc or desc")
    maps.sort(key=(lambda m: m.name.lower()) if sort == "name" else (lambda m: added[m.uid]))
    if order == "desc":
        maps.reverse()
    length, offset = _slice(req, 1)
    if length < 1:
        raise BadRequest("length must be at least 1")
    return _map_list(state, req, maps[offset : offset + length], len(maps))


def _v1_json(world: World, campaign: Campaign) -> dict[str, Any]:
    start, end = campaign.start_timestamp, campaign.end_timestamp
    count = len(campaign.map_uids)
    return {
        **official_campaign_json(campaign),
        "color": "",
        "leaderboardGroupUid": campaign.season_uid,
        "publicationTimestamp": start,
        "published": True,
        "latestSeasons": [
            {
                "uid": campaign.season_uid,
                "name": campaign.name,
                "startTimestamp": start,
                "endTimestamp": end,
                "relativeStart": world.relative(start),
                "relativeEnd": world.relative(end),
                "campaignId": campaign.id,
                "active": start <= world.now < end,
            }
        ],
        "categories": [
            {"position": i, "length": _CATEGORY_SIZE, "name": str(i)}
            for i in range(count // _CATEGORY_SIZE)
        ],
        "media": dict(EMPTY_MEDIA),
    }


def _newest_first(
    world: World, req: Request, items: list[dict[str, Any]], next_request: int
) -> Response:
    length, offset = _slice(req, 1)
    return json_response(
        {
            "itemCount": len(items),
            "campaignList": items[::-1][offset : offset + length],
            "nextRequestTimestamp": next_request,
            "relativeNextRequest": world.relative(next_request) if next_request != -1 else -1,
        }
    )


def seasonal_v1(state: AppState, req: Request) -> Response:
    """``GET /api/token/campaign/official`` (the deprecated v1 list)."""
    world = state.world
    campaigns = world.seasonal_campaigns()
    items = [_v1_json(world, c) for c in campaigns]
    return _newest_first(world, req, items, campaigns[-1].end_timestamp if campaigns else -1)


def cups_of_the_week(state: AppState, req: Request) -> Response:
    """``GET /api/campaign/cup-of-the-week``."""
    world = state.world
    cups = [data.cup_json(world, cup) for cup in data.cups_of_the_week(world)]
    return _newest_first(world, req, cups, cups[-1]["endTimestamp"] if cups else -1)


def map_campaign_info(state: AppState, req: Request) -> Response:
    """``GET /api/campaign/map/{mapUid}``: seasonal campaign and TOTD week of a map (any other
    map, even unknown, answers the -1 / empty values with a 200)."""
    world = state.world
    info = world.map_info(req.path_params["mapUid"])
    out = dict(_NO_CAMPAIGN)
    if info is not None and info.kind == "seasonal":
        campaign = next(c for c in world.seasonal_campaigns() if c.id == info.campaign_id)
        start = datetime.datetime.fromtimestamp(campaign.start_timestamp, UTC)
        out.update(
            officialYear=start.year,
            season=_SEASON_NUMBERS[start.month],
            officialMaps=list(campaign.map_uids),
        )
    elif info is not None and info.kind == "totd":
        day = datetime.datetime.fromtimestamp(info.start_timestamp, UTC).date()
        year, week = day.isocalendar()[:2]
        same_week = [d for d in world.totd_days() if d.date.isocalendar()[:2] == (year, week)]
        out.update(totdYear=year, week=week, totdMaps=[d.map_uid for d in same_week])
    return json_response(out)


def active_maniapubs(state: AppState, req: Request) -> Response:
    """``GET /api/token/advertising/display/active``."""
    ads = data.maniapubs(state.world)
    return json_response({"displayList": ads, "itemCount": len(ads)})


MAP_ROUTES: RouteTable = {
    ("GET", "/api/token/map/{mapUid}"): map_info,
    ("GET", "/api/token/map/get-multiple"): maps_info,
    ("GET", "/api/token/map"): uploaded,
    ("GET", "/api/token/map/favorite"): favorite_maps,
    ("POST", "/api/token/map/favorite/{mapUid}/add"): add_favorite,
    ("POST", "/api/token/map/favorite/{mapUid}/remove"): remove_favorite,
    ("GET", "/api/token/campaign/official"): seasonal_v1,
    ("GET", "/api/campaign/cup-of-the-week"): cups_of_the_week,
    ("GET", "/api/campaign/map/{mapUid}"): map_campaign_info,
    ("GET", "/api/token/advertising/display/active"): active_maniapubs,
}
"""Handlers keyed by (method, documented route template without its query)."""
