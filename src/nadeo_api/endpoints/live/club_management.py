"""Declarations of the Live API's endpoints documented under `live/club-management/`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ... import _checks as check
from ..._endpoint import Call, call, endpoint
from ..._errors import ArgumentError
from ..._pagination import UNDOCUMENTED_PAGE, paged
from ._shared import UPLOAD_TYPES, _at, _flag, _folder

if TYPE_CHECKING:
    from ...auth import ServiceToken


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


def _theme(name: str, value: object) -> str:
    if not isinstance(value, str) or not value or value != value.lower():
        raise ArgumentError(f"{name} must be a theme preset name in lower case (got {value!r})")
    return value


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


@endpoint("live", "POST", "/api/token/club/create", user_only=True, model="live._shared.Club")
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
    "live", "POST", "/api/token/club/{clubId}/edit", user_only=True, model="live._shared.Club"
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
    "live", "GET", "/api/token/club/{clubId}/member/request", user_only=True,
    model="live._shared.ClubMemberList",
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
        clubId=check.identifier("club_id", club_id), query=check.page(length, offset, minimum=1)
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/member/{accountId}/edit", user_only=True,
    model="live._shared.ClubMember",
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
    model="live._shared.ClubMember",
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
    model="live._shared.ClubMember",
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


iter_club_member_requests = paged(
    get_club_member_requests, what="a club's pending member requests", items="clubMemberList",
    key="accountId", total="itemCount", page_size=UNDOCUMENTED_PAGE,
    model="live._shared.ClubMember",
)


ACTIVITY_NAME_LENGTH = 20
"""The longest name of an activity."""
HEADLINE_LENGTH = 40
NEWS_BODY_LENGTH = 2000
"""The longest news body, text styling not counted."""
REGIONS = ("eu-west", "ca-central", "ap-southeast")


RANKING_USE_CASES = ("ranking-official", "ranking-daily", "ranking-club")
MAX_TIME_LIMIT = 3600
MAX_REVIEW_PLAYERS = 100
SERVER_LOGIN_LENGTH = 64
"""The longest dedicated server login this library sends (the game's own are shorter)."""


def _name(value: object) -> str:
    """An activity's name: 1 to `ACTIVITY_NAME_LENGTH` characters."""
    return check.sized_text("name", value, minimum=1, maximum=ACTIVITY_NAME_LENGTH)


def _map_uids(name: str, values: object) -> list[str]:
    """A list (or tuple) of map UIDs."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Sequence):
        raise ArgumentError(f"{name} must be a list of map UIDs (got {values!r})")
    return [check.map_uid(f"{name}[{i}]", value) for i, value in enumerate(values)]


def _settings(values: object) -> list[dict[str, str]]:
    """Game mode settings: a list of {"key", "value", "type"} strings."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Sequence):
        raise ArgumentError(f"settings must be a list of key/value/type dicts (got {values!r})")
    out = []
    for i, setting in enumerate(values):
        if not isinstance(setting, Mapping) or not all(
            isinstance(setting.get(k), str) for k in ("key", "value", "type")
        ):
            raise ArgumentError(
                f"settings[{i}] must be a dict of string key, value and type (got {setting!r})"
            )
        out.append({k: setting[k] for k in ("key", "value", "type")})
    return out


def _given(**fields: Any) -> dict[str, Any]:
    """The body fields that were given (not None)."""
    return {key: value for key, value in fields.items() if value is not None}


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/campaign/create", user_only=True,
    model="live._shared.EditedClubCampaign",
)
def create_club_campaign(
    token: ServiceToken,
    club_id: int,
    name: str,
    map_uids: Sequence[str] = (),
    folder_id: int = 0,
) -> Call:
    """Create a campaign in a club.

    Args:
        club_id: the ID of the club.
        name: the campaign's name, 1 to 20 characters.
        map_uids: the campaign's maps in order (sent as the `playlist`, positions from 0).
        folder_id: the folder to create it in; 0 for none.

    Remarks: Only useful with user accounts, not dedicated servers. The campaign is created
    deactivated: activate it with `edit_club_activity(active=True)`. The maps' order in the playlist
    decides their positions, not their `position`; a playlist entry without `mapUid` or `position`
    is skipped. Maps must be uploaded to Nadeo beforehand; an unknown or repeated map UID is a 500.
    A missing club or a non-member is refused with `clubMemberRole:error-notMember`, a member who
    may not manage content with `clubMemberRole:error-notContentCreator`. Activities can be created
    in folders (`folder_id`; 0 for none). As of 2024-01-17 custom media link to `.dds` files by
    default, with scaled versions in separate fields (preset themes have none).
    """
    uids = _map_uids("map_uids", map_uids)
    return call(
        clubId=check.identifier("club_id", club_id),
        body={
            "name": _name(name),
            "playlist": [{"position": i, "mapUid": uid} for i, uid in enumerate(uids)],
            "folderId": _folder(folder_id),
        },
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/folder/create", user_only=True,
    model="live._shared.ClubActivity",
)
def create_club_folder(
    token: ServiceToken, club_id: int, name: str, folder_id: int = 0
) -> Call:
    """Create a folder in a club, to organise its activities (folders nest).

    Args:
        club_id: the ID of the club.
        name: the folder's name, 1 to 20 characters.
        folder_id: the parent folder; 0 for none.

    Remarks: Only useful with user accounts, not dedicated servers. A missing club is refused with
    `activity:error-notFound`, an account that may not manage content with
    `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
    default, with scaled versions in separate fields (preset themes have none).
    """
    return call(
        clubId=check.identifier("club_id", club_id),
        body={"name": _name(name), "folderId": _folder(folder_id)},
    )


def _review_body(
    time_limit: int | None,
    scalable: bool | None,
    max_player: int | None,
    allow_vote_skip_map: bool | None,
    submission_limitation: bool | None,
) -> dict[str, Any]:
    return _given(
        timeLimit=None
        if time_limit is None
        else check.count("time_limit", time_limit, minimum=1, maximum=MAX_TIME_LIMIT),
        scalable=None if scalable is None else _flag("scalable", scalable),
        maxPlayer=None
        if max_player is None
        else check.count("max_player", max_player, minimum=1, maximum=MAX_REVIEW_PLAYERS),
        allowVoteSkipMap=None
        if allow_vote_skip_map is None
        else _flag("allow_vote_skip_map", allow_vote_skip_map),
        submissionLimitation=None
        if submission_limitation is None
        else _flag("submission_limitation", submission_limitation),
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/map-review/create", user_only=True,
    model="live._shared.ClubMapReview",
)
def create_club_map_review(
    token: ServiceToken,
    club_id: int,
    name: str,
    time_limit: int = 180,
    scalable: bool = True,
    max_player: int = 64,
    allow_vote_skip_map: bool = False,
    submission_limitation: bool = False,
    folder_id: int = 0,
) -> Call:
    """Create a map review activity in a club.

    Args:
        club_id: the ID of the club.
        name: the activity's name, 1 to 20 characters.
        time_limit: seconds per map, 1 to 3600.
        scalable: open another server when the room is full.
        max_player: players per room, 1 to 100.
        allow_vote_skip_map: let players vote to skip the current map.
        submission_limitation: let each player submit only one map an hour.
        folder_id: the folder to create it in; 0 for none.

    Remarks: Only useful with user accounts, not dedicated servers. A missing club or a non-member
    is refused with `clubMemberRole:error-notMember`, a member who may not manage content with
    `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
    default, with scaled versions in separate fields (preset themes have none).
    """
    return call(
        clubId=check.identifier("club_id", club_id),
        body={
            "name": _name(name),
            **_review_body(
                time_limit, scalable, max_player, allow_vote_skip_map, submission_limitation
            ),
            "folderId": _folder(folder_id),
        },
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/news/create", user_only=True,
    model="live._shared.ClubNews",
)
def create_club_news(
    token: ServiceToken,
    club_id: int,
    name: str,
    headline: str = "",
    body: str = "",
    folder_id: int = 0,
) -> Call:
    """Create a news article in a club.

    Args:
        club_id: the ID of the club.
        name: the article's name, 1 to 20 characters.
        headline: shown below the name, at most 40 characters.
        body: the article, at most 2000 characters; `$` text styling is allowed and not
            counted.
        folder_id: the folder to create it in; 0 for none.

    Remarks: Only useful with user accounts, not dedicated servers. A missing club or a non-member
    is refused with `clubMemberRole:error-notMember`, a member who may not manage content with
    `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
    default, with scaled versions in separate fields (preset themes have none).
    """
    return call(
        clubId=check.identifier("club_id", club_id),
        body={
            "name": _name(name),
            "headline": check.sized_text("headline", headline, maximum=HEADLINE_LENGTH, minimum=0),
            "body": check.sized_text("body", body, maximum=NEWS_BODY_LENGTH, styled=True),
            "folderId": _folder(folder_id),
        },
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/ranking/create", user_only=True,
    model="live.club_management.ClubRanking",
)
def create_club_ranking(
    token: ServiceToken,
    club_id: int,
    name: str,
    use_case: str,
    campaign_id: int | None = None,
    folder_id: int = 0,
) -> Call:
    """Create a ranking in a club.

    Args:
        club_id: the ID of the club.
        name: the ranking's name, 1 to 20 characters.
        use_case: `ranking-official` (the current seasonal campaign), `ranking-daily` (Track
            of the Day) or `ranking-club` (a campaign of the club).
        campaign_id: the campaign ID of the club's campaign; required for `ranking-club`.
        folder_id: the folder to create it in; 0 for none.

    Remarks: Only useful with user accounts, not dedicated servers. A campaign that is not the
    club's, or does not exist, still makes a ranking (the game then shows an error). Another use
    case is refused with `useCase:error-inArray`. A missing club or a non-member is refused with
    `clubMemberRole:error-notMember`, a member who may not manage content with
    `clubMemberRole:error-notContentCreator`.
    """
    use_case = check.choice("use_case", use_case, RANKING_USE_CASES)
    if use_case == "ranking-club" and campaign_id is None:
        raise ArgumentError("campaign_id is required for a ranking-club ranking")
    return call(
        clubId=check.identifier("club_id", club_id),
        body=_given(
            name=_name(name),
            useCase=use_case,
            campaignId=None
            if campaign_id is None
            else check.identifier("campaign_id", campaign_id),
            folderId=_folder(folder_id),
        ),
    )


def _room_body(
    name: str | None,
    region: str | None,
    max_players_per_server: int | None,
    script: str | None,
    settings: Sequence[Mapping[str, str]] | None,
    maps: Sequence[str] | None,
    scalable: bool | None,
    shuffle_playlist: bool | None,
) -> dict[str, Any]:
    return _given(
        name=None if name is None else _name(name),
        region=None if region is None else check.choice("region", region, REGIONS),
        maxPlayersPerServer=None
        if max_players_per_server is None
        else check.count("max_players_per_server", max_players_per_server, minimum=1),
        script=None if script is None
        else check.sized_text("script", script, minimum=1, maximum=1024),
        settings=None if settings is None else _settings(settings),
        maps=None if maps is None else _map_uids("maps", maps),
        scalable=None if scalable is None else _flag("scalable", scalable),
        shufflePlaylist=None
        if shuffle_playlist is None
        else _flag("shuffle_playlist", shuffle_playlist),
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/room/create", user_only=True,
    model="live._shared.ClubRoom",
)
def create_club_room(
    token: ServiceToken,
    club_id: int,
    name: str,
    region: str,
    max_players_per_server: int,
    script: str,
    settings: Sequence[Mapping[str, str]] = (),
    maps: Sequence[str] = (),
    scalable: bool = False,
    password: bool = False,
    shuffle_playlist: bool = False,
    folder_id: int = 0,
) -> Call:
    """Create a room in a club.

    Args:
        club_id: the ID of the club.
        name: the room's name, 1 to 20 characters.
        region: `eu-west`, `ca-central` or `ap-southeast`.
        max_players_per_server: players per server.
        script: the game mode script, e.g. `TrackMania/TM_TimeAttack_Online.Script.txt`.
        settings: game mode settings, each a dict of string `key`, `value` and `type`.
        maps: the room's map UIDs.
        scalable: open another server when one is full.
        password: require a password (read it with `get_club_room_password`).
        shuffle_playlist: shuffle the maps each time the room starts.
        folder_id: the folder to create it in; 0 for none.

    Remarks: Only useful with user accounts, not dedicated servers. Repeated map UIDs are ignored;
    an unknown one is a 500. An unknown script makes the room fail to start (an error in the game).
    Another region is refused with `region:region not in available choice`. `shuffle_playlist` is
    not applied on creation (the documented answer says false after asking for it): set it with
    `edit_club_room`. A missing club or a non-member is refused with
    `clubMemberRole:error-notMember`, a member who may not manage content with
    `clubMemberRole:error-notContentCreator`. Activities can be created in folders (`folder_id`; 0
    for none). As of 2024-01-17 custom media link to `.dds` files by default, with scaled versions
    in separate fields (preset themes have none).
    """
    body = _room_body(
        name, region, max_players_per_server, script, settings, maps, scalable,
        shuffle_playlist,
    )  # fmt: skip
    return call(
        clubId=check.identifier("club_id", club_id),
        body={**body, "password": _flag("password", password), "folderId": _folder(folder_id)},
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/bucket/create", user_only=True,
    model="live._shared.ClubUpload",
)
def create_club_upload(
    token: ServiceToken, club_id: int, name: str, upload_type: str, folder_id: int = 0
) -> Call:
    """Create an upload activity in a club, where players add maps, skins or items.

    Args:
        club_id: the ID of the club.
        name: the activity's name, 1 to 20 characters.
        upload_type: `map-upload`, `skin-upload` or `item-upload` (sent as `type`).
        folder_id: the folder to create it in; 0 for none.

    Remarks: Only useful with user accounts, not dedicated servers. Another type is refused with
    `type:error-inArray`. A missing club or a non-member is refused with
    `clubMemberRole:error-notMember`, a member who may not manage content with
    `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
    default, with scaled versions in separate fields (preset themes have none).
    """
    return call(
        clubId=check.identifier("club_id", club_id),
        body={
            "name": _name(name),
            "type": check.choice("upload_type", upload_type, UPLOAD_TYPES),
            "folderId": _folder(folder_id),
        },
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/activity/{activityId}/edit", user_only=True,
    model="live._shared.ClubActivity",
)
def edit_club_activity(
    token: ServiceToken,
    club_id: int,
    activity_id: int,
    name: str | None = None,
    active: bool | None = None,
    featured: bool | None = None,
    folder_id: int | None = None,
    media_theme: str | None = None,
    position: int | None = None,
    public: bool | None = None,
) -> Call:
    """Edit what every club activity has: its name, state, folder, theme and position.

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID.
        name: the new name.
        active: activate or deactivate it.
        featured: feature it in the club or not.
        folder_id: move it to that folder; 0 moves it out of folders.
        media_theme: a preset theme, in lower case (e.g. `mirage`; the game's
            `Manialinks/Nadeo/CMGame/OfficialThemes` lists them).
        position: its new position in the club's list.
        public: make it public or private.

    Remarks: Only useful with user accounts, not dedicated servers. Valid positions depend on the
    club's other activities, including deactivated and deleted ones: use one that
    `get_club_activities` shows. An invalid position, or the current one, is refused with
    `position:error-wrongPosition`; an unknown folder with `folder:error-notFound`; a missing club
    or activity, or a non-member, with `clubMemberRole:error-notMember`; a member who may not manage
    content with `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to
    `.dds` files by default, with scaled versions in separate fields (preset themes have none).
    """
    return _at(
        "clubId", club_id, activity_id,
        body=_given(
            name=None if name is None else _name(name),
            active=None if active is None else _flag("active", active),
            featured=None if featured is None else _flag("featured", featured),
            folderId=None if folder_id is None else _folder(folder_id),
            mediaTheme=None if media_theme is None
            else check.sized_text("media_theme", media_theme, minimum=1, maximum=64),
            position=None if position is None else check.count("position", position),
            public=None if public is None else _flag("public", public),
        ),
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/campaign/{campaignId}/edit", user_only=True,
    model="live._shared.EditedClubCampaign",
)
def edit_club_campaign(
    token: ServiceToken,
    club_id: int,
    campaign_id: int,
    name: str | None = None,
    map_uids: Sequence[str] | None = None,
) -> Call:
    """Edit a club campaign's name or maps.

    Args:
        club_id: the ID of the club.
        campaign_id: the campaign ID (not the activity ID).
        name: the new name, 1 to 20 characters.
        map_uids: the new maps in order (sent as the `playlist`, positions from 0).

    Remarks: Only useful with user accounts, not dedicated servers. The maps' order in the playlist
    decides their positions; an entry without `mapUid` or `position` is skipped. Maps must be
    uploaded to Nadeo beforehand; an unknown map UID is a 500. A missing club or a non-member is
    refused with `clubMemberRole:error-notMember`, a missing activity with
    `activity:error-notFound`, a member who may not manage content with
    `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
    default, with scaled versions in separate fields (preset themes have none).
    """
    playlist = (
        None
        if map_uids is None
        else [
            {"position": i, "mapUid": uid}
            for i, uid in enumerate(_map_uids("map_uids", map_uids))
        ]
    )
    return call(
        clubId=check.identifier("club_id", club_id),
        campaignId=check.identifier("campaign_id", campaign_id),
        body=_given(
            name=None if name is None else _name(name), playlist=playlist
        ),
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/map-review/{activityId}/edit", user_only=True,
    model="live._shared.ClubMapReview",
)
def edit_club_map_review(
    token: ServiceToken,
    club_id: int,
    activity_id: int,
    name: str | None = None,
    time_limit: int | None = None,
    scalable: bool | None = None,
    max_player: int | None = None,
    allow_vote_skip_map: bool | None = None,
    submission_limitation: bool | None = None,
) -> Call:
    """Edit a club map review activity.

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID of the map review.
        name: the new name, 1 to 20 characters.
        time_limit: seconds per map, 1 to 3600.
        scalable: open another server when the room is full.
        max_player: players per room, 1 to 100.
        allow_vote_skip_map: let players vote to skip the current map.
        submission_limitation: let each player submit only one map an hour.

    Remarks: Only useful with user accounts, not dedicated servers. A missing club or a non-member
    is refused with `clubMemberRole:error-notMember`, a missing activity with
    `activity:error-notFound`, a member who may not manage content with
    `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
    default, with scaled versions in separate fields (preset themes have none).
    """
    return _at(
        "clubId", club_id, activity_id,
        body={
            **_given(name=None if name is None else _name(name)),
            **_review_body(
                time_limit, scalable, max_player, allow_vote_skip_map, submission_limitation
            ),
        },
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/news/{activityId}/edit", user_only=True,
    model="live._shared.ClubNews",
)
def edit_club_news(
    token: ServiceToken,
    club_id: int,
    activity_id: int,
    name: str | None = None,
    headline: str | None = None,
    body: str | None = None,
) -> Call:
    """Edit a club news article.

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID of the article.
        name: the new name, 1 to 20 characters.
        headline: the new headline, at most 40 characters.
        body: the new article, at most 2000 characters; `$` text styling is allowed and not
            counted.

    Remarks: Only useful with user accounts, not dedicated servers. A missing club or a non-member
    is refused with `clubMemberRole:error-notMember`, a missing activity with
    `activity:error-notFound`, a member who may not manage content with
    `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
    default, with scaled versions in separate fields (preset themes have none).
    """
    return _at(
        "clubId", club_id, activity_id,
        body=_given(
            name=None if name is None else _name(name),
            headline=None
            if headline is None
            else check.sized_text("headline", headline, maximum=HEADLINE_LENGTH, minimum=0),
            body=None if body is None
            else check.sized_text("body", body, maximum=NEWS_BODY_LENGTH, styled=True),
        ),
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/room/{activityId}/edit", user_only=True,
    model="live._shared.ClubRoom",
)
def edit_club_room(
    token: ServiceToken,
    club_id: int,
    activity_id: int,
    name: str | None = None,
    region: str | None = None,
    max_players_per_server: int | None = None,
    script: str | None = None,
    settings: Sequence[Mapping[str, str]] | None = None,
    maps: Sequence[str] | None = None,
    scalable: bool | None = None,
    shuffle_playlist: bool | None = None,
) -> Call:
    """Edit a club room.

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID of the room.
        name: the new name, 1 to 20 characters.
        region: `eu-west`, `ca-central` or `ap-southeast`.
        max_players_per_server: players per server.
        script: the game mode script.
        settings: game mode settings to change, each a dict of string `key`, `value`
            and `type`.
        maps: the room's new map UIDs.
        scalable: open another server when one is full.
        shuffle_playlist: shuffle the maps each time the room starts.

    Remarks: Only useful with user accounts, not dedicated servers. Repeated map UIDs are ignored;
    an unknown one is a 500. An unknown script makes the room fail to start (an error in the game).
    Another region is refused with `region:region not in available choice`. An unknown script stops
    the room at the next map. A missing room or a non-member is refused with
    `clubMemberRole:error-notMember`, a member who may not manage content with
    `clubMemberRole:error-notContentCreator`. As of 2024-01-17 custom media link to `.dds` files by
    default, with scaled versions in separate fields (preset themes have none).
    """
    return _at(
        "clubId", club_id, activity_id,
        body=_room_body(
            name, region, max_players_per_server, script, settings, maps, scalable,
            shuffle_playlist,
        ),
    )  # fmt: skip


def _server_login(login: object) -> str:
    """A dedicated server account's login (`get_server_accounts` lists them)."""
    return check.sized_text("login", login, maximum=SERVER_LOGIN_LENGTH, minimum=1)


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/room/create-from-server", user_only=True,
    model="live._shared.ClubRoom",
)
def create_club_room_from_server(
    token: ServiceToken, club_id: int, name: str, login: str, folder_id: int = 0
) -> Call:
    """Create a room in a club, hosted on one of your dedicated server accounts.

    Args:
        club_id: the ID of the club.
        name: the room's name, 1 to 20 characters.
        login: the dedicated server account's login (not its account ID).
        folder_id: the folder to create it in; 0 for none.

    Remarks: Only useful with user accounts, not dedicated servers. The room's answer carries less
    than a Nadeo-hosted room's: `maps` and `scriptSettings` are empty or what the server last
    reported. One login may host several rooms: a login already in use is not refused
    (`get_server_accounts` says which are), an unknown one is refused with
    `serverLogin:error-inArray`. A missing club or a non-member is refused with
    `clubMemberRole:error-notMember`, a member who may not manage content with
    `clubMemberRole:error-notContentCreator`. Activities can be created in folders (`folder_id`; 0
    for none). As of 2024-01-17 custom media link to `.dds` files by default, with scaled versions
    in separate fields (preset themes have none).
    """
    return call(
        clubId=check.identifier("club_id", club_id),
        body={
            "name": _name(name),
            "login": _server_login(login),
            "folderId": _folder(folder_id),
        },
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/room/{activityId}/edit-from-server",
    user_only=True, model="live._shared.ClubRoom",
)
def edit_club_room_from_server(
    token: ServiceToken,
    club_id: int,
    activity_id: int,
    name: str,
    login: str,
    folder_id: int | None = None,
) -> Call:
    """Edit a club room hosted on a dedicated server: its name, its server, its folder.

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID of the room.
        name: the room's name, 1 to 20 characters.
        login: the dedicated server account's login (not its account ID).
        folder_id: the folder to move it to (0: out of any folder); None to leave it.

    Remarks: Only useful with user accounts, not dedicated servers. The room's answer carries less
    than a Nadeo-hosted room's: `maps` and `scriptSettings` are empty or what the server last
    reported. One login may host several rooms: a login already in use is not refused
    (`get_server_accounts` says which are), an unknown one is refused with
    `serverLogin:error-inArray`. A missing club or a non-member is refused with
    `clubMemberRole:error-notMember`, a missing activity with `activity:error-notFound`, a member
    who may not manage content with `clubMemberRole:error-notContentCreator`. As of 2024-01-17
    custom media link to `.dds` files by default, with scaled versions in separate fields (preset
    themes have none).
    """
    body: dict[str, Any] = {"name": _name(name), "login": _server_login(login)}
    if folder_id is not None:
        body["folderId"] = _folder(folder_id)
    return _at("clubId", club_id, activity_id, body=body)


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/activity/{activityId}/delete", user_only=True,
    returns="str",
)
def delete_club_activity(token: ServiceToken, club_id: int, activity_id: int) -> Call:
    """Delete an activity from a club; answers the text `Activity deleted`.

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID.

    Remarks: only useful with user accounts, not dedicated servers. Deleting a folder moves
    the activities inside it out of the folder. A missing club or a non-member is a 403
    (`clubMemberRole:error-notMember`), a member who may not delete a 403
    (`clubMemberRole:error-notAdmin`), a missing activity a 404 (`activity:error-notFound`).
    """
    return call(
        clubId=check.identifier("club_id", club_id),
        activityId=check.identifier("activity_id", activity_id),
    )


def _upload_items(club_id: object, activity_id: object, item_ids: object) -> Call:
    return call(
        clubId=check.identifier("club_id", club_id),
        activityId=check.identifier("activity_id", activity_id),
        body={"itemIdList": check.texts("item_ids", item_ids)},
    )


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/bucket/{activityId}/add", user_only=True,
    returns="str",
)
def add_club_upload_items(
    token: ServiceToken, club_id: int, activity_id: int, item_ids: Sequence[str]
) -> Call:
    """Add maps, skins or items to a club's upload activity; answers the text `Items added.`

    Args:
        club_id: the ID of the club.
        activity_id: the upload's activity ID.
        item_ids: the IDs to add (at least one). An ID of the wrong kind is still added, and
            the game may then show an error in the activity.

    Remarks: only useful with user accounts, not dedicated servers. The IDs
    depend on the upload's type: map UIDs for map uploads, skin and item IDs for the others,
    all uploaded to Nadeo beforehand. A missing club or a non-member is refused with
    `clubMemberRole:error-notMember`, a missing upload with `activity:error-notFound`, a member
    who may not manage content with `clubMemberRole:error-notContentCreator`.
    """
    return _upload_items(club_id, activity_id, item_ids)


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/bucket/{activityId}/remove", user_only=True,
    returns="str",
)
def remove_club_upload_items(
    token: ServiceToken, club_id: int, activity_id: int, item_ids: Sequence[str]
) -> Call:
    """Remove maps, skins or items from a club's upload activity; answers the text
    `Items removed.`

    Args:
        club_id: the ID of the club.
        activity_id: the upload's activity ID.
        item_ids: the IDs to remove (at least one).

    Remarks: only useful with user accounts, not dedicated servers. The IDs
    depend on the upload's type: map UIDs for map uploads, skin and item IDs for the others,
    all uploaded to Nadeo beforehand. A missing club or a non-member is refused with
    `clubMemberRole:error-notMember`, a missing upload with `activity:error-notFound`, a member
    who may not manage content with `clubMemberRole:error-notContentCreator`.
    """
    return _upload_items(club_id, activity_id, item_ids)
