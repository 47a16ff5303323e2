"""Handlers of the emulated Live API for clubs and their members.

The state lives in :mod:`._club_state` (one :class:`ClubState` per emulator instance). Error
bodies are the documented JSON lists of codes; where the documentation gives no status, the
status is the one the same code has on the pages that do give it (403 for roles, 404 for
unknown things) and 400 for invalid fields.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from ... import _live_clubs as spec
from ...text import visible_length
from ..serving.http import Request, Response, json_response, text_response
from ..serving.routing import AppState, RouteTable
from ..serving.tokens import Principal
from ..world import hashing as h
from ..world.clubs import (
    ASSIGNABLE_ROLES,
    CLUB_STATES,
    CREATOR,
    MEDIA_SLOTS,
    THEME_FIELDS,
    ClubRecord,
    ClubState,
    Membership,
    club_state,
)
from .campaigns import MEDIA_BASE

# With a name, the services search every club but answer at most this many matches.
SEARCH_LIMIT = 200

def _error(code: str, status: int) -> Response:
    return json_response([code], status)


def _club_not_found() -> Response:
    return _error("club:error-notFound", 404)


def _not_member() -> Response:
    return _error("clubMemberRole:error-notMember", 403)


def _not_admin() -> Response:
    return _error("clubMemberRole:error-notAdmin", 403)


def _member_not_found() -> Response:
    return _error("clubMember:error-notFound", 404)


def _principal(req: Request) -> Principal:
    assert req.principal is not None, "Live routes are authenticated"
    return req.principal


def _club_id(req: Request) -> int:
    """The path's club id; -1 (no club) when it is not a number."""
    try:
        return int(req.path_params["clubId"])
    except ValueError:
        return -1


def _page(req: Request, rows: Sequence[Any], list_key: str, count_key: str) -> Response:
    """A page of ``rows`` as the services shape it: the slice, the page count and the total."""
    length = max(0, req.int_param("length", 0))
    offset = max(0, req.int_param("offset", 0))
    pages = math.ceil(len(rows) / length) if length else 0
    return json_response(
        {list_key: list(rows[offset : offset + length]), "maxPage": pages, count_key: len(rows)}
    )


def _media_json(slot: str, media: tuple[str, int] | None) -> dict[str, str]:
    """A media slot's URL fields: the `.dds` file by default, scaled PNGs (JPGs for the
    background) beside; all empty when the slot shows a preset theme."""
    ext = "jpg" if slot == "background" else "png"
    sizes = ("Large", "Medium", "Small")
    if media is None:
        urls = dict.fromkeys(["", "Dds", *(ext.capitalize() + s for s in sizes)], "")
    else:
        media_id, stamp = media
        dds = f"{MEDIA_BASE}{media_id}/dds/game.dds?timestamp={stamp}.dds"
        urls = {"": dds, "Dds": dds}
        for size in sizes:
            scaled = f"{MEDIA_BASE}{media_id}/{ext}/{size.lower()}.{ext}?timestamp={stamp}.{ext}"
            urls[ext.capitalize() + size] = scaled
    return {f"{slot}Url{suffix}": url for suffix, url in urls.items()}


def club_json(club: ClubRecord) -> dict[str, Any]:
    """The club object of the club routes."""
    out: dict[str, Any] = {
        "id": club.id,
        "name": club.name,
        "tag": club.tag,
        "description": club.description,
        "authorAccountId": club.author_account_id,
        "latestEditorAccountId": club.latest_editor_account_id,
        "logoUrl": "",
    }
    for slot in MEDIA_SLOTS:
        out.update(_media_json(slot, club.media.get(slot)))
    out.update(
        {
            "creationTimestamp": club.creation_timestamp,
            "popularityLevel": club.popularity_level,
            "state": club.state,
            "featured": club.featured,
            "walletUid": club.wallet_uid,
            "metadata": club.metadata,
            "editionTimestamp": club.edition_timestamp,
        }
    )
    out.update({name: club.themes.get(name, "") for name in THEME_FIELDS})
    out["verified"] = club.verified
    return out


def _member_json(
    clubs: ClubState, club_id: int, member: Membership | None, account_id: str, now: int
) -> dict[str, Any]:
    """An account in the context of a club; a non-member has an empty role and ``now``."""
    settings = clubs.settings(account_id)
    return {
        "accountId": account_id,
        "clubId": club_id,
        "role": member.role if member is not None else "",
        "creationTimestamp": member.creation_timestamp if member is not None else now,
        "vip": member is not None and member.vip,
        "moderator": member is not None and member.moderator,
        "hasFeatured": member is not None and member.has_featured,
        "pin": member is not None and settings.pinned_club == club_id,
        "useTag": member is not None and settings.tag_club == club_id,
    }


def _membership_answer(state: AppState, club_id: int, account_id: str) -> Response:
    clubs = club_state(state)
    with clubs.lock:
        club = clubs.club(club_id)
        member = None
        if club is not None:
            member = club.members.get(account_id) or club.requests.get(account_id)
        return json_response(
            _member_json(clubs, club_id, member, account_id, int(state.world.now))
        )


def _as_user(req: Request) -> Principal | Response:
    """The principal of a route that changes an account's memberships; dedicated servers
    cannot hold any, so they are refused like on the club leaderboard route."""
    principal = _principal(req)
    if principal.kind == "server":
        return _error("club_Join:error-notAllowed", 403)
    return principal


def _with_club_access(state: AppState, req: Request) -> Principal | Response:
    """The principal of a route that makes the account a member (join, create): it needs Club
    Access, without which it is refused like a dedicated server."""
    principal = _as_user(req)
    if isinstance(principal, Response):
        return principal
    if not club_state(state).has_club_access(principal.account_id):
        return _error("club_Join:error-notAllowed", 403)
    return principal


def _admin_of(state: AppState, req: Request) -> tuple[ClubState, ClubRecord, str] | Response:
    """The club and the caller, when the caller is its creator or an admin."""
    principal = _as_user(req)
    if isinstance(principal, Response):
        return principal
    clubs = club_state(state)
    club = clubs.club(_club_id(req))
    if club is None or clubs.role(club.id, principal.account_id) is None:
        return _not_member()
    if not clubs.is_admin(club.id, principal.account_id):
        return _not_admin()
    return clubs, club, principal.account_id


def _body(req: Request) -> dict[str, Any]:
    data = req.json()
    return data if isinstance(data, dict) else {}


def _club_fields(body: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]] | Response:
    """The checked text fields and themes of a create/edit body (absent fields left out)."""
    fields: dict[str, str] = {}
    limits = {
        "name": (spec.NAME_LENGTH[0], spec.NAME_LENGTH[1], False),
        "tag": (0, spec.TAG_LENGTH, True),
        "description": (0, spec.DESCRIPTION_LENGTH, False),
    }
    for key, (low, high, styled) in limits.items():
        value = body.get(key)
        if value is None:
            continue
        text = str(value)
        length = visible_length(text) if styled else len(text)
        if not low <= length <= high:
            # Undocumented: the services' usual `<field>:error-<check>` code.
            return _error(f"{key}:error-length", 400)
        fields[key] = text
    if "state" in body:
        if body["state"] not in CLUB_STATES:
            return _error("state:error-inArray", 400)
        fields["state"] = str(body["state"])
    themes = {
        name: str(body[name])
        for name in THEME_FIELDS
        if name != "screen64x41Theme" and body.get(name) is not None
    }
    return fields, themes


def get_club(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}``."""
    clubs = club_state(state)
    with clubs.lock:
        club = clubs.club(_club_id(req))
        return _club_not_found() if club is None else json_response(club_json(club))


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
        return _page(req, [club_json(c) for c in found], "clubList", "clubCount")


def get_my_clubs(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/mine``: the caller's clubs, each with its role."""
    clubs = club_state(state)
    with clubs.lock:
        rows = [
            {"role": member.role, **club_json(club)}
            for club, member in clubs.memberships(_principal(req).account_id)
        ]
        return _page(req, rows, "clubList", "clubCount")


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
    return _page(req, rows, "clubCompetitionList", "itemCount")


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
    account_id = _principal(req).account_id
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


def create_club(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/create``."""
    principal = _with_club_access(state, req)
    if isinstance(principal, Response):
        return principal
    body = _body(req)
    checked = _club_fields(body)
    if isinstance(checked, Response):
        return checked
    fields, themes = checked
    if "name" not in fields:
        return _error("name:error-notBlank", 400)
    if "state" not in fields:
        return _error("state:error-inArray", 400)
    clubs = club_state(state)
    with clubs.lock:
        return json_response(club_json(clubs.create_club(principal.account_id, fields, themes)))


def edit_club(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/edit``: creator and admins only."""
    allowed = _admin_of(state, req)
    if isinstance(allowed, Response):
        return allowed
    clubs, club, editor = allowed
    checked = _club_fields(_body(req))
    if isinstance(checked, Response):
        return checked
    with clubs.lock:
        return json_response(club_json(clubs.edit_club(club.id, editor, *checked)))


def delete_club(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/delete``: the creator only; answers plain text."""
    principal = _as_user(req)
    if isinstance(principal, Response):
        return principal
    clubs = club_state(state)
    club_id = _club_id(req)
    with clubs.lock:
        role = clubs.role(club_id, principal.account_id)
        if role is None:
            return _not_member()
        if role != CREATOR:
            return _error("clubMemberRole:error-notCreator", 403)
        clubs.delete_club(club_id, principal.account_id)
    return text_response("Club deleted.", 200)


def _toggle(
    state: AppState, req: Request, toggle: Callable[[ClubState, str, int], object]
) -> Response:
    """Pin a club or use its tag (members only), answering the account's settings."""
    principal = _as_user(req)
    if isinstance(principal, Response):
        return principal
    clubs = club_state(state)
    club_id = _club_id(req)
    with clubs.lock:
        if clubs.role(club_id, principal.account_id) is None:
            return _not_member()
        toggle(clubs, principal.account_id, club_id)
        return json_response(_tag_pin_json(clubs, principal.account_id))


def pin_club(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/pin``: pins, or unpins a pinned club."""
    return _toggle(state, req, ClubState.toggle_pin)


def use_club_tag(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/tag``: shows the tag, or stops showing it."""
    return _toggle(state, req, ClubState.toggle_tag)


def _member_rows(
    state: AppState, req: Request, pick: Callable[[ClubRecord], list[Membership]]
) -> Response:
    clubs = club_state(state)
    now = int(state.world.now)
    with clubs.lock:
        club = clubs.club(_club_id(req))
        members = pick(club) if club is not None else []
        rows = [_member_json(clubs, _club_id(req), m, m.account_id, now) for m in members]
    return _page(req, rows, "clubMemberList", "itemCount")


def get_members(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/member``: an unknown club has no members."""
    return _member_rows(state, req, lambda club: list(club.members.values()))


def get_member_requests(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/member/request``."""
    account_id = _principal(req).account_id
    clubs = club_state(state)

    def pending(club: ClubRecord) -> list[Membership]:
        # Undocumented: requests are the admins' business; others see none, like a club
        # that takes no requests.
        if club.state != "private-open" or not clubs.is_admin(club.id, account_id):
            return []
        return list(club.requests.values())

    return _member_rows(state, req, pending)


def get_member(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/member/{memberId}``: never an error."""
    return _membership_answer(state, _club_id(req), req.path_params["memberId"].lower())


def get_member_by_name(state: AppState, req: Request) -> Response:
    """``GET /api/token/club/{clubId}/member/{memberName}/from-login``."""
    account_id = state.world.account_id_for_name(req.path_params["memberName"])
    if account_id is None:
        return _error("player:error-notFound", 404)
    return _membership_answer(state, _club_id(req), account_id)


def join_club(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/member/create``."""
    principal = _with_club_access(state, req)
    if isinstance(principal, Response):
        return principal
    clubs = club_state(state)
    club_id = _club_id(req)
    with clubs.lock:
        if clubs.club(club_id) is None:
            return _club_not_found()
        member = clubs.join(club_id, principal.account_id)
        if member is None:
            return _error("clubState:error-wrongState", 500)
    return _membership_answer(state, club_id, principal.account_id)


def delete_member(state: AppState, req: Request) -> Response:
    """``POST /api/token/club/{clubId}/member/{accountId}/delete``: admins remove anyone,
    members remove themselves; a creator leaving stays, yet the answer is the same."""
    principal = _as_user(req)
    if isinstance(principal, Response):
        return principal
    clubs = club_state(state)
    club_id = _club_id(req)
    target = req.path_params["accountId"].lower()
    with clubs.lock:
        club = clubs.club(club_id)
        leaving = target == principal.account_id
        if club is None or not (leaving or clubs.is_admin(club_id, principal.account_id)):
            return _not_admin()
        if not leaving and clubs.role(club_id, target) == CREATOR:
            return _not_admin()
        if not clubs.remove_member(club_id, target):
            return _member_not_found()
    return text_response("Club member deleted", 200)


def _manage_member(
    state: AppState, req: Request, change: Callable[[Membership, dict[str, Any]], Response | None]
) -> Response:
    """Apply ``change`` to a member, as the club's creator or an admin."""
    allowed = _admin_of(state, req)
    if isinstance(allowed, Response):
        return allowed
    clubs, club, _ = allowed
    body = _body(req)
    target = req.path_params["accountId"].lower()
    with clubs.lock:
        member = club.members.get(target)
        if member is None:
            return _member_not_found()
        refused = change(member, body)
        if refused is not None:
            return refused
    return _membership_answer(state, club.id, target)


def _set_role(member: Membership, body: dict[str, Any]) -> Response | None:
    if "role" not in body:
        return None
    role = body["role"]
    if role == CREATOR or member.role == CREATOR:
        # The creator stays the creator: ownership cannot move through this route.
        return _error("role:error-creatorForbidden", 400)
    if role not in ASSIGNABLE_ROLES:
        return _error("role:error-inArray", 400)
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


CLUB_ROUTES: RouteTable = {
    ("GET", "/api/token/club/{clubId}"): get_club,
    ("GET", "/api/token/club"): get_clubs,
    ("GET", "/api/token/club/mine"): get_my_clubs,
    ("GET", "/api/token/club/competition"): get_competitions,
    ("GET", "/api/token/club/player/info"): get_player_info,
    ("POST", "/api/token/club/create"): create_club,
    ("POST", "/api/token/club/{clubId}/edit"): edit_club,
    # Answers plain text, which the client cannot decode yet: served, not declared.
    ("POST", "/api/token/club/{clubId}/delete"): delete_club,
    ("POST", "/api/token/club/{clubId}/pin"): pin_club,
    ("POST", "/api/token/club/{clubId}/tag"): use_club_tag,
    ("GET", "/api/token/club/{clubId}/member"): get_members,
    ("GET", "/api/token/club/{clubId}/member/request"): get_member_requests,
    ("GET", "/api/token/club/{clubId}/member/{memberId}"): get_member,
    ("GET", "/api/token/club/{clubId}/member/{memberName}/from-login"): get_member_by_name,
    ("POST", "/api/token/club/{clubId}/member/create"): join_club,
    ("POST", "/api/token/club/{clubId}/member/{accountId}/edit"): edit_member,
    # Answers plain text, which the client cannot decode yet: served, not declared.
    ("POST", "/api/token/club/{clubId}/member/{accountId}/delete"): delete_member,
    ("POST", "/api/token/club/{clubId}/vip/{accountId}/set"): set_vip,
    ("POST", "/api/token/club/{clubId}/vip/{accountId}/unset"): unset_vip,
}
"""Handlers keyed by (method, documented route template without its query)."""
