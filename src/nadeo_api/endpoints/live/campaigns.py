"""Declarations of the Live API's endpoints documented under `live/campaigns/`."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

from ... import _checks as check
from ..._endpoint import Call, call, endpoint
from ..._pagination import Paging, Progress, limit_argument, listing, paged

if TYPE_CHECKING:
    from ...auth import WebServicesToken


def _page(length: object, offset: object, **extra: Any) -> Call:
    """A query of `length` and `offset` (both ints >= 0), plus `extra`."""
    return call(query={**check.page(length, offset), **extra})


@endpoint("live", "GET", "/api/token/campaign/month", model="live.campaigns.MonthList")
def get_maps_royal(token: WebServicesToken, length: int = 51, offset: int = 0) -> Call:
    """Get Royal maps by month, newest month first.

    Args:
        length: months to get.
        offset: months to skip, counting back from the current month (the last Royal maps are
            from June 2025, yet the count still starts at the current month).

    Remarks: no longer updated, so the answer can be cached for good.
    """
    return _page(length, offset, royal=True)


@endpoint("live", "GET", "/api/campaign/official", model="live.campaigns.CampaignList")
def get_maps_seasonal(token: WebServicesToken, length: int = 1, offset: int = 0) -> Call:
    """Get official seasonal campaigns (v2 route), newest first.

    Args:
        length: campaigns to get.
        offset: campaigns to skip, counting back from the current one.
    """
    return _page(length, offset)


@endpoint("live", "GET", "/api/token/campaign/month", model="live.campaigns.MonthList")
def get_maps_totd(token: WebServicesToken, length: int = 1, offset: int = 0) -> Call:
    """Get Tracks of the Day by month, newest month first.

    Args:
        length: months to get.
        offset: months to skip, counting back from the current month.

    Remarks: `nextRequestTimestamp` and `relativeNextRequest` may be -1 when the next Track of
    the Day is not scheduled yet; timestamps are Unix seconds.
    """
    return _page(length, offset, royal=False)


@endpoint("live", "GET", "/api/campaign/weekly-grands", model="live.campaigns.CampaignList")
def get_maps_weekly_grand(token: WebServicesToken, length: int = 1, offset: int = 0) -> Call:
    """Get Weekly Grand campaigns, newest first (each holds one map).

    Args:
        length: weeks to get.
        offset: weeks to skip, counting back from the current week.
    """
    return _page(length, offset)


@endpoint("live", "GET", "/api/campaign/weekly-shorts", model="live.campaigns.CampaignList")
def get_maps_weekly_short(token: WebServicesToken, length: int = 1, offset: int = 0) -> Call:
    """Get Weekly Shorts campaigns, newest first.

    Args:
        length: weeks to get.
        offset: weeks to skip, counting back from the current week.
    """
    return _page(length, offset)


def _newest_first(token: object, limit: object, progress: Progress | None) -> Paging:
    """The pages of a newest-first campaign list."""
    return Paging(
        lambda offset, length: (token, length, offset), limit_argument(limit, None), progress
    )


def _item_count(answer: Any) -> object:
    return answer["itemCount"]


def _campaign_id(campaign: Any) -> Hashable:
    found: Hashable = campaign["id"]
    return found


@listing(
    get_maps_totd, page_size=12, total=_item_count,
    items=lambda answer: answer.get("monthList", []),
    key=lambda month: (month["year"], month["month"]), model="live.campaigns.TotdMonth",
)
def iter_maps_totd(
    token: WebServicesToken, limit: int | None = None, progress: Progress | None = None
) -> Paging:
    """Iterate over the months of Tracks of the Day, newest first, 12 a request.

    Args:
        limit: the most to yield (None: all of them).
        progress: called after each page with (items so far, `limit`).

    Yields the items of `monthList` one by one; no request is sent past the `itemCount` the
    first answer announces.
    """
    return _newest_first(token, limit, progress)


@listing(
    get_maps_seasonal, page_size=8, total=_item_count,
    items=lambda answer: answer.get("campaignList", []),
    key=_campaign_id, model="live.campaigns.Campaign",
)
def iter_maps_seasonal(
    token: WebServicesToken, limit: int | None = None, progress: Progress | None = None
) -> Paging:
    """Iterate over the seasonal campaigns, newest first, 8 a request.

    Args:
        limit: the most to yield (None: all of them).
        progress: called after each page with (items so far, `limit`).

    Yields the items of `campaignList` one by one; no request is sent past the `itemCount` the
    first answer announces.
    """
    return _newest_first(token, limit, progress)


@listing(
    get_maps_weekly_short, page_size=12, total=_item_count,
    items=lambda answer: answer.get("campaignList", []),
    key=_campaign_id, model="live.campaigns.Campaign",
)
def iter_maps_weekly_short(
    token: WebServicesToken, limit: int | None = None, progress: Progress | None = None
) -> Paging:
    """Iterate over the Weekly Shorts, newest first, 12 a request.

    Args:
        limit: the most to yield (None: all of them).
        progress: called after each page with (items so far, `limit`).

    Yields the items of `campaignList` one by one; no request is sent past the `itemCount` the
    first answer announces.
    """
    return _newest_first(token, limit, progress)


@listing(
    get_maps_weekly_grand, page_size=12, total=_item_count,
    items=lambda answer: answer.get("campaignList", []),
    key=_campaign_id, model="live.campaigns.Campaign",
)
def iter_maps_weekly_grand(
    token: WebServicesToken, limit: int | None = None, progress: Progress | None = None
) -> Paging:
    """Iterate over the Weekly Grands, newest first, 12 a request.

    Args:
        limit: the most to yield (None: all of them).
        progress: called after each page with (items so far, `limit`).

    Yields the items of `campaignList` one by one; no request is sent past the `itemCount` the
    first answer announces.
    """
    return _newest_first(token, limit, progress)


iter_maps_royal = paged(
    get_maps_royal, what="the months of Royal maps, newest first", items="monthList",
    key=lambda month: (month["year"], month["month"]), total="itemCount", page_size=12,
    model="live.campaigns.TotdMonth",
)


@endpoint("live", "GET", "/api/token/campaign/official", model="live.campaigns.CampaignListV1")
def get_maps_seasonal_v1(token: WebServicesToken, length: int = 1, offset: int = 0) -> Call:
    """Get official seasonal campaigns from the deprecated v1 route, newest first (with media,
    categories and latest seasons, which the v2 route lacks).

    Args:
        length: campaigns to get.
        offset: campaigns to skip, counting back from the current one.

    Remarks: deprecated and may be removed; prefer `get_maps_seasonal`.
    """
    return call(
        query=check.page(length, offset)
    )


@endpoint("live", "GET", "/api/campaign/cup-of-the-week", model="live.campaigns.CampaignList")
def get_maps_cup_of_the_week(token: WebServicesToken, length: int = 1, offset: int = 0) -> Call:
    """Get Cup of the Week campaigns, newest first.

    Args:
        length: weeks to get.
        offset: weeks to skip, counting back from the current week.

    Remarks: each weekly campaign holds a single map; `name` is the date the map first
    appears in the Cup of the Week server room.
    """
    return call(
        query=check.page(length, offset)
    )


@endpoint("live", "GET", "/api/campaign/map/{mapUid}", model="live.campaigns.MapCampaignInfo")
def get_map_campaign_info(token: WebServicesToken, map_uid: str) -> Call:
    """Get a map's official campaign and Track of the Day status.

    Args:
        map_uid: the UID of the map.

    Remarks: club campaigns are not covered; `officialMaps` lists every map of the map's
    seasonal campaign, `totdMaps` every Track of the Day of its week. A map in neither (even
    an unknown one) answers -1 and empty lists, with a 200.
    """
    return call(mapUid=check.map_uid("map_uid", map_uid))


iter_maps_seasonal_v1 = paged(
    get_maps_seasonal_v1, what="the seasonal campaigns (v1 route), newest first",
    items="campaignList", key="id", total="itemCount", page_size=8,
    model="live.campaigns.CampaignV1",
)
iter_maps_cup_of_the_week = paged(
    get_maps_cup_of_the_week, what="the Cups of the Week, newest first", items="campaignList",
    key="id", total="itemCount", page_size=12, model="live.campaigns.Campaign",
)
