"""Declarations of the Live API endpoints for clubs and their members."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import _checks as check
from ._endpoint import Call, Endpoint, call, endpoint
from ._errors import ArgumentError
from ._pagination import UNDOCUMENTED_PAGE, Listing, paged

if TYPE_CHECKING:
    from .auth import ServiceToken, WebServicesToken

CLUB_PAGE = 250
"""The most clubs, competitions or members one list request returns."""

CLUB_STATES = ("public", "private-open", "private-closed")
"""A club's privacy levels: anyone joins, players ask to join, nobody joins."""

MEMBER_ROLES = ("Member", "Content Creator", "Admin")
"""The roles an admin may give a member (nobody can be made `Creator`)."""

NAME_LENGTH = (3, 20)
TAG_LENGTH = 5
DESCRIPTION_LENGTH = 200

THEMES = {
    "icon_theme": "iconTheme",
    "decal_theme": "decalTheme",
    "vertical_theme": "verticalTheme",
    "background_theme": "backgroundTheme",
    "screen8x1_theme": "screen8x1Theme",
    "screen16x1_theme": "screen16x1Theme",
    "screen16x9_theme": "screen16x9Theme",
}
"""The theme arguments of `create_club` and `edit_club`, by body field."""

def _display_name(name: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip() or "/" in value:
        raise ArgumentError(f"{name} must be a display name without '/' (got {value!r})")
    return value


def _theme(name: str, value: object) -> str:
    if not isinstance(value, str) or not value or value != value.lower():
        raise ArgumentError(f"{name} must be a theme preset name in lower case (got {value!r})")
    return value


def _page(length: object, offset: object, maximum: int | None = CLUB_PAGE) -> dict[str, int]:
    return {
        "length": check.count("length", length, minimum=1, maximum=maximum),
        "offset": check.count("offset", offset),
    }


def _club_body(arguments: dict[str, Any]) -> dict[str, str]:
    """The body of `create_club` and `edit_club` from their arguments: every given field,
    checked."""
    name, state, tag = arguments["name"], arguments["state"], arguments["tag"]
    description = arguments["description"]
    body: dict[str, str] = {}
    if name is not None:
        low, high = NAME_LENGTH
        body["name"] = check.sized_text("name", name, minimum=low, maximum=high)
    if state is not None:
        body["state"] = check.choice("state", state, CLUB_STATES)
    if tag is not None:
        body["tag"] = check.sized_text("tag", tag, maximum=TAG_LENGTH, styled=True)
    if description is not None:
        body["description"] = check.sized_text(
            "description", description, maximum=DESCRIPTION_LENGTH
        )
    for argument, field in THEMES.items():
        if arguments[argument] is not None:
            body[field] = _theme(argument, arguments[argument])
    return body


@endpoint("live", "GET", "/api/token/club/{clubId}", model="club_members.Club")
def get_club(token: WebServicesToken, club_id: int) -> Call:
    """Get a club by its ID.

    Args:
        club_id: the club's ID.

    Remarks: custom media link `.dds` files by default, with scaled PNG (JPG for the
    background) versions in separate fields; slots showing a preset theme have empty URLs. An
    unknown club is a 404 (`club:error-notFound`).
    """
    return call(clubId=check.identifier("club_id", club_id))


@endpoint("live", "GET", "/api/token/club", model="club_members.ClubList")
def get_clubs(
    token: WebServicesToken, length: int = 20, offset: int = 0, name: str | None = None
) -> Call:
    """Get a page of clubs.

    Args:
        length: clubs to get, 1 to 250.
        offset: clubs to skip.
        name: text to look for in club names.

    Remarks: not every club is listed: without `name` only verified clubs are, and with a
    `name` at most 200 clubs match. Custom media link `.dds` files by default, with scaled
    PNG/JPG versions in separate fields.
    """
    query: dict[str, Any] = _page(length, offset)
    if name is not None:
        query["name"] = check.sized_text("name", name, minimum=1, maximum=200)
    return call(query=query)


@endpoint(
    "live", "GET", "/api/token/club/mine", user_only=True, model="club_members.MyClubList"
)
def get_my_clubs(token: ServiceToken, length: int = 20, offset: int = 0) -> Call:
    """Get a page of the clubs the account is a member of, each with the account's `role`.

    Args:
        length: clubs to get (at least 1).
        offset: clubs to skip.

    Remarks: needs a service account (the answer depends on the account's memberships).
    Custom media link `.dds` files by default, with scaled PNG/JPG versions in separate fields.
    """
    return call(query=_page(length, offset, maximum=None))


@endpoint(
    "live", "GET", "/api/token/club/competition", model="club_members.ClubCompetitionList"
)
def get_club_competitions(
    token: WebServicesToken, length: int = 20, offset: int = 0, name: str | None = None
) -> Call:
    """Get a page of club competitions, most popular first.

    Args:
        length: competitions to get, 1 to 250.
        offset: competitions to skip.
        name: text to look for in competition names.

    Remarks: not every competition is listed: without `name` only verified clubs'
    competitions are, and with a `name` at most 200 competitions match.
    """
    query: dict[str, Any] = _page(length, offset)
    if name is not None:
        query["name"] = check.sized_text("name", name, minimum=1, maximum=200)
    return call(query=query)


@endpoint("live", "GET", "/api/token/club/player/info", user_only=True,
          model="club_members.ClubPlayerInfo")
def get_club_player_info(token: ServiceToken) -> Call:
    """Get the account's club settings: the club tag it shows and the club it pinned.

    Remarks: needs a service account. `tag_club_id` and `pinned_club` are 0 for none.
    """
    return call()


@endpoint("live", "POST", "/api/token/club/create", user_only=True, model="club_members.Club")
def create_club(
    token: ServiceToken,
    name: str,
    state: str,
    tag: str | None = None,
    description: str | None = None,
    icon_theme: str | None = None,
    decal_theme: str | None = None,
    vertical_theme: str | None = None,
    background_theme: str | None = None,
    screen8x1_theme: str | None = None,
    screen16x1_theme: str | None = None,
    screen16x9_theme: str | None = None,
) -> Call:
    """Create a club, with the account as its creator.

    Args:
        name: 3 to 20 characters.
        state: `public` (anyone joins), `private-open` (players ask to join) or
            `private-closed` (nobody joins; the club stays visible).
        tag: shown next to members' names in game, at most 5 characters; `$` styling codes
            do not count.
        description: at most 200 characters.
        icon_theme, decal_theme, vertical_theme, background_theme, screen8x1_theme,
            screen16x1_theme, screen16x9_theme: preset theme names in lower case (the
            game's `Manialinks/Nadeo/CMGame/OfficialThemes`); the 64x41 screen follows the
            16x9 one.

    Remarks: needs a service account. `$` styling codes in the tag do not count towards its 5
    characters. Preset themes leave the media URLs empty (only custom media have `.dds` and
    scaled PNG/JPG URLs). An unknown state is refused (`state:error-inArray`).
    """
    for argument, value in (("name", name), ("state", state)):
        if value is None:
            raise ArgumentError(f"{argument} is required to create a club")
    return call(body=_club_body(locals()))


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/edit", user_only=True, model="club_members.Club"
)
def edit_club(
    token: ServiceToken,
    club_id: int,
    name: str | None = None,
    state: str | None = None,
    tag: str | None = None,
    description: str | None = None,
    icon_theme: str | None = None,
    decal_theme: str | None = None,
    vertical_theme: str | None = None,
    background_theme: str | None = None,
    screen8x1_theme: str | None = None,
    screen16x1_theme: str | None = None,
    screen16x9_theme: str | None = None,
) -> Call:
    """Edit a club; only the given fields change.

    Args:
        club_id: the club's ID.
        name: 3 to 20 characters.
        state: `public` (anyone joins), `private-open` (players ask to join) or
            `private-closed` (nobody joins; the club stays visible).
        tag: shown next to members' names in game, at most 5 characters; `$` styling codes
            do not count.
        description: at most 200 characters.
        icon_theme, decal_theme, vertical_theme, background_theme, screen8x1_theme,
            screen16x1_theme, screen16x9_theme: preset theme names in lower case (the
            game's `Manialinks/Nadeo/CMGame/OfficialThemes`); the 64x41 screen follows the
            16x9 one.

    Remarks: needs a service account that is the club's creator or an admin (others get a
    `clubMemberRole:error-notMember` or `clubMemberRole:error-notAdmin` error). Making the
    club `public` lets every pending member request in. `$` styling codes in the tag do not
    count towards its 5 characters; preset themes leave the media URLs empty. An unknown state
    is refused (`state:error-inArray`).
    """
    return call(clubId=check.identifier("club_id", club_id), body=_club_body(locals()))


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/pin", user_only=True,
    model="club_members.ClubTagPin",
)
def pin_club(token: ServiceToken, club_id: int) -> Call:
    """Pin a club for the account, or unpin it if it is already pinned.

    Args:
        club_id: the club's ID.

    Remarks: needs a service account. The pinned club's assets show while playing solo and its
    members make the in-game club leaderboards. A club the account is not a member of (or
    an unknown club) is a 403 (`clubMemberRole:error-notMember`).
    """
    return call(clubId=check.identifier("club_id", club_id))


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/tag", user_only=True,
    model="club_members.ClubTagPin",
)
def use_club_tag(token: ServiceToken, club_id: int) -> Call:
    """Show a club's tag next to the account's name in game, or stop if it already does.

    Args:
        club_id: the club's ID.

    Remarks: needs a service account. A club the account is not a member of (or an unknown
    club) is a 403 (`clubMemberRole:error-notMember`).
    """
    return call(clubId=check.identifier("club_id", club_id))


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/member", model="club_members.ClubMemberList"
)
def get_club_members(
    token: WebServicesToken, club_id: int, length: int = 20, offset: int = 0
) -> Call:
    """Get a page of a club's members, its creator first.

    Args:
        club_id: the club's ID.
        length: members to get, 1 to 250.
        offset: members to skip.

    Remarks: an unknown club answers an empty list.
    """
    return call(clubId=check.identifier("club_id", club_id), query=_page(length, offset))


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/member/request", user_only=True,
    model="club_members.ClubMemberList",
)
def get_club_member_requests(
    token: ServiceToken, club_id: int, length: int = 20, offset: int = 0
) -> Call:
    """Get a page of a club's pending member requests (role `Apply`).

    Args:
        club_id: the club's ID.
        length: requests to get (at least 1).
        offset: requests to skip.

    Remarks: not for dedicated server accounts. Only `private-open` clubs take requests;
    other clubs, and unknown clubs, answer an empty list.
    """
    return call(
        clubId=check.identifier("club_id", club_id), query=_page(length, offset, maximum=None)
    )


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/member/{memberId}",
    model="club_members.ClubMember",
)
def get_club_member(token: WebServicesToken, club_id: int, member_id: str) -> Call:
    """Get an account's membership of a club.

    Args:
        club_id: the club's ID.
        member_id: the account ID.

    Remarks: an unknown club or account, or an account that is not a member, is no error: the
    answer has an empty `role` and the current time as `creation_timestamp`.
    """
    return call(
        clubId=check.identifier("club_id", club_id),
        memberId=check.account_id("member_id", member_id),
    )


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/member/{memberName}/from-login",
    model="club_members.ClubMember",
)
def get_club_member_by_name(token: WebServicesToken, club_id: int, member_name: str) -> Call:
    """Get an account's membership of a club, from its display name.

    Args:
        club_id: the club's ID.
        member_name: the account's display name.

    Remarks: an unknown club, or an account that is not a member, answers an empty `role` and
    the current time as `creation_timestamp`; a name that matches no account is a 404
    (`player:error-notFound`).
    """
    return call(
        clubId=check.identifier("club_id", club_id),
        memberName=_display_name("member_name", member_name),
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/member/create", user_only=True,
    model="club_members.ClubMember",
)
def join_club(token: ServiceToken, club_id: int) -> Call:
    """Join a club (or ask to join it), as the account.

    Args:
        club_id: the club's ID.

    Remarks: needs a service account. A `private-open` club answers the role `Apply` (a
    pending request); a `private-closed` club is a 500 (`clubState:error-wrongState`); an
    unknown club a 404 (`club:error-notFound`). An account that already joined (or asked)
    gets its membership back.
    """
    return call(clubId=check.identifier("club_id", club_id))


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/member/{accountId}/edit", user_only=True,
    model="club_members.ClubMember",
)
def edit_club_member(
    token: ServiceToken, club_id: int, account_id: str, role: str | None = None
) -> Call:
    """Change a club member's role.

    Args:
        club_id: the club's ID.
        account_id: the member's account ID.
        role: `Member`, `Content Creator` or `Admin` (nobody can be made `Creator`).

    Remarks: needs a service account that is the club's creator or an admin
    (`clubMemberRole:error-notMember` / `clubMemberRole:error-notAdmin` otherwise); an account
    that is not a member is `clubMember:error-notFound`; the role `Creator` is refused with
    `role:error-creatorForbidden` and other unknown roles with `role:error-inArray`.
    """
    body = {} if role is None else {"role": check.choice("role", role, MEMBER_ROLES)}
    return call(
        clubId=check.identifier("club_id", club_id),
        accountId=check.account_id("account_id", account_id),
        body=body,
    )


def _vip_call(club_id: object, account_id: object) -> Call:
    return call(
        clubId=check.identifier("club_id", club_id),
        accountId=check.account_id("account_id", account_id),
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/vip/{accountId}/set", user_only=True,
    model="club_members.ClubMember",
)
def set_club_vip(token: ServiceToken, club_id: int, account_id: str) -> Call:
    """Make a club member a VIP (VIPs make the in-game club VIP leaderboard).

    Args:
        club_id: the club's ID.
        account_id: the member's account ID.

    Remarks: needs a service account that is the club's creator or an admin: others get a 403
    (`clubMemberRole:error-notMember` or `clubMemberRole:error-notAdmin`); an account that is
    not a member is a 404 (`clubMember:error-notFound`).
    """
    return _vip_call(club_id, account_id)


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/vip/{accountId}/unset", user_only=True,
    model="club_members.ClubMember",
)
def unset_club_vip(token: ServiceToken, club_id: int, account_id: str) -> Call:
    """Make a club VIP a plain member again.

    Args:
        club_id: the club's ID.
        account_id: the member's account ID.

    Remarks: needs a service account that is the club's creator or an admin: others get a 403
    (`clubMemberRole:error-notMember` or `clubMemberRole:error-notAdmin`); an account that is
    not a member is a 404 (`clubMember:error-notFound`).
    """
    return _vip_call(club_id, account_id)


@endpoint("live", "POST", "/api/token/club/{clubId}/delete", user_only=True, returns="str")
def delete_club(token: ServiceToken, club_id: int) -> Call:
    """Delete a club the account created, with all its content (for good); answers the text
    `Club deleted.`

    Args:
        club_id: the club's ID.

    Remarks: only useful with user accounts, not dedicated servers; only the creator may
    delete (`clubMemberRole:error-notCreator`); a missing club or a non-member is a 403
    (`clubMemberRole:error-notMember`). Deleting any club resets the account's club tag and
    pinned club.
    """
    return call(clubId=check.identifier("club_id", club_id))


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/member/{accountId}/delete", user_only=True,
    returns="str",
)
def delete_club_member(token: ServiceToken, club_id: int, account_id: str) -> Call:
    """Remove a member from a club, or leave it (your own account ID); answers the text
    `Club member deleted`.

    Args:
        club_id: the club's ID.
        account_id: the member's account ID.

    Remarks: only useful with user accounts, not dedicated servers. Removing someone else
    needs an admin (`clubMemberRole:error-notAdmin`, 403, also for a missing club); an account
    that is not a member is a 404 (`clubMember:error-notFound`). A creator leaving their own
    club gets a 200 but stays.
    """
    return call(
        clubId=check.identifier("club_id", club_id),
        accountId=check.account_id("account_id", account_id),
    )


DECLARATIONS: dict[str, Endpoint[Any]] = {
    d.name: d
    for d in (
        get_club, get_clubs, get_my_clubs, get_club_competitions, get_club_player_info,
        create_club, edit_club, delete_club, pin_club, use_club_tag, get_club_members,
        get_club_member_requests, get_club_member, get_club_member_by_name, join_club,
        edit_club_member, delete_club_member, set_club_vip, unset_club_vip,
    )
}
"""The endpoints declared here, by function name."""

iter_clubs = paged(
    get_clubs, what="clubs", items="clubList", key="id", total="clubCount",
    page_size=CLUB_PAGE, model="club_members.Club",
)
iter_my_clubs = paged(
    get_my_clubs, what="the clubs the account is a member of", items="clubList", key="id",
    total="clubCount", page_size=UNDOCUMENTED_PAGE, model="club_members.MyClub",
)
iter_club_competitions = paged(
    get_club_competitions, what="club competitions", items="clubCompetitionList", key="id",
    total="itemCount", page_size=CLUB_PAGE, model="club_members.ClubCompetition",
)
iter_club_members = paged(
    get_club_members, what="a club's members", items="clubMemberList", key="accountId",
    total="itemCount", page_size=CLUB_PAGE, model="club_members.ClubMember",
)
iter_club_member_requests = paged(
    get_club_member_requests, what="a club's pending member requests", items="clubMemberList",
    key="accountId", total="itemCount", page_size=UNDOCUMENTED_PAGE,
    model="club_members.ClubMember",
)

LISTINGS: dict[str, Listing[Any]] = {
    declared.name: declared
    for declared in (
        iter_clubs,
        iter_my_clubs,
        iter_club_competitions,
        iter_club_members,
        iter_club_member_requests,
    )
}
"""The iterators declared here, by function name."""
