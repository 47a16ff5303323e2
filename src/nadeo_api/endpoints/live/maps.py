"""Declarations of the Live API's endpoints documented under `live/maps/`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ... import _checks as check
from ..._chunking import Chunks, fields
from ..._endpoint import Call, call, endpoint
from ..._errors import ArgumentError
from ..._pagination import UNDOCUMENTED_PAGE, paged

if TYPE_CHECKING:
    from ...auth import ServiceToken, WebServicesToken


MAX_MAP_INFO = 100
"""The most map UIDs one map info request may name."""
FAVORITE_SORTS = ("date", "name")
ORDERS = ("asc", "desc")


def favorites_query(
    offset: object,
    length: object,
    sort: object,
    order: object,
    map_types: object,
    playable: object,
    only_mine: object,
) -> dict[str, Any]:
    """The checked query of a favorite-maps listing (Live's and Core's take the same one)."""
    if map_types is not None and (
        isinstance(map_types, str)
        or not isinstance(map_types, (list, tuple))
        or not all(isinstance(t, str) and t and "," not in t for t in map_types)
    ):
        raise ArgumentError(
            f"map_types must be a list of map types without commas (got {map_types!r})"
        )
    return {
        "offset": check.count("offset", offset),
        "length": check.count("length", length, minimum=1),
        "sort": check.choice("sort", sort, FAVORITE_SORTS),
        "order": check.choice("order", order, ORDERS),
        "mapTypeList": ",".join(map_types) if map_types else None,
        "playable": check.optional_flag("playable", playable),
        "onlyMine": check.optional_flag("only_mine", only_mine),
    }


@endpoint("live", "POST", "/api/token/map/favorite/{mapUid}/add", user_only=True)
def add_favorite_map(token: ServiceToken, map_uid: str) -> Call:
    """Add a map to the account's favorites.

    Args:
        map_uid: the UID of the map.

    Returns `{}`: the service answers 204 with no content, whether the map was added or not.

    Remarks: only useful with a service account; an unknown map is a 500
    (`InternalServerError`).
    """
    return call(mapUid=check.map_uid("map_uid", map_uid))


@endpoint("live", "POST", "/api/token/map/favorite/{mapUid}/remove", user_only=True)
def remove_favorite_map(token: ServiceToken, map_uid: str) -> Call:
    """Remove a map from the account's favorites.

    Args:
        map_uid: the UID of the map.

    Returns `{}`: the service answers 204 with no content, even for a map that was no
    favorite.

    Remarks: only useful with a service account; an unknown map is a 500
    (`InternalServerError`).
    """
    return call(mapUid=check.map_uid("map_uid", map_uid))


@endpoint(
    "live", "GET", "/api/token/map/favorite", user_only=True, model="live.maps.MapList"
)
def get_favorite_maps(
    token: ServiceToken,
    length: int,
    offset: int = 0,
    sort: str = "date",
    order: str = "desc",
    map_types: Sequence[str] | None = None,
    playable: bool | None = None,
    only_mine: bool | None = None,
) -> Call:
    """Get the account's favorite maps with their metadata.

    Args:
        length: maps to get (at least 1).
        offset: maps to skip.
        sort: `date` (when the map became a favorite) or `name`.
        order: `asc` or `desc`.
        map_types: only maps of these types (e.g. `TrackMania\\TM_Race`); None: every type.
        playable: True: only validated, playable maps.
        only_mine: True: only maps the account made.

    Remarks: only useful with a service account.
    """
    return call(
        query=favorites_query(offset, length, sort, order, map_types, playable, only_mine)
    )


@endpoint(
    "live", "GET", "/api/token/map/get-multiple", model="live.maps.MapList",
    chunks=Chunks("map_uids", MAX_MAP_INFO, fields("mapList", counts=("itemCount",))),
)
def get_maps_info(token: WebServicesToken, map_uids: Sequence[str]) -> Call:
    """Get the metadata of several maps by their UIDs.

    Args:
        map_uids: the UIDs of the maps (not map IDs: for those use the Core API): at least
            one, any number (sent 100 a request, each UID once).

    Remarks: unknown UIDs are left out without any error.
    """
    return call(query={"mapUidList": ",".join(check.map_uids("map_uids", map_uids))})


@endpoint("live", "GET", "/api/token/map/{mapUid}", model="live.maps.Map", final=frozenset({500}))
def get_map_info(token: WebServicesToken, map_uid: str) -> Call:
    """Get a map's metadata by its UID.

    Args:
        map_uid: the UID of the map (not its map ID: for that use the Core API).

    Remarks: an unknown map is a 500 (`NotFoundHttpException`), not a 404.
    """
    return call(mapUid=check.map_uid("map_uid", map_uid))


@endpoint("live", "GET", "/api/token/map", user_only=True, model="live.maps.MapList")
def get_uploaded_maps(
    token: ServiceToken, length: int | None = None, offset: int | None = None
) -> Call:
    """Get the maps the account uploaded, newest first.

    Args:
        length: maps to get (None: the service's default).
        offset: maps to skip (None: none).

    Remarks: only useful with a service account.
    """
    return call(
        query={
            "length": None if length is None else check.count("length", length),
            "offset": None if offset is None else check.count("offset", offset),
        }
    )


iter_favorite_maps = paged(
    get_favorite_maps, what="the account's favorite maps", items="mapList", key="uid",
    total="itemCount", page_size=UNDOCUMENTED_PAGE, model="live.maps.Map",
)
iter_uploaded_maps = paged(
    get_uploaded_maps, what="the maps the account uploaded", items="mapList", key="uid",
    total="itemCount", page_size=UNDOCUMENTED_PAGE, model="live.maps.Map",
)
