"""Handlers of the emulated Live API's map review section: the official reviews' join links,
waiting times and submitted maps, and the submissions to clubs' map reviews."""

from __future__ import annotations

from ..serving.http import (
    Request,
    Response,
    error_response,
    json_response,
    principal_of,
    text_response,
)
from ..serving.routing import AppState, RouteTable, refuses_servers_itself
from ..world import REVIEW_TYPES
from ..world.activities import Activity, activity_store
from ..world.clubs import club_state
from ._activity_access import (
    NOT_CONTENT_CREATOR,
    NOT_FOUND,
    NOT_MEMBER,
    Refused,
    page,
    path_id,
    refusals,
)
from ._activity_json import submission_json
from ._requests import slice_args

_MAP_FILE_BASE = "https://core.trackmania.nadeo.live/maps/"


_NOT_OFFICIAL = "Only official MapReview"


@refuses_servers_itself
def review_connect(state: AppState, req: Request) -> Response:
    """``GET /api/token/map-review/{reviewType}/connect``."""
    review_type = req.path_params["reviewType"]
    if review_type not in REVIEW_TYPES:
        return text_response(_NOT_OFFICIAL, 403)
    principal = principal_of(req)
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
    principal = principal_of(req)
    maps = world.submitted_maps(principal.account_id, review_type)
    length, offset = slice_args(req, default_length=len(maps) or 1)
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
    account_id = principal_of(req).account_id
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
    account_id = principal_of(req).account_id
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


ROUTES: RouteTable = {
    ("GET", "/api/token/map-review/{reviewType}/connect"): review_connect,
    ("GET", "/api/token/map-review/{reviewType}/waiting-time"): review_waiting_time,
    ("GET", "/api/token/map/map-review/{reviewType}/submitted-map"): submitted_maps,
    # The path the documentation's example uses.
    ("GET", "/api/token/map-review/{reviewType}/submitted-map"): submitted_maps,
    ("GET", "/api/token/club/{clubId}/map-review/{activityId}/map/mine"): refusals(my_submissions),
    ("GET", "/api/token/club/{clubId}/map-review/{activityId}/map"): refusals(member_submissions),
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
