"""How to call each documented endpoint in the emulator's world, for the contract tests in
`test_contracts.py`: one `Case` per declaration, keyed `api-function` (`live-get_clubs`).

A case says which arguments make a representative request (read from the scene it runs in:
the emulator, a client pointed at it and the token), where it runs, and which bad arguments
the declaration must refuse before sending anything. The token follows the API: a service
account's token of the documented audience for Core, Live and Meet; for the OAuth API a user's
token (authorization-code flow) where the endpoint needs a user, else the application's own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from nadeo_api import Client
from nadeo_api.emulator import SERVER_ACCOUNT, SERVICE_ACCOUNT, Emulator, World

from .conftest import service_token

ME = SERVICE_ACCOUNT.account_id
MAP = "ZJw6_4CItmVlRMPgELl4Q37Utw2"
FAR = "ZZZZZZZZZZZZZZZZZZZZZZZZZZZ"
"""A well-formed map UID no map has."""
GROUP = "dccdf820-6a24-4ab1-9078-58fea41282db"
ACCOUNT = "5b4d42f4-c2de-407d-b367-cbff3fe817bc"
NOBODY = "00000000-1111-2222-3333-444444444444"
TIME_ATTACK = "TrackMania/TM_TimeAttack_Online.Script.txt"
SETTINGS = [{"key": "S_TimeLimit", "value": "1000", "type": "integer"}]

SHARED = "shared"
"""The module's emulator, for calls that change nothing."""
SCRATCH = "scratch"
"""A second emulator of the module, for calls that change the world (creations, edits)."""
OWN = "own"
"""A new emulator for this case alone (a call whose answer depends on the calls before it)."""

PLACES = (SHARED, SCRATCH, OWN)


@dataclass
class Scene:
    """Where a case runs: the emulator, a client pointed at it and the case's token."""

    emu: Emulator
    client: Client
    token: Any

    @property
    def world(self) -> World:
        return self.emu.world


Given = tuple[tuple[Any, ...], dict[str, Any]]
"""Positional and keyword arguments after the token."""


def given(*args: Any, **kwargs: Any) -> Given:
    return args, kwargs


@dataclass(frozen=True)
class Bad:
    """Arguments the declaration refuses, and words its `ArgumentError` must hold."""

    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    words: tuple[str, ...]


def bad(args: tuple[Any, ...], /, *words: str, **kwargs: Any) -> Bad:
    return Bad(args, kwargs, words)


@dataclass(frozen=True)
class Case:
    """How to call one endpoint (see the module's docstring)."""

    call: Callable[[Scene], Given]
    place: str = SHARED
    doc: str | None = None
    """The documentation page, where several pages share the declaration's method and route."""
    examples: tuple[int, ...] = (0,)
    """The page's example answers that are successes (the first is the answer's shape)."""
    keyed: bool = False
    """The answer is an object keyed by names (routes, accounts): each value has the shape of
    the example's values."""
    refused: tuple[Bad, ...] = field(default_factory=tuple)


def case(call: Callable[[Scene], Given], *refused: Bad, **options: Any) -> Case:
    return Case(call, refused=refused, **options)


# --- the world, read -------------------------------------------------------------------------


def totd(world: World) -> str:
    uid: str = world.totd_maps()[-1]
    return uid


def season(world: World) -> str:
    group: str = world.seasonal_campaigns()[-1].season_uid
    return group


def seasonal_map(world: World) -> str:
    uid: str = world.seasonal_campaigns()[-1].map_uids[3]
    return uid


def member_club(world: World) -> Any:
    return next(club for club in world.clubs if club.accounts_are_members)


def campaign_maps(world: World, count: int) -> list[str]:
    """The first maps of the member club's first campaign."""
    return list(member_club(world).campaigns[0].map_uids[:count])


def player(world: World, index: int = 7) -> str:
    account: str = world.player_account_id(index)
    return account


def worse_than_own(world: World, uid: str) -> int:
    """A score worse than the service account's record (surround answers no better one)."""
    board = world.leaderboard(uid)
    score: int = board.true_score(board.position_of_account(ME)) + 1
    return score


def clubs(scene: Scene) -> Any:
    from nadeo_api.emulator.world.clubs import club_state

    return club_state(scene.emu.app.state)


def admin_club(scene: Scene, state: str | None = None) -> Any:
    """A seeded club where the service account is an admin (optionally in a given state)."""
    state_of = clubs(scene)
    return next(
        c for c in state_of.clubs()
        if state_of.role(c.id, ME) == "Admin" and (state is None or c.state == state)
    )


def other_club(scene: Scene, state: str) -> Any:
    """A seeded club in `state` where the service account is not a member."""
    state_of = clubs(scene)
    return next(c for c in state_of.clubs() if c.state == state and state_of.role(c.id, ME) is None)


def plain_member(club: Any) -> str:
    account: str = next(m.account_id for m in club.members.values() if m.role == "Member")
    return account


def activity(scene: Scene, kind: str) -> tuple[int, int]:
    """The member club's ID and the ID of its first activity of `kind`."""
    club_id = member_club(scene.world).club_id
    listed = scene.client.live.get_club_activities(scene.token, club_id, 250)["activityList"]
    for item in listed:
        if item["activityType"] == kind and (kind != "room" or item["externalId"]):
            return club_id, int(item["id"])  # (a room without one is on a dedicated server)
    raise LookupError(kind)


def server_room(scene: Scene) -> tuple[int, int]:
    """A room created on the dedicated server account (a state change)."""
    club_id = member_club(scene.world).club_id
    created = scene.client.live.create_club_room_from_server(
        scene.token, club_id, "On a server", SERVER_ACCOUNT.login
    )
    return club_id, int(created["id"])


def created_news(scene: Scene) -> tuple[int, int]:
    club_id = member_club(scene.world).club_id
    news = scene.client.live.create_club_news(scene.token, club_id, "Short lived")
    return club_id, int(news["id"])


def map_id(scene: Scene, uid: str) -> str:
    found: str = scene.client.core.get_maps_info_by_uids(scene.token, [uid])[0]["mapId"]
    return found


def my_record(scene: Scene) -> dict[str, Any]:
    records: list[dict[str, Any]] = scene.client.core.get_map_records_by_accounts(
        scene.token, [ME], map_id(scene, totd(scene.world))
    )
    return records[0]


def showing_a_tag(scene: Scene) -> str:
    """The service account, made to show a club tag (with the Live API) if it shows none."""
    if not scene.client.core.get_account_club_tags(scene.token, [ME]):
        live = service_token(scene.client)
        scene.client.live.use_club_tag(live, member_club(scene.world).club_id)
    return ME


def core_favorites(scene: Scene) -> list[str]:
    answer = scene.client.core.get_favorite_maps(scene.token, 0, 10)
    return [favorite["mapUid"] for favorite in answer["mapFavoriteList"]]


def comps(scene: Scene) -> Any:
    from nadeo_api.emulator.world.competitions import competitions

    return competitions(scene.emu.app.state)


def cup(scene: Scene) -> Any:
    """The day's latest Cup of the Day that has started."""
    now = scene.emu.world.now
    return next(c for c in reversed(comps(scene).cups) if c.kind == "cotd" and c.started_by(now))


def team_comp(scene: Scene) -> Any:
    now = scene.emu.world.now
    return next(c for c in comps(scene).clubs() if c.team and c.started_by(now))


def member_comp(scene: Scene) -> Any:
    state_of = clubs(scene)
    return next(c for c in comps(scene).clubs() if state_of.role(c.club_id, ME) is not None)


def team_match(scene: Scene) -> str:
    """A recent Ranked 2v2 match."""
    from nadeo_api.emulator.world.competitions import live_id
    from nadeo_api.emulator.world.matchmaking import MATCHMAKING_MATCH_BASE

    found: str = live_id("MTCH", MATCHMAKING_MATCH_BASE + 3)
    return found


def some_players(world: World) -> list[str]:
    return [world.player_account_id(i) for i in (1, 2, 3)]


def queued(scene: Scene) -> Given:
    """Heartbeat arguments after a first heartbeat: the next answer is "queued"."""
    mates = [scene.world.player_account_id(7)]
    scene.client.meet.send_matchmaking_heartbeat(scene.token, 5, mates)
    return given(5, mates)


# --- the cases -------------------------------------------------------------------------------

CORE: dict[str, Case] = {
    "get_account_club_tags": case(
        lambda s: given([showing_a_tag(s)]),
        bad(([],), "account_ids", "at least one"),
        bad(([ME] * 250 + ["x"],), "account_ids[250]"),
        bad((ME,), "account_ids", "list"),
        place=SCRATCH,
    ),
    "get_trophy_history": case(
        lambda s: given(player(s.world), count=5),
        bad(("test",), "account_id", "UUID"),
        bad((ME,), "count", "1000", count=1001),
        bad((ME,), "count", count=0),
        bad((ME,), "offset", offset=-1),
        bad((ME,), "trophy_type", "from 1 to 9", trophy_type=10),
        bad((ME,), "trophy_type", trophy_type=0),
    ),
    "get_trophy_summary": case(lambda s: given(ME), bad(("test",), "account_id")),
    "get_web_identities": case(
        lambda s: given([ME, player(s.world)]), bad(([ME, "x"],), "account_ids[1]")
    ),
    "get_account_zones": case(
        lambda s: given([ME, player(s.world)]), bad((["test"],), "account_ids[0]", "account ID")
    ),
    "add_favorite_map": case(
        lambda s: given(totd(s.world)), bad(("a" * 28,), "map_uid", "27"), place=SCRATCH
    ),
    "remove_favorite_map": case(
        lambda s: given(totd(s.world)), bad(("a/b",), "map_uid"), place=SCRATCH
    ),
    "get_authored_maps": case(lambda s: given()),
    "get_submitted_maps": case(lambda s: given()),
    "get_favorite_maps_by_uids": case(
        lambda s: given([*core_favorites(s), FAR]),
        bad(([],), "map_uids", "at least one"),
        bad((["ok", ""],), "map_uids[1]"),
    ),
    "get_favorite_maps": case(
        lambda s: given(0, 2, map_types=["TrackMania\\TM_Race"], playable=True, only_mine=False),
        bad((0, 0), "length", ">= 1"),
        bad((-1, 1), "offset"),
        bad((0, 1), "sort", "date, name", sort="author"),
        bad((0, 1), "order", "asc, desc", order="up"),
        bad((0, 1), "map_types", map_types="TrackMania\\TM_Race"),
        bad((0, 1), "playable", "True or False", playable=1),
        bad((0, 1), "only_mine", only_mine="no"),
    ),
    "get_maps_info_by_ids": case(
        lambda s: given([map_id(s, totd(s.world)), map_id(s, s.world.totd_maps()[0])]),
        bad((["k45jQI6Y7XrPfe1T0hZhj4pKzY2"],), "map_ids[0]", "map ID"),
        bad(([NOBODY] * 300 + [1],), "map_ids[300]", "map ID"),
    ),
    "get_maps_info_by_uids": case(
        lambda s: given([totd(s.world), s.world.totd_maps()[0]]),
        bad((["a"] * 300 + ["a b"],), "map_uids[300]"),
    ),
    "get_map_info": case(
        lambda s: given(map_id(s, totd(s.world))),
        bad(("yQ4ktCXu3SAxyRx9gar8hj7kVBb",), "map_id", "UUID"),
    ),
    "set_map_vote": case(
        lambda s: given(totd(s.world), 1),
        bad((FAR, 2), "vote", "-1, 0, 1"),
        bad((FAR, True), "vote"),
        bad(("a" * 28, 1), "map_uid"),
        place=SCRATCH,
    ),
    "get_map_vote": case(lambda s: given(totd(s.world)), bad(("a b",), "map_uid")),
    "get_api_routes": case(
        lambda s: given("Client"), bad(("client",), "usage", "Client, Server"), keyed=True
    ),
    "get_zones": case(lambda s: given()),
    "get_account_records": case(
        lambda s: given(ME, None, [season(s.world)]),
        bad((ME,), "exactly one of map_ids and season_ids"),
        bad((ME,), "exactly", map_ids=[NOBODY], season_ids=[NOBODY]),
        bad((ME,), "map_ids[0]", map_ids=["x"]),
        bad((ME,), "game_mode", season_ids=[NOBODY], game_mode="Race"),
        bad(("me",), "account_id", map_ids=[NOBODY]),
    ),
    "get_map_record": case(
        lambda s: given(my_record(s)["mapRecordId"]),
        bad(("x",), "map_record_id", "record ID"),
    ),
    "get_map_records_by_accounts": case(
        lambda s: given([ME], map_id(s, totd(s.world))),
        bad(([ME], "x"), "map_id"),
        bad(([], NOBODY), "account_ids"),
        bad(([ME], NOBODY), "season_id", "Personal_Best", season_id="Personal_Best"),
        bad(([ME], NOBODY), "game_mode", game_mode="stunt"),
    ),
    "get_map_records_by_ids": case(
        lambda s: given([my_record(s)["mapRecordId"]]),
        bad(([NOBODY, "x"],), "map_record_ids[1]"),
    ),
    "get_equipped_skins": case(lambda s: given([ME]), bad(([None],), "account_ids[0]")),
    "get_favorite_skins": case(lambda s: given(ME), bad(("x",), "account_id")),
    "get_skin_info": case(
        lambda s: given(s.client.core.get_equipped_skins(s.token, [ME])[0]["skinId"]),
        bad(("x",), "skin_id", "skin ID"),
    ),
    # Deprecated by the service, still declared (each call warns).
    "get_display_names": case(
        lambda s: given([ME, player(s.world, 3)]),
        bad(([ME] * 51,), "account_ids", "from 1 to 50"),
    ),
    "get_web_identities_legacy": case(lambda s: given([ME, player(s.world, 3)])),
    "get_maps_info": case(
        lambda s: given(map_uids=s.world.totd_maps()[-2:]),
        bad((), "exactly one of map_ids and map_uids"),
        bad(([NOBODY],), "exactly one", map_uids=["abc"]),
        bad((["x"],), "map_ids[0]"),
    ),
    "get_map_records": case(
        lambda s: given([ME], map_ids=[map_id(s, uid) for uid in s.world.totd_maps()[-2:]]),
        bad(([ME, NOBODY],), "one account", map_ids=[NOBODY, NOBODY]),
        bad(([ME],), "season_id", season_id="Personal_Best"),
    ),
    "get_map_records_v2": case(
        lambda s: given([ME], map_id(s, s.world.totd_maps()[-2])),
        bad(([ME], "x"), "map_id"),
    ),
}

LIVE: dict[str, Case] = {
    # The seed's functions
    "get_maps_totd": case(lambda s: given()),
    "get_maps_royal": case(lambda s: given()),
    "get_maps_seasonal": case(lambda s: given()),
    "get_maps_weekly_short": case(lambda s: given()),
    "get_maps_weekly_grand": case(lambda s: given()),
    "get_map_leaderboard": case(lambda s: given(totd(s.world))),
    "get_player_club_record": case(
        lambda s: given(totd(s.world), member_club(s.world).club_id)
    ),
    "get_club_campaign": case(
        lambda s: given(
            member_club(s.world).club_id, member_club(s.world).campaigns[0].campaign_id
        )
    ),
    "get_map_review_connect": case(lambda s: given("totd")),
    "get_map_review_submitted": case(lambda s: given("totd")),
    "get_map_review_waiting_time": case(lambda s: given("totd")),
    "get_server_accounts": case(lambda s: given()),
    # Leaderboards, rankings, medals and trophies
    "get_campaign_club_ranking": case(
        lambda s: given(season(s.world), member_club(s.world).club_id),
        bad(("Personal_Best", 9), "group_uid", "Personal_Best"),
        bad((GROUP, 0), "club_id", ">= 1"),
    ),
    "get_campaign_club_leaderboard": case(
        lambda s: given(season(s.world), member_club(s.world).club_id),
        bad((GROUP, 9), "length", ">= 1", length=0),
        bad((GROUP, 9), "offset", offset=-1),
        bad(("Personal_Best", 9), "group_uid"),
    ),
    "get_campaign_ranking": case(
        lambda s: given(season(s.world), ME),
        bad((GROUP, "someone"), "account_id", "UUID"),
        bad(("Personal_Best", ACCOUNT), "group_uid"),
    ),
    "get_campaign_leaderboard": case(
        lambda s: given(season(s.world), length=100),
        bad((GROUP,), "length", "from 1 to 100", length=101),
        bad((GROUP,), "only_world", only_world="yes"),
        bad(("Personal_Best",), "group_uid"),
    ),
    "get_map_medal_records": case(
        lambda s: given(totd(s.world)),
        bad(("a b",), "map_uid"),
        bad((MAP, ""), "group_uid"),
    ),
    "get_player_records": case(
        lambda s: given([totd(s.world)]),
        bad(([],), "map_uids", "at least one"),
        bad(([MAP] * 51 + [""],), "map_uids[51]"),
        bad((MAP,), "map_uids", "list"),
        bad((["a/b"],), "map_uids[0]"),
        doc="live/leaderboards/player-records.md",
    ),
    "get_record_positions": case(
        lambda s: given({totd(s.world): 60_000, s.world.totd_maps()[-2]: 70_000}),
        bad(({},), "scores", "at least one"),
        bad(({MAP: "60000"},), "scores", "int"),
        bad(({MAP: -1},), "scores", ">= 0"),
        bad(([MAP],), "scores", "dict"),
        doc="live/leaderboards/position.md",
    ),
    "get_surrounding_records": case(
        lambda s: given(totd(s.world), worse_than_own(s.world, totd(s.world))),
        bad((MAP, 60000), "lower", "from 0 to 1", lower=2),
        bad((MAP, 60000), "upper", "from 0 to 1", upper=-1),
        bad((MAP, 60000), "zone_id", "only_world", zone_id=GROUP),
        bad((MAP, "fast"), "score", "int"),
    ),
    "get_club_map_leaderboard": case(
        lambda s: given(totd(s.world), member_club(s.world).club_id, length=100),
        bad((MAP, 9), "length", "from 1 to 100", length=101),
        bad((MAP, 9), "length + offset", "10000", length=100, offset=9901),
        bad((MAP, "9"), "club_id"),
    ),
    "get_my_trophy_ranking": case(lambda s: given()),
    "get_trophy_rankings": case(
        lambda s: given([player(s.world, 1), ME]),
        bad(([],), "account_ids", "at least one"),
        bad((ACCOUNT,), "account_ids", "list"),
        bad(([ACCOUNT, "x"],), "account_ids[1]", "UUID"),
    ),
    # Maps, favorites, campaign lists and maniapubs
    "add_favorite_map": case(
        lambda s: given(totd(s.world)), bad(("a/b",), "map_uid"), place=SCRATCH
    ),
    "remove_favorite_map": case(
        lambda s: given(totd(s.world)), bad(("",), "map_uid"), place=SCRATCH
    ),
    "get_favorite_maps": case(
        lambda s: given(5, playable=True),
        bad((0,), "length", ">= 1"),
        bad((5,), "offset", offset=-1),
        bad((5,), "sort", "date, name", sort="author"),
        bad((5,), "order", "asc, desc", order="up"),
        bad((5,), "map_types", map_types="TrackMania\\TM_Race"),
        bad((5,), "map_types", "commas", map_types=["a,b"]),
        bad((5,), "playable", "True or False", playable=1),
        bad((5,), "only_mine", only_mine="no"),
    ),
    "get_maps_info": case(
        lambda s: given([totd(s.world), seasonal_map(s.world)]),
        bad(([MAP] * 101 + ["a/b"],), "map_uids[101]"),
        bad(([],), "map_uids", "at least one"),
        bad((MAP,), "map_uids", "list"),
    ),
    "get_map_info": case(lambda s: given(totd(s.world)), bad((None,), "map_uid")),
    "get_uploaded_maps": case(
        lambda s: given(length=3, offset=1),
        bad((), "length", length=-1),
        bad((), "offset", "int", offset="1"),
    ),
    "get_maps_seasonal_v1": case(lambda s: given(offset=2), bad((), "length", length=-1)),
    "get_maps_cup_of_the_week": case(lambda s: given(), bad((), "offset", offset=-2)),
    "get_map_campaign_info": case(lambda s: given(totd(s.world)), bad(("a b",), "map_uid")),
    "get_active_maniapubs": case(lambda s: given()),
    # Clubs and their members
    "get_club": case(lambda s: given(admin_club(s).id), bad((0,), "club_id")),
    "get_clubs": case(
        lambda s: given(5, 0),
        bad((251,), "length"),
        bad((0,), "length"),
        bad((10, -1), "offset"),
        bad((10, 0, ""), "name"),
    ),
    "get_my_clubs": case(lambda s: given(5, 0), bad((0,), "length")),
    "get_club_competitions": case(
        lambda s: given(3, 0), bad((251,), "length"), bad((10, "0"), "offset")
    ),
    "get_club_player_info": case(lambda s: given()),
    "get_club_members": case(lambda s: given(admin_club(s).id, 3, 0), bad((10, 251), "length")),
    "get_club_member_requests": case(
        lambda s: given(admin_club(s, "private-open").id, 3, 0), bad(("10",), "club_id")
    ),
    "get_club_member": case(
        lambda s: given(admin_club(s).id, ME), bad((10, "not-an-account"), "member_id")
    ),
    "get_club_member_by_name": case(
        lambda s: given(admin_club(s).id, SERVICE_ACCOUNT.display_name),
        bad((10, ""), "member_name"),
        bad((10, "a/b"), "member_name"),
    ),
    "create_club": case(
        lambda s: given("Testing club", "private-closed", "DOCS", "For testing"),
        bad(("ab", "public"), "name"),
        bad(("x" * 21, "public"), "name"),
        bad(("Club", "secret"), "state"),
        bad(("Club", "public", "SIXSIX"), "tag"),
        bad(("Club", "public", None, "d" * 201), "description"),
        bad(("Club", "public"), "icon_theme", icon_theme="Racing"),
        place=SCRATCH,
    ),
    "edit_club": case(
        lambda s: given(admin_club(s).id, "Edited"),
        bad((10,), "state", state="closed"),
        bad((10,), "screen16x9_theme", screen16x9_theme=""),
        place=SCRATCH,
    ),
    "delete_club": case(
        lambda s: given(s.client.live.create_club(s.token, "Short Lived", "public")["id"]),
        bad((0,), "club_id"),
        place=SCRATCH,
    ),
    "pin_club": case(lambda s: given(admin_club(s).id), bad((True,), "club_id"), place=SCRATCH),
    "use_club_tag": case(
        lambda s: given(admin_club(s).id), bad((1.5,), "club_id"), place=SCRATCH
    ),
    "join_club": case(
        lambda s: given(other_club(s, "private-open").id), bad((None,), "club_id"),
        place=SCRATCH,
    ),
    "edit_club_member": case(
        lambda s: given(admin_club(s).id, plain_member(admin_club(s)), "Content Creator"),
        bad((10, ME, "Creator"), "role"),
        bad((10, ME, "admin"), "role"),
        place=SCRATCH,
    ),
    "delete_club_member": case(
        lambda s: given(admin_club(s).id, plain_member(admin_club(s))),
        bad((1, "not-a-uuid"), "account_id"),
        place=SCRATCH,
    ),
    "set_club_vip": case(
        lambda s: given(admin_club(s).id, plain_member(admin_club(s))),
        bad((10, 12345), "account_id"),
        place=SCRATCH,
    ),
    "unset_club_vip": case(
        lambda s: given(admin_club(s).id, plain_member(admin_club(s))),
        bad((-1, ME), "club_id"),
        place=SCRATCH,
    ),
    # Club activities
    "get_club_activities": case(
        lambda s: given(member_club(s.world).club_id, 3),
        bad((0, 10), "club_id"),
        bad((1, 251), "length"),
        bad((1, 10), "offset", offset=-1),
        bad((1, 10), "active", active="yes"),
        bad((1, 10), "folder_id", folder_id=-1),
    ),
    "get_club_campaigns": case(lambda s: given(1), bad((251,), "length")),
    "get_club_map_reviews": case(lambda s: given(3)),
    "get_club_rooms": case(lambda s: given(3), bad((10,), "name", name=5)),
    "get_club_uploads": case(lambda s: given("map-upload", 3), bad(("map", 10), "bucket_type")),
    "get_club_upload": case(
        lambda s: given(*activity(s, "map-upload")), bad((1, 0), "activity_id")
    ),
    "get_club_news": case(lambda s: given(*activity(s, "news")), bad(("1", 2), "club_id")),
    "get_club_map_review": case(lambda s: given(*activity(s, "map-review"))),
    "get_club_room": case(lambda s: given(*activity(s, "room"))),
    "get_club_room_join_link": case(lambda s: given(*activity(s, "room"))),
    "get_club_room_password": case(
        lambda s: given(*activity(s, "room")), bad((1, -2), "activity_id")
    ),
    "get_club_map_review_submitted": case(
        lambda s: given(*activity(s, "map-review"), 48, 0, True, True),
        bad((1, 2, 10), "with_feedback", with_feedback=1),
    ),
    "get_club_map_review_submissions": case(
        lambda s: given(*activity(s, "map-review"), 10), bad((1, 2, 300), "length")
    ),
    "get_club_campaigns_by_club": case(
        lambda s: given(member_club(s.world).club_id, 3),
        bad((1, 251), "length"),
        bad((0, 10), "club_id"),
    ),
    "create_club_campaign": case(
        lambda s: given(member_club(s.world).club_id, "RPG", campaign_maps(s.world, 2)),
        bad((1, "a" * 21), "name"),
        bad((1, ""), "name"),
        bad((1, "Cup", "not-a-list-of-uids!"), "map_uids"),
        place=SCRATCH,
    ),
    "create_club_folder": case(
        lambda s: given(member_club(s.world).club_id, "My maps"),
        bad((1, "Folder"), "folder_id", folder_id=-1),
        place=SCRATCH,
    ),
    "create_club_map_review": case(
        lambda s: given(member_club(s.world).club_id, "My tracks"),
        bad((1, "Review"), "time_limit", time_limit=3601),
        bad((1, "Review"), "max_player", max_player=101),
        bad((1, "Review"), "scalable", scalable=1),
        place=SCRATCH,
    ),
    "create_club_news": case(
        lambda s: given(member_club(s.world).club_id, "My news!", "Hi", "Body"),
        bad((1, "News"), "headline", headline="h" * 41),
        bad((1, "News"), "body", body="b" * 2001),
        place=SCRATCH,
    ),
    "create_club_ranking": case(
        lambda s: given(
            member_club(s.world).club_id, "Ranks", "ranking-club",
            member_club(s.world).campaigns[0].campaign_id,
        ),
        bad((1, "Ranks", "ranking-weekly")),
        bad((1, "Ranks", "ranking-club")),
        place=SCRATCH,
    ),
    "create_club_room": case(
        lambda s: given(
            member_club(s.world).club_id, "Winter", "ca-central", 8, TIME_ATTACK, SETTINGS,
            campaign_maps(s.world, 3),
        ),
        bad((1, "Room", "us-east", 8, TIME_ATTACK), "region"),
        bad((1, "Room", "eu-west", 0, TIME_ATTACK), "max_players"),
        bad((1, "Room", "eu-west", 8, TIME_ATTACK), "settings", settings=[{"key": 1}]),
        place=SCRATCH,
    ),
    "create_club_upload": case(
        lambda s: given(member_club(s.world).club_id, "Maps", "map-upload"),
        bad((1, "Uploads", "song-upload")),
        place=SCRATCH,
        examples=(1,),  # the page shows the request body first, then the answer
    ),
    "edit_club_activity": case(
        lambda s: given(*activity(s, "news"), "Renamed"),
        bad((1, 2), "position", position=-1),
        bad((1, 2), "public", public="no"),
        place=SCRATCH,
    ),
    "edit_club_campaign": case(
        lambda s: given(
            member_club(s.world).club_id, member_club(s.world).campaigns[0].campaign_id,
            "RPG maps", campaign_maps(s.world, 2),
        ),
        bad((1, 2), "name", name="n" * 21),
        place=SCRATCH,
    ),
    "edit_club_map_review": case(
        lambda s: given(*activity(s, "map-review"), "Edited", 300),
        bad((1, 2), "time_limit", time_limit=0),
        place=SCRATCH,
    ),
    "edit_club_news": case(
        lambda s: given(*activity(s, "news"), "Edited", "Headline"),
        bad((1, 2), "body", body="x" * 2001),
        place=SCRATCH,
    ),
    "edit_club_room": case(
        lambda s: given(*activity(s, "room"), "Winter 2026", "eu-west"),
        bad((1, 2), "maps", maps=["bad uid!"]),
        place=SCRATCH,
    ),
    "create_club_room_from_server": case(
        lambda s: given(member_club(s.world).club_id, "Test Room", SERVER_ACCOUNT.login),
        bad((1, "Room", ""), "login"),
        bad((1, "r" * 21, "login"), "name"),
        bad((1, "Room", "login"), "folder_id", folder_id=-1),
        place=SCRATCH,
    ),
    "edit_club_room_from_server": case(
        lambda s: given(*server_room(s), "Server room", SERVER_ACCOUNT.login),
        bad((1, 2, "Room", 5), "login"),
        bad((1, 0, "Room", "login"), "activity_id"),
        place=SCRATCH,
    ),
    "delete_club_activity": case(
        lambda s: given(*created_news(s)), bad((1, -1), "activity_id"), place=SCRATCH
    ),
    "add_club_upload_items": case(
        lambda s: given(*activity(s, "map-upload"), s.world.totd_maps()[-2:]),
        bad((1, 2, []), "len(item_ids)"),
        bad((1, 2, "one-id"), "item_ids"),
        place=SCRATCH,
    ),
    "remove_club_upload_items": case(
        lambda s: given(*activity(s, "map-upload"), s.world.totd_maps()[-2:]),
        bad((1, 2, [""]), "item_ids[0]"),
        place=SCRATCH,
    ),
}

MEET: dict[str, Case] = {
    "get_challenge": case(lambda s: given(cup(s).challenge_id), bad(("x",), "challenge_id")),
    "get_challenges": case(lambda s: given(length=3), bad((), "length", length=101)),
    "get_challenge_leaderboard": case(
        lambda s: given(cup(s).challenge_id), bad((1,), "length", length=101)
    ),
    "get_challenge_map_records": case(
        lambda s: given(cup(s).challenge_id, cup(s).map_uid), bad((1, "bad uid"), "map_uid")
    ),
    "get_club_competition": case(
        lambda s: given(member_comp(s).activity_id), bad((0,), "club_competition_id")
    ),
    "get_my_club_competitions": case(
        lambda s: given(length=5), bad((), "length", length=101)
    ),
    "get_round_matches": case(
        lambda s: given(cup(s).round_id(0)), bad((1,), "length", "100", length=101)
    ),
    "get_competition_player_matches": case(
        lambda s: given(team_comp(s).id, comps(s).participant(team_comp(s), 1)),
        bad((1, "nobody"), "account_id"),
    ),
    "get_competition_match_results": case(
        lambda s: given(team_comp(s).match_id(0, 0)), bad((1,), "length", "255", length=256)
    ),
    "get_competition": case(
        lambda s: given(cup(s).id),
        bad(("LID-MTCH-abc",), "competition_id", "LID-COMP-"),
        bad((0,), "competition_id"),
    ),
    "get_competitions": case(
        lambda s: given(length=3),
        bad((), "length", "100", length=101),
        bad((), "offset", offset=-1),
    ),
    "get_cups_of_the_day": case(
        lambda s: given(length=2), bad(("cotm",), "type", "grand_race")
    ),
    "get_cup_of_the_day": case(lambda s: given()),
    "get_competition_leaderboard": case(
        lambda s: given(cup(s).id, length=100), bad((1,), "length", "255", length=256)
    ),
    "get_competition_participants": case(
        lambda s: given(cup(s).id, length=5), bad((1,), "length", "255", length=256)
    ),
    "get_competition_rounds": case(lambda s: given(cup(s).id), bad(("3633",), "competition_id")),
    "get_competition_teams": case(
        lambda s: given(team_comp(s).id), bad((None,), "competition_id")
    ),
    "get_match": case(
        lambda s: given(team_match(s)), bad(("LID-COMP-abc",), "match_id", "LID-MTCH-")
    ),
    "get_match_participants": case(lambda s: given(team_match(s)), bad((-1,), "match_id")),
    "get_match_teams": case(lambda s: given(team_match(s)), bad((1.5,), "match_id")),
    "get_matchmaking_divisions": case(lambda s: given(2), bad((True,), "matchmaking_type")),
    "get_matchmaking_player_progressions": case(
        lambda s: given(5, some_players(s.world)), bad((5, "not-a-list"), "players")
    ),
    "get_matchmaking_player_ranks": case(
        lambda s: given(2, some_players(s.world)),
        bad((2, []), "players"),
        bad((2, [ME] * 151 + ["x"]), "players[151]"),
    ),
    "get_matchmaking_status": case(lambda s: given(5), bad(("royal",), "matchmaking_type")),
    "get_matchmaking_rankings": case(
        lambda s: given(2, offset=10, length=5),
        bad((6,), "matchmaking_type", "ranked-2v2"),
        bad((2,), "length", length=101),
    ),
    "get_matchmaking_ids": case(lambda s: given()),
    "get_super_royal_stats": case(lambda s: given()),
    "get_super_royal_status": case(lambda s: given()),
    "send_matchmaking_heartbeat": case(
        queued, bad((5, ["a"]), "play_with[0]"), place=OWN, examples=(0, 1)
    ),
    "cancel_matchmaking": case(lambda s: given(5), bad((1,), "matchmaking_type"), place=OWN),
}

OAUTH: dict[str, Case] = {
    "get_display_names": case(
        lambda s: given([ME, player(s.world)]),
        bad(([],), "len(account_ids)"),
        bad(("one-id",), "list of strings"),
        keyed=True,
    ),
    "get_account_ids": case(
        lambda s: given([SERVICE_ACCOUNT.display_name]), keyed=True
    ),
    "get_user": case(lambda s: given()),
    "get_admin_clubs": case(lambda s: given()),
    "get_favorite_maps": case(
        lambda s: given(1, 0),
        bad((), "length", ">= 1", length=0),
        bad((), "offset", offset=-1),
    ),
    "add_favorite_map": case(
        lambda s: given(s.world.totd_maps()[-5]), bad(("not a uid!",), "map_uid"), place=SCRATCH
    ),
    "remove_favorite_map": case(
        lambda s: given(s.world.totd_maps()[-5]), bad((None,), "map_uid"), place=SCRATCH
    ),
}

CASES: dict[str, dict[str, Case]] = {"core": CORE, "live": LIVE, "meet": MEET, "oauth": OAUTH}
"""Each API's cases, by function name."""

for _api, _cases in CASES.items():
    for _case in _cases.values():
        if _case.place not in PLACES:
            raise ValueError(f"{_api}: unknown place {_case.place!r}")
