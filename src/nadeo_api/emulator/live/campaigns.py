"""Handlers of the emulated Live API's campaigns section: Tracks of the Day, seasonal
campaigns (the list and its deprecated v1), weekly shorts and grands, cups of the week, and the
campaign of a map."""

from __future__ import annotations

import datetime
from typing import Any

from ..serving.http import Request, Response, json_response
from ..serving.routing import AppState, RouteTable
from ..world import World
from ..world import maps as data
from ..world.schedule import UTC, Campaign, TotdDay
from ._requests import slice_args

MAX_TOP_LENGTH = 100
ZONE_TOP_LENGTH = 5
EMPTY_MEDIA = {
    "buttonBackgroundUrl": "",
    "buttonForegroundUrl": "",
    "decalUrl": "",
    "popUpBackgroundUrl": "",
    "popUpImageUrl": "",
    "liveButtonBackgroundUrl": "",
    "liveButtonForegroundUrl": "",
}
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
    length, offset = slice_args(req)
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
    length, offset = slice_args(req)
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
    length, offset = slice_args(req, 1)
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


ROUTES: RouteTable = {
    ("GET", "/api/token/campaign/month"): totd_months,
    ("GET", "/api/campaign/official"): seasonal_campaigns,
    ("GET", "/api/token/campaign/official"): seasonal_v1,
    ("GET", "/api/campaign/weekly-shorts"): weekly_shorts,
    ("GET", "/api/campaign/weekly-grands"): weekly_grands,
    ("GET", "/api/campaign/cup-of-the-week"): cups_of_the_week,
    ("GET", "/api/campaign/map/{mapUid}"): map_campaign_info,
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
