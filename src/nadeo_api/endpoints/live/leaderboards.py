"""Declarations of the Live API's endpoints documented under `live/leaderboards/`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ... import _checks as check
from ..._chunking import Chunks, concatenated
from ..._credential import Credential
from ..._endpoint import Call, call, endpoint
from ..._errors import ArgumentError
from ..._pagination import Paging, Progress, limit_argument, listing, paged

if TYPE_CHECKING:
    from ...auth import ServiceToken, WebServicesToken


LEADERBOARD_DEPTH = 10_000
"""Only the first 10,000 records of a leaderboard can be read record by record."""

LEADERBOARD_PAGE = 100
"""The most records one leaderboard request returns."""


@endpoint(
    "live", "GET", "/api/token/leaderboard/group/{groupUid}/map/{mapUid}/top",
    model="live.leaderboards.MapLeaderboard",
)
def get_map_leaderboard(
    token: WebServicesToken,
    map_uid: str,
    group_uid: str = "Personal_Best",
    only_world: bool = True,
    length: int = 5,
    offset: int = 0,
) -> Call:
    """Get records from the top of a map's leaderboard.

    Args:
        map_uid: the UID of the map.
        group_uid: the group/season; `Personal_Best` is the global leaderboard.
        only_world: only the world leaderboard. With False a service account is required,
            `length` and `offset` are ignored, and the answer holds the top 5 of the world and
            of each of the account's zones.
        length: records to get, 1 to 100.
        offset: records to skip; `length + offset` may not pass 10,000 (no record past the
            10,000th can be read).

    Remarks: an unknown group answers `{}`, an unknown map an empty `top`; maps with a secret
    threshold show `score: -1` for some entries; `timestamp` is in Unix seconds.
    """
    check.map_uid("map_uid", map_uid)
    check.uid("group_uid", group_uid)
    if not isinstance(only_world, bool):
        raise ArgumentError(f"only_world must be True or False (got {only_world!r})")
    if not only_world:
        if isinstance(token, Credential):
            token.require_user("get_map_leaderboard(only_world=False)")
        return call(groupUid=group_uid, mapUid=map_uid, query={"onlyWorld": False})
    check.count("length", length, minimum=1, maximum=LEADERBOARD_PAGE)
    check.count("offset", offset, maximum=LEADERBOARD_DEPTH - 1)
    if length + offset > LEADERBOARD_DEPTH:
        raise ArgumentError(
            f"length + offset must be at most {LEADERBOARD_DEPTH}, the deepest record that can be"
            f" read (got {length} + {offset} = {length + offset})"
        )
    return call(
        groupUid=group_uid,
        mapUid=map_uid,
        query={"onlyWorld": True, "length": length, "offset": offset},
    )


@endpoint(
    "live",
    "GET",
    "/api/token/leaderboard/group/{groupUid}/map/{mapUid}/club/{clubId}",
    user_only=True,
    model="live.leaderboards.PlayerClubRecord",
)
def get_player_club_record(
    token: ServiceToken, map_uid: str, club_id: int, group_uid: str = "Personal_Best"
) -> Call:
    """Get the account's record on a map and its position among a club's members.

    Args:
        map_uid: the UID of the map.
        club_id: the ID of a club the account is a member of.
        group_uid: the group/season; `Personal_Best` is the global leaderboard.

    Remarks: the first answer may wrongly say `position: 1`; asking again gives the real one.
    An unknown group or map answers `{}`; a non-member gets a 403
    (`clubMemberRole:error-notMember`).
    """
    return call(
        groupUid=check.uid("group_uid", group_uid),
        mapUid=check.map_uid("map_uid", map_uid),
        clubId=check.identifier("club_id", club_id),
    )


@listing(
    get_map_leaderboard,
    page_size=LEADERBOARD_PAGE,
    depth=LEADERBOARD_DEPTH,
    items=lambda answer: (answer.get("tops") or [{}])[0].get("top", []),
    key=lambda record: record["accountId"],
    model="live.leaderboards.Record",
)
def iter_map_leaderboard(
    token: WebServicesToken,
    map_uid: str,
    group_uid: str = "Personal_Best",
    limit: int | None = LEADERBOARD_DEPTH,
    progress: Progress | None = None,
) -> Paging:
    """Iterate over a map's world leaderboard, record by record, 100 records a request.

    Args:
        map_uid: the UID of the map.
        group_uid: the group/season; `Personal_Best` is the global leaderboard.
        limit: the most records to yield (at most 10,000, the deepest that can be read).
        progress: called after each page with (records so far, the most expected).

    Stops at `limit`, at 10,000, or after a short page (the end of the leaderboard). A player
    whose record moves to a later page during the crawl is not yielded twice.
    """
    check.map_uid("map_uid", map_uid)
    check.uid("group_uid", group_uid)
    return Paging(
        lambda offset, length: (token, map_uid, group_uid, True, length, offset),
        limit_argument(limit, LEADERBOARD_DEPTH),
        progress,
    )


PERSONAL_BEST = "Personal_Best"
MAX_RECORD_MAPS = 50
"""The most maps one request for records or positions may name."""



def campaign_group(value: object) -> str:
    """A campaign or season group UID (`Personal_Best` is refused: it is no campaign)."""
    group = check.uid("group_uid", value)
    if group == PERSONAL_BEST:
        raise ArgumentError(
            "group_uid must be a campaign or season group, not Personal_Best (got "
            f"{value!r})"
        )
    return group


def _maps_body(map_uids: Sequence[str], group_uid: str) -> dict[str, Any]:
    return {"maps": [{"mapUid": uid, "groupUid": group_uid} for uid in map_uids]}


@endpoint(
    "live", "GET", "/api/token/leaderboard/group/{groupUid}/club/{clubId}", user_only=True,
    model="live.leaderboards.CampaignClubRanking",
)
def get_campaign_club_ranking(token: ServiceToken, group_uid: str, club_id: int) -> Call:
    """Get the account's season points in a campaign and its rank among a club's members.

    Args:
        group_uid: the group of the campaign or season (not `Personal_Best`).
        club_id: the ID of the club.

    Remarks: only useful with a service account; closed campaigns work too; `position` is the
    rank within the club, not in the campaign. An unknown group, or a campaign the account
    has not played, answers `{}`; an unknown club answers `position: 1`.
    """
    return call(groupUid=campaign_group(group_uid), clubId=check.identifier("club_id", club_id))


@endpoint(
    "live", "GET", "/api/token/leaderboard/group/{groupUid}/club/{clubId}/top",
    model="live.leaderboards.CampaignClubLeaderboard",
)
def get_campaign_club_leaderboard(
    token: WebServicesToken, group_uid: str, club_id: int, length: int = 5, offset: int = 0
) -> Call:
    """Get a campaign's leaderboard among a club's members (season points).

    Args:
        group_uid: the group of the campaign or season (not `Personal_Best`).
        club_id: the ID of the club.
        length: ranks to get (at least 1).
        offset: ranks to skip.

    Remarks: closed campaigns work too; `position` is the rank within the club and `length`
    the number of ranked members. An unknown club answers an empty `top`; an unknown group a
    200 with an empty body (returned as `{}`).
    """
    return call(
        groupUid=campaign_group(group_uid),
        clubId=check.identifier("club_id", club_id),
        query=check.page(length, offset, minimum=1),
    )


@endpoint(
    "live", "GET", "/api/token/leaderboard/group/{groupUid}",
    model="live.leaderboards.CampaignRanking",
)
def get_campaign_ranking(token: WebServicesToken, group_uid: str, account_id: str) -> Call:
    """Get a player's season points and positions in World and each of its zones for a
    campaign.

    Args:
        group_uid: the group of the campaign or season (not `Personal_Best`).
        account_id: the player's account ID.

    Remarks: closed campaigns work too; an unknown group or player answers `{}`.
    """
    return call(
        groupUid=campaign_group(group_uid),
        query={"accountId": check.account_id("account_id", account_id)},
    )


@endpoint(
    "live", "GET", "/api/token/leaderboard/group/{groupUid}/top",
    model="live.leaderboards.CampaignLeaderboard",
)
def get_campaign_leaderboard(
    token: WebServicesToken,
    group_uid: str,
    only_world: bool = True,
    length: int = 5,
    offset: int = 0,
) -> Call:
    """Get the top of a campaign's leaderboard (season points).

    Args:
        group_uid: the group of the campaign or season (not `Personal_Best`).
        only_world: only the world leaderboard; with False, the top 5 of World and of each of
            the account's zones (`length` and `offset` are then ignored).
        length: records to get, 1 to 100.
        offset: records to skip.

    Remarks: closed campaigns work too; an unknown group answers `{}`; `sp` is a string.
    """
    return call(
        groupUid=campaign_group(group_uid),
        query={
            "length": check.count("length", length, minimum=1, maximum=LEADERBOARD_PAGE),
            "onlyWorld": check.flag("only_world", only_world),
            "offset": check.count("offset", offset),
        },
    )


@endpoint(
    "live", "GET", "/api/token/leaderboard/group/{groupUid}/map/{mapUid}/medals",
    model="live.leaderboards.MapMedals",
)
def get_map_medal_records(
    token: WebServicesToken, map_uid: str, group_uid: str = PERSONAL_BEST
) -> Call:
    """Get the records the service picks for each medal of a map (those closest to the medal
    times).

    Args:
        map_uid: the UID of the map.
        group_uid: the group/season; `Personal_Best` is the global leaderboard.

    Remarks: closed groups work too; some (or all) medals may have no record, above all on
    maps with few records; an unknown group answers `{}`, an unknown map no medals.
    """
    return call(
        groupUid=check.uid("group_uid", group_uid), mapUid=check.map_uid("map_uid", map_uid)
    )


@endpoint(
    "live", "POST", "/api/token/leaderboard/group/map", model="live.leaderboards.PlayerRecordList",
    chunks=Chunks("map_uids", MAX_RECORD_MAPS, concatenated),
)
def get_player_records(
    token: WebServicesToken, map_uids: Sequence[str], group_uid: str = PERSONAL_BEST
) -> Call:
    """Get the account's records on several maps, with their positions in World and each of
    the account's zones.

    Args:
        map_uids: the UIDs of the maps: at least one, any number (sent 50 a request, each map
            once, so each is answered once).
        group_uid: the group/season of every map; `Personal_Best` is the global leaderboard.

    Remarks: the service answers only the first 50 maps of a request; unknown maps or groups,
    and maps the account has no record on, are left out. The data may lag, and the service
    sometimes answers `[]` for no known reason.
    """
    uids = check.map_uids("map_uids", map_uids)
    return call(body=_maps_body(uids, check.uid("group_uid", group_uid)))


@endpoint(
    "live", "POST", "/api/token/leaderboard/group/map", model="live.leaderboards.PlayerRecordList",
    chunks=Chunks("scores", MAX_RECORD_MAPS, concatenated),
)
def get_record_positions(
    token: WebServicesToken, scores: Mapping[str, int], group_uid: str = PERSONAL_BEST
) -> Call:
    """Get the positions that new records of given scores would take on several maps.

    Args:
        scores: the score (time in milliseconds) to place, by map UID: at least one map, any
            number (sent 50 maps a request).
        group_uid: the group/season of every map; `Personal_Best` is the global leaderboard.

    Remarks: the positions are those a new record would take, not existing records'. Unknown
    maps, unknown or closed groups are left out. If the account has a record on a map, no
    score worse than it can be asked (use an account without records). The data may lag by
    hours (official campaigns and current Tracks of the Day by minutes), and the service
    sometimes answers `[]` for no known reason. A query naming a map missing from the body
    is a 500, which this function never sends.
    """
    if not isinstance(scores, Mapping):
        raise ArgumentError(f"scores must be a dict of scores by map UID (got {scores!r})")
    uids = check.map_uids("scores", list(scores))
    query = {
        f"scores[{uid}]": check.count(f"scores[{uid!r}]", scores[uid]) for uid in uids
    }
    return call(query=query, body=_maps_body(uids, check.uid("group_uid", group_uid)))


@endpoint(
    "live", "GET",
    "/api/token/leaderboard/group/{groupUid}/map/{mapUid}/surround/{lower}/{upper}",
    model="live.leaderboards.SurroundingRecords",
)
def get_surrounding_records(
    token: WebServicesToken,
    map_uid: str,
    score: int | None = None,
    group_uid: str = PERSONAL_BEST,
    lower: int = 1,
    upper: int = 1,
    only_world: bool = True,
    zone_id: str | None = None,
) -> Call:
    """Get the records around a score on a map's leaderboard, the score itself shown as the
    account's record between them.

    Args:
        map_uid: the UID of the map.
        score: the score (time in milliseconds) to place; None places the account's own
            record (a service account is then required).
        group_uid: the group/season; `Personal_Best` is the global leaderboard.
        lower: better records to get before the score, 0 or 1.
        upper: worse records to get after the score, 0 or 1.
        only_world: only the world leaderboard; with False, one list for World and each of the
            account's zones (or only `zone_id`'s).
        zone_id: the zone to get, with `only_world=False` (the service ignores it otherwise).

    Remarks: the answer always holds the score as a fake record of the account (its ID and
    zone). An unknown or closed group answers `{}`, as does `score=None` for an account
    without a record; an unknown map answers the score alone, first. If the account has a
    record, no better score can be asked; equal scores may make positions inaccurate; past
    the 100,000th record positions are imprecise; maps with a secret threshold show
    `score: -1` for some entries; the data may lag.
    """
    if score is None:
        if isinstance(token, Credential):
            token.require_user("get_surrounding_records(score=None)")
    else:
        check.count("score", score)
    check.flag("only_world", only_world)
    if zone_id is not None:
        if only_world:
            raise ArgumentError(
                f"zone_id is ignored unless only_world is False (got zone_id={zone_id!r})"
            )
        check.uid("zone_id", zone_id)
    return call(
        groupUid=check.uid("group_uid", group_uid),
        mapUid=check.map_uid("map_uid", map_uid),
        lower=check.count("lower", lower, maximum=1),
        upper=check.count("upper", upper, maximum=1),
        query={"score": score, "onlyWorld": only_world, "zoneId": zone_id},
    )


@endpoint(
    "live", "GET", "/api/token/leaderboard/group/{groupUid}/map/{mapUid}/club/{clubId}/top",
    model="live.leaderboards.ClubMapLeaderboard",
)
def get_club_map_leaderboard(
    token: WebServicesToken,
    map_uid: str,
    club_id: int,
    group_uid: str = PERSONAL_BEST,
    length: int = 5,
    offset: int = 0,
) -> Call:
    """Get the records of a club's members on a map, ranked within the club.

    Args:
        map_uid: the UID of the map.
        club_id: the ID of the club.
        group_uid: the group/season; `Personal_Best` is the global leaderboard.
        length: records to get, 1 to 100.
        offset: records to skip; `length + offset` may not pass 10,000.

    Remarks: only the first 10,000 records can be read; the service answers at most 100
    records (more are not an error there); maps with a secret threshold show `score: -1` for
    some entries. An unknown group answers `{}`, an unknown map an empty `top`.
    """
    check.count("length", length, minimum=1, maximum=LEADERBOARD_PAGE)
    check.count("offset", offset, maximum=LEADERBOARD_DEPTH - 1)
    if length + offset > LEADERBOARD_DEPTH:
        raise ArgumentError(
            f"length + offset must be at most {LEADERBOARD_DEPTH}, the deepest record that can be"
            f" read (got {length} + {offset} = {length + offset})"
        )
    return call(
        groupUid=check.uid("group_uid", group_uid),
        mapUid=check.map_uid("map_uid", map_uid),
        clubId=check.identifier("club_id", club_id),
        query={"length": length, "offset": offset},
    )


@endpoint(
    "live", "GET", "/api/token/leaderboard/trophy", user_only=True,
    model="live.leaderboards.MyTrophyRanking",
)
def get_my_trophy_ranking(token: ServiceToken) -> Call:
    """Get the account's trophy points, echelon and positions in World and each of its zones.

    Remarks: only useful with a service account; each zone's `ranking` nests the zone again.
    """
    return call()


@endpoint(
    "live", "POST", "/api/token/leaderboard/trophy/player", model="live.leaderboards.TrophyRankings"
)
def get_trophy_rankings(token: WebServicesToken, account_ids: Sequence[str]) -> Call:
    """Get players' trophy points, echelons and positions in World and each of their zones.

    Args:
        account_ids: the players' account IDs (at least one).

    Remarks: unknown account IDs are left out of the answer.
    """
    if isinstance(account_ids, str) or not isinstance(account_ids, (list, tuple)):
        raise ArgumentError(f"account_ids must be a list of account IDs (got {account_ids!r})")
    if not account_ids:
        raise ArgumentError("account_ids must hold at least one account ID (got none)")
    players = [
        {"accountId": check.account_id(f"account_ids[{i}]", value)}
        for i, value in enumerate(account_ids)
    ]
    return call(body={"listPlayer": players})

iter_campaign_leaderboard = paged(
    get_campaign_leaderboard, what="a campaign's (or season's) world leaderboard",
    items=lambda answer: (answer.get("tops") or [{}])[0].get("top", []), key="accountId",
    page_size=LEADERBOARD_PAGE, model="live.leaderboards.CampaignRecord",
    fixed={"only_world": True},
)
iter_campaign_club_leaderboard = paged(
    get_campaign_club_leaderboard, what="a campaign's leaderboard among a club's members",
    items="top", key="accountId", total="length", page_size=LEADERBOARD_PAGE,
    model="live.leaderboards.CampaignRecord",
)
iter_club_map_leaderboard = paged(
    get_club_map_leaderboard, what="a map's leaderboard among a club's members", items="top",
    key="accountId", total="length", page_size=LEADERBOARD_PAGE, depth=LEADERBOARD_DEPTH,
    model="live.leaderboards.Record",
)
