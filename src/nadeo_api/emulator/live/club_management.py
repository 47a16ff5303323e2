"""Handlers of the emulated Live API's club management section: creating, editing and
deleting clubs, their members, VIPs and activities.

Where the docs give an error code but no status, refusals of the account are 403, unknown
activities and folders 404, and invalid values (regions, types, use cases, positions) 400.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...text import visible_length
from ..serving.http import (
    BadRequest,
    Request,
    Response,
    error_response,
    json_response,
    principal_of,
    text_response,
)
from ..serving.routing import AppState, RouteTable
from ..world import ServerAccountInfo
from ..world import hashing as h
from ..world.activities import (
    REGIONS,
    SCRIPT_SUFFIX,
    UPLOAD_TYPES,
    Activity,
    ActivityStore,
    activity_store,
)
from ..world.clubs import ASSIGNABLE_ROLES, CREATOR, ClubRecord, Membership, club_state
from ._activity_access import (
    NOT_ADMIN,
    NOT_CONTENT_CREATOR,
    NOT_FOUND,
    NOT_MEMBER,
    Refused,
    body_of,
    editable_activity,
    editable_club,
    flag,
    path_id,
    refusals,
)
from ._activity_json import (
    activity_item,
    campaign_json,
    map_review_json,
    news_json,
    ranking_json,
    room_json,
    upload_json,
)
from ._clubs import (
    admin_of,
    as_user,
    club_error,
    club_fields,
    club_id_of,
    club_json,
    json_body,
    member_not_found,
    member_rows,
    membership_answer,
    not_admin,
    not_member,
    with_club_access,
)

RANKING_USE_CASES = ("ranking-official", "ranking-daily", "ranking-club")
NEWS_LIMITS = {"name": (20, False), "headline": (40, False), "body": (2000, True)}
"""The longest news name, headline and body, and whether text styling is left out of the
count (it is for the body)."""


class _InvalidMap(Exception):
    """An unknown or duplicated map UID: the services answer 500 with an error object."""


def _invalid_map(uid: object) -> Response:
    return error_response(500, "Internal Server Error", f"invalid map {uid!r}")


def _text(data: dict[str, Any], key: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise BadRequest(f"{key} must be a string")
    return value


def _folder(store: ActivityStore, club_id: int, data: dict[str, Any]) -> int:
    """The body's `folderId` (0: none), which must name one of the club's folders."""
    folder_id = data.get("folderId") or 0
    if not isinstance(folder_id, int):
        raise BadRequest("folderId must be an integer")
    if folder_id:
        folder = store.find(club_id, folder_id)
        if folder is None or folder.kind != "folder":
            raise Refused("folder:error-notFound", 404)
    return folder_id


def _create(
    state: AppState, req: Request, kind: str, name: str, **details: Any
) -> tuple[ClubRecord, Activity]:
    """Check the club and the folder, then add the activity."""
    club = editable_club(state, req)
    data = body_of(req)
    store = activity_store(state)
    folder_id = _folder(store, club.id, data)
    activity = store.add(club.id, principal_of(req).account_id, kind, name, **details)
    activity.folder_id = folder_id
    return club, activity


def _playlist(state: AppState, data: dict[str, Any]) -> list[str]:
    """The map UIDs of a playlist, in array order; entries without a `mapUid` or a `position`
    are skipped; unknown or repeated UIDs are invalid."""
    entries = data.get("playlist", [])
    if not isinstance(entries, list):
        raise BadRequest("playlist must be a list")
    uids: list[str] = []
    for entry in entries:
        if not isinstance(entry, dict) or "mapUid" not in entry or "position" not in entry:
            continue
        uid = entry["mapUid"]
        if not isinstance(uid, str) or not state.world.is_known_map(uid) or uid in uids:
            raise _InvalidMap(uid)
        uids.append(uid)
    return uids


def create_campaign(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/campaign/create``: created deactivated."""
    editable_club(state, req)
    data = body_of(req)
    try:
        maps = _playlist(state, data)
    except _InvalidMap as exc:
        return _invalid_map(exc.args[0])
    store = activity_store(state)
    campaign_id = store.new_campaign_id()
    club, activity = _create(
        state, req, "campaign", _text(data, "name"),
        campaign_id=campaign_id,
        season_uid="NLS-" + h.alnum(state.world.seed, 35, "new-club-season", campaign_id),
        maps=maps, playlist_ids=store.playlist_ids(len(maps)),
    )  # fmt: skip
    activity.active = False
    return json_response(campaign_json(state.world, activity, club.name, with_video=True))


def edit_campaign(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/campaign/{campaignId}/edit``."""
    club, activity = editable_activity(state, req, ("campaign",), lookup="campaignId")
    data = body_of(req)
    if "playlist" in data:
        try:
            maps = _playlist(state, data)
        except _InvalidMap as exc:
            return _invalid_map(exc.args[0])
        activity.details["maps"] = maps
        activity.details["playlist_ids"] = activity_store(state).playlist_ids(len(maps))
    activity.name = _text(data, "name", activity.name)
    activity_store(state).touch(activity, principal_of(req).account_id)
    return json_response(campaign_json(state.world, activity, club.name, with_video=True))


def _room_maps(state: AppState, data: dict[str, Any], current: list[str]) -> list[str]:
    """The body's `maps`, repeated UIDs dropped; an unknown UID is invalid."""
    maps = data.get("maps", current)
    if not isinstance(maps, list):
        raise BadRequest("maps must be a list of map UIDs")
    out: list[str] = []
    for uid in maps:
        if not isinstance(uid, str) or not state.world.is_known_map(uid):
            raise _InvalidMap(uid)
        if uid not in out:
            out.append(uid)
    return out


def _settings(data: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    """The room's settings with the body's `settings` set over them."""
    out = dict(current)
    for setting in data.get("settings", []):
        if not isinstance(setting, dict) or not all(
            isinstance(setting.get(k), str) for k in ("key", "value", "type")
        ):
            raise BadRequest("each setting needs a string key, value and type")
        out[setting["key"]] = {k: setting[k] for k in ("key", "value", "type")}
    return out


def _region(data: dict[str, Any], current: str | None) -> str:
    region = data.get("region", current)
    if region not in REGIONS:
        raise Refused("region:region not in available choice", 400)
    assert isinstance(region, str)
    return region


def _max_players(data: dict[str, Any], current: int | None) -> int:
    value = data.get("maxPlayersPerServer", current)
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise BadRequest("maxPlayersPerServer must be a positive integer")
    return value


def create_room(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/room/create``. `shufflePlaylist` is not applied on
    creation (the documented answer says false after asking for 1). An invalid script is
    accepted; the room then never starts."""
    editable_club(state, req)
    data = body_of(req)
    region = _region(data, None)
    try:
        maps = _room_maps(state, data, [])
    except _InvalidMap as exc:
        return _invalid_map(exc.args[0])
    store = activity_store(state)
    room_id = store.new_room_id()
    password = (
        h.alnum(state.world.seed, 6, "new-room-password", room_id).upper()
        if flag(data, "password", False)
        else None
    )
    club, activity = _create(
        state, req, "room", _text(data, "name"),
        room_id=room_id, nadeo=True, region=region, max_players=_max_players(data, None),
        player_count=0, script=_text(data, "script"), scalable=flag(data, "scalable", False),
        shuffle=False, maps=maps, settings=_settings(data, {}), password=password,
    )  # fmt: skip
    return json_response(room_json(activity, club.name))


def edit_room(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/room/{activityId}/edit``."""
    club, activity = editable_activity(state, req, ("room",))
    data = body_of(req)
    details = activity.details
    try:
        maps = _room_maps(state, data, details["maps"])
    except _InvalidMap as exc:
        return _invalid_map(exc.args[0])
    details.update(
        region=_region(data, details.get("region")),
        max_players=_max_players(data, details["max_players"]),
        script=_text(data, "script", details["script"]),
        scalable=flag(data, "scalable", details["scalable"]),
        shuffle=flag(data, "shufflePlaylist", details["shuffle"]),
        maps=maps,
        settings=_settings(data, details["settings"]),
    )
    activity.name = _text(data, "name", activity.name)
    if not details["script"].endswith(SCRIPT_SUFFIX):
        # A room given an invalid script stops and fails to restart (the emulator has no
        # map switch to wait for: it stops at once).
        activity_store(state).stop_room(activity.activity_id)
    activity_store(state).touch(activity, principal_of(req).account_id)
    return json_response(room_json(activity, club.name))


SERVER_LOGIN_UNKNOWN = "serverLogin:error-inArray"
_LAST_REPORTED = (("TM_Rounds_Online", 32), ("TM_TimeAttack_Online", 64), ("", 0))
"""What a dedicated server may have last told the services of itself (script, players)."""


def _server_account(state: AppState, req: Request, data: dict[str, Any]) -> ServerAccountInfo:
    """The sender's dedicated server account that the body's `login` names (one already
    hosting rooms included); any other login is refused (400)."""
    login = data.get("login")
    for account in state.world.server_accounts_of(principal_of(req).account_id):
        if account.login == login:
            return account
    raise Refused(SERVER_LOGIN_UNKNOWN, 400)


def _server_room(state: AppState, account: ServerAccountInfo) -> dict[str, Any]:
    """Room details of a room on a dedicated server: no maps nor settings, and the script and
    player count the server last reported."""
    script, max_players = _LAST_REPORTED[
        h.uint(state.world.seed, "server-last-report", account.login) % len(_LAST_REPORTED)
    ]
    return {
        "room_id": None, "nadeo": False, "region": None, "server_login": account.login,
        "server_account_id": account.account_id, "max_players": max_players,
        "player_count": 0, "script": script, "scalable": False, "shuffle": False, "maps": [],
        "settings": {}, "password": None,
    }  # fmt: skip


def create_room_from_server(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/room/create-from-server``: a login already hosting a
    room is accepted."""
    editable_club(state, req)
    data = body_of(req)
    account = _server_account(state, req, data)
    details = _server_room(state, account)
    club, activity = _create(state, req, "room", _text(data, "name"), **details)
    return json_response(room_json(activity, club.name))


def edit_room_from_server(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/room/{activityId}/edit-from-server``: the room moves to
    the body's server (and folder, if given)."""
    club, activity = editable_activity(state, req, ("room",))
    data = body_of(req)
    account = _server_account(state, req, data)
    store = activity_store(state)
    if "folderId" in data:
        activity.folder_id = _folder(store, activity.club_id, data)
    activity.details.update(_server_room(state, account))
    activity.name = _text(data, "name")
    store.touch(activity, principal_of(req).account_id)
    return json_response(room_json(activity, club.name))


def _news_text(data: dict[str, Any], key: str, default: str | None = None) -> str:
    """A news field within its length (400 `<key>:error-length` past it)."""
    value = _text(data, key, default)
    maximum, styled = NEWS_LIMITS[key]
    if (visible_length(value) if styled else len(value)) > maximum:
        # Undocumented: the services' usual `<field>:error-<check>` code.
        raise Refused(f"{key}:error-length", 400)
    return value


def create_news(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/news/create``: the body holds at most 2,000
    characters, text styling not counted."""
    editable_club(state, req)
    data = body_of(req)
    club, activity = _create(
        state, req, "news", _news_text(data, "name"),
        headline=_news_text(data, "headline", ""), body=_news_text(data, "body", ""),
    )  # fmt: skip
    return json_response(news_json(activity, club.name))


def edit_news(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/news/{activityId}/edit``."""
    club, activity = editable_activity(state, req, ("news",))
    data = body_of(req)
    name = _news_text(data, "name", activity.name)
    texts = {key: _news_text(data, key, activity.details[key]) for key in ("headline", "body")}
    activity.name = name
    activity.details.update(texts)
    activity_store(state).touch(activity, principal_of(req).account_id)
    return json_response(news_json(activity, club.name))


_REVIEW_FIELDS = (
    ("timeLimit", "time_limit"), ("maxPlayer", "max_player"),
)  # fmt: skip
_REVIEW_FLAGS = (
    ("scalable", "scalable"), ("allowVoteSkipMap", "allow_vote_skip"),
    ("submissionLimitation", "submission_limitation"),
)  # fmt: skip


def _review_settings(data: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
    out = dict(current)
    for key, name in _REVIEW_FIELDS:
        value = data.get(key, current[name])
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise BadRequest(f"{key} must be a positive integer")
        out[name] = value
    for key, name in _REVIEW_FLAGS:
        out[name] = flag(data, key, current[name])
    return out


_REVIEW_DEFAULTS = {
    "time_limit": 180, "max_player": 64, "scalable": True, "allow_vote_skip": False,
    "submission_limitation": False,
}  # fmt: skip


def create_map_review(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/map-review/create``."""
    data = body_of(req)
    settings = _review_settings(data, _REVIEW_DEFAULTS)
    club, activity = _create(state, req, "map-review", _text(data, "name"), **settings)
    return json_response(map_review_json(activity, club.name))


def edit_map_review(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/map-review/{activityId}/edit``."""
    club, activity = editable_activity(state, req, ("map-review",))
    data = body_of(req)
    activity.details.update(_review_settings(data, activity.details))
    activity.name = _text(data, "name", activity.name)
    activity_store(state).touch(activity, principal_of(req).account_id)
    return json_response(map_review_json(activity, club.name))


def create_upload(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/bucket/create``."""
    data = body_of(req)
    editable_club(state, req)
    kind = data.get("type")
    if kind not in UPLOAD_TYPES:
        raise Refused("type:error-inArray", 400)
    club, activity = _create(state, req, kind, _text(data, "name"), type=kind, items=[])
    return json_response(upload_json(activity, club.name))


def _item_ids(req: Request) -> list[str]:
    ids = body_of(req).get("itemIdList")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise BadRequest("itemIdList must be a list of strings")
    return ids


def add_to_upload(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/bucket/{activityId}/add``: any ID is added, even one
    of another kind (the game then shows an error)."""
    _, activity = editable_activity(state, req, UPLOAD_TYPES)
    items = activity.details["items"]
    items.extend(i for i in dict.fromkeys(_item_ids(req)) if i not in items)
    activity_store(state).touch(activity, principal_of(req).account_id)
    return text_response("Items added.", 200)


def remove_from_upload(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/bucket/{activityId}/remove``."""
    _, activity = editable_activity(state, req, UPLOAD_TYPES)
    removed = set(_item_ids(req))
    activity.details["items"] = [i for i in activity.details["items"] if i not in removed]
    activity_store(state).touch(activity, principal_of(req).account_id)
    return text_response("Items removed.", 200)


def create_folder(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/folder/create``: an unknown club is `notFound`."""
    if club_state(state).club(path_id(req, "clubId")) is None:
        raise Refused(NOT_FOUND, 404)
    try:
        editable_club(state, req)
    except Refused as refused:
        raise Refused(NOT_CONTENT_CREATOR, 403) from refused
    data = body_of(req)
    _, activity = _create(state, req, "folder", _text(data, "name"))
    return json_response(activity_item(activity_store(state), activity, with_folder=True))


def create_ranking(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/ranking/create``: a club campaign ranking needs a
    `campaignId`, which is not checked further (the game shows an error for a campaign of
    another club)."""
    editable_club(state, req)
    data = body_of(req)
    use_case = data.get("useCase")
    if use_case not in RANKING_USE_CASES:
        raise Refused("useCase:error-inArray", 400)
    campaign_id = data.get("campaignId")
    if campaign_id is not None and not isinstance(campaign_id, int):
        raise BadRequest("campaignId must be an integer")
    if use_case == "ranking-club" and not campaign_id:
        # Undocumented code: the one a missing required field gets elsewhere.
        raise Refused("campaignId:error-notBlank", 400)
    club, activity = _create(
        state, req, "ranking", _text(data, "name"), use_case=use_case, campaign_id=campaign_id
    )
    return json_response(ranking_json(activity, club.name))


def _position(store: ActivityStore, activity: Activity, data: dict[str, Any]) -> int | None:
    if "position" not in data:
        return None
    position = data["position"]
    # Deactivated and deleted activities hold positions too.
    count = store.slots(activity.club_id)
    if (
        not isinstance(position, int)
        or not 0 <= position < count
        or position == store.position(activity)
    ):
        raise Refused("position:error-wrongPosition", 400)
    return position


def edit_activity(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/activity/{activityId}/edit``: a missing activity is
    refused like a non-member (`notMember`)."""
    try:
        _, activity = editable_activity(state, req, None)
    except Refused as refused:
        if refused.code == NOT_FOUND:
            raise Refused(NOT_MEMBER, 403) from refused
        raise
    store = activity_store(state)
    data = body_of(req)
    folder_id = _folder(store, activity.club_id, data) if "folderId" in data else None
    position = _position(store, activity, data)
    activity.name = _text(data, "name", activity.name)
    activity.active = flag(data, "active", activity.active)
    activity.featured = flag(data, "featured", activity.featured)
    activity.public = flag(data, "public", activity.public)
    if folder_id is not None and folder_id != activity.activity_id:
        activity.folder_id = folder_id
    if "mediaTheme" in data:
        # A preset theme replaces the custom media.
        activity.media_theme = _text(data, "mediaTheme")
        activity.media_id = ""
    if position is not None:
        store.move(activity, position)
    store.touch(activity, principal_of(req).account_id)
    return json_response(activity_item(store, activity, with_folder=True))


def delete_activity(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/activity/{activityId}/delete``: admins only."""
    club = editable_club_or_member(state, req)
    store = activity_store(state)
    activity = store.find(club.id, path_id(req, "activityId"))
    if activity is None:
        raise Refused(NOT_FOUND, 404)
    if not club_state(state).is_admin(club.id, principal_of(req).account_id):
        raise Refused(NOT_ADMIN, 403)
    store.delete(activity)
    return text_response("Activity deleted", 200)


def editable_club_or_member(state: AppState, req: Request) -> ClubRecord:
    """The club of the request, of which the sender is a member (`notMember`, 403)."""
    clubs = club_state(state)
    club = clubs.club(path_id(req, "clubId"))
    if club is None or clubs.role(club.id, principal_of(req).account_id) is None:
        raise Refused(NOT_MEMBER, 403)
    return club


def create_club(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/create``."""
    principal = with_club_access(state, req)
    if isinstance(principal, Response):
        return principal
    body = json_body(req)
    checked = club_fields(body)
    if isinstance(checked, Response):
        return checked
    fields, themes = checked
    if "name" not in fields:
        return club_error("name:error-notBlank", 400)
    if "state" not in fields:
        return club_error("state:error-inArray", 400)
    clubs = club_state(state)
    with clubs.lock:
        return json_response(club_json(clubs.create_club(principal.account_id, fields, themes)))


def edit_club(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/edit``: creator and admins only."""
    allowed = admin_of(state, req)
    if isinstance(allowed, Response):
        return allowed
    clubs, club, editor = allowed
    checked = club_fields(json_body(req))
    if isinstance(checked, Response):
        return checked
    with clubs.lock:
        return json_response(club_json(clubs.edit_club(club.id, editor, *checked)))


def delete_club(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/delete``: the creator only; answers plain text."""
    principal = as_user(req)
    if isinstance(principal, Response):
        return principal
    clubs = club_state(state)
    club_id = club_id_of(req)
    with clubs.lock:
        role = clubs.role(club_id, principal.account_id)
        if role is None:
            return not_member()
        if role != CREATOR:
            return club_error("clubMemberRole:error-notCreator", 403)
        clubs.delete_club(club_id, principal.account_id)
    return text_response("Club deleted.", 200)


def get_member_requests(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/member/request``."""
    account_id = principal_of(req).account_id
    clubs = club_state(state)

    def pending(club: ClubRecord) -> list[Membership]:
        # Undocumented: requests are the admins' business; others see none, like a club
        # that takes no requests.
        if club.state != "private-open" or not clubs.is_admin(club.id, account_id):
            return []
        return list(club.requests.values())

    return member_rows(state, req, pending)


def delete_member(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/member/{accountId}/delete``: admins remove anyone,
    members remove themselves; a creator leaving stays, yet the answer is the same."""
    principal = as_user(req)
    if isinstance(principal, Response):
        return principal
    clubs = club_state(state)
    club_id = club_id_of(req)
    target = req.path_params["accountId"].lower()
    with clubs.lock:
        club = clubs.club(club_id)
        leaving = target == principal.account_id
        if club is None or not (leaving or clubs.is_admin(club_id, principal.account_id)):
            return not_admin()
        if not leaving and clubs.role(club_id, target) == CREATOR:
            return not_admin()
        if not clubs.remove_member(club_id, target):
            return member_not_found()
    return text_response("Club member deleted", 200)


def _manage_member(
    state: AppState, req: Request, change: Callable[[Membership, dict[str, Any]], Response | None]
) -> Response:
    """Apply ``change`` to a member, as the club's creator or an admin."""
    allowed = admin_of(state, req)
    if isinstance(allowed, Response):
        return allowed
    clubs, club, _ = allowed
    body = json_body(req)
    target = req.path_params["accountId"].lower()
    with clubs.lock:
        member = club.members.get(target)
        if member is None:
            return member_not_found()
        refused = change(member, body)
        if refused is not None:
            return refused
    return membership_answer(state, club.id, target)


def _set_role(member: Membership, body: dict[str, Any]) -> Response | None:
    if "role" not in body:
        return None
    role = body["role"]
    if role == CREATOR or member.role == CREATOR:
        # The creator stays the creator: ownership cannot move through this route.
        return club_error("role:error-creatorForbidden", 400)
    if role not in ASSIGNABLE_ROLES:
        return club_error("role:error-inArray", 400)
    member.role = str(role)
    return None


def edit_member(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/member/{accountId}/edit``."""
    return _manage_member(state, req, _set_role)


def set_vip(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/vip/{accountId}/set``."""

    def change(member: Membership, body: dict[str, Any]) -> None:
        member.vip = True

    return _manage_member(state, req, change)


def unset_vip(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/vip/{accountId}/unset``."""

    def change(member: Membership, body: dict[str, Any]) -> None:
        member.vip = False

    return _manage_member(state, req, change)


_ACTIVITY_CHANGES: RouteTable = {
    ("POST", "/api/token/club/{clubId}/campaign/create"): create_campaign,
    ("POST", "/api/token/club/{clubId}/campaign/{campaignId}/edit"): edit_campaign,
    ("POST", "/api/token/club/{clubId}/room/create"): create_room,
    ("POST", "/api/token/club/{clubId}/room/{activityId}/edit"): edit_room,
    ("POST", "/api/token/club/{clubId}/room/create-from-server"): create_room_from_server,
    ("POST", "/api/token/club/{clubId}/room/{activityId}/edit-from-server"): edit_room_from_server,
    ("POST", "/api/token/club/{clubId}/news/create"): create_news,
    ("POST", "/api/token/club/{clubId}/news/{activityId}/edit"): edit_news,
    ("POST", "/api/token/club/{clubId}/map-review/create"): create_map_review,
    ("POST", "/api/token/club/{clubId}/map-review/{activityId}/edit"): edit_map_review,
    ("POST", "/api/token/club/{clubId}/bucket/create"): create_upload,
    ("POST", "/api/token/club/{clubId}/bucket/{activityId}/add"): add_to_upload,
    ("POST", "/api/token/club/{clubId}/bucket/{activityId}/remove"): remove_from_upload,
    ("POST", "/api/token/club/{clubId}/folder/create"): create_folder,
    ("POST", "/api/token/club/{clubId}/ranking/create"): create_ranking,
    ("POST", "/api/token/club/{clubId}/activity/{activityId}/edit"): edit_activity,
    ("POST", "/api/token/club/{clubId}/activity/{activityId}/delete"): delete_activity,
}

ROUTES: RouteTable = {
    ("POST", "/api/token/club/create"): create_club,
    ("POST", "/api/token/club/{clubId}/edit"): edit_club,
    # Answers plain text, which the client cannot decode yet: served, not declared.
    ("POST", "/api/token/club/{clubId}/delete"): delete_club,
    ("GET", "/api/token/club/{clubId}/member/request"): get_member_requests,
    ("POST", "/api/token/club/{clubId}/member/{accountId}/edit"): edit_member,
    # Answers plain text, which the client cannot decode yet: served, not declared.
    ("POST", "/api/token/club/{clubId}/member/{accountId}/delete"): delete_member,
    ("POST", "/api/token/club/{clubId}/vip/{accountId}/set"): set_vip,
    ("POST", "/api/token/club/{clubId}/vip/{accountId}/unset"): unset_vip,
    **{key: refusals(handler) for key, handler in _ACTIVITY_CHANGES.items()},
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
