"""Who may see or change a club activity, and how the activity handlers read requests.

Handlers raise :class:`Refused` with the services' error code; :func:`refusals` turns it into
the JSON list body (``["clubMemberRole:error-notMember"]``) the real routes answer.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Collection
from typing import Any

from ..serving.http import BadRequest, Request, Response, json_response, principal_of
from ..serving.routing import AppState, Handler
from ..world.activities import Activity, ActivityStore, activity_store
from ..world.clubs import ClubRecord, club_state

__all__ = [
    "NOT_ADMIN",
    "NOT_CONTENT_CREATOR",
    "NOT_FOUND",
    "NOT_MEMBER",
    "Refused",
    "body_of",
    "editable_activity",
    "editable_club",
    "flag",
    "listed",
    "page",
    "path_id",
    "refusals",
    "viewable_activity",
]

NOT_FOUND = "activity:error-notFound"
NOT_MEMBER = "clubMemberRole:error-notMember"
NOT_CONTENT_CREATOR = "clubMemberRole:error-notContentCreator"
NOT_ADMIN = "clubMemberRole:error-notAdmin"
MAX_PAGE_LENGTH = 250


class Refused(Exception):
    """An error answer: the services' error code and the HTTP status."""

    def __init__(self, code: str, status: int) -> None:
        super().__init__(code)
        self.code = code
        self.status = status


def refusals(handler: Handler) -> Handler:
    """`handler`, answering a raised :class:`Refused` as `[code]` with its status."""

    @functools.wraps(handler)
    def wrapped(state: AppState, req: Request) -> Response:
        try:
            return handler(state, req)
        except Refused as refused:
            return json_response([refused.code], refused.status)

    return wrapped


def path_id(req: Request, name: str) -> int:
    """A numeric path parameter; anything else names no activity (404)."""
    try:
        return int(req.path_params[name])
    except ValueError:
        raise Refused(NOT_FOUND, 404) from None


def page(req: Request, total: int, default_length: int | None = None) -> tuple[int, int, int]:
    """(length, offset, maxPage) of a list request; the services cap `length` at 250."""
    if default_length is None and req.param("length") is None:
        raise BadRequest("query parameter 'length' is required")
    length = min(max(0, req.int_param("length", default_length or 0)), MAX_PAGE_LENGTH)
    offset = max(0, req.int_param("offset", 0))
    return length, offset, math.ceil(total / length) if length else 0


def body_of(req: Request) -> dict[str, Any]:
    """The JSON object a request carries."""
    data = req.json()
    if not isinstance(data, dict):
        raise BadRequest("body must be a JSON object")
    return data


def flag(data: dict[str, Any], key: str, default: bool) -> bool:
    """A 0/1 (or boolean) body field."""
    value = data.get(key, default)
    if not isinstance(value, (bool, int)):
        raise BadRequest(f"{key} must be 0 or 1")
    return bool(value)


def _member_club(state: AppState, club_id: int, account_id: str) -> ClubRecord:
    clubs = club_state(state)
    club = clubs.club(club_id)
    if club is None or clubs.role(club_id, account_id) is None:
        raise Refused(NOT_MEMBER, 403)
    return club


def editable_club(state: AppState, req: Request, club_param: str = "clubId") -> ClubRecord:
    """The club of the request, which the sender may manage (creator, admin or content
    creator); refused `notMember` (403) otherwise, or `notContentCreator` (403)."""
    club_id = path_id(req, club_param)
    account_id = principal_of(req).account_id
    club = _member_club(state, club_id, account_id)
    if not club_state(state).can_edit(club_id, account_id):
        raise Refused(NOT_CONTENT_CREATOR, 403)
    return club


def editable_activity(
    state: AppState, req: Request, kinds: Collection[str] | None, *, lookup: str = "activityId"
) -> tuple[ClubRecord, Activity]:
    """The club and the activity (of one of `kinds`, None: any) a management request names:
    `notMember` (403), then `notFound` (404), then `notContentCreator` (403).

    `lookup="campaignId"` finds a campaign by its campaign ID instead."""
    club_id = path_id(req, "clubId")
    account_id = principal_of(req).account_id
    club = _member_club(state, club_id, account_id)
    store = activity_store(state)
    wanted = path_id(req, lookup)
    found = (
        store.find_campaign(club_id, wanted)
        if lookup == "campaignId"
        else store.find(club_id, wanted)
    )
    if found is None or (kinds is not None and found.kind not in kinds):
        raise Refused(NOT_FOUND, 404)
    if not club_state(state).can_edit(club_id, account_id):
        raise Refused(NOT_CONTENT_CREATOR, 403)
    return club, found


def viewable_activity(
    state: AppState, req: Request, kinds: Collection[str], club_param: str = "clubId"
) -> tuple[ClubRecord, Activity]:
    """The club and activity a read request names: a missing club or activity is `notFound`
    (404), a private one seen by a non-member `notMember` (403). A deactivated one is only
    shown to those who may manage the club (404 for others: the docs are silent)."""
    club_id = path_id(req, club_param)
    clubs = club_state(state)
    club = clubs.club(club_id)
    activity = activity_store(state).find(club_id, path_id(req, "activityId"))
    if club is None or activity is None or activity.kind not in kinds:
        raise Refused(NOT_FOUND, 404)
    account_id = principal_of(req).account_id
    if not activity.public and clubs.role(club_id, account_id) is None:
        raise Refused(NOT_MEMBER, 403)
    if not activity.active and not clubs.can_edit(club_id, account_id):
        raise Refused(NOT_FOUND, 404)
    return club, activity


def listed(store: ActivityStore, state: AppState, kinds: Collection[str]) -> list[Activity]:
    """The active, public activities of `kinds` across clubs, newest first."""
    clubs = club_state(state)
    found = [
        a
        for a in store.all_activities()
        if a.kind in kinds and a.active and a.public and clubs.club(a.club_id) is not None
    ]
    return sorted(found, key=lambda a: (-a.created, -a.activity_id))
