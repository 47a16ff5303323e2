"""Declarations of the Live API's endpoints documented under `live/clubs/`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ... import _checks as check
from ..._endpoint import Call, call, endpoint
from ..._errors import ArgumentError
from ..._pagination import UNDOCUMENTED_PAGE, paged
from ._shared import CLUB_PAGE, LIST_LENGTH, UPLOAD_TYPES, _activity_page, _at, _folder

if TYPE_CHECKING:
    from ...auth import ServiceToken, WebServicesToken


@endpoint(
    "live", "GET", "/api/token/club/{clubID}/campaign/{campaignId}",
    model="live._shared.ClubCampaign"
)
def get_club_campaign(token: WebServicesToken, club_id: int, campaign_id: int) -> Call:
    """Get a club's campaign by its campaign ID.

    Args:
        club_id: the ID of the club.
        campaign_id: the campaign ID (not the activity ID; campaign IDs are much smaller).

    Remarks: custom media link to `.dds` files by default, with scaled PNG versions in the
    `mediaUrlPng*` fields; a missing club or campaign is a 404 (`activity:error-notFound`), a
    private one seen by a non-member a 403; a few campaigns consistently answer an empty body
    (returned as `{}`).
    """
    return call(
        clubID=check.identifier("club_id", club_id),
        campaignId=check.identifier("campaign_id", campaign_id),
    )


def _display_name(name: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip() or "/" in value:
        raise ArgumentError(f"{name} must be a display name without '/' (got {value!r})")
    return value


@endpoint("live", "GET", "/api/token/club/{clubId}", model="live._shared.Club")
def get_club(token: WebServicesToken, club_id: int) -> Call:
    """Get a club by its ID.

    Args:
        club_id: the club's ID.

    Remarks: custom media link `.dds` files by default, with scaled PNG (JPG for the
    background) versions in separate fields; slots showing a preset theme have empty URLs. An
    unknown club is a 404 (`club:error-notFound`).
    """
    return call(clubId=check.identifier("club_id", club_id))


@endpoint("live", "GET", "/api/token/club", model="live.clubs.ClubList")
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
    query: dict[str, Any] = check.page(length, offset, minimum=1, maximum=CLUB_PAGE)
    if name is not None:
        query["name"] = check.sized_text("name", name, minimum=1, maximum=200)
    return call(query=query)


@endpoint(
    "live", "GET", "/api/token/club/mine", user_only=True, model="live.clubs.MyClubList"
)
def get_my_clubs(token: ServiceToken, length: int = 20, offset: int = 0) -> Call:
    """Get a page of the clubs the account is a member of, each with the account's `role`.

    Args:
        length: clubs to get (at least 1).
        offset: clubs to skip.

    Remarks: needs a service account (the answer depends on the account's memberships).
    Custom media link `.dds` files by default, with scaled PNG/JPG versions in separate fields.
    """
    return call(query=check.page(length, offset, minimum=1))


@endpoint(
    "live", "GET", "/api/token/club/competition", model="live.clubs.ClubCompetitionList"
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
    query: dict[str, Any] = check.page(length, offset, minimum=1, maximum=CLUB_PAGE)
    if name is not None:
        query["name"] = check.sized_text("name", name, minimum=1, maximum=200)
    return call(query=query)


@endpoint("live", "GET", "/api/token/club/player/info", user_only=True,
          model="live.clubs.ClubPlayerInfo")
def get_club_player_info(token: ServiceToken) -> Call:
    """Get the account's club settings: the club tag it shows and the club it pinned.

    Remarks: needs a service account. `tag_club_id` and `pinned_club` are 0 for none.
    """
    return call()


@endpoint(
    "live", "POST", "/api/token/club/{clubId}/pin", user_only=True,
    model="live.clubs.ClubTagPin",
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
    model="live.clubs.ClubTagPin",
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
    "live", "GET", "/api/token/club/{clubId}/member", model="live._shared.ClubMemberList"
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
    return call(
        clubId=check.identifier("club_id", club_id),
        query=check.page(length, offset, minimum=1, maximum=CLUB_PAGE),
    )


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/member/{memberId}",
    model="live._shared.ClubMember",
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
    model="live._shared.ClubMember",
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
    model="live._shared.ClubMember",
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


iter_clubs = paged(
    get_clubs, what="clubs", items="clubList", key="id", total="clubCount",
    page_size=CLUB_PAGE, model="live._shared.Club",
)
iter_my_clubs = paged(
    get_my_clubs, what="the clubs the account is a member of", items="clubList", key="id",
    total="clubCount", page_size=UNDOCUMENTED_PAGE, model="live.clubs.MyClub",
)
iter_club_competitions = paged(
    get_club_competitions, what="club competitions", items="clubCompetitionList", key="id",
    total="itemCount", page_size=CLUB_PAGE, model="live.clubs.ClubCompetition",
)
iter_club_members = paged(
    get_club_members, what="a club's members", items="clubMemberList", key="accountId",
    total="itemCount", page_size=CLUB_PAGE, model="live._shared.ClubMember",
)


def _search_name(name: object) -> str | None:
    return None if name is None else check.sized_text("name", name, maximum=256, minimum=1)


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/activity", model="live.clubs.ClubActivityList"
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
        query=_activity_page(
            length, offset, active=active,
            folderId=None if folder_id is None else _folder(folder_id),
        ),
    )  # fmt: skip


@endpoint(
    "live", "GET", "/api/token/club/campaign", model="live.clubs.ClubCampaignList",
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
    return call(query=_activity_page(length, offset, name=_search_name(name)))


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/campaign", user_only=True,
    model="live.clubs.ClubCampaignsOfClub",
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
    return call(clubId=check.identifier("club_id", club_id), query=_activity_page(length, offset))


@endpoint(
    "live", "GET", "/api/token/club/room", model="live.clubs.ClubRoomList",
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
    return call(query=_activity_page(length, offset, name=_search_name(name)))


@endpoint(
    "live", "GET", "/api/token/club/map-review", model="live.clubs.ClubMapReviewList",
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
    return call(query=_activity_page(length, offset, name=_search_name(name)))


@endpoint(
    "live", "GET", "/api/token/club/bucket/{bucketType}/all",
    model="live.clubs.ClubUploadList",
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
        query=_activity_page(length, offset),
    )


@endpoint(
    "live", "GET", "/api/token/club/{clubID}/bucket/{activityId}",
    model="live._shared.ClubUpload",
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
        query=check.page(length, offset),
    )


@endpoint(
    "live", "GET", "/api/token/club/{clubId}/news/{activityId}", model="live._shared.ClubNews",
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
    model="live._shared.ClubMapReview",
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
    "live", "GET", "/api/token/club/{clubID}/room/{activityId}", model="live._shared.ClubRoom",
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
    model="live.clubs.RoomJoinLink",
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
    model="live.clubs.RoomPassword",
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


iter_club_activities = paged(
    get_club_activities, what="a club's activities", items="activityList", key="id",
    total="itemCount", page_size=LIST_LENGTH, model="live._shared.ClubActivity",
)
iter_club_campaigns = paged(
    get_club_campaigns, what="club campaigns", items="clubCampaignList", key="campaignId",
    total="itemCount", page_size=LIST_LENGTH, model="live._shared.ClubCampaign",
)
iter_club_campaigns_by_club = paged(
    get_club_campaigns_by_club, what="a club's active campaigns, newest first",
    items="clubCampaignList", key="campaignId", total="itemCount", page_size=LIST_LENGTH,
    model="live._shared.EditedClubCampaign",
)
iter_club_rooms = paged(
    get_club_rooms, what="club rooms", items="clubRoomList", key="id", total="itemCount",
    page_size=LIST_LENGTH, model="live._shared.ClubRoom",
)
iter_club_map_reviews = paged(
    get_club_map_reviews, what="club map reviews", items="clubMapReviewList", key="id",
    total="itemCount", page_size=LIST_LENGTH, model="live._shared.ClubMapReview",
)
iter_club_uploads = paged(
    get_club_uploads, what="club uploads of one type", items="clubBucketList", key="id",
    total="itemCount", page_size=LIST_LENGTH, model="live._shared.ClubUpload",
)
iter_club_upload = paged(
    get_club_upload, what="the items of a club upload", items="bucketItemList", key="itemId",
    total="bucketItemCount", page_size=UNDOCUMENTED_PAGE, model="live._shared.BucketItem",
)
