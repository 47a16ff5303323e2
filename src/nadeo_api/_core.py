"""Declarations of the Core API (accounts, maps, records, skins, zones).

Core's list parameters (`accountIdList`, `mapIdList`...) are comma-separated; Core has no
limit on their length but answers 414 to a request URI of 8,220 characters or more, so the
clients split a long list into as many requests as needed (`Chunks` with no cap: as many items
as fit in the URI) and join their answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import _checks as check
from ._chunking import Chunks, concatenated, fields
from ._endpoint import Call, Endpoint, call, endpoint
from ._errors import ArgumentError
from ._generic import verb, with_body, without_body
from ._live_maps import favorites_query
from ._pagination import UNDOCUMENTED_PAGE, Listing, paged

if TYPE_CHECKING:
    from .auth import ServiceToken, WebServicesToken

MAX_TROPHY_ENTRIES = 1000
TROPHY_TIERS = 9
ROUTE_USAGES = ("Client", "Server")
GAME_MODES = ("TimeAttack", "TimeAttackClone", "Stunt", "Platform")
VOTES = (-1, 0, 1)
PERSONAL_BEST = "Personal_Best"

_ACCOUNTS = Chunks("account_ids", None, concatenated)
_MAP_IDS = Chunks("map_ids", None, concatenated)
_MAP_UIDS = Chunks("map_uids", None, concatenated)
_RECORD_IDS = Chunks("map_record_ids", None, concatenated)
_FAVORITE_UIDS = Chunks("map_uids", None, fields("mapFavoriteList", counts=("count",)))
_UUID = re.compile(r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")

delete = verb("core", "DELETE", with_body)
get = verb("core", "GET", without_body)
head = verb("core", "HEAD", without_body)
options = verb("core", "OPTIONS", with_body)
patch = verb("core", "PATCH", with_body)
post = verb("core", "POST", with_body)
put = verb("core", "PUT", with_body)


def _uuid(name: str, value: object, what: str = "an ID") -> str:
    """A UUID (account, map, record, season or skin ID)."""
    if not isinstance(value, str) or not _UUID.fullmatch(value):
        raise ArgumentError(f"{name} must be {what}, a UUID (got {value!r})")
    return value


def _listed(name: str, values: object, maximum: int | None = None) -> list[object]:
    if isinstance(values, (str, bytes)) or not isinstance(values, (list, tuple)):
        raise ArgumentError(f"{name} must be a list (got {values!r})")
    if not values:
        raise ArgumentError(f"{name} must hold at least one item (got none)")
    if maximum is not None and len(values) > maximum:
        raise ArgumentError(f"{name} must hold from 1 to {maximum} items (got {len(values)})")
    return list(values)


def _uuids(name: str, values: object, what: str = "an ID") -> str:
    """At least one UUID, comma-separated."""
    items = _listed(name, values)
    return ",".join(_uuid(f"{name}[{i}]", v, what) for i, v in enumerate(items))


def _account_ids(values: object) -> str:
    return _uuids("account_ids", values, "an account ID")


def _map_uids(values: object) -> str:
    """At least one map UID, comma-separated."""
    items = _listed("map_uids", values)
    return ",".join(check.map_uid(f"map_uids[{i}]", v) for i, v in enumerate(items))


@endpoint(
    "core", "GET", "/accounts/clubTags/", user_only=True,
    model="core.ClubTagList", chunks=_ACCOUNTS,
)
def get_account_club_tags(token: ServiceToken, account_ids: Sequence[str]) -> Call:
    """Get the club tag each player shows next to its name.

    Args:
        account_ids: the players' account IDs: at least one, any number
            (sent in as few requests as the URI limit allows, each ID once).

    Remarks: needs a service account (dedicated servers get a 401). A player has at most one
    tag, which need not be the tag of its pinned club; the answer gives the tag only, not the
    club (tags are not unique). The service also reads the `accountIdList[]=` array form.
    """
    return call(query={"accountIdList": _account_ids(account_ids)})


@endpoint(
    "core", "GET", "/accounts/{accountId}/trophies", user_only=True, model="core.TrophyHistory"
)
def get_trophy_history(
    token: ServiceToken,
    account_id: str,
    count: int = 100,
    offset: int = 0,
    trophy_type: int | None = None,
) -> Call:
    """Get a player's trophy gains, newest first.

    Args:
        account_id: the player's account ID.
        count: gains to get, 1 to 1,000.
        offset: gains to skip, counting back from the newest.
        trophy_type: only gains of this trophy tier, 1 to 9; None: every tier.

    Remarks: needs a service account (dedicated servers get a 401). An unknown account
    answers no gains and a `totalCount` of 0.
    """
    query: dict[str, Any] = {
        "count": check.count("count", count, minimum=1, maximum=MAX_TROPHY_ENTRIES),
        "offset": check.count("offset", offset),
    }
    if trophy_type is not None:
        query["trophyType"] = check.count(
            "trophy_type", trophy_type, minimum=1, maximum=TROPHY_TIERS
        )
    return call(accountId=_uuid("account_id", account_id, "an account ID"), query=query)


@endpoint(
    "core", "GET", "/accounts/{accountId}/trophies/lastYearSummary", user_only=True,
    model="core.TrophySummary",
)
def get_trophy_summary(token: ServiceToken, account_id: str) -> Call:
    """Get a player's trophies of the last year by tier, and their points.

    Args:
        account_id: the player's account ID.

    Remarks: trophies and their points expire a year after they were earned; only unexpired
    ones count, and their points make the player's world and zone ranks. Needs a service
    account (dedicated servers get a 401). An unknown account answers zeros.
    """
    return call(accountId=_uuid("account_id", account_id, "an account ID"))


@endpoint(
    "core", "GET", "/webidentities/by-account/",
    model="core.WebIdentityList", chunks=_ACCOUNTS,
)
def get_web_identities(token: WebServicesToken, account_ids: Sequence[str]) -> Call:
    """Get players' identities with Ubisoft's providers.

    Args:
        account_ids: the players' account IDs: at least one, any number
            (sent in as few requests as the URI limit allows, each ID once).

    Remarks: each player usually has two identities, `ubiServices` and `uplay`, otherwise
    alike; `timestamp` is when the account was created (when it started playing).
    """
    return call(query={"accountIdList": _account_ids(account_ids)})


@endpoint(
    "core", "GET", "/accounts/zones/", user_only=True,
    model="core.AccountZoneList", chunks=_ACCOUNTS,
)
def get_account_zones(token: ServiceToken, account_ids: Sequence[str]) -> Call:
    """Get the zone of each player.

    Args:
        account_ids: the players' account IDs: at least one, any number
            (sent in as few requests as the URI limit allows, each ID once).

    Remarks: needs a service account (dedicated servers get a 401). `zoneId`s are named by
    `get_zones()`; the Live trophy rankings give players' zone chains with names.
    """
    return call(query={"accountIdList": _account_ids(account_ids)})


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


@endpoint("core", "GET", "/maps/by-author", user_only=True, model="core.CoreMapPage")
def get_authored_maps(token: ServiceToken) -> Call:
    """Get the maps the account made (last saved), whoever uploaded them.

    Remarks: only for the account itself, so not for dedicated servers;
    `get_submitted_maps()` gives the maps it uploaded.
    """
    return call()


@endpoint("core", "GET", "/maps/by-submitter", user_only=True, model="core.CoreMapPage")
def get_submitted_maps(token: ServiceToken) -> Call:
    """Get the maps the account uploaded, whoever made them.

    Remarks: only for the account itself, so not for dedicated servers;
    `get_authored_maps()` gives the maps it made.
    """
    return call()


@endpoint(
    "core", "GET", "/maps/favorites/by-map-uids", user_only=True,
    model="core.MapFavorites", chunks=_FAVORITE_UIDS,
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


@endpoint("core", "GET", "/maps/favorites", user_only=True, model="core.MapFavorites")
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


@endpoint("core", "GET", "/maps/by-id/", model="core.CoreMapList", chunks=_MAP_IDS)
def get_maps_info_by_ids(token: WebServicesToken, map_ids: Sequence[str]) -> Call:
    """Get several maps by their map IDs.

    Args:
        map_ids: the map IDs (not UIDs): at least one, any number (sent in as few requests as
            the URI limit allows, each ID once).

    Remarks: unknown map IDs are left out; `get_maps_info_by_uids()` takes map UIDs.
    """
    return call(query={"mapIdList": _uuids("map_ids", map_ids, "a map ID")})


@endpoint("core", "GET", "/maps/by-uid/", model="core.CoreMapList", chunks=_MAP_UIDS)
def get_maps_info_by_uids(token: WebServicesToken, map_uids: Sequence[str]) -> Call:
    """Get several maps by their UIDs (and so their map IDs).

    Args:
        map_uids: the map UIDs: at least one, any number (sent in as few requests as the URI
            limit allows, each UID once).

    Remarks: unknown map UIDs are left out; `get_maps_info_by_ids()` takes map IDs.
    """
    return call(query={"mapUidList": _map_uids(map_uids)})


@endpoint("core", "GET", "/maps/{mapId}", model="core.CoreMap")
def get_map_info(token: WebServicesToken, map_id: str) -> Call:
    """Get a map by its map ID.

    Args:
        map_id: the map ID (not the UID; `get_maps_info_by_uids()` translates UIDs).
    """
    return call(mapId=_uuid("map_id", map_id, "a map ID"))


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


@endpoint("core", "GET", "/maps/{mapUid}/votes", user_only=True, model="core.MapVote")
def get_map_vote(token: ServiceToken, map_uid: str) -> Call:
    """Get the account's vote on a map.

    Args:
        map_uid: the UID of the map.

    Remarks: only for the account itself, so not for dedicated servers. `vote` is 1 (like),
    -1 (dislike) or 0 (never voted, or vote taken back); `voteDate` is the day of the last
    change, not its time.
    """
    return call(mapUid=check.map_uid("map_uid", map_uid))


@endpoint("core", "GET", "/api/routes", model="core.ApiRoutes")
def get_api_routes(token: WebServicesToken, usage: str | None = None) -> Call:
    """Get every route of the Core API (method and path by route name).

    Args:
        usage: `Client` (routes for players), `Server` (routes for dedicated servers), or None
            (every route).

    Remarks: the service needs no token for it; the token only says where Core is.
    """
    if usage is None:
        return call()
    return call(query={"usage": check.choice("usage", usage, ROUTE_USAGES)})


@endpoint("core", "GET", "/zones/", model="core.ZoneInfoList")
def get_zones(token: WebServicesToken) -> Call:
    """Get every zone (World, continents, countries, regions) with its parent."""
    return call()


@endpoint(
    "core", "GET", "/v2/accounts/{accountId}/mapRecords", user_only=True,
    model="core.MapRecordList",
    chunks=Chunks(("map_ids", "season_ids"), None, concatenated),
)
def get_account_records(
    token: ServiceToken,
    account_id: str,
    map_ids: Sequence[str] | None = None,
    season_ids: Sequence[str] | None = None,
    game_mode: str | None = None,
) -> Call:
    """Get the account's own records on some maps or in some official seasons.

    Args:
        account_id: the account's own ID (anyone else's is a 403).
        map_ids: records on these maps (map IDs, not UIDs).
        season_ids: records in these official campaign seasons.
            Either list may be of any length: it is sent in as few requests as the URI limit
            allows, each ID once.
        game_mode: `TimeAttack`, `TimeAttackClone` (Race maps with clones, outside seasons),
            `Stunt` or `Platform` (maps of those types); None: the service's default.

    Exactly one of `map_ids` and `season_ids` is needed: since January 2026 the service no
    longer lists the latest records, and given both it applies both to every record.

    Remarks: only for the account itself, so not for dedicated servers; only its latest 1,000
    records can be read. Race maps with clones answer nothing without
    `game_mode="TimeAttackClone"` (outside seasons). Under a secret threshold some records
    show `time` 4294967295 and their `url` is a 403.
    """
    if (map_ids is None) == (season_ids is None):
        raise ArgumentError(
            f"exactly one of map_ids and season_ids must be given (got map_ids={map_ids!r}, "
            f"season_ids={season_ids!r})"
        )
    query: dict[str, Any] = {
        "mapIdList": None if map_ids is None else _uuids("map_ids", map_ids, "a map ID"),
        "seasonIdList": None
        if season_ids is None
        else _uuids("season_ids", season_ids, "a season ID"),
        "gameMode": None if game_mode is None else check.choice("game_mode", game_mode, GAME_MODES),
    }
    return call(accountId=_uuid("account_id", account_id, "an account ID"), query=query)


@endpoint("core", "GET", "/mapRecords/{mapRecordId}", model="core.MapRecord")
def get_map_record(token: WebServicesToken, map_record_id: str) -> Call:
    """Get a record by its record ID.

    Args:
        map_record_id: the record's `mapRecordId` (as `get_map_records_by_accounts()` gives).

    Remarks: under a secret threshold `time` is 4294967295 and the `url` is a 403;
    `get_map_records_by_ids()` gets several records at once.
    """
    return call(mapRecordId=_uuid("map_record_id", map_record_id, "a record ID"))


@endpoint(
    "core", "GET", "/v2/mapRecords/by-account/",
    model="core.MapRecordList", chunks=_ACCOUNTS,
)
def get_map_records_by_accounts(
    token: WebServicesToken,
    account_ids: Sequence[str],
    map_id: str,
    season_id: str | None = None,
    game_mode: str | None = None,
) -> Call:
    """Get some players' records on one map.

    Args:
        account_ids: the players' account IDs: at least one, any number
            (sent in as few requests as the URI limit allows, each ID once).
        map_id: the map ID (not the UID; `get_maps_info_by_uids()` translates UIDs).
        season_id: the season whose records to get; None: the PB leaderboard (the service
            refuses `Personal_Best`).
        game_mode: `TimeAttack`, `TimeAttackClone`, `Stunt` or `Platform`; None: the
            service's default.

    Remarks: one map a request. Stunt and Platform maps need `game_mode` `Stunt`/`Platform`
    (else a 404, `Not Found`); Race maps with clones answer nothing without
    `game_mode="TimeAttackClone"` (outside seasons). Players without a record are left out.
    Under a secret threshold some records show `time` 4294967295 and their `url` is a 403.
    """
    query: dict[str, Any] = {
        "accountIdList": _account_ids(account_ids),
        "mapId": _uuid("map_id", map_id, "a map ID"),
        **_records_query(season_id, game_mode),
    }
    return call(query=query)


def _records_query(season_id: str | None, game_mode: str | None) -> dict[str, Any]:
    """The `seasonId` and `gameMode` of a map records query (`Personal_Best` is refused: the
    PB leaderboard is the one without a season)."""
    if season_id == PERSONAL_BEST:
        raise ArgumentError(
            "season_id must be a season ID, or None for the PB leaderboard (got "
            f"{PERSONAL_BEST!r})"
        )
    return {
        "seasonId": None if season_id is None else _uuid("season_id", season_id, "a season ID"),
        "gameMode": None if game_mode is None else check.choice("game_mode", game_mode, GAME_MODES),
    }


@endpoint("core", "GET", "/v2/mapRecords/by-id/", model="core.MapRecordList", chunks=_RECORD_IDS)
def get_map_records_by_ids(token: WebServicesToken, map_record_ids: Sequence[str]) -> Call:
    """Get records by their record IDs.

    Args:
        map_record_ids: the records' `mapRecordId`s: at least one, any number (sent in as few
            requests as the URI limit allows, each ID once).

    Remarks: unknown records are left out; under a secret threshold some records show
    `time` 4294967295 and their `url` is a 403.
    """
    return call(
        query={"mapRecordIdList": _uuids("map_record_ids", map_record_ids, "a record ID")}
    )


@endpoint(
    "core", "GET", "/accounts/skins", user_only=True,
    model="core.EquippedSkinList", chunks=_ACCOUNTS,
)
def get_equipped_skins(token: ServiceToken, account_ids: Sequence[str]) -> Call:
    """Get the skin each player drives with (its ID; `get_skin_info()` tells the rest).

    Args:
        account_ids: the players' account IDs: at least one, any number
            (sent in as few requests as the URI limit allows, each ID once).

    Remarks: needs a service account (dedicated servers get a 401); players without an
    equipped skin are left out.
    """
    return call(query={"accountIdList": _account_ids(account_ids)})


@endpoint(
    "core", "GET", "/accounts/{accountId}/skins/favorites", user_only=True,
    model="core.FavoriteSkinList",
)
def get_favorite_skins(token: ServiceToken, account_id: str) -> Call:
    """Get the skins in the account's garage (their IDs; `get_skin_info()` tells the rest).

    Args:
        account_id: the account's own ID (anyone else's is a 403).

    Remarks: only for the account itself, so not for dedicated servers; `timestamp` is when
    the skin was added.
    """
    return call(accountId=_uuid("account_id", account_id, "an account ID"))


@endpoint("core", "GET", "/skins/{skinId}", user_only=True, model="core.Skin")
def get_skin_info(token: ServiceToken, skin_id: str) -> Call:
    """Get a skin's names, creator and files.

    Args:
        skin_id: the skin's ID.

    Remarks: needs a service account (dedicated servers get a 401).
    """
    return call(skinId=_uuid("skin_id", skin_id, "a skin ID"))


# Deprecated by the service: still served, each with the documented differences.

MAX_DISPLAY_NAMES = 50
"""The most account IDs the removed display names endpoint took in one request."""
MAX_IDS = 200
"""The most account or map IDs the deprecated records endpoint takes in one request (the URI
stays short enough); it is not split, since it refuses several of both lists."""


@endpoint(
    "core", "GET", "/accounts/displayNames/", user_only=True, model="core.DisplayNameList",
    deprecated="the service removed it on 2023-09-19; use oauth.get_display_names()",
)
def get_display_names(token: ServiceToken, account_ids: Sequence[str]) -> Call:
    """Get players' display names (deprecated: removed by the service on 2023-09-19).

    Args:
        account_ids: the players' account IDs, 1 to 50.

    Remarks: needs a service account (dedicated servers get a 401). Use the OAuth API's
    `get_display_names()` instead.
    """
    ids = _uuids("account_ids", _listed("account_ids", account_ids, MAX_DISPLAY_NAMES),
                 "an account ID")
    return call(query={"accountIdList": ids})


@endpoint(
    "core", "GET", "/webidentities/", model="core.WebIdentityList", chunks=_ACCOUNTS,
    deprecated="the service deprecated it on 2026-01-01; use get_web_identities()",
)
def get_web_identities_legacy(token: WebServicesToken, account_ids: Sequence[str]) -> Call:
    """Get players' identities with Ubisoft's providers (deprecated: use
    `get_web_identities()`, which answers the same).

    Args:
        account_ids: the players' account IDs: at least one, any number (sent in as few
            requests as the URI limit allows, each ID once).

    Remarks: each player usually has two identities, `ubiServices` and `uplay`, otherwise
    alike; `timestamp` is when the account was created.
    """
    return call(query={"accountIdList": _account_ids(account_ids)})


@endpoint(
    "core", "GET", "/maps/", model="core.CoreMapList",
    chunks=Chunks(("map_ids", "map_uids"), None, concatenated),
    deprecated="the service deprecated it on 2026-01-01; use get_maps_info_by_ids() or "
    "get_maps_info_by_uids()",
)
def get_maps_info(
    token: WebServicesToken,
    map_ids: Sequence[str] | None = None,
    map_uids: Sequence[str] | None = None,
) -> Call:
    """Get several maps by their map IDs or by their UIDs (deprecated: use
    `get_maps_info_by_ids()` or `get_maps_info_by_uids()`).

    Args:
        map_ids: the map IDs; or None, with `map_uids`.
        map_uids: the map UIDs; or None, with `map_ids`.
            Either list may be of any length: it is sent in as few requests as the URI limit
            allows, each item once.

    Remarks: one of the two lists at a time. Unknown maps are left out, and so are invalid
    UIDs; an invalid map ID is a 400.
    """
    if (map_ids is None) == (map_uids is None):
        raise ArgumentError("give exactly one of map_ids and map_uids")
    if map_ids is not None:
        return call(query={"mapIdList": _uuids("map_ids", map_ids, "a map ID")})
    return call(query={"mapUidList": _map_uids(map_uids)})


@endpoint(
    "core", "GET", "/mapRecords/", model="core.MapRecordList",
    deprecated="the service deprecated it on 2024-07-01; use get_map_records_by_accounts()",
)
def get_map_records(
    token: WebServicesToken,
    account_ids: Sequence[str],
    map_ids: Sequence[str] | None = None,
    season_id: str | None = None,
    game_mode: str | None = None,
) -> Call:
    """Get records of players on maps (deprecated: use `get_map_records_by_accounts()`).

    Args:
        account_ids: the players' account IDs, 1 to 200; only one with several maps.
        map_ids: the map IDs (not UIDs), 1 to 200; None: every map (the token's own records
            only, and not with a dedicated server's token: else a 403).
        season_id: the season whose records to get; None: the PB leaderboard.
        game_mode: `TimeAttack`, `TimeAttackClone`, `Stunt` or `Platform`; None: the
            service's default.

    Remarks: several maps with several accounts is a 400 (since July 2024). Stunt and
    Platform maps need their `game_mode` (else a 404); Race maps with clones answer nothing
    without `TimeAttackClone` (outside seasons). Under a secret threshold some records show
    `time` 4294967295 and their `url` is a 403.
    """
    accounts = _listed("account_ids", account_ids, MAX_IDS)
    if map_ids is not None and len(_listed("map_ids", map_ids, MAX_IDS)) > 1 and len(accounts) > 1:
        raise ArgumentError(
            "account_ids must hold one account ID when map_ids holds several (the service "
            "refuses several of both)"
        )
    query: dict[str, Any] = {
        "accountIdList": _account_ids(account_ids),
        "mapIdList": None if map_ids is None else _uuids("map_ids", map_ids, "a map ID"),
        **_records_query(season_id, game_mode),
    }
    return call(query=query)


@endpoint(
    "core", "GET", "/v2/mapRecords/", model="core.MapRecordList", chunks=_ACCOUNTS,
    deprecated="the service deprecated it on 2026-01-01; use get_map_records_by_accounts()",
)
def get_map_records_v2(
    token: WebServicesToken,
    account_ids: Sequence[str],
    map_id: str,
    season_id: str | None = None,
    game_mode: str | None = None,
) -> Call:
    """Get some players' records on one map (deprecated: use `get_map_records_by_accounts()`,
    which answers the same).

    Args:
        account_ids: the players' account IDs: at least one, any number (sent in as few
            requests as the URI limit allows, each ID once).
        map_id: the map ID (not the UID).
        season_id: the season whose records to get; None: the PB leaderboard.
        game_mode: `TimeAttack`, `TimeAttackClone`, `Stunt` or `Platform`; None: the
            service's default.

    Remarks: as `get_map_records_by_accounts()`.
    """
    query: dict[str, Any] = {
        "accountIdList": _account_ids(account_ids),
        "mapId": _uuid("map_id", map_id, "a map ID"),
        **_records_query(season_id, game_mode),
    }
    return call(query=query)


DECLARATIONS: dict[str, Endpoint[Any]] = {
    d.name: d
    for d in (
        delete, get, head, options, patch, post, put,
        get_account_club_tags, get_trophy_history, get_trophy_summary, get_web_identities,
        get_account_zones, add_favorite_map, remove_favorite_map, get_authored_maps,
        get_submitted_maps, get_favorite_maps_by_uids, get_favorite_maps, get_maps_info_by_ids,
        get_maps_info_by_uids, get_map_info, set_map_vote, get_map_vote, get_api_routes,
        get_zones, get_account_records, get_map_record, get_map_records_by_accounts,
        get_map_records_by_ids, get_equipped_skins, get_favorite_skins, get_skin_info,
        get_display_names, get_web_identities_legacy, get_maps_info, get_map_records,
        get_map_records_v2,
    )
}
"""The endpoints declared here, by function name."""

iter_trophy_history = paged(
    get_trophy_history, what="an account's trophy gains, newest first", items="data", key=None,
    total="totalCount", page_size=MAX_TROPHY_ENTRIES, length="count",
    model="core.TrophyHistoryEntry",
)
iter_favorite_maps = paged(
    get_favorite_maps, what="the account's favorite maps", items="mapFavoriteList",
    key="mapUid", total="count", page_size=UNDOCUMENTED_PAGE, model="core.MapFavorite",
)

LISTINGS: dict[str, Listing[Any]] = {
    declared.name: declared
    for declared in (
        iter_trophy_history,
        iter_favorite_maps,
    )
}
"""The iterators declared here, by function name."""
