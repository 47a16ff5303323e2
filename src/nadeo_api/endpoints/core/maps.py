"""Declarations of the Core API's endpoints documented under `core/maps/`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ... import _checks as check
from ..._chunking import Chunks, concatenated, fields
from ..._endpoint import Call, call, endpoint
from ..._pagination import UNDOCUMENTED_PAGE, paged
from ..live.maps import favorites_query
from ._shared import _map_uids, _uuids

if TYPE_CHECKING:
    from ...auth import ServiceToken, WebServicesToken


VOTES = (-1, 0, 1)


_MAP_IDS = Chunks("map_ids", None, concatenated)
_MAP_UIDS = Chunks("map_uids", None, concatenated)


_FAVORITE_UIDS = Chunks("map_uids", None, fields("mapFavoriteList", counts=("count",)))


@endpoint("core", "POST", "/maps/favorites", user_only=True, returns="None")
def add_favorite_map(token: ServiceToken, map_uid: str) -> Call:
    """Add a map to the account's favorites.

    Args:
        map_uid: the UID of the map.

    Returns None: the service answers 200 `null`, whether the map was added or not (an
    unknown map too).

    Remarks: only useful with a service account; the Live API's `add_favorite_map` does the
    same.
    """
    return call(body={"mapUid": check.map_uid("map_uid", map_uid)})


@endpoint("core", "DELETE", "/maps/favorites", user_only=True, returns="None")
def remove_favorite_map(token: ServiceToken, map_uid: str) -> Call:
    """Remove a map from the account's favorites.

    Args:
        map_uid: the UID of the map.

    Returns None: the service answers 200 `null`, even for an unknown map or one that was no
    favorite.

    Remarks: only useful with a service account; the Live API's `remove_favorite_map` does
    the same.
    """
    return call(body={"mapUid": check.map_uid("map_uid", map_uid)})


@endpoint("core", "GET", "/maps/by-author", user_only=True, model="core.maps.CoreMapPage")
def get_authored_maps(token: ServiceToken) -> Call:
    """Get the maps the account made (last saved), whoever uploaded them.

    Remarks: only for the account itself, so not for dedicated servers;
    `get_submitted_maps()` gives the maps it uploaded.
    """
    return call()


@endpoint("core", "GET", "/maps/by-submitter", user_only=True, model="core.maps.CoreMapPage")
def get_submitted_maps(token: ServiceToken) -> Call:
    """Get the maps the account uploaded, whoever made them.

    Remarks: only for the account itself, so not for dedicated servers;
    `get_authored_maps()` gives the maps it made.
    """
    return call()


@endpoint(
    "core", "GET", "/maps/favorites/by-map-uids", user_only=True,
    model="core.maps.MapFavorites", chunks=_FAVORITE_UIDS,
)
def get_favorite_maps_by_uids(token: ServiceToken, map_uids: Sequence[str]) -> Call:
    """Get which of some maps are among the account's favorites.

    Args:
        map_uids: the UIDs of the maps: at least one, any number (sent in as few requests as
            the URI limit allows, each UID once).

    Remarks: only useful with a service account; maps that are unknown or no favorite are
    left out; `timestamp` is when the map became a favorite.
    """
    return call(query={"mapUidList": _map_uids(map_uids)})


@endpoint("core", "GET", "/maps/favorites", user_only=True, model="core.maps.MapFavorites")
def get_favorite_maps(
    token: ServiceToken,
    offset: int,
    length: int,
    sort: str = "date",
    order: str = "desc",
    map_types: Sequence[str] | None = None,
    playable: bool | None = None,
    only_mine: bool | None = None,
) -> Call:
    """Get the account's favorite maps (UIDs and when they became favorites).

    Args:
        offset: maps to skip.
        length: maps to get (at least 1).
        sort: `date` (when the map became a favorite) or `name` (the map's name).
        order: `asc` or `desc`.
        map_types: only maps of these types (e.g. `TrackMania\\TM_Race`); None: every type.
        playable: True: only validated, playable maps.
        only_mine: True: only maps the account made.

    Remarks: only useful with a service account. The Live API's `get_favorite_maps` gives
    the same maps with their metadata.
    """
    return call(
        query=favorites_query(offset, length, sort, order, map_types, playable, only_mine)
    )


@endpoint("core", "GET", "/maps/by-id/", model="core._shared.CoreMapList", chunks=_MAP_IDS)
def get_maps_info_by_ids(token: WebServicesToken, map_ids: Sequence[str]) -> Call:
    """Get several maps by their map IDs.

    Args:
        map_ids: the map IDs (not UIDs): at least one, any number (sent in as few requests as
            the URI limit allows, each ID once).

    Remarks: unknown map IDs are left out; `get_maps_info_by_uids()` takes map UIDs.
    """
    return call(query={"mapIdList": _uuids("map_ids", map_ids, "a map ID")})


@endpoint("core", "GET", "/maps/by-uid/", model="core._shared.CoreMapList", chunks=_MAP_UIDS)
def get_maps_info_by_uids(token: WebServicesToken, map_uids: Sequence[str]) -> Call:
    """Get several maps by their UIDs (and so their map IDs).

    Args:
        map_uids: the map UIDs: at least one, any number (sent in as few requests as the URI
            limit allows, each UID once).

    Remarks: unknown map UIDs are left out; `get_maps_info_by_ids()` takes map IDs.
    """
    return call(query={"mapUidList": _map_uids(map_uids)})


@endpoint("core", "GET", "/maps/{mapId}", model="core._shared.CoreMap")
def get_map_info(token: WebServicesToken, map_id: str) -> Call:
    """Get a map by its map ID.

    Args:
        map_id: the map ID (not the UID; `get_maps_info_by_uids()` translates UIDs).
    """
    return call(mapId=check.uuid("map_id", map_id, "a map ID"))


@endpoint("core", "POST", "/maps/{mapUid}/votes", user_only=True, returns="None")
def set_map_vote(token: ServiceToken, map_uid: str, vote: int) -> Call:
    """Like or dislike a map as the account.

    Args:
        map_uid: the UID of the map.
        vote: 1 (like), -1 (dislike) or 0 (take the vote back).

    Returns None (the service answers 200 `null`).

    Remarks: only for the account itself, so not for dedicated servers.
    """
    return call(
        mapUid=check.map_uid("map_uid", map_uid), body={"vote": check.choice("vote", vote, VOTES)}
    )


@endpoint("core", "GET", "/maps/{mapUid}/votes", user_only=True, model="core.maps.MapVote")
def get_map_vote(token: ServiceToken, map_uid: str) -> Call:
    """Get the account's vote on a map.

    Args:
        map_uid: the UID of the map.

    Remarks: only for the account itself, so not for dedicated servers. `vote` is 1 (like),
    -1 (dislike) or 0 (never voted, or vote taken back); `voteDate` is the day of the last
    change, not its time.
    """
    return call(mapUid=check.map_uid("map_uid", map_uid))


iter_favorite_maps = paged(
    get_favorite_maps, what="the account's favorite maps", items="mapFavoriteList",
    key="mapUid", total="count", page_size=UNDOCUMENTED_PAGE, model="core.maps.MapFavorite",
)
