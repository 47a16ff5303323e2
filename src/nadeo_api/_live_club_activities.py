"""Declarations of the Live API endpoints for club activities (campaigns, rooms, news,
uploads, folders, rankings) and club map reviews."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from . import _checks as check
from ._endpoint import Call, Endpoint, call, endpoint
from ._errors import ArgumentError
from ._pagination import UNDOCUMENTED_PAGE, Listing, paged

if TYPE_CHECKING:
    from .auth import ServiceToken, WebServicesToken

LIST_LENGTH = 250
"""The most activities one list request returns."""
NAME_LENGTH = 20
"""The longest name of an activity."""
HEADLINE_LENGTH = 40
NEWS_BODY_LENGTH = 2000
"""The longest news body, text styling not counted."""
REGIONS = ("eu-west", "ca-central", "ap-southeast")
UPLOAD_TYPES = ("map-upload", "skin-upload", "item-upload")
RANKING_USE_CASES = ("ranking-official", "ranking-daily", "ranking-club")
MAX_TIME_LIMIT = 3600
MAX_REVIEW_PLAYERS = 100
SERVER_LOGIN_LENGTH = 64
"""The longest dedicated server login this library sends (the game's own are shorter)."""


def _name(value: object) -> str:
    """An activity's name: 1 to `NAME_LENGTH` characters."""
    return check.sized_text("name", value, minimum=1, maximum=NAME_LENGTH)


def _flag(name: str, value: object) -> int:
    """True/False, sent as 1/0."""
    if not isinstance(value, bool):
        raise ArgumentError(f"{name} must be True or False (got {value!r})")
    return int(value)


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


def _folder(value: object) -> int:
    """A folder ID; 0 for none."""
    return check.count("folder_id", value)


def _page(length: object, offset: object, **extra: Any) -> dict[str, Any]:
    return {
        "length": check.count("length", length, maximum=LIST_LENGTH),
        "offset": check.count("offset", offset),
        **{k: v for k, v in extra.items() if v is not None},
    }


def _search_name(name: object) -> str | None:
    return None if name is None else check.sized_text("name", name, maximum=256, minimum=1)


def _at(
    club_key: str,
    club_id: object,
    activity_id: object,
    *,
    query: Mapping[str, Any] | None = None,
    body: Any = None,
) -> Call:
    """A call to an activity's route (the club's placeholder is `club_key`)."""
    path = {
        club_key: check.identifier("club_id", club_id),
        "activityId": check.identifier("activity_id", activity_id),
    }
    return Call(path_values=path, query=query, body=body)


def _given(**fields: Any) -> dict[str, Any]:
    """The body fields that were given (not None)."""
    return {key: value for key, value in fields.items() if value is not None}


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/activity", model="club_activities.ClubActivityList"
)
def get_club_activities(
    token: WebServicesToken,
    club_id: int,
    length: int,
    offset: int = 0,
    active: bool | None = None,
    folder_id: int | None = None,
) -> Call:
    """Get a club's activities (news, rooms, campaigns, folders...), in club order.

    Args:
        club_id: the ID of the club.
        length: activities to get, at most 250.
        offset: activities to skip.
        active: only enabled (True) or disabled (False) activities; None for both.
        folder_id: only the activities in that folder (0: those outside any folder); None
            for all, including those nested in folders.

    Remarks: without `active`, enabled and disabled activities are asked for, which only club admins
    may see: for other clubs pass `active=True`, or the answer is a 403
    (`clubMemberRole:error-notMember`). An unknown club answers an empty list. As of 2024-01-17
    custom media link to `.dds` files by default, with scaled versions in separate fields (preset
    themes have none).
    """
    if active is not None and not isinstance(active, bool):
        raise ArgumentError(f"active must be True, False or None (got {active!r})")
    return call(
        clubId=check.identifier("club_id", club_id),
        query=_page(
            length, offset, active=active,
            folderId=None if folder_id is None else _folder(folder_id),
        ),
    )  # fmt: skip


@endpoint(
    "live", "GET", "/api/token/club/campaign", model="club_activities.ClubCampaignList",
)
def get_club_campaigns(
    token: WebServicesToken, length: int, offset: int = 0, name: str | None = None
) -> Call:
    """Search the campaigns of all clubs, newest first.

    Args:
        length: campaigns to get, at most 250.
        offset: campaigns to skip.
        name: only campaigns whose name contains this text.

    Remarks: not every club's campaigns are found: without `name` only those of verified clubs, with
    it at most 200. As of 2024-01-17 custom media link to `.dds` files by default, with scaled
    versions in separate fields (preset themes have none).
    """
    return call(query=_page(length, offset, name=_search_name(name)))


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/campaign", user_only=True,
    model="club_activities.ClubCampaignsOfClub",
)
def get_club_campaigns_by_club(
    token: ServiceToken, club_id: int, length: int, offset: int = 0
) -> Call:
    """Get one club's campaigns, the most recently created first.

    Args:
        club_id: the ID of the club.
        length: campaigns to get, at most 250.
        offset: campaigns to skip.

    Remarks: Only useful with user accounts, not dedicated servers. Only active campaigns are
    listed, in order of creation rather than the club's display order, and not by folder
    (`get_club_activities` has those). A missing club or a non-member is refused with
    `globalAdmin:error-notAllowed` (403). As of 2024-01-17 custom media link to `.dds` files by
    default, with scaled versions in separate fields (preset themes have none).
    """
    return call(clubId=check.identifier("club_id", club_id), query=_page(length, offset))


@endpoint(
    "live", "GET", "/api/token/club/room", model="club_activities.ClubRoomList",
)
def get_club_rooms(
    token: WebServicesToken, length: int, offset: int = 0, name: str | None = None
) -> Call:
    """Search the rooms of all clubs, newest first.

    Args:
        length: rooms to get, at most 250.
        offset: rooms to skip.
        name: only rooms whose name contains this text.

    Remarks: not every club's rooms are found: without `name` only those of verified clubs, with it
    at most 200. As of 2024-01-17 custom media link to `.dds` files by default, with scaled versions
    in separate fields (preset themes have none).
    """
    return call(query=_page(length, offset, name=_search_name(name)))


@endpoint(
    "live", "GET", "/api/token/club/map-review", model="club_activities.ClubMapReviewList",
)
def get_club_map_reviews(
    token: WebServicesToken, length: int, offset: int = 0, name: str | None = None
) -> Call:
    """Search the map review rooms of all clubs, newest first.

    Args:
        length: map review rooms to get, at most 250.
        offset: map review rooms to skip.
        name: only map review rooms whose name contains this text.

    Remarks: not every club's map review rooms are found: without `name` only those of verified
    clubs, with it at most 200. As of 2024-01-17 custom media link to `.dds` files by default, with
    scaled versions in separate fields (preset themes have none).
    """
    return call(query=_page(length, offset, name=_search_name(name)))


@endpoint(
    "live", "GET", "/api/token/club/bucket/{bucketType}/all",
    model="club_activities.ClubUploadList",
)
def get_club_uploads(
    token: WebServicesToken, bucket_type: str, length: int, offset: int = 0
) -> Call:
    """Get the upload activities (where players upload maps, skins or items) of all clubs.

    Args:
        bucket_type: `map-upload`, `skin-upload` or `item-upload`.
        length: upload activities to get, at most 250.
        offset: upload activities to skip.

    Remarks: the items of each activity are not listed (`bucketItemList` is empty); another type is
    a 400 (`type:error-inArray`). As of 2024-01-17 custom media link to `.dds` files by default,
    with scaled versions in separate fields (preset themes have none).
    """
    return call(
        bucketType=check.choice("bucket_type", bucket_type, UPLOAD_TYPES),
        query=_page(length, offset),
    )


@endpoint(
    "live", "GET", "/api/token/club/{clubID}/bucket/{activityId}",
    model="club_activities.ClubUpload",
)
def get_club_upload(
    token: WebServicesToken, club_id: int, activity_id: int, length: int = 10, offset: int = 0
) -> Call:
    """Get an upload activity of a club with some of its maps, skins or items.

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID of the upload activity.
        length: items to get.
        offset: items to skip.

    Remarks: items are identified by `itemId`: a map UID for maps, a skin ID for skins. A missing
    club or activity is a 404 (`activity:error-notFound`), a private one seen by a non-member a 403
    (`clubMemberRole:error-notMember`). As of 2024-01-17 custom media link to `.dds` files by
    default, with scaled versions in separate fields (preset themes have none).
    """
    return _at(
        "clubID", club_id, activity_id,
        query={"length": check.count("length", length), "offset": check.count("offset", offset)},
    )


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/news/{activityId}", model="club_activities.ClubNews",
)
def get_club_news(token: WebServicesToken, club_id: int, activity_id: int) -> Call:
    """Get a club's news article by its activity ID.

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID of the news article.

    Remarks: a missing club or news article is a 404 (`activity:error-notFound`), a private one seen
    by a non-member a 403 (`clubMemberRole:error-notMember`). As of 2024-01-17 custom media link to
    `.dds` files by default, with scaled versions in separate fields (preset themes have none).
    """
    return _at("clubId", club_id, activity_id)


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/map-review/{activityId}",
    model="club_activities.ClubMapReview",
)
def get_club_map_review(token: WebServicesToken, club_id: int, activity_id: int) -> Call:
    """Get a club's map review activity by its activity ID.

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID of the map review activity.

    Remarks: a missing club or map review activity is a 404 (`activity:error-notFound`), a private
    one seen by a non-member a 403 (`clubMemberRole:error-notMember`). As of 2024-01-17 custom media
    link to `.dds` files by default, with scaled versions in separate fields (preset themes have
    none).
    """
    return _at("clubId", club_id, activity_id)


@endpoint(
    "live", "GET", "/api/token/club/{clubID}/room/{activityId}", model="club_activities.ClubRoom",
)
def get_club_room(token: WebServicesToken, club_id: int, activity_id: int) -> Call:
    """Get a club's room by its activity ID.

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID of the room.

    Remarks: a missing club or room is a 404 (`activity:error-notFound`), a private one seen by a
    non-member a 403 (`clubMemberRole:error-notMember`). Rooms on a dedicated server show little:
    `maps` and `scriptSettings` are then likely empty; rarely `maps` is an object keyed by position
    (`RoomDetails.map_uids` reads both). Some rooms consistently answer a 404 with
    `playerServer:error-notFound` or `room:error-notFound` though the activity list shows them. As
    of 2024-01-17 custom media link to `.dds` files by default, with scaled versions in separate
    fields (preset themes have none).
    """
    return _at("clubID", club_id, activity_id)


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/room/{activityId}/join",
    model="club_activities.RoomJoinLink",
)
def get_club_room_join_link(token: WebServicesToken, club_id: int, activity_id: int) -> Call:
    """Get a link to join a club room, starting the room if it is not running.

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID of the room.

    Remarks: while the room starts `joinLink` is empty and `starting` true (`starting` may stay
    true a while after the link is given); the game asks again every 2 seconds (5 for the
    Track of the Day channel). Stop asking on any error. A room deactivated in the club
    answers `roomServer:error-NoServerAvailable`; a missing club or room a 404
    (`activity:error-notFound`); a private room seen by a non-member a 403
    (`clubMemberRole:error-notMember`). Some rooms
    consistently answer a 404 with `playerServer:error-notFound` or `room:error-notFound`
    though the activity list shows them.
    """
    return _at("clubId", club_id, activity_id)


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/room/{activityId}/get-password", user_only=True,
    model="club_activities.RoomPassword",
)
def get_club_room_password(token: ServiceToken, club_id: int, activity_id: int) -> Call:
    """Get the password of a club room (for accounts that may manage the club).

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID of the room.

    Remarks: only useful with user accounts, not dedicated servers. A missing, deactivated
    or unprotected room is a 404 (`activity:error-notFound`); a missing club or a
    non-member a 403 (`clubMemberRole:error-notMember`), a member who may not manage
    content a 403 (`clubMemberRole:error-notContentCreator`). Some rooms
    consistently answer a 404 with `playerServer:error-notFound` or `room:error-notFound`
    though the activity list shows them.
    """
    return _at("clubId", club_id, activity_id)


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/map-review/{activityId}/map/mine", user_only=True,
    model="club_activities.ClubMapSubmissions",
)
def get_club_map_review_submitted(
    token: ServiceToken,
    club_id: int,
    activity_id: int,
    length: int,
    offset: int = 0,
    with_feedback: bool = False,
    with_map_info: bool = False,
) -> Call:
    """Get the maps the account submitted to a club map review.

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID of the map review (see `get_club_activities`).
        length: maps to get.
        offset: maps to skip.
        with_feedback: include the vote statistics (`noteInfo`, else null).
        with_map_info: include the map's details (`map`, else null).

    Remarks: only useful with user accounts, not dedicated servers; for official map reviews
    use `get_map_review_submitted`. A missing club or map review is a 404
    (`activity:error-notFound`).
    """
    return _at(
        "clubId", club_id, activity_id,
        query={
            **_page(length, offset),
            "withFeedback": bool(_flag("with_feedback", with_feedback)),
            "withMapInfo": bool(_flag("with_map_info", with_map_info)),
        },
    )


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/map-review/{activityId}/map", user_only=True,
    model="club_activities.MemberMapSubmissions",
)
def get_club_map_review_submissions(
    token: ServiceToken, club_id: int, activity_id: int, length: int, offset: int = 0
) -> Call:
    """Get the maps all members submitted to a club map review, with what admins see (player
    counts, scores, time played).

    Args:
        club_id: the ID of the club.
        activity_id: the activity ID of the map review (see `get_club_activities`).
        length: maps to get.
        offset: maps to skip.

    Remarks: only useful with user accounts, not dedicated servers. A missing club or a
    non-member is a 403 (`clubMemberRole:error-notMember`), a member who may not manage
    content a 403 (`clubMemberRole:error-notContentCreator`), a missing map review a 404
    (`activity:error-notFound`).
    """
    return _at("clubId", club_id, activity_id, query=_page(length, offset))


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/campaign/create", user_only=True,
    model="club_activities.EditedClubCampaign",
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
    model="club_activities.ClubActivity",
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
    model="club_activities.ClubMapReview",
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
    model="club_activities.ClubNews",
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
    model="club_activities.ClubRanking",
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
    model="club_activities.ClubRoom",
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
    model="club_activities.ClubUpload",
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
    model="club_activities.ClubActivity",
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
    model="club_activities.EditedClubCampaign",
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
    model="club_activities.ClubMapReview",
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
    model="club_activities.ClubNews",
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
    model="club_activities.ClubRoom",
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
    model="club_activities.ClubRoom",
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
    user_only=True, model="club_activities.ClubRoom",
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


DECLARATIONS: dict[str, Endpoint[Any]] = {
    d.name: d
    for d in (
        get_club_activities, get_club_campaigns, get_club_rooms, get_club_map_reviews,
        get_club_uploads, get_club_upload, get_club_news, get_club_map_review, get_club_room,
        get_club_room_join_link, get_club_room_password, get_club_map_review_submitted,
        get_club_map_review_submissions, create_club_campaign, create_club_folder,
        create_club_map_review, create_club_news, create_club_ranking, create_club_room,
        create_club_upload, edit_club_activity, edit_club_campaign, edit_club_map_review,
        edit_club_news, edit_club_room, get_club_campaigns_by_club, create_club_room_from_server,
        edit_club_room_from_server,
        delete_club_activity, add_club_upload_items, remove_club_upload_items,
    )
}
"""The endpoints declared here, by function name."""

iter_club_activities = paged(
    get_club_activities, what="a club's activities", items="activityList", key="id",
    total="itemCount", page_size=LIST_LENGTH, model="club_activities.ClubActivity",
)
iter_club_campaigns = paged(
    get_club_campaigns, what="club campaigns", items="clubCampaignList", key="campaignId",
    total="itemCount", page_size=LIST_LENGTH, model="clubs.ClubCampaign",
)
iter_club_campaigns_by_club = paged(
    get_club_campaigns_by_club, what="a club's active campaigns, newest first",
    items="clubCampaignList", key="campaignId", total="itemCount", page_size=LIST_LENGTH,
    model="club_activities.EditedClubCampaign",
)
iter_club_rooms = paged(
    get_club_rooms, what="club rooms", items="clubRoomList", key="id", total="itemCount",
    page_size=LIST_LENGTH, model="club_activities.ClubRoom",
)
iter_club_map_reviews = paged(
    get_club_map_reviews, what="club map reviews", items="clubMapReviewList", key="id",
    total="itemCount", page_size=LIST_LENGTH, model="club_activities.ClubMapReview",
)
iter_club_uploads = paged(
    get_club_uploads, what="club uploads of one type", items="clubBucketList", key="id",
    total="itemCount", page_size=LIST_LENGTH, model="club_activities.ClubUpload",
)
iter_club_upload = paged(
    get_club_upload, what="the items of a club upload", items="bucketItemList", key="itemId",
    total="bucketItemCount", page_size=UNDOCUMENTED_PAGE, model="club_activities.BucketItem",
)
iter_club_map_review_submitted = paged(
    get_club_map_review_submitted, what="the maps the account submitted to a club map review",
    items="submittedMaps", key="mapUid", total="itemCount", page_size=UNDOCUMENTED_PAGE,
    model="club_activities.ClubMapSubmission",
)
iter_club_map_review_submissions = paged(
    get_club_map_review_submissions, what="the maps members submitted to a club map review",
    items="submittedMaps", key="mapUid", total="itemCount", page_size=UNDOCUMENTED_PAGE,
    model="club_activities.MemberMapSubmission",
)

LISTINGS: dict[str, Listing[Any]] = {
    declared.name: declared
    for declared in (
        iter_club_activities,
        iter_club_campaigns,
        iter_club_campaigns_by_club,
        iter_club_rooms,
        iter_club_map_reviews,
        iter_club_uploads,
        iter_club_upload,
        iter_club_map_review_submitted,
        iter_club_map_review_submissions,
    )
}
"""The iterators declared here, by function name."""
