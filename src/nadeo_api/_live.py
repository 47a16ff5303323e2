"""Declarations of the Live API endpoints (`https://live-services.trackmania.nadeo.live`).

Each function here is a declaration: it checks its arguments and returns the `Call` to send.
`nadeo_api.live` and `nadeo_api.aio.live` turn each into a blocking and an async function.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ParamSpec

from . import _checks as check
from ._credential import Credential
from ._endpoint import Call, Endpoint, call, endpoint
from ._errors import ArgumentError
from ._generic import verb, with_body, without_body
from ._pagination import Listing, Paging, Progress, limit_argument, listing, paged

if TYPE_CHECKING:
    from .auth import ServiceToken, WebServicesToken

P = ParamSpec("P")

LEADERBOARD_DEPTH = 10_000
"""Only the first 10,000 records of a leaderboard can be read record by record."""

LEADERBOARD_PAGE = 100
"""The most records one leaderboard request returns."""


delete = verb("live", "DELETE", with_body)
get = verb("live", "GET", without_body)
head = verb("live", "HEAD", without_body)
options = verb("live", "OPTIONS", with_body)
patch = verb("live", "PATCH", with_body)
post = verb("live", "POST", with_body)
put = verb("live", "PUT", with_body)


@endpoint(
    "live", "GET", "/api/token/club/{clubID}/campaign/{campaignId}", model="clubs.ClubCampaign"
)
def get_club_campaign(token: WebServicesToken, club_id: int, campaign_id: int) -> Call:
    """Get a club's campaign by its campaign ID.

    Args:
        club_id: the ID of the club.
        campaign_id: the campaign ID (not the activity ID; campaign IDs are much smaller).

    Remarks: custom media link to `.dds` files by default, with scaled PNG versions in the
    `mediaUrlPng*` fields; a missing club or campaign is a 404 (`activity:error-notFound`), a
    private one seen by a non-member a 403; a few campaigns consistently answer an empty body
    (returned as `{}`).
    """
    return call(
        clubID=check.identifier("club_id", club_id),
        campaignId=check.identifier("campaign_id", campaign_id),
    )


@endpoint(
    "live", "GET", "/api/token/leaderboard/group/{groupUid}/map/{mapUid}/top",
    model="leaderboards.MapLeaderboard",
)
def get_map_leaderboard(
    token: WebServicesToken,
    map_uid: str,
    group_uid: str = "Personal_Best",
    only_world: bool = True,
    length: int = 5,
    offset: int = 0,
) -> Call:
    """Get records from the top of a map's leaderboard.

    Args:
        map_uid: the UID of the map.
        group_uid: the group/season; `Personal_Best` is the global leaderboard.
        only_world: only the world leaderboard. With False a service account is required,
            `length` and `offset` are ignored, and the answer holds the top 5 of the world and
            of each of the account's zones.
        length: records to get, 1 to 100.
        offset: records to skip; `length + offset` may not pass 10,000 (no record past the
            10,000th can be read).

    Remarks: an unknown group answers `{}`, an unknown map an empty `top`; maps with a secret
    threshold show `score: -1` for some entries; `timestamp` is in Unix seconds.
    """
    check.map_uid("map_uid", map_uid)
    check.uid("group_uid", group_uid)
    if not isinstance(only_world, bool):
        raise ArgumentError(f"only_world must be True or False (got {only_world!r})")
    if not only_world:
        if isinstance(token, Credential):
            token.require_user("get_map_leaderboard(only_world=False)")
        return call(groupUid=group_uid, mapUid=map_uid, query={"onlyWorld": False})
    check.count("length", length, minimum=1, maximum=LEADERBOARD_PAGE)
    check.count("offset", offset, maximum=LEADERBOARD_DEPTH - 1)
    if length + offset > LEADERBOARD_DEPTH:
        raise ArgumentError(
            f"length + offset must be at most {LEADERBOARD_DEPTH}, the deepest record that can be"
            f" read (got {length} + {offset} = {length + offset})"
        )
    return call(
        groupUid=group_uid,
        mapUid=map_uid,
        query={"onlyWorld": True, "length": length, "offset": offset},
    )


@endpoint(
    "live", "GET", "/api/token/map-review/{reviewType}/connect", user_only=True,
    model="map_review.ReviewConnection",
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
    model="map_review.SubmittedMaps",
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
        query={"length": check.count("length", length), "offset": check.count("offset", offset)},
    )


@endpoint(
    "live", "GET", "/api/token/map-review/{reviewType}/waiting-time",
    model="map_review.WaitingTime",
)
def get_map_review_waiting_time(token: WebServicesToken, review_type: str) -> Call:
    """Get how long a map submitted now would wait before it is the one being reviewed.

    Args:
        review_type: the review server, e.g. `totd` or `weekly-shorts`.

    Remarks: `seconds` is a multiple of 180; an unknown review type is a 403 with the
    plain-text body `Only official MapReview`.
    """
    return call(reviewType=check.uid("review_type", review_type))


def _page(length: object, offset: object, **extra: Any) -> Call:
    """A query of `length` and `offset` (both ints >= 0), plus `extra`."""
    return call(
        query={
            "length": check.count("length", length),
            "offset": check.count("offset", offset),
            **extra,
        }
    )


@endpoint("live", "GET", "/api/token/campaign/month", model="campaigns.MonthList")
def get_maps_royal(token: WebServicesToken, length: int = 51, offset: int = 0) -> Call:
    """Get Royal maps by month, newest month first.

    Args:
        length: months to get.
        offset: months to skip, counting back from the current month (the last Royal maps are
            from June 2025, yet the count still starts at the current month).

    Remarks: no longer updated, so the answer can be cached for good.
    """
    return _page(length, offset, royal=True)


@endpoint("live", "GET", "/api/campaign/official", model="campaigns.CampaignList")
def get_maps_seasonal(token: WebServicesToken, length: int = 1, offset: int = 0) -> Call:
    """Get official seasonal campaigns (v2 route), newest first.

    Args:
        length: campaigns to get.
        offset: campaigns to skip, counting back from the current one.
    """
    return _page(length, offset)


@endpoint("live", "GET", "/api/token/campaign/month", model="campaigns.MonthList")
def get_maps_totd(token: WebServicesToken, length: int = 1, offset: int = 0) -> Call:
    """Get Tracks of the Day by month, newest month first.

    Args:
        length: months to get.
        offset: months to skip, counting back from the current month.

    Remarks: `nextRequestTimestamp` and `relativeNextRequest` may be -1 when the next Track of
    the Day is not scheduled yet; timestamps are Unix seconds.
    """
    return _page(length, offset, royal=False)


@endpoint("live", "GET", "/api/campaign/weekly-grands", model="campaigns.CampaignList")
def get_maps_weekly_grand(token: WebServicesToken, length: int = 1, offset: int = 0) -> Call:
    """Get Weekly Grand campaigns, newest first (each holds one map).

    Args:
        length: weeks to get.
        offset: weeks to skip, counting back from the current week.
    """
    return _page(length, offset)


@endpoint("live", "GET", "/api/campaign/weekly-shorts", model="campaigns.CampaignList")
def get_maps_weekly_short(token: WebServicesToken, length: int = 1, offset: int = 0) -> Call:
    """Get Weekly Shorts campaigns, newest first.

    Args:
        length: weeks to get.
        offset: weeks to skip, counting back from the current week.
    """
    return _page(length, offset)


@endpoint(
    "live",
    "GET",
    "/api/token/leaderboard/group/{groupUid}/map/{mapUid}/club/{clubId}",
    user_only=True,
    model="leaderboards.PlayerClubRecord",
)
def get_player_club_record(
    token: ServiceToken, map_uid: str, club_id: int, group_uid: str = "Personal_Best"
) -> Call:
    """Get the account's record on a map and its position among a club's members.

    Args:
        map_uid: the UID of the map.
        club_id: the ID of a club the account is a member of.
        group_uid: the group/season; `Personal_Best` is the global leaderboard.

    Remarks: the first answer may wrongly say `position: 1`; asking again gives the real one.
    An unknown group or map answers `{}`; a non-member gets a 403
    (`clubMemberRole:error-notMember`).
    """
    return call(
        groupUid=check.uid("group_uid", group_uid),
        mapUid=check.map_uid("map_uid", map_uid),
        clubId=check.identifier("club_id", club_id),
    )


@endpoint(
    "live", "GET", "/api/token/server/player-server/account", user_only=True,
    model="accounts.ServerAccounts",
)
def get_server_accounts(token: ServiceToken) -> Call:
    """Get the account's dedicated server accounts."""
    return call()


DECLARATIONS: dict[str, Endpoint[Any]] = {
    declared.name: declared
    for declared in (
        delete, get, head, options, patch, post, put,
        get_club_campaign, get_map_leaderboard, get_map_review_connect,
        get_map_review_submitted, get_map_review_waiting_time, get_maps_royal,
        get_maps_seasonal, get_maps_totd, get_maps_weekly_grand, get_maps_weekly_short,
        get_player_club_record, get_server_accounts,
    )
}
"""Every declared Live endpoint by function name."""


@listing(
    get_map_leaderboard,
    page_size=LEADERBOARD_PAGE,
    depth=LEADERBOARD_DEPTH,
    items=lambda answer: (answer.get("tops") or [{}])[0].get("top", []),
    key=lambda record: record["accountId"],
    model="leaderboards.Record",
)
def iter_map_leaderboard(
    token: WebServicesToken,
    map_uid: str,
    group_uid: str = "Personal_Best",
    limit: int | None = LEADERBOARD_DEPTH,
    progress: Progress | None = None,
) -> Paging:
    """Iterate over a map's world leaderboard, record by record, 100 records a request.

    Args:
        map_uid: the UID of the map.
        group_uid: the group/season; `Personal_Best` is the global leaderboard.
        limit: the most records to yield (at most 10,000, the deepest that can be read).
        progress: called after each page with (records so far, the most expected).

    Stops at `limit`, at 10,000, or after a short page (the end of the leaderboard). A player
    whose record moves to a later page during the crawl is not yielded twice.
    """
    check.map_uid("map_uid", map_uid)
    check.uid("group_uid", group_uid)
    return Paging(
        lambda offset, length: (token, map_uid, group_uid, True, length, offset),
        limit_argument(limit, LEADERBOARD_DEPTH),
        progress,
    )


def _newest_first(
    token: WebServicesToken, limit: int | None = None, progress: Progress | None = None
) -> Paging:
    return Paging(
        lambda offset, length: (token, length, offset), limit_argument(limit, None), progress
    )


def _campaign_listing(
    page: Endpoint[Any], what: str, page_size: int, build: Callable[P, Paging]
) -> Listing[P]:
    """Declare an iterator over one of the newest-first campaign lists."""
    field = "monthList" if page is get_maps_totd else "campaignList"
    doc = f"""Iterate over {what}, newest first, {page_size} a request.

    Args:
        limit: the most to yield (None: all of them).
        progress: called after each page with (items so far, `limit`).

    Yields the items of `{field}` one by one; no request is sent past the `itemCount` the
    first answer announces.
    """
    return listing(
        page,
        page_size=page_size,
        total=lambda answer: answer["itemCount"],
        items=lambda answer: answer.get(field, []),
        key=(lambda month: (month["year"], month["month"]))
        if field == "monthList"
        else (lambda campaign: campaign["id"]),
        name=f"iter_{page.name[4:]}",
        doc=doc,
        model="campaigns.TotdMonth" if field == "monthList" else "campaigns.Campaign",
    )(build)


iter_maps_totd = _campaign_listing(
    get_maps_totd, "the months of Tracks of the Day", 12, _newest_first
)
iter_maps_seasonal = _campaign_listing(
    get_maps_seasonal, "the seasonal campaigns", 8, _newest_first
)
iter_maps_weekly_short = _campaign_listing(
    get_maps_weekly_short, "the Weekly Shorts", 12, _newest_first
)
iter_maps_weekly_grand = _campaign_listing(
    get_maps_weekly_grand, "the Weekly Grands", 12, _newest_first
)

iter_maps_royal = paged(
    get_maps_royal, what="the months of Royal maps, newest first", items="monthList",
    key=lambda month: (month["year"], month["month"]), total="itemCount", page_size=12,
    model="campaigns.TotdMonth",
)
iter_map_review_submitted = paged(
    get_map_review_submitted, what="the maps the account submitted to an official map review",
    items="submittedMaps", key="mapUid", total="itemCount", page_size=144,
    model="map_review.SubmittedMap",
)

LISTINGS: dict[str, Listing[Any]] = {
    declared.name: declared
    for declared in (
        iter_map_leaderboard, iter_maps_totd, iter_maps_seasonal, iter_maps_weekly_short,
        iter_maps_weekly_grand, iter_maps_royal, iter_map_review_submitted,
    )
}
"""Every declared Live iterator by function name."""
