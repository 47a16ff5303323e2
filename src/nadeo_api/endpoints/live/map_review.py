"""Declarations of the Live API's endpoints documented under `live/map-review/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import _checks as check
from ..._endpoint import Call, call, endpoint
from ..._pagination import UNDOCUMENTED_PAGE, paged
from ._shared import _activity_page, _at, _flag

if TYPE_CHECKING:
    from ...auth import ServiceToken, WebServicesToken


@endpoint(
    "live", "GET", "/api/token/map-review/{reviewType}/connect", user_only=True,
    model="live.map_review.ReviewConnection",
)
def get_map_review_connect(token: ServiceToken, review_type: str) -> Call:
    """Get what is needed to join a map review server.

    Args:
        review_type: the review server, e.g. `totd` or `weekly-shorts`.

    Remarks: needs a service account (dedicated servers lack the `map_AccessServerReview`
    rule); an unknown review type is a 403 with the plain-text body `Only official MapReview`.
    """
    return call(reviewType=check.uid("review_type", review_type))


@endpoint(
    "live", "GET", "/api/token/map/map-review/{reviewType}/submitted-map", user_only=True,
    model="live.map_review.SubmittedMaps",
)
def get_map_review_submitted(
    token: ServiceToken, review_type: str, length: int = 144, offset: int = 0
) -> Call:
    """Get the maps the account submitted to an official map review.

    Args:
        review_type: the review server, e.g. `totd` or `weekly-shorts`.
        length: maps to get (the game asks for 144).
        offset: maps to skip.

    Remarks: an unknown review type is a 404 (`mapReview:error-notFound`); for club map
    reviews use the club endpoints instead.
    """
    return call(
        reviewType=check.uid("review_type", review_type),
        query=check.page(length, offset),
    )


@endpoint(
    "live", "GET", "/api/token/map-review/{reviewType}/waiting-time",
    model="live.map_review.WaitingTime",
)
def get_map_review_waiting_time(token: WebServicesToken, review_type: str) -> Call:
    """Get how long a map submitted now would wait before it is the one being reviewed.

    Args:
        review_type: the review server, e.g. `totd` or `weekly-shorts`.

    Remarks: `seconds` is a multiple of 180; an unknown review type is a 403 with the
    plain-text body `Only official MapReview`.
    """
    return call(reviewType=check.uid("review_type", review_type))


iter_map_review_submitted = paged(
    get_map_review_submitted, what="the maps the account submitted to an official map review",
    items="submittedMaps", key="mapUid", total="itemCount", page_size=144,
    model="live.map_review.SubmittedMap",
)


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/map-review/{activityId}/map/mine", user_only=True,
    model="live.map_review.ClubMapSubmissions",
)
def get_club_map_review_submitted(
    token: ServiceToken,
    club_id: int,
    activity_id: int,
    length: int,
    offset: int = 0,
    with_feedback: bool = False,
    with_map_info: bool = False,
) -> Call:
    """Get the maps the account submitted to a club map review.

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID of the map review (see `get_club_activities`).
        length: maps to get.
        offset: maps to skip.
        with_feedback: include the vote statistics (`noteInfo`, else null).
        with_map_info: include the map's details (`map`, else null).

    Remarks: only useful with user accounts, not dedicated servers; for official map reviews
    use `get_map_review_submitted`. A missing club or map review is a 404
    (`activity:error-notFound`).
    """
    return _at(
        "clubId", club_id, activity_id,
        query={
            **_activity_page(length, offset),
            "withFeedback": bool(_flag("with_feedback", with_feedback)),
            "withMapInfo": bool(_flag("with_map_info", with_map_info)),
        },
    )


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/map-review/{activityId}/map", user_only=True,
    model="live.map_review.MemberMapSubmissions",
)
def get_club_map_review_submissions(
    token: ServiceToken, club_id: int, activity_id: int, length: int, offset: int = 0
) -> Call:
    """Get the maps all members submitted to a club map review, with what admins see (player
    counts, scores, time played).

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID of the map review (see `get_club_activities`).
        length: maps to get.
        offset: maps to skip.

    Remarks: only useful with user accounts, not dedicated servers. A missing club or a
    non-member is a 403 (`clubMemberRole:error-notMember`), a member who may not manage
    content a 403 (`clubMemberRole:error-notContentCreator`), a missing map review a 404
    (`activity:error-notFound`).
    """
    return _at("clubId", club_id, activity_id, query=_activity_page(length, offset))


iter_club_map_review_submitted = paged(
    get_club_map_review_submitted, what="the maps the account submitted to a club map review",
    items="submittedMaps", key="mapUid", total="itemCount", page_size=UNDOCUMENTED_PAGE,
    model="live.map_review.ClubMapSubmission",
)
iter_club_map_review_submissions = paged(
    get_club_map_review_submissions, what="the maps members submitted to a club map review",
    items="submittedMaps", key="mapUid", total="itemCount", page_size=UNDOCUMENTED_PAGE,
    model="live.map_review.MemberMapSubmission",
)
