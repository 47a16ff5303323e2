"""Answers and checks that the clubs and club management sections share: club and member JSON,
error bodies, who may see or change a club."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from ...endpoints.live import club_management as spec
from ...text import visible_length
from ..serving.http import Request, Response, json_response, principal_of
from ..serving.routing import AppState
from ..serving.tokens import Principal
from ..world.clubs import (
    CLUB_STATES,
    MEDIA_SLOTS,
    THEME_FIELDS,
    ClubRecord,
    ClubState,
    Membership,
    club_state,
)
from ._activity_json import MEDIA_BASE

# With a name, the services search every club but answer at most this many matches.
SEARCH_LIMIT = 200


def club_error(code: str, status: int) -> Response:
    return json_response([code], status)


def club_not_found() -> Response:
    return club_error("club:error-notFound", 404)


def not_member() -> Response:
    return club_error("clubMemberRole:error-notMember", 403)


def not_admin() -> Response:
    return club_error("clubMemberRole:error-notAdmin", 403)


def member_not_found() -> Response:
    return club_error("clubMember:error-notFound", 404)


def club_id_of(req: Request) -> int:
    """The path's club id; -1 (no club) when it is not a number."""
    try:
        return int(req.path_params["clubId"])
    except ValueError:
        return -1


def page_answer(req: Request, rows: Sequence[Any], list_key: str, count_key: str) -> Response:
    """A page of ``rows`` as the services shape it: the slice, the page count and the total."""
    length = max(0, req.int_param("length", 0))
    offset = max(0, req.int_param("offset", 0))
    pages = math.ceil(len(rows) / length) if length else 0
    return json_response(
        {list_key: list(rows[offset : offset + length]), "maxPage": pages, count_key: len(rows)}
    )


def media_json(slot: str, media: tuple[str, int] | None) -> dict[str, str]:
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
        out.update(media_json(slot, club.media.get(slot)))
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


def member_json(
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


def membership_answer(state: AppState, club_id: int, account_id: str) -> Response:
    clubs = club_state(state)
    with clubs.lock:
        club = clubs.club(club_id)
        member = None
        if club is not None:
            member = club.members.get(account_id) or club.requests.get(account_id)
        return json_response(member_json(clubs, club_id, member, account_id, int(state.world.now)))


def as_user(req: Request) -> Principal | Response:
    """The principal of a route that changes an account's memberships; dedicated servers
    cannot hold any, so they are refused like on the club leaderboard route."""
    principal = principal_of(req)
    if principal.kind == "server":
        return club_error("club_Join:error-notAllowed", 403)
    return principal


def with_club_access(state: AppState, req: Request) -> Principal | Response:
    """The principal of a route that makes the account a member (join, create): it needs Club
    Access, without which it is refused like a dedicated server."""
    principal = as_user(req)
    if isinstance(principal, Response):
        return principal
    if not club_state(state).has_club_access(principal.account_id):
        return club_error("club_Join:error-notAllowed", 403)
    return principal


def admin_of(state: AppState, req: Request) -> tuple[ClubState, ClubRecord, str] | Response:
    """The club and the caller, when the caller is its creator or an admin."""
    principal = as_user(req)
    if isinstance(principal, Response):
        return principal
    clubs = club_state(state)
    club = clubs.club(club_id_of(req))
    if club is None or clubs.role(club.id, principal.account_id) is None:
        return not_member()
    if not clubs.is_admin(club.id, principal.account_id):
        return not_admin()
    return clubs, club, principal.account_id


def json_body(req: Request) -> dict[str, Any]:
    data = req.json()
    return data if isinstance(data, dict) else {}


def club_fields(body: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]] | Response:
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
            return club_error(f"{key}:error-length", 400)
        fields[key] = text
    if "state" in body:
        if body["state"] not in CLUB_STATES:
            return club_error("state:error-inArray", 400)
        fields["state"] = str(body["state"])
    themes = {
        name: str(body[name])
        for name in THEME_FIELDS
        if name != "screen64x41Theme" and body.get(name) is not None
    }
    return fields, themes


def member_rows(
    state: AppState, req: Request, pick: Callable[[ClubRecord], list[Membership]]
) -> Response:
    clubs = club_state(state)
    now = int(state.world.now)
    with clubs.lock:
        club = clubs.club(club_id_of(req))
        members = pick(club) if club is not None else []
        rows = [member_json(clubs, club_id_of(req), m, m.account_id, now) for m in members]
    return page_answer(req, rows, "clubMemberList", "itemCount")
