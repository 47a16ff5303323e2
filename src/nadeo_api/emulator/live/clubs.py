"""Handlers of the emulated Live API's clubs section: clubs, their members, and the reads of
their activities (the list, searches across clubs, by-ID reads, room links and passwords).

The state lives in :mod:`..world.clubs` (one :class:`ClubState` per emulator instance). Error
bodies are the documented JSON lists of codes; where the documentation gives no status, the
status is the one the same code has on the pages that do give it (403 for roles, 404 for
unknown things) and 400 for invalid fields.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from ..serving.http import Request, Response, json_response, principal_of
from ..serving.routing import AppState, RouteTable
from ..world import hashing as h
from ..world.activities import SCRIPT_SUFFIX, UPLOAD_TYPES, Activity, activity_store
from ..world.clubs import ClubState, club_state
from ._activity_access import (
    NOT_CONTENT_CREATOR,
    NOT_FOUND,
    NOT_MEMBER,
    Refused,
    listed,
    page,
    path_id,
    refusals,
    viewable_activity,
)
from ._activity_json import (
    activity_item,
    campaign_json,
    map_review_json,
    news_json,
    room_json,
    upload_json,
)
from ._clubs import (
    SEARCH_LIMIT,
    as_user,
    club_error,
    club_id_of,
    club_json,
    club_not_found,
    member_rows,
    membership_answer,
    not_member,
    page_answer,
    with_club_access,
)

ACTIVITY_SEARCH_LIMIT = 200
"""A search by name finds at most this many activities."""


def get_club(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}``."""
    clubs = club_state(state)
    with clubs.lock:
        club = clubs.club(club_id_of(req))
        return club_not_found() if club is None else json_response(club_json(club))


def _search(req: Request, rows: list[Any], name_of: Callable[[Any], str]) -> list[Any]:
    """The rows whose name holds the ``name`` parameter (at most :data:`SEARCH_LIMIT`)."""
    needle = (req.param("name") or "").casefold()
    return [row for row in rows if needle in name_of(row).casefold()][:SEARCH_LIMIT]


def get_clubs(state: AppState, req: Request) -> Response:
    """``GET /api/token/club``: verified clubs, or the first 200 clubs matching ``name``."""
    clubs = club_state(state)
    with clubs.lock:
        every = clubs.clubs()
        if req.param("name"):
            found = _search(req, every, lambda club: club.name)
        else:
            found = [club for club in every if club.verified]
        return page_answer(req, [club_json(c) for c in found], "clubList", "clubCount")


def get_my_clubs(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/mine``: the caller's clubs, each with its role."""
    clubs = club_state(state)
    with clubs.lock:
        rows = [
            {"role": member.role, **club_json(club)}
            for club, member in clubs.memberships(principal_of(req).account_id)
        ]
        return page_answer(req, rows, "clubList", "clubCount")


def get_competitions(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/competition``: most popular first."""
    clubs = club_state(state)
    with clubs.lock:
        named = bool(req.param("name"))
        rows: list[dict[str, Any]] = [
            {
                "competitionId": comp.competition_id,
                "mediaUrl": "",
                "mediaTheme": "",
                "popularityLevel": club.popularity_level,
                "popularityValue": comp.popularity_value,
                "id": comp.activity_id,
                "clubId": club.id,
                "clubName": club.name,
                "name": comp.name,
                "creationTimestamp": comp.creation_timestamp,
                "creatorAccountId": comp.creator_account_id,
                "latestEditorAccountId": comp.latest_editor_account_id,
            }
            for club in clubs.clubs()
            if named or club.verified
            for comp in club.competitions
        ]
    rows.sort(key=lambda row: (-row["popularityValue"], row["id"]))
    if named:
        rows = _search(req, rows, lambda row: row["name"])
    return page_answer(req, rows, "clubCompetitionList", "itemCount")


def _tag_pin_json(clubs: ClubState, account_id: str) -> dict[str, Any]:
    settings = clubs.settings(account_id)
    tag_club = clubs.club(settings.tag_club)
    return {
        "accountId": account_id,
        "tag": tag_club.tag if tag_club is not None else "",
        "tagClubId": settings.tag_club,
        "pinnedClub": settings.pinned_club,
    }


def get_player_info(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/player/info``."""
    clubs = club_state(state)
    account_id = principal_of(req).account_id
    with clubs.lock:
        info = _tag_pin_json(clubs, account_id)
        pinned = clubs.club(info["pinnedClub"])
        memberships = clubs.memberships(account_id)
        # Undocumented flags: the pinned club has VIPs (its VIP leaderboard shows), the
        # account is a VIP somewhere, and a stable coin flip for followers.
        return json_response(
            {
                "hasClubVip": pinned is not None and bool(pinned.vips),
                "hasPlayerVip": any(member.vip for _, member in memberships),
                "hasFollower": h.uint(state.world.seed, "follower", account_id) % 2 == 0,
                "tagClubId": info["tagClubId"],
                "tag": info["tag"],
                "pinnedClub": info["pinnedClub"],
                "pinnedClubName": pinned.name if pinned is not None else "",
            }
        )


def _toggle(
    state: AppState, req: Request, toggle: Callable[[ClubState, str, int], object]
) -> Response:
    """Pin a club or use its tag (members only), answering the account's settings."""
    principal = as_user(req)
    if isinstance(principal, Response):
        return principal
    clubs = club_state(state)
    club_id = club_id_of(req)
    with clubs.lock:
        if clubs.role(club_id, principal.account_id) is None:
            return not_member()
        toggle(clubs, principal.account_id, club_id)
        return json_response(_tag_pin_json(clubs, principal.account_id))


def pin_club(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/pin``: pins, or unpins a pinned club."""
    return _toggle(state, req, ClubState.toggle_pin)


def use_club_tag(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/tag``: shows the tag, or stops showing it."""
    return _toggle(state, req, ClubState.toggle_tag)


def get_members(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/member``: an unknown club has no members."""
    return member_rows(state, req, lambda club: list(club.members.values()))


def get_member(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/member/{memberId}``: never an error."""
    return membership_answer(state, club_id_of(req), req.path_params["memberId"].lower())


def get_member_by_name(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/member/{memberName}/from-login``."""
    account_id = state.world.account_id_for_name(req.path_params["memberName"])
    if account_id is None:
        return club_error("player:error-notFound", 404)
    return membership_answer(state, club_id_of(req), account_id)


def join_club(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/member/create``."""
    principal = with_club_access(state, req)
    if isinstance(principal, Response):
        return principal
    clubs = club_state(state)
    club_id = club_id_of(req)
    with clubs.lock:
        if clubs.club(club_id) is None:
            return club_not_found()
        member = clubs.join(club_id, principal.account_id)
        if member is None:
            return club_error("clubState:error-wrongState", 500)
    return membership_answer(state, club_id, principal.account_id)


def club_activities(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/activity``."""
    clubs, store = club_state(state), activity_store(state)
    try:
        club_id = int(req.path_params["clubId"])
    except ValueError:
        club_id = 0
    raw_active = req.param("active")
    active = None if raw_active is None or raw_active == "" else req.bool_param("active")
    account_id = principal_of(req).account_id
    if clubs.club(club_id) is None:
        found: list[Activity] = []  # an unknown club has no activities (no error)
    else:
        # Only those who manage the club see deactivated activities; others must ask for
        # active ones explicitly.
        if active is not True and not clubs.can_edit(club_id, account_id):
            raise Refused(NOT_MEMBER, 403)
        member = clubs.role(club_id, account_id) is not None
        found = [
            a
            for a in store.activities(club_id)
            if (active is None or a.active == active) and (member or a.public)
        ]
        folder = req.param("folderId")
        if folder is not None and folder != "":
            folder_id = req.int_param("folderId", 0)
            found = [a for a in found if a.folder_id == folder_id]
    length, offset, max_page = page(req, len(found))
    return json_response(
        {
            "activityList": [activity_item(store, a) for a in found[offset : offset + length]],
            "maxPage": max_page,
            "itemCount": len(found),
        }
    )


def _search_activities(state: AppState, req: Request, kinds: Collection[str]) -> list[Activity]:
    """The activities a search across clubs finds: without `name`, those of verified clubs;
    with it, up to 200 whose name contains it (any club)."""
    clubs = club_state(state)
    found = listed(activity_store(state), state, kinds)
    name = req.param("name")
    if not name:
        return [a for a in found if (club := clubs.club(a.club_id)) and club.verified]
    needle = name.casefold()
    return [a for a in found if needle in a.name.casefold()][:ACTIVITY_SEARCH_LIMIT]


def _club_name(state: AppState, club_id: int) -> str:
    club = club_state(state).club(club_id)
    return club.name if club is not None else ""


def _search_handler(
    kinds: Collection[str],
    list_key: str,
    shape: Callable[[AppState, Activity, str], dict[str, Any]],
) -> Callable[[AppState, Request], Response]:
    def handler(state: AppState, req: Request) -> Response:
        found = _search_activities(state, req, kinds)
        length, offset, max_page = page(req, len(found))
        return json_response(
            {
                list_key: [
                    shape(state, a, _club_name(state, a.club_id))
                    for a in found[offset : offset + length]
                ],
                "maxPage": max_page,
                "itemCount": len(found),
            }
        )

    return handler


club_campaigns = _search_handler(
    ("campaign",), "clubCampaignList", lambda s, a, name: campaign_json(s.world, a, name)
)


NOT_ALLOWED = "globalAdmin:error-notAllowed"


def campaigns_of_club(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/campaign``: a club's active campaigns, most recently
    created first, for its members; others, and unknown clubs, are `notAllowed` (403)."""
    clubs = club_state(state)
    try:
        club_id = int(req.path_params["clubId"])
    except ValueError:
        raise Refused(NOT_ALLOWED, 403) from None
    club = clubs.club(club_id)
    if club is None or clubs.role(club_id, principal_of(req).account_id) is None:
        raise Refused(NOT_ALLOWED, 403)
    found = [
        a for a in activity_store(state).activities(club_id) if a.kind == "campaign" and a.active
    ]
    found.sort(key=lambda a: (a.created, a.activity_id), reverse=True)
    length, offset, max_page = page(req, len(found))
    return json_response(
        {
            "clubCampaignList": [
                campaign_json(state.world, a, club.name, with_video=True)
                for a in found[offset : offset + length]
            ],
            "maxPage": max_page,
            "itemCount": len(found),
        }
    )


club_rooms = _search_handler(
    ("room",), "clubRoomList", lambda s, a, name: room_json(a, name, with_shuffle=False)
)


club_map_reviews = _search_handler(
    ("map-review",), "clubMapReviewList", lambda s, a, name: map_review_json(a, name, listed=True)
)


def club_uploads(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/bucket/{bucketType}/all``."""
    bucket_type = req.path_params["bucketType"]
    if bucket_type not in UPLOAD_TYPES:
        raise Refused("type:error-inArray", 400)
    return _search_handler(
        (bucket_type,), "clubBucketList", lambda s, a, name: upload_json(a, name)
    )(state, req)


def club_campaign_response(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubID}/campaign/{campaignId}`` from the activity state, so that
    created, edited and deleted campaigns show."""
    try:
        club_id = int(req.path_params["clubID"])
        campaign_id = int(req.path_params["campaignId"])
    except ValueError:
        return json_response([NOT_FOUND], 404)
    clubs = club_state(state)
    club = clubs.club(club_id)
    activity = activity_store(state).find_campaign(club_id, campaign_id)
    if club is None or activity is None:
        return json_response([NOT_FOUND], 404)
    if not activity.public and clubs.role(club_id, principal_of(req).account_id) is None:
        return json_response([NOT_MEMBER], 403)
    return json_response(campaign_json(state.world, activity, club.name))


def club_news(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/news/{activityId}``."""
    club, activity = viewable_activity(state, req, ("news",))
    return json_response(news_json(activity, club.name))


def club_map_review(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/map-review/{activityId}``."""
    club, activity = viewable_activity(state, req, ("map-review",))
    return json_response(map_review_json(activity, club.name))


def club_upload(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubID}/bucket/{activityId}``."""
    club, activity = viewable_activity(state, req, UPLOAD_TYPES, club_param="clubID")
    length, offset, _ = page(req, 0, default_length=10)
    return json_response(upload_json(activity, club.name, length, offset))


def _room(state: AppState, req: Request, club_param: str = "clubId") -> tuple[Any, Activity]:
    """A viewable room; some rooms (here: those on a dedicated server) always answer 404 with
    their own error code, though the activity list shows them."""
    club, activity = viewable_activity(state, req, ("room",), club_param=club_param)
    broken = activity.details.get("broken")
    if broken:
        raise Refused(broken, 404)
    return club, activity


def club_room(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubID}/room/{activityId}``: some rooms answer their maps as an
    object whose keys count from "0", as the service rarely does."""
    club, activity = _room(state, req, "clubID")
    answer = room_json(activity, club.name)
    if activity.details.get("maps_as_object"):
        maps = answer["room"]["maps"]
        answer["room"]["maps"] = {str(i): uid for i, uid in enumerate(maps)}
    return json_response(answer)


def room_join_link(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/room/{activityId}/join``: the first request starts the
    room (no link yet, `starting`); the second gets the link while the server still starts
    (`starting` stays true); later ones find it running. A room with an invalid script never
    starts."""
    clubs = club_state(state)
    club_id = path_id(req, "clubId")
    activity = activity_store(state).find(club_id, path_id(req, "activityId"))
    if clubs.club(club_id) is None or activity is None or activity.kind != "room":
        raise Refused(NOT_FOUND, 404)
    if not activity.public and clubs.role(club_id, principal_of(req).account_id) is None:
        raise Refused(NOT_MEMBER, 403)
    if activity.details.get("broken"):
        raise Refused(activity.details["broken"], 404)
    if not activity.active:
        # The docs give no status for a deactivated room; a refusal fits.
        raise Refused("roomServer:error-NoServerAvailable", 403)
    if activity.details["nadeo"] and not activity.details["script"].endswith(SCRIPT_SUFFIX):
        # A room with an invalid script fails to start (the game shows an error): it stays
        # starting.
        return json_response({"starting": True, "joinLink": ""})
    asked = activity_store(state).start_room(activity.activity_id)
    if asked == 0:
        return json_response({"starting": True, "joinLink": ""})
    link = "#qjoin=" + h.alnum(state.world.seed, 22, "club-room-join", activity.activity_id)
    return json_response({"starting": asked == 1, "joinLink": link})


def room_password(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/room/{activityId}/get-password``."""
    clubs = club_state(state)
    club_id = path_id(req, "clubId")
    account_id = principal_of(req).account_id
    if clubs.club(club_id) is None or clubs.role(club_id, account_id) is None:
        raise Refused(NOT_MEMBER, 403)
    activity = activity_store(state).find(club_id, path_id(req, "activityId"))
    if (
        activity is None
        or activity.kind != "room"
        or not activity.active
        or not activity.details.get("password")
    ):
        raise Refused(NOT_FOUND, 404)
    if activity.details.get("broken"):
        raise Refused(activity.details["broken"], 404)
    if not clubs.can_edit(club_id, account_id):
        raise Refused(NOT_CONTENT_CREATOR, 403)
    return json_response({"password": activity.details["password"]})


_ACTIVITY_READS: RouteTable = {
    ("GET", "/api/token/club/{clubID}/campaign/{campaignId}"): club_campaign_response,
    ("GET", "/api/token/club/{clubId}/activity"): club_activities,
    ("GET", "/api/token/club/campaign"): club_campaigns,
    ("GET", "/api/token/club/{clubId}/campaign"): campaigns_of_club,
    ("GET", "/api/token/club/room"): club_rooms,
    ("GET", "/api/token/club/map-review"): club_map_reviews,
    ("GET", "/api/token/club/bucket/{bucketType}/all"): club_uploads,
    ("GET", "/api/token/club/{clubId}/news/{activityId}"): club_news,
    ("GET", "/api/token/club/{clubId}/map-review/{activityId}"): club_map_review,
    ("GET", "/api/token/club/{clubID}/bucket/{activityId}"): club_upload,
    ("GET", "/api/token/club/{clubID}/room/{activityId}"): club_room,
    ("POST", "/api/token/club/{clubId}/room/{activityId}/join"): room_join_link,
    ("GET", "/api/token/club/{clubId}/room/{activityId}/get-password"): room_password,
}

ROUTES: RouteTable = {
    ("GET", "/api/token/club/{clubId}"): get_club,
    ("GET", "/api/token/club"): get_clubs,
    ("GET", "/api/token/club/mine"): get_my_clubs,
    ("GET", "/api/token/club/competition"): get_competitions,
    ("GET", "/api/token/club/player/info"): get_player_info,
    ("POST", "/api/token/club/{clubId}/pin"): pin_club,
    ("POST", "/api/token/club/{clubId}/tag"): use_club_tag,
    ("GET", "/api/token/club/{clubId}/member"): get_members,
    ("GET", "/api/token/club/{clubId}/member/{memberId}"): get_member,
    ("GET", "/api/token/club/{clubId}/member/{memberName}/from-login"): get_member_by_name,
    ("POST", "/api/token/club/{clubId}/member/create"): join_club,
    **{key: refusals(handler) for key, handler in _ACTIVITY_READS.items()},
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
