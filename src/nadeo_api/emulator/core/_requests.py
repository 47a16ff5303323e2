"""Handlers of the emulated Core API (beyond authentication).

Lists of accounts come back sorted by account ID, as the documented examples show; map lists
sorted by the key asked for (map ID or UID). Every Core route answers 414 to a request URI of
8,220 characters or more, as the service's front server does.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ... import _checks as check
from ..serving.http import Request, Response, core_code, core_error, json_response
from ..serving.routing import AppState, AuthKind, Handler, RouteTable
from ..serving.tokens import Principal, ubi_uid
from ..world import GAME_MODES, MapInfo, Zone, trophies
from ..world import core_data as data
from ..world import core_maps as maps
from ..world import core_records as records
from ..world import maps as live_maps
from ..world.clubs import club_state
from ..world.trophy_summary import trophy_counts

REPLAY_TYPE = "application/octet-stream"
MAX_TROPHY_ENTRIES = 1000
MAX_ACCOUNT_RECORDS = 1000
ZONES_TIMESTAMP = "2022-11-14T11:19:00+00:00"
"""Every zone's `timestamp` (the last time the zones changed)."""
_UID_TOO_LONG = (
    f"mapUid: This value is too long. It should have {check.MAP_UID_LENGTH} characters or less."
)
_NO_RECORD_MODES = ("Stunt", "Platform")
"""Game modes of the map types that need theirs."""
_CLONE_MODE = "TimeAttackClone"


class Refusal(Exception):
    """Raised by a handler's helpers to answer `response` instead."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


def _guarded(handler: Handler) -> Handler:
    """`handler` behind the 414 check, answering the `Refusal`s its helpers raise."""

    @functools.wraps(handler)
    def guarded(state: AppState, req: Request) -> Response:
        too_long = data.uri_too_long(req)
        if too_long is not None:
            return too_long
        try:
            return handler(state, req)
        except Refusal as refusal:
            return refusal.response

    return guarded


def _principal(req: Request) -> Principal:
    assert req.principal is not None, "Core routes are authenticated"
    return req.principal


def _user(req: Request) -> Principal:
    """The principal of an endpoint only user accounts may use (dedicated servers: 401)."""
    principal = _principal(req)
    if principal.kind != "service":
        raise Refusal(data.unauthorized())
    return principal


def _accounts(req: Request, listed_info: bool = False) -> list[str]:
    """The known accounts of `accountIdList`, sorted and once each; an invalid ID is a 400
    (its `info` a list or an object, as each endpoint's documentation shows)."""
    ids = data.id_list(req, "accountIdList")
    if not ids or not all(data.is_uuid(i) for i in ids):
        message = "Invalid account id."
        info: Any = [f"accountIdList: {message}"] if listed_info else {"accountIdList": message}
        raise Refusal(data.invalid(info))
    return sorted({i.lower() for i in ids})


def _path_uuid(req: Request, name: str, style: str = "object") -> str:
    """A UUID path parameter; anything else is a 400 in the endpoint's documented form."""
    value = req.path_params[name]
    if data.is_uuid(value):
        return value.lower()
    if style == "quoted":
        raise Refusal(data.invalid([f'{name}: "{value}" is not a valid UUID.']))
    if style == "list":
        raise Refusal(data.invalid([f"{name}: Invalid uuid."]))
    what = "Invalid account id." if name == "accountId" else "Invalid uuid."
    raise Refusal(data.invalid({name: what}))


def _query_int(req: Request, name: str, default: int | None, low: int, high: int | None) -> int:
    """An integer query parameter within [low, high]; else a 400 (the documentation gives the
    limits, not the refusal)."""
    raw = req.param(name)
    if raw is None or raw == "":
        if default is None:
            raise Refusal(data.invalid([f"{name}: This value should not be blank."]))
        return default
    try:
        value = int(raw)
    except ValueError:
        value = low - 1
    if value < low or (high is not None and value > high):
        allowed = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise Refusal(data.invalid([f"{name}: This value should be {allowed}."]))
    return value


def _known(state: AppState, ids: list[str]) -> list[str]:
    return [i for i in ids if data.is_known_account(state.world, i)]


def _map_uid(value: object) -> str:
    """A map UID of the path or body; else a 400."""
    if not isinstance(value, str) or not value:
        raise Refusal(data.invalid(["mapUid: This value should not be blank."]))
    if len(value) > check.MAP_UID_LENGTH:
        raise Refusal(data.invalid([_UID_TOO_LONG]))
    if not check.is_map_uid(value):
        raise Refusal(data.invalid(["mapUid: This value is not valid."]))
    return value


# Accounts


def club_tags(state: AppState, req: Request) -> Response:
    """``GET /accounts/clubTags/``: the tag of the club each account shows (set with the Live
    club tag endpoint); accounts showing none are left out."""
    _user(req)
    clubs = club_state(state)
    out = []
    for account_id in _known(state, _accounts(req)):
        club = clubs.club(clubs.settings(account_id).tag_club)
        if club is not None:
            chosen = data.after_creation(state.world, account_id, f"tag-{club.id}")
            out.append(
                {"accountId": account_id, "clubTag": club.tag, "timestamp": data.iso(chosen)}
            )
    return json_response(out)


def trophy_history(state: AppState, req: Request) -> Response:
    """``GET /accounts/{accountId}/trophies``: unknown accounts have no gains."""
    _user(req)
    account_id = _path_uuid(req, "accountId", "quoted")
    count = _query_int(req, "count", 100, 1, MAX_TROPHY_ENTRIES)
    offset = _query_int(req, "offset", 0, 0, None)
    tier = _query_int(req, "trophyType", 0, 1, data.TIERS) if req.param("trophyType") else None
    world = state.world
    if tier is None:
        total = trophies.gain_count(world, account_id)
        shown = range(offset, min(total, offset + count))
        page = [trophies.gain(world, account_id, i) for i in shown]
    else:
        matching = trophies.gains(world, account_id, tier)
        total, page = len(matching), matching[offset : offset + count]
    return json_response({"count": len(page), "data": page, "offset": offset, "totalCount": total})


def trophy_summary(state: AppState, req: Request) -> Response:
    """``GET /accounts/{accountId}/trophies/lastYearSummary``: zeros for unknown accounts."""
    _user(req)
    account_id = _path_uuid(req, "accountId", "quoted")
    points, counts = trophy_counts(state.world, account_id)
    return json_response(
        {
            "accountId": account_id,
            "points": points,
            **data.counts_json(counts),
            "timestamp": data.iso(state.world.now),
        }
    )


def web_identities(state: AppState, req: Request) -> Response:
    """``GET /webidentities/by-account/``: a `ubiServices` and a `uplay` identity per account,
    with the Ubisoft ID the account's tokens carry."""
    out = []
    for account_id in _known(state, _accounts(req)):
        created = data.iso(data.account_created(state.world, account_id))
        for provider in ("ubiServices", "uplay"):
            out.append(
                {
                    "accountId": account_id,
                    "provider": provider,
                    "uid": ubi_uid(account_id),
                    "timestamp": created,
                }
            )
    return json_response(out)


def account_zones(state: AppState, req: Request) -> Response:
    """``GET /accounts/zones/``: each account's region, as in the Live rankings."""
    _user(req)
    world = state.world
    return json_response(
        [
            {
                "accountId": account_id,
                "timestamp": data.iso(data.after_creation(world, account_id, "zone")),
                "zoneId": world.account_zone(account_id).zone_id,
            }
            for account_id in _known(state, _accounts(req))
        ]
    )


# Maps


def _map_page(state: AppState, infos: list[MapInfo]) -> Response:
    return json_response(
        {"mapList": [maps.map_json(state.world, m) for m in infos], "count": len(infos)}
    )


def authored_maps(state: AppState, req: Request) -> Response:
    """``GET /maps/by-author``: the maps the account made or last saved, whoever uploaded them."""
    return _map_page(state, maps.authored_maps(state, _principal(req).account_id))


def submitted_maps(state: AppState, req: Request) -> Response:
    """``GET /maps/by-submitter``: the maps the account uploaded, whoever made them."""
    return _map_page(state, maps.submitted_maps(state, _principal(req).account_id))


def _favorite_change(state: AppState, req: Request, add: bool) -> Response:
    body = req.json()
    uid = _map_uid(body.get("mapUid") if isinstance(body, dict) else None)
    principal = _principal(req)
    # Dedicated servers get the same answer but keep no favorites, as on the Live API.
    if principal.kind == "service":
        maps.change_favorite(state, principal.account_id, uid, add)
    return json_response(None)


def add_favorite(state: AppState, req: Request) -> Response:
    """``POST /maps/favorites``: 200 `null`, whether the map was added or not."""
    return _favorite_change(state, req, add=True)


def remove_favorite(state: AppState, req: Request) -> Response:
    """``DELETE /maps/favorites``: 200 `null`, even for a map that was no favorite."""
    return _favorite_change(state, req, add=False)


def _favorites(state: AppState, req: Request, entries: list[tuple[Any, int]]) -> Response:
    account_id = _principal(req).account_id
    favorites = [maps.favorite_json(account_id, info, added) for info, added in entries]
    return json_response({"mapFavoriteList": favorites, "count": len(favorites)})


def favorites_by_uids(state: AppState, req: Request) -> Response:
    """``GET /maps/favorites/by-map-uids``: the favorites among the maps, oldest first."""
    wanted = {_map_uid(uid) for uid in data.id_list(req, "mapUidList") or [""]}
    entries = maps.favorite_entries(state, _principal(req).account_id)
    return _favorites(state, req, [e for e in entries if e[0].uid in wanted])


def favorite_maps(state: AppState, req: Request) -> Response:
    """``GET /maps/favorites``: sorted, filtered; `count` counts every match.

    Every emulated map is playable; as on the Live API, `playable=false` filters nothing.
    """
    offset = _query_int(req, "offset", None, 0, None)
    length = _query_int(req, "length", None, 1, None)
    sort, order = req.param("sort") or "date", req.param("order") or "desc"
    if sort not in ("date", "name") or order not in ("asc", "desc"):
        raise Refusal(data.invalid(["sort: The value you selected is not a valid choice."]))
    principal = _principal(req)
    entries = maps.favorite_entries(state, principal.account_id)
    types = {t.lower() for t in (req.param("mapTypeList") or "").split(",") if t}
    if types:
        entries = [e for e in entries if e[0].map_type.lower() in types]
    if req.bool_param("onlyMine"):
        entries = [e for e in entries if e[0].author_account_id == principal.account_id]
    if sort == "name":
        entries.sort(key=lambda e: e[0].name.lower())
    if order == "desc":
        entries.reverse()
    page = [
        maps.favorite_json(principal.account_id, info, added)
        for info, added in entries[offset : offset + length]
    ]
    return json_response({"mapFavoriteList": page, "count": len(entries)})


def maps_by_ids(state: AppState, req: Request) -> Response:
    """``GET /maps/by-id/``: unknown or invalid IDs are left out."""
    found = {maps.find_by_id(state, i) for i in data.id_list(req, "mapIdList")}
    infos = [maps.map_json(state.world, m) for m in found if m is not None]
    return json_response(sorted(infos, key=lambda m: m["mapId"]))


def maps_by_uids(state: AppState, req: Request) -> Response:
    """``GET /maps/by-uid/``: unknown or invalid UIDs are left out."""
    found = {live_maps.find_map(state, uid) for uid in data.id_list(req, "mapUidList")}
    infos = [maps.map_json(state.world, m) for m in found if m is not None]
    return json_response(sorted(infos, key=lambda m: m["mapUid"]))


def map_info(state: AppState, req: Request) -> Response:
    """``GET /maps/{mapId}``: an unknown map is a 404 (the documentation is silent)."""
    info = maps.find_by_id(state, _path_uuid(req, "mapId", "list"))
    if info is None:
        return data.not_found()
    return json_response(maps.map_json(state.world, info))


def get_vote(state: AppState, req: Request) -> Response:
    """``GET /maps/{mapUid}/votes``: vote 0 (and no date) when the account never voted."""
    uid = _map_uid(req.path_params["mapUid"])
    account_id = _principal(req).account_id
    vote, day = maps.vote_of(state, account_id, uid)
    return json_response({"accountId": account_id, "mapUid": uid, "vote": vote, "voteDate": day})


def set_vote(state: AppState, req: Request) -> Response:
    """``POST /maps/{mapUid}/votes``: 200 `null`. An unknown map is a 404 (the documentation
    is silent); dedicated servers get the same answer but keep no votes."""
    uid = _map_uid(req.path_params["mapUid"])
    body = req.json()
    vote = body.get("vote") if isinstance(body, dict) else None
    if isinstance(vote, bool) or vote not in (-1, 0, 1):
        raise Refusal(data.invalid(["vote: The value you selected is not a valid choice."]))
    if live_maps.find_map(state, uid) is None:
        return data.not_found()
    principal = _principal(req)
    if principal.kind == "service":
        maps.set_vote(state, principal.account_id, uid, vote)
    return json_response(None)


# Meta


def api_routes(state: AppState, req: Request) -> Response:
    """``GET /api/routes``: the emulated Core routes, served without a token (the Core index
    page: it "does not require any authentication"). Without `usage`, all of them; `Server`
    leaves out those only user accounts may use."""
    from ..._declared import declarations_of

    usage = req.param("usage")
    if usage not in (None, "Client", "Server"):
        raise Refusal(data.invalid({"usage": "The value you selected is not a valid choice."}))
    return json_response(
        {
            f"nadeoservices_{declared.name}": {"method": declared.method, "path": declared.route}
            for declared in declarations_of("core")
            if declared.route is not None and (usage != "Server" or not declared.user_only)
        }
    )


def _zone_icon(zone: Zone) -> str:
    if zone.depth == 2:
        return f"file://Media/Flags/{zone.name[:3].upper()}.dds"
    return f"file://Media/Flags/{zone.name.replace(' ', '')}.jpg"


def zones(state: AppState, req: Request) -> Response:
    """``GET /zones/``: the world's zones (countries have three-letter `.dds` flags)."""
    return json_response(
        [
            {
                "icon": _zone_icon(zone),
                "name": zone.name,
                "parentId": zone.parent_id,
                "timestamp": ZONES_TIMESTAMP,
                "zoneId": zone.zone_id,
            }
            for zone in state.world.zones
        ]
    )


# Records


def _records(
    state: AppState, keys: list[records.RecordKey], clone: bool = False
) -> list[dict[str, Any]]:
    found = (records.record_json(state.world, key, clone) for key in keys)
    return [record for record in found if record is not None]


def _ids(req: Request, name: str) -> list[str]:
    ids = data.id_list(req, name)
    if not all(data.is_uuid(i) for i in ids):
        raise Refusal(data.invalid([f"{name}: Invalid uuid."]))
    return [i.lower() for i in ids]


def account_records(state: AppState, req: Request) -> Response:
    """``GET /v2/accounts/{accountId}/mapRecords``: the account's own records only (403
    otherwise), on the maps and in the official campaigns' seasons asked for (seasonal and
    weekly; both apply when both are given; neither is a 400 since January 2026); its latest
    1,000 at most."""
    account_id = _path_uuid(req, "accountId", "quoted")
    if account_id != _principal(req).account_id.lower():
        return data.forbidden("C-AA-00-19")
    map_ids, season_ids = _ids(req, "mapIdList"), _ids(req, "seasonIdList")
    if not map_ids and not season_ids:
        return data.invalid(["mapIdList: This value should not be blank."])
    mode = req.param("gameMode")
    infos = [info for info in (maps.find_by_id(state, i) for i in map_ids) if info]
    uids = [info.uid for info in infos if _mode_fits(info, mode, bool(season_ids))]
    if season_ids:
        world = state.world
        official = world.seasonal_campaigns() + world.weekly_shorts() + world.weekly_grands()
        seasons = [c for c in official if c.season_uid in season_ids]
        keys = [
            records.RecordKey(uid, account_id, True)
            for campaign in seasons
            for uid in campaign.map_uids
            if not map_ids or uid in uids
        ]
    else:
        keys = [records.RecordKey(uid, account_id, False) for uid in uids]
    if season_ids and mode is not None and mode != "TimeAttack":
        keys = []  # the seasons' maps are all Race maps, without clones
    found = _records(state, keys, clone=mode == _CLONE_MODE)
    latest = sorted(found, key=lambda r: r["timestamp"], reverse=True)[:MAX_ACCOUNT_RECORDS]
    return json_response([r for r in found if r in latest])


def map_record(state: AppState, req: Request) -> Response:
    """``GET /mapRecords/{mapRecordId}``: an unknown record is a 404 (the documentation is
    silent)."""
    key = records.parse_record_id(state.world, _path_uuid(req, "mapRecordId"))
    record = None if key is None else records.record_json(state.world, key)
    return data.not_found() if record is None else json_response(record)


def replay(state: AppState, req: Request) -> Response:
    """``GET /mapRecords/{mapRecordId}/replay``, the path of a record's `url`: the replay file,
    but a 403 for a record whose time a secret threshold hides (as the record pages say); an
    unknown record is a 404. Served without a token, as a download link is followed."""
    key = records.parse_record_id(state.world, _path_uuid(req, "mapRecordId"))
    record = None if key is None else records.record_json(state.world, key)
    if record is None:
        return data.not_found()
    if record["recordScore"]["time"] == records.HIDDEN:
        return core_error(403, core_code(403), "Forbidden.")
    # Only the start of a replay file: its signature, then the record it is of.
    return Response(200, b"GBX\x06\x00BUCR" + str(record["mapRecordId"]).encode(), REPLAY_TYPE)


def records_by_ids(state: AppState, req: Request) -> Response:
    """``GET /v2/mapRecords/by-id/``: unknown records are left out."""
    ids = data.id_list(req, "mapRecordIdList")
    for index, value in enumerate(ids):
        if not data.is_uuid(value):
            return data.invalid([f'mapRecordIdList[{index}]: "{value}" is not a valid UUID.'])
    keys = (records.parse_record_id(state.world, value) for value in ids)
    return json_response(_records(state, [key for key in keys if key is not None]))


def records_by_accounts(state: AppState, req: Request) -> Response:
    """``GET /v2/mapRecords/by-account/``: the accounts' records on one map.

    An unknown map, or a Stunt/Platform game mode (no emulated map has those types), is the
    documented 404; `TimeAttackClone` finds nothing, as no emulated map has clones; a season
    other than the map's has no records.
    """
    account_ids = _accounts(req, listed_info=True)
    raw_map = req.param("mapId") or ""
    if not data.is_uuid(raw_map):
        return data.invalid(["mapId: Invalid uuid."])
    season = req.param("seasonId")
    if season is not None and not data.is_uuid(season):
        return data.invalid(["seasonId: Invalid uuid."])
    info = maps.find_by_id(state, raw_map)
    game_mode = req.param("gameMode")
    if info is None or state.world.leaderboard(info.uid) is None:
        return data.not_found()
    needed = GAME_MODES.get(info.map_type)
    if (needed is not None and game_mode != needed) or (
        needed is None and game_mode in _NO_RECORD_MODES
    ):
        # A Stunt or Platform map is not found without its game mode (nor a Race map with one).
        return data.not_found()
    if not _mode_fits(info, game_mode, season is not None) or (
        season is not None and season.lower() != info.group_uid
    ):
        return json_response([])
    ordered = [i.lower() for i in data.id_list(req, "accountIdList") if i.lower() in account_ids]
    keys = [records.RecordKey(info.uid, a, season is not None) for a in dict.fromkeys(ordered)]
    return json_response(_records(state, keys, clone=game_mode == _CLONE_MODE))


def _mode_fits(info: MapInfo, game_mode: str | None, in_season: bool) -> bool:
    """Whether records of `info` answer a request with `game_mode`: a Stunt or Platform map's
    need their mode; a Race map with clones needs `TimeAttackClone` unless a season is asked
    for, and only such a map answers that mode."""
    needed = GAME_MODES.get(info.map_type)
    if needed is not None:
        return game_mode == needed
    if game_mode in _NO_RECORD_MODES:
        return False
    if game_mode == _CLONE_MODE:
        return info.has_clones
    return in_season or not info.has_clones


# Skins


def equipped_skins(state: AppState, req: Request) -> Response:
    """``GET /accounts/skins``: accounts without an equipped skin are left out."""
    _user(req)
    out = []
    for account_id in _known(state, _accounts(req)):
        skin = data.equipped_skin(state.world, account_id)
        if skin is not None:
            chosen = data.after_creation(state.world, account_id, "skin")
            out.append(
                {
                    "accountId": account_id,
                    "skinId": skin.skin_id,
                    "skinType": data.SKIN_TYPE,
                    "timestamp": data.iso(chosen),
                }
            )
    return json_response(out)


def favorite_skins(state: AppState, req: Request) -> Response:
    """``GET /accounts/{accountId}/skins/favorites``: the account's own garage only."""
    account_id = _path_uuid(req, "accountId")
    if account_id != _principal(req).account_id.lower():
        return data.forbidden("C-AA-00-05")
    return json_response(
        [
            {"accountId": account_id, "skinId": skin.skin_id, "timestamp": data.iso(added)}
            for skin, added in data.garage(state.world, account_id)
        ]
    )


def skin_info(state: AppState, req: Request) -> Response:
    """``GET /skins/{skinId}``: an unknown skin is a 404 (the documentation is silent)."""
    _user(req)
    index = data.skin_index(state.world, _path_uuid(req, "skinId"))
    if index is None:
        return data.not_found()
    return json_response(data.skin_json(state.world, data.skin(state.world, index)))


_HANDLERS: dict[tuple[str, str], Callable[[AppState, Request], Response]] = {
    ("GET", "/accounts/clubTags/"): club_tags,
    ("GET", "/accounts/{accountId}/trophies"): trophy_history,
    ("GET", "/accounts/{accountId}/trophies/lastYearSummary"): trophy_summary,
    ("GET", "/webidentities/by-account/"): web_identities,
    ("GET", "/accounts/zones/"): account_zones,
    ("POST", "/maps/favorites"): add_favorite,
    ("DELETE", "/maps/favorites"): remove_favorite,
    ("GET", "/maps/by-author"): authored_maps,
    ("GET", "/maps/by-submitter"): submitted_maps,
    ("GET", "/maps/favorites/by-map-uids"): favorites_by_uids,
    ("GET", "/maps/favorites"): favorite_maps,
    ("GET", "/maps/by-id/"): maps_by_ids,
    ("GET", "/maps/by-uid/"): maps_by_uids,
    ("GET", "/maps/{mapId}"): map_info,
    ("POST", "/maps/{mapUid}/votes"): set_vote,
    ("GET", "/maps/{mapUid}/votes"): get_vote,
    ("GET", "/api/routes"): api_routes,
    ("GET", "/zones/"): zones,
    ("GET", "/v2/accounts/{accountId}/mapRecords"): account_records,
    ("GET", "/mapRecords/{mapRecordId}"): map_record,
    ("GET", "/mapRecords/{mapRecordId}/replay"): replay,
    ("GET", "/v2/mapRecords/by-account/"): records_by_accounts,
    ("GET", "/v2/mapRecords/by-id/"): records_by_ids,
    ("GET", "/accounts/skins"): equipped_skins,
    # The documentation's examples add a trailing slash to these two routes.
    ("GET", "/accounts/skins/"): equipped_skins,
    ("GET", "/accounts/{accountId}/skins/favorites"): favorite_skins,
    ("GET", "/accounts/{accountId}/skins/favorites/"): favorite_skins,
    ("GET", "/skins/{skinId}"): skin_info,
}

CORE_API_ROUTES: RouteTable = {key: _guarded(handler) for key, handler in _HANDLERS.items()}
"""Handlers keyed by (method, documented route template without its query)."""
CORE_API_AUTH: dict[str, AuthKind] = {
    "/api/routes": "none",
    "/mapRecords/{mapRecordId}/replay": "none",
}
"""The routes served without a token (the others need a `NadeoServices` one)."""
