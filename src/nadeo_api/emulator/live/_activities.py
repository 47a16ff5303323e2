"""Handlers of the emulated Live API for club activities: the activity list, the searches
across clubs and the by-ID reads. The management routes are in ``_club_activity_manage.py``;
the state both share is in ``_club_activity_store.py``."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from ..serving.http import Request, Response, json_response
from ..serving.routing import AppState, RouteTable
from ..world import hashing as h
from ..world.activities import SCRIPT_SUFFIX, UPLOAD_TYPES, Activity, activity_store
from ..world.clubs import club_state
from ._activity_access import (
    NOT_CONTENT_CREATOR,
    NOT_FOUND,
    NOT_MEMBER,
    Refused,
    listed,
    page,
    path_id,
    principal,
    refusals,
    viewable_activity,
)
from ._activity_json import (
    activity_item,
    campaign_json,
    map_review_json,
    news_json,
    room_json,
    submission_json,
    upload_json,
)
from .club_management import MANAGEMENT_ROUTES

__all__ = ["ACTIVITY_ROUTES", "club_campaign_response"]

SEARCH_LIMIT = 200
"""A search by name finds at most this many activities."""


def club_activities(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/activity``."""
    clubs, store = club_state(state), activity_store(state)
    try:
        club_id = int(req.path_params["clubId"])
    except ValueError:
        club_id = 0
    raw_active = req.param("active")
    active = None if raw_active is None or raw_active == "" else req.bool_param("active")
    account_id = principal(req).account_id
    if clubs.club(club_id) is None:
        found: list[Activity] = []  # an unknown club has no activities (no error)
    else:
        # Only those who manage the club see deactivated activities; others must ask for
        # active ones explicitly.
        if active is not True and not clubs.can_edit(club_id, account_id):
            raise Refused(NOT_MEMBER, 403)
        member = clubs.role(club_id, account_id) is not None
        found = [
            a
            for a in store.activities(club_id)
            if (active is None or a.active == active) and (member or a.public)
        ]
        folder = req.param("folderId")
        if folder is not None and folder != "":
            folder_id = req.int_param("folderId", 0)
            found = [a for a in found if a.folder_id == folder_id]
    length, offset, max_page = page(req, len(found))
    return json_response(
        {
            "activityList": [activity_item(store, a) for a in found[offset : offset + length]],
            "maxPage": max_page,
            "itemCount": len(found),
        }
    )


def _search(state: AppState, req: Request, kinds: Collection[str]) -> list[Activity]:
    """The activities a search across clubs finds: without `name`, those of verified clubs;
    with it, up to 200 whose name contains it (any club)."""
    clubs = club_state(state)
    found = listed(activity_store(state), state, kinds)
    name = req.param("name")
    if not name:
        return [a for a in found if (club := clubs.club(a.club_id)) and club.verified]
    needle = name.casefold()
    return [a for a in found if needle in a.name.casefold()][:SEARCH_LIMIT]


def _club_name(state: AppState, club_id: int) -> str:
    club = club_state(state).club(club_id)
    return club.name if club is not None else ""


def _search_handler(
    kinds: Collection[str],
    list_key: str,
    shape: Callable[[AppState, Activity, str], dict[str, Any]],
) -> Callable[[AppState, Request], Response]:
    def handler(state: AppState, req: Request) -> Response:
        found = _search(state, req, kinds)
        length, offset, max_page = page(req, len(found))
        return json_response(
            {
                list_key: [
                    shape(state, a, _club_name(state, a.club_id))
                    for a in found[offset : offset + length]
                ],
                "maxPage": max_page,
                "itemCount": len(found),
            }
        )

    return handler


club_campaigns = _search_handler(
    ("campaign",), "clubCampaignList", lambda s, a, name: campaign_json(s.world, a, name)
)
NOT_ALLOWED = "globalAdmin:error-notAllowed"


def campaigns_of_club(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/campaign``: a club's active campaigns, most recently
    created first, for its members; others, and unknown clubs, are `notAllowed` (403)."""
    clubs = club_state(state)
    try:
        club_id = int(req.path_params["clubId"])
    except ValueError:
        raise Refused(NOT_ALLOWED, 403) from None
    club = clubs.club(club_id)
    if club is None or clubs.role(club_id, principal(req).account_id) is None:
        raise Refused(NOT_ALLOWED, 403)
    found = [
        a for a in activity_store(state).activities(club_id) if a.kind == "campaign" and a.active
    ]
    found.sort(key=lambda a: (a.created, a.activity_id), reverse=True)
    length, offset, max_page = page(req, len(found))
    return json_response(
        {
            "clubCampaignList": [
                campaign_json(state.world, a, club.name, with_video=True)
                for a in found[offset : offset + length]
            ],
            "maxPage": max_page,
            "itemCount": len(found),
        }
    )


club_rooms = _search_handler(
    ("room",), "clubRoomList", lambda s, a, name: room_json(a, name, with_shuffle=False)
)
club_map_reviews = _search_handler(
    ("map-review",), "clubMapReviewList", lambda s, a, name: map_review_json(a, name, listed=True)
)


def club_uploads(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/bucket/{bucketType}/all``."""
    bucket_type = req.path_params["bucketType"]
    if bucket_type not in UPLOAD_TYPES:
        raise Refused("type:error-inArray", 400)
    return _search_handler(
        (bucket_type,), "clubBucketList", lambda s, a, name: upload_json(a, name)
    )(state, req)


def club_campaign_response(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubID}/campaign/{campaignId}`` from the activity state, so that
    created, edited and deleted campaigns show."""
    try:
        club_id = int(req.path_params["clubID"])
        campaign_id = int(req.path_params["campaignId"])
    except ValueError:
        return json_response([NOT_FOUND], 404)
    clubs = club_state(state)
    club = clubs.club(club_id)
    activity = activity_store(state).find_campaign(club_id, campaign_id)
    if club is None or activity is None:
        return json_response([NOT_FOUND], 404)
    if not activity.public and clubs.role(club_id, principal(req).account_id) is None:
        return json_response([NOT_MEMBER], 403)
    return json_response(campaign_json(state.world, activity, club.name))


def club_news(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/news/{activityId}``."""
    club, activity = viewable_activity(state, req, ("news",))
    return json_response(news_json(activity, club.name))


def club_map_review(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/map-review/{activityId}``."""
    club, activity = viewable_activity(state, req, ("map-review",))
    return json_response(map_review_json(activity, club.name))


def club_upload(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubID}/bucket/{activityId}``."""
    club, activity = viewable_activity(state, req, UPLOAD_TYPES, club_param="clubID")
    length, offset, _ = page(req, 0, default_length=10)
    return json_response(upload_json(activity, club.name, length, offset))


def _room(state: AppState, req: Request, club_param: str = "clubId") -> tuple[Any, Activity]:
    """A viewable room; some rooms (here: those on a dedicated server) always answer 404 with
    their own error code, though the activity list shows them."""
    club, activity = viewable_activity(state, req, ("room",), club_param=club_param)
    broken = activity.details.get("broken")
    if broken:
        raise Refused(broken, 404)
    return club, activity


def club_room(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubID}/room/{activityId}``: some rooms answer their maps as an
    object whose keys count from "0", as the service rarely does."""
    club, activity = _room(state, req, "clubID")
    answer = room_json(activity, club.name)
    if activity.details.get("maps_as_object"):
        maps = answer["room"]["maps"]
        answer["room"]["maps"] = {str(i): uid for i, uid in enumerate(maps)}
    return json_response(answer)


def room_join_link(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/room/{activityId}/join``: the first request starts the
    room (no link yet, `starting`); the second gets the link while the server still starts
    (`starting` stays true); later ones find it running. A room with an invalid script never
    starts."""
    clubs = club_state(state)
    club_id = path_id(req, "clubId")
    activity = activity_store(state).find(club_id, path_id(req, "activityId"))
    if clubs.club(club_id) is None or activity is None or activity.kind != "room":
        raise Refused(NOT_FOUND, 404)
    if not activity.public and clubs.role(club_id, principal(req).account_id) is None:
        raise Refused(NOT_MEMBER, 403)
    if activity.details.get("broken"):
        raise Refused(activity.details["broken"], 404)
    if not activity.active:
        # The docs give no status for a deactivated room; a refusal fits.
        raise Refused("roomServer:error-NoServerAvailable", 403)
    if activity.details["nadeo"] and not activity.details["script"].endswith(SCRIPT_SUFFIX):
        # A room with an invalid script fails to start (the game shows an error): it stays
        # starting.
        return json_response({"starting": True, "joinLink": ""})
    asked = activity_store(state).start_room(activity.activity_id)
    if asked == 0:
        return json_response({"starting": True, "joinLink": ""})
    link = "#qjoin=" + h.alnum(state.world.seed, 22, "club-room-join", activity.activity_id)
    return json_response({"starting": asked == 1, "joinLink": link})


def room_password(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/room/{activityId}/get-password``."""
    clubs = club_state(state)
    club_id = path_id(req, "clubId")
    account_id = principal(req).account_id
    if clubs.club(club_id) is None or clubs.role(club_id, account_id) is None:
        raise Refused(NOT_MEMBER, 403)
    activity = activity_store(state).find(club_id, path_id(req, "activityId"))
    if (
        activity is None
        or activity.kind != "room"
        or not activity.active
        or not activity.details.get("password")
    ):
        raise Refused(NOT_FOUND, 404)
    if activity.details.get("broken"):
        raise Refused(activity.details["broken"], 404)
    if not clubs.can_edit(club_id, account_id):
        raise Refused(NOT_CONTENT_CREATOR, 403)
    return json_response({"password": activity.details["password"]})


def _review(state: AppState, req: Request) -> Activity:
    activity = activity_store(state).find(path_id(req, "clubId"), path_id(req, "activityId"))
    if activity is None or activity.kind != "map-review":
        raise Refused(NOT_FOUND, 404)
    return activity


def my_submissions(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/map-review/{activityId}/map/mine``."""
    if club_state(state).club(path_id(req, "clubId")) is None:
        raise Refused(NOT_FOUND, 404)
    review = _review(state, req)
    account_id = principal(req).account_id
    mine = [s for s in review.submissions if s.account_id == account_id]
    length, offset, _ = page(req, len(mine))
    with_map, with_notes = req.bool_param("withMapInfo"), req.bool_param("withFeedback")
    return json_response(
        {
            "submittedMaps": [
                submission_json(s, with_map=with_map, with_notes=with_notes)
                for s in mine[offset : offset + length]
            ],
            "itemCount": len(mine),
        }
    )


def member_submissions(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/map-review/{activityId}/map``: for those who manage
    the club."""
    clubs = club_state(state)
    club_id = path_id(req, "clubId")
    account_id = principal(req).account_id
    if clubs.club(club_id) is None or clubs.role(club_id, account_id) is None:
        raise Refused(NOT_MEMBER, 403)
    if not clubs.can_edit(club_id, account_id):
        raise Refused(NOT_CONTENT_CREATOR, 403)
    review = _review(state, req)
    length, offset, _ = page(req, len(review.submissions))
    return json_response(
        {
            "submittedMaps": [
                submission_json(s, admin_view=review)
                for s in review.submissions[offset : offset + length]
            ],
            "flashes": [],
            "itemCount": len(review.submissions),
        }
    )


_READ_ROUTES: RouteTable = {
    ("GET", "/api/token/club/{clubID}/campaign/{campaignId}"): club_campaign_response,
    ("GET", "/api/token/club/{clubId}/activity"): club_activities,
    ("GET", "/api/token/club/campaign"): club_campaigns,
    ("GET", "/api/token/club/{clubId}/campaign"): campaigns_of_club,
    ("GET", "/api/token/club/room"): club_rooms,
    ("GET", "/api/token/club/map-review"): club_map_reviews,
    ("GET", "/api/token/club/bucket/{bucketType}/all"): club_uploads,
    ("GET", "/api/token/club/{clubId}/news/{activityId}"): club_news,
    ("GET", "/api/token/club/{clubId}/map-review/{activityId}"): club_map_review,
    ("GET", "/api/token/club/{clubID}/bucket/{activityId}"): club_upload,
    ("GET", "/api/token/club/{clubID}/room/{activityId}"): club_room,
    ("POST", "/api/token/club/{clubId}/room/{activityId}/join"): room_join_link,
    ("GET", "/api/token/club/{clubId}/room/{activityId}/get-password"): room_password,
    ("GET", "/api/token/club/{clubId}/map-review/{activityId}/map/mine"): my_submissions,
    ("GET", "/api/token/club/{clubId}/map-review/{activityId}/map"): member_submissions,
}

ACTIVITY_ROUTES: RouteTable = {
    key: refusals(handler) for key, handler in {**_READ_ROUTES, **MANAGEMENT_ROUTES}.items()
}
"""Handlers keyed by (method, documented route template without its query)."""
