"""Core API endpoints: contracts with the documentation, argument checks, and the emulator's
documented quirks, consistent with the Live API (same maps, players, zones, records)."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

import msgspec
import pytest

from nadeo_api import Client, HTTPStatusError, ServiceAccountRequiredError, auth
from nadeo_api._endpoint import Endpoint
from nadeo_api.emulator import SERVER_ACCOUNT, SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import emulator_settings

from .clock import TODAY
from .conftest import FAST, server_token, service_token
from .contract import check_declaration, query_names, refuses, route_pattern
from .declared import api_declarations
from .docs import documented, example_response, keys_kept, same_shape

_core = api_declarations("core")
_live_clubs = api_declarations("live")
_live_maps = api_declarations("live")
_live_records = api_declarations("live")

ME = SERVICE_ACCOUNT.account_id
FAR = "ZZZZZZZZZZZZZZZZZZZZZZZZZZZ"
"""A well-formed map UID no map has."""
NOBODY = "00000000-1111-2222-3333-444444444444"


def totd(world: Any) -> str:
    uid: str = world.totd_maps()[-1]
    return uid


def map_id(client: Client, token: auth.Token, uid: str) -> str:
    found: str = client.call(_core.get_maps_info_by_uids, token, [uid])[0]["mapId"]
    return found


def player(world: Any, index: int = 7) -> str:
    account: str = world.player_account_id(index)
    return account


def my_record(client: Client, token: auth.Token, world: Any) -> dict[str, Any]:
    records: list[dict[str, Any]] = client.call(
        _core.get_map_records_by_accounts, token, [ME], map_id(client, token, totd(world))
    )
    return records[0]


def showing_a_tag(client: Client, token: auth.Token, world: Any) -> str:
    """The service account, made to show a club tag (with the Live API) if it shows none."""
    if not client.call(_core.get_account_club_tags, token, [ME]):
        club = next(c for c in world.clubs if c.accounts_are_members)
        client.call(_live_clubs.DECLARATIONS["use_club_tag"], service_token(client), club.club_id)
    return ME


def favorite_uids(client: Client, token: auth.Token) -> list[str]:
    answer = client.call(_core.get_favorite_maps, token, 0, 10)
    return [favorite["mapUid"] for favorite in answer["mapFavoriteList"]]


@pytest.fixture(scope="module")
def core_client(emulator: Emulator) -> Iterator[Client]:
    with Client(emulator_settings(emulator, **FAST)) as running:
        yield running


@pytest.fixture(scope="module")
def user(emulator: Emulator, core_client: Client) -> auth.ServiceToken:
    return service_token(core_client, "core")


@pytest.fixture(scope="module")
def server(emulator: Emulator, core_client: Client) -> auth.DedicatedServerToken:
    return server_token(core_client, "core")


@pytest.fixture
def client(emu: Emulator, core_client: Client) -> Client:
    return core_client


Setup = typing.Callable[[Client, auth.Token, Any], tuple[Any, ...]]

# name -> (doc page, positional arguments, keyword arguments)
CONTRACTS: dict[str, tuple[str, Setup, dict[str, Any]]] = {
    "get_account_club_tags": (
        "core/accounts/club-tags.md", lambda c, t, w: ([showing_a_tag(c, t, w)],), {},
    ),
    "get_trophy_history": (
        "core/accounts/trophy-history.md", lambda c, t, w: (player(w),), {"count": 5},
    ),
    "get_trophy_summary": ("core/accounts/trophy-summary.md", lambda c, t, w: (ME,), {}),
    "get_web_identities": (
        "core/accounts/webidentities-account.md", lambda c, t, w: ([ME, player(w)],), {},
    ),
    "get_account_zones": ("core/accounts/zones.md", lambda c, t, w: ([ME, player(w)],), {}),
    "get_authored_maps": ("core/maps/authored.md", lambda c, t, w: (), {}),
    "get_submitted_maps": ("core/maps/submitted.md", lambda c, t, w: (), {}),
    "get_favorite_maps_by_uids": (
        "core/maps/favorites-uids.md", lambda c, t, w: ([*favorite_uids(c, t), FAR],), {},
    ),
    "get_favorite_maps": (
        "core/maps/favorites.md", lambda c, t, w: (0, 2),
        {"map_types": ["TrackMania\\TM_Race"], "playable": True, "only_mine": False},
    ),
    "get_maps_info_by_ids": (
        "core/maps/info-multiple-id.md",
        lambda c, t, w: ([map_id(c, t, totd(w)), map_id(c, t, w.totd_maps()[0])],), {},
    ),
    "get_maps_info_by_uids": (
        "core/maps/info-multiple-uid.md", lambda c, t, w: ([totd(w), w.totd_maps()[0]],), {},
    ),
    "get_map_info": ("core/maps/info.md", lambda c, t, w: (map_id(c, t, totd(w)),), {}),
    "get_map_vote": ("core/maps/vote.md", lambda c, t, w: (totd(w),), {}),
    "get_api_routes": ("core/meta/routes.md", lambda c, t, w: ("Client",), {}),
    "get_zones": ("core/meta/zones.md", lambda c, t, w: (), {}),
    "get_account_records": (
        "core/records/account-records-v2.md",
        lambda c, t, w: (ME, None, [w.seasonal_campaigns()[-1].season_uid]), {},
    ),
    "get_map_record": (
        "core/records/map-record.md", lambda c, t, w: (my_record(c, t, w)["mapRecordId"],), {},
    ),
    "get_map_records_by_accounts": (
        "core/records/map-records-v2-account.md",
        lambda c, t, w: ([ME], map_id(c, t, totd(w))), {},
    ),
    "get_map_records_by_ids": (
        "core/records/map-records-v2-id.md",
        lambda c, t, w: ([my_record(c, t, w)["mapRecordId"]],), {},
    ),
    "get_equipped_skins": ("core/skins/equipped.md", lambda c, t, w: ([ME],), {}),
    "get_favorite_skins": ("core/skins/favorites.md", lambda c, t, w: (ME,), {}),
    "get_skin_info": (
        "core/skins/info.md",
        lambda c, t, w: (c.call(_core.get_equipped_skins, t, [ME])[0]["skinId"],), {},
    ),
}
NULL_ANSWERS = {
    "add_favorite_map": "core/maps/add-favorite.md",
    "remove_favorite_map": "core/maps/remove-favorite.md",
    "set_map_vote": "core/maps/set-vote.md",
}
KEYED_BY_NAME = {"get_api_routes"}
GENERIC = {"delete", "get", "head", "options", "patch", "post", "put"}


def is_model(value: Any, model: Any) -> bool:
    """`isinstance` that also understands the `list[Item]` and `dict[str, Item]` aliases."""
    origin = typing.get_origin(model)
    if origin is list:
        (item,) = typing.get_args(model)
        return isinstance(value, list) and all(isinstance(v, item) for v in value)
    if origin is dict:
        _, item = typing.get_args(model)
        return isinstance(value, dict) and all(isinstance(v, item) for v in value.values())
    return isinstance(value, model)


def test_every_core_endpoint_is_declared_and_tested() -> None:
    pages = {
        e["doc"] for e in documented.__globals__["catalogue"]()
        if e["api"] == "core" and not e["deprecated"]
    }
    declared = {
        name for name, d in _core.DECLARATIONS.items()
        if name not in GENERIC and d.deprecated is None  # test_core_deprecated.py has those
    }
    assert declared == set(CONTRACTS) | set(NULL_ANSWERS)
    assert {page for page, _, _ in CONTRACTS.values()} | set(NULL_ANSWERS.values()) == pages


@pytest.mark.parametrize("name", sorted([*CONTRACTS, *NULL_ANSWERS]))
def test_declaration_matches_the_documentation(name: str) -> None:
    doc = NULL_ANSWERS.get(name) or CONTRACTS[name][0]
    check_declaration(_core.DECLARATIONS[name], doc)


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_documented_example_decodes_into_the_model(name: str) -> None:
    declared = _core.DECLARATIONS[name]
    example = example_response(CONTRACTS[name][0])
    model = msgspec.convert(example, type=declared.model_type())
    assert keys_kept(example, msgspec.to_builtins(model)) == []


def check_request(emu: Emulator, declared: Endpoint[Any], doc: str) -> None:
    entry = emu.log.entries[-1]
    assert entry.method == documented(doc)["method"]
    assert route_pattern(declared.route or "").match(entry.path), entry.path
    assert set(entry.params) <= query_names(documented(doc)["query"])


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_emulator_answers_with_the_documented_shape(
    emu: Emulator, client: Client, user: auth.ServiceToken, name: str
) -> None:
    doc, setup, kwargs = CONTRACTS[name]
    declared = _core.DECLARATIONS[name]
    args = setup(client, user, emu.world)
    emu.log.clear()
    answer = client.call(declared, user, *args, **kwargs)
    example = example_response(doc)
    if name in KEYED_BY_NAME:
        # The documented answer is an object keyed by route name: each value has its shape.
        (example, *_), answer_values = list(example.values()), list(answer.values())
        assert all(same_shape(example, value) == [] for value in answer_values)
    else:
        assert same_shape(example, answer) == []
    assert answer, "a representative request should not answer an empty value"
    assert is_model(client.call_typed(declared, user, *args, **kwargs), declared.model_type())
    check_request(emu, declared, doc)


@pytest.fixture
def own() -> Iterator[tuple[Emulator, Client, auth.ServiceToken]]:
    """An emulator of its own, for tests that change its state."""
    with Emulator(today=TODAY) as running, Client(emulator_settings(running, **FAST)) as own_client:
        yield running, own_client, service_token(own_client, "core")


@pytest.mark.parametrize("name", sorted(NULL_ANSWERS))
def test_changes_answer_null(
    own: tuple[Emulator, Client, auth.ServiceToken], name: str
) -> None:
    emu, client, user = own
    declared = _core.DECLARATIONS[name]
    args: tuple[Any, ...] = (totd(emu.world), 1) if name == "set_map_vote" else (totd(emu.world),)
    emu.log.clear()
    assert client.call(declared, user, *args) is None
    assert emu.log.entries[-1].status == 200
    check_request(emu, declared, NULL_ANSWERS[name])


BAD: list[tuple[str, tuple[Any, ...], dict[str, Any], tuple[str, ...]]] = [
    ("get_account_club_tags", ([],), {}, ("account_ids", "at least one")),
    ("get_account_club_tags", ([ME] * 250 + ["x"],), {}, ("account_ids[250]",)),
    ("get_account_club_tags", (ME,), {}, ("account_ids", "list")),
    ("get_account_zones", (["test"],), {}, ("account_ids[0]", "account ID")),
    ("get_web_identities", ([ME, "x"],), {}, ("account_ids[1]",)),
    ("get_equipped_skins", ([None],), {}, ("account_ids[0]",)),
    ("get_trophy_history", ("test",), {}, ("account_id", "UUID")),
    ("get_trophy_history", (ME,), {"count": 1001}, ("count", "1000")),
    ("get_trophy_history", (ME,), {"count": 0}, ("count",)),
    ("get_trophy_history", (ME,), {"offset": -1}, ("offset",)),
    ("get_trophy_history", (ME,), {"trophy_type": 10}, ("trophy_type", "from 1 to 9")),
    ("get_trophy_history", (ME,), {"trophy_type": 0}, ("trophy_type",)),
    ("get_trophy_summary", ("test",), {}, ("account_id",)),
    ("add_favorite_map", ("a" * 28,), {}, ("map_uid", "27")),
    ("remove_favorite_map", ("a/b",), {}, ("map_uid",)),
    ("get_favorite_maps_by_uids", ([],), {}, ("map_uids", "at least one")),
    ("get_favorite_maps_by_uids", (["ok", ""],), {}, ("map_uids[1]",)),
    ("get_favorite_maps", (0, 0), {}, ("length", ">= 1")),
    ("get_favorite_maps", (-1, 1), {}, ("offset",)),
    ("get_favorite_maps", (0, 1), {"sort": "author"}, ("sort", "date, name")),
    ("get_favorite_maps", (0, 1), {"order": "up"}, ("order", "asc, desc")),
    ("get_favorite_maps", (0, 1), {"map_types": "TrackMania\\TM_Race"}, ("map_types",)),
    ("get_favorite_maps", (0, 1), {"playable": 1}, ("playable", "True or False")),
    ("get_favorite_maps", (0, 1), {"only_mine": "no"}, ("only_mine",)),
    ("get_maps_info_by_ids", (["k45jQI6Y7XrPfe1T0hZhj4pKzY2"],), {}, ("map_ids[0]", "map ID")),
    ("get_maps_info_by_ids", ([NOBODY] * 300 + [1],), {}, ("map_ids[300]", "map ID")),
    ("get_maps_info_by_uids", (["a"] * 300 + ["a b"],), {}, ("map_uids[300]",)),
    ("get_map_info", ("yQ4ktCXu3SAxyRx9gar8hj7kVBb",), {}, ("map_id", "UUID")),
    ("set_map_vote", (FAR, 2), {}, ("vote", "-1, 0, 1")),
    ("set_map_vote", (FAR, True), {}, ("vote",)),
    ("set_map_vote", ("a" * 28, 1), {}, ("map_uid",)),
    ("get_map_vote", ("a b",), {}, ("map_uid",)),
    ("get_api_routes", ("client",), {}, ("usage", "Client, Server")),
    ("get_account_records", (ME,), {}, ("exactly one of map_ids and season_ids",)),
    ("get_account_records", (ME,), {"map_ids": [NOBODY], "season_ids": [NOBODY]}, ("exactly",)),
    ("get_account_records", (ME,), {"map_ids": ["x"]}, ("map_ids[0]",)),
    ("get_account_records", (ME,), {"season_ids": [NOBODY], "game_mode": "Race"}, ("game_mode",)),
    ("get_account_records", ("me",), {"map_ids": [NOBODY]}, ("account_id",)),
    ("get_map_record", ("x",), {}, ("map_record_id", "record ID")),
    ("get_map_records_by_accounts", ([ME], "x"), {}, ("map_id",)),
    ("get_map_records_by_accounts", ([], NOBODY), {}, ("account_ids",)),
    (
        "get_map_records_by_accounts", ([ME], NOBODY), {"season_id": "Personal_Best"},
        ("season_id", "Personal_Best"),
    ),
    ("get_map_records_by_accounts", ([ME], NOBODY), {"game_mode": "stunt"}, ("game_mode",)),
    ("get_map_records_by_ids", ([NOBODY, "x"],), {}, ("map_record_ids[1]",)),
    ("get_favorite_skins", ("x",), {}, ("account_id",)),
    ("get_skin_info", ("x",), {}, ("skin_id", "skin ID")),
]


@pytest.mark.parametrize(("name", "args", "kwargs", "words"), BAD)
def test_bad_arguments_fail_before_any_request(
    emu: Emulator, client: Client, user: auth.ServiceToken, name: str,
    args: tuple[Any, ...], kwargs: dict[str, Any], words: tuple[str, ...],
) -> None:
    declared = _core.DECLARATIONS[name]
    refuses(emu, lambda: client.call(declared, user, *args, **kwargs), *words)


USER_ONLY = {
    "get_account_club_tags": ([ME],), "get_trophy_history": (ME,), "get_trophy_summary": (ME,),
    "get_account_zones": ([ME],), "add_favorite_map": (FAR,), "remove_favorite_map": (FAR,),
    "get_authored_maps": (), "get_submitted_maps": (), "get_favorite_maps_by_uids": ([FAR],),
    "get_favorite_maps": (0, 1), "set_map_vote": (FAR, 1), "get_map_vote": (FAR,),
    "get_account_records": (ME, [NOBODY]), "get_equipped_skins": ([ME],),
    "get_favorite_skins": (ME,), "get_skin_info": (NOBODY,), "get_display_names": ([ME],),
}


def test_user_only_endpoints_are_declared_so() -> None:
    assert {n for n, d in _core.DECLARATIONS.items() if d.user_only} == set(USER_ONLY)


@pytest.mark.parametrize("name", sorted(USER_ONLY))
def test_user_only_endpoints_refuse_dedicated_servers(
    emu: Emulator, client: Client, server: auth.DedicatedServerToken, name: str
) -> None:
    emu.log.clear()
    with pytest.raises(ServiceAccountRequiredError):
        client.call(_core.DECLARATIONS[name], server, *USER_ONLY[name])
    assert len(emu.log) == 0


@pytest.mark.parametrize(
    "path", ["/accounts/clubTags/?accountIdList=" + ME, f"/accounts/{ME}/trophies",
             "/accounts/zones/?accountIdList=" + ME, f"/skins/{NOBODY}"],
)
def test_emulator_refuses_dedicated_servers_with_401(
    emu: Emulator, client: Client, server: auth.DedicatedServerToken, path: str
) -> None:
    with pytest.raises(HTTPStatusError) as error:
        client.call(_core.get, server, path)
    assert error.value.status == 401


def test_live_tokens_are_refused_locally(emu: Emulator, client: Client) -> None:
    live = service_token(client, "live")
    emu.log.clear()
    with pytest.raises(Exception, match="core|Core|NadeoServices|audience"):
        client.call(_core.get_zones, live)
    assert not emu.log.filter(api="core")


def status_of(client: Client, token: auth.Token, path: str, **kwargs: Any) -> tuple[int, Any]:
    """The status and JSON body the emulator answers to a raw request."""
    verb = kwargs.pop("verb", _core.get)
    try:
        return 200, client.call(verb, token, path, **kwargs)
    except HTTPStatusError as error:
        return error.status, error.body


# Quirks and errors


def test_account_lists_are_answered_sorted_by_account_id_in_both_forms(
    client: Client, user: auth.ServiceToken, emu: Emulator
) -> None:
    ids = [player(emu.world, i) for i in range(6)] + [ME]
    zones = client.call(_core.get_account_zones, user, ids)
    assert [z["accountId"] for z in zones] == sorted(ids)
    query = "&".join(f"accountIdList[]={i}" for i in ids)
    assert client.call(_core.get, user, f"/accounts/zones/?{query}") == zones


def test_invalid_account_is_the_documented_400(client: Client, user: auth.ServiceToken) -> None:
    status, body = status_of(client, user, "/accounts/zones/?accountIdList=test")
    assert status == 400
    assert (body["code"], body["info"]) == ("C-AA-00-03", {"accountIdList": "Invalid account id."})
    status, body = status_of(client, user, "/accounts/test/trophies/lastYearSummary")
    assert (status, body["info"]) == (400, ['accountId: "test" is not a valid UUID.'])


def test_too_long_uri_is_a_414(client: Client, user: auth.ServiceToken, emu: Emulator) -> None:
    ids = ",".join(player(emu.world, i) for i in range(230))
    status, _ = status_of(client, user, f"/webidentities/by-account/?accountIdList={ids}")
    assert status == 414
    fits = [player(emu.world, i) for i in range(200)]
    assert len(client.call(_core.get_web_identities, user, fits)) == 400


def test_zones_agree_with_the_world_and_live(
    client: Client, user: auth.ServiceToken, emu: Emulator
) -> None:
    zones = client.call_typed(_core.get_zones, user)
    assert [z.zone_id for z in zones] == [z.zone_id for z in emu.world.zones]
    assert zones[0].parent_id is None and zones[0].name == "World"
    someone = player(emu.world)
    (mine,) = client.call(_core.get_account_zones, user, [someone])
    assert mine["zoneId"] == emu.world.account_zone(someone).zone_id


def test_web_identities_come_in_pairs_with_the_tokens_ubisoft_id(
    client: Client, user: auth.ServiceToken, emu: Emulator
) -> None:
    answer = client.call_typed(_core.get_web_identities, user, [ME, player(emu.world), NOBODY])
    assert [(i.account_id == ME, i.provider) for i in answer if i.account_id == ME] == [
        (True, "ubiServices"), (True, "uplay"),
    ]
    assert len(answer) == 4
    ubisoft = user.access_token.payload["ubiservices_uid"]
    assert {i.uid for i in answer if i.account_id == ME} == {ubisoft}


def test_trophy_summary_points_add_up_and_agree_with_live(
    client: Client, user: auth.ServiceToken, emu: Emulator
) -> None:
    summary = client.call_typed(_core.get_trophy_summary, user, ME)
    assert summary.points == sum(c * 10**k for k, c in enumerate(summary.counts)) > 0
    live = service_token(client, "live")
    ranking = client.call(_live_records.DECLARATIONS["get_my_trophy_ranking"], live)
    assert summary.points == ranking["countPoint"]
    nobody = client.call_typed(_core.get_trophy_summary, user, NOBODY)
    assert (nobody.points, nobody.counts) == (0, (0,) * 9)


def test_trophy_history_pages_and_filters(
    client: Client, user: auth.ServiceToken, emu: Emulator
) -> None:
    someone = player(emu.world)
    first = client.call_typed(_core.get_trophy_history, user, someone, count=4)
    later = client.call_typed(_core.get_trophy_history, user, someone, count=2, offset=2)
    assert first.count == 4 and later.data == first.data[2:]
    stamps = [e.timestamp for e in first.data]
    assert stamps == sorted(stamps, reverse=True)
    tier = client.call_typed(_core.get_trophy_history, user, someone, count=1000, trophy_type=3)
    assert tier.total_count < first.total_count
    assert all(e.t3_count > 0 for e in tier.data) and len(tier.data) == tier.total_count
    unknown = client.call(_core.get_trophy_history, user, NOBODY)
    assert unknown == {"count": 0, "data": [], "offset": 0, "totalCount": 0}


def test_club_tags_follow_the_live_tag_choice(
    own: tuple[Emulator, Client, auth.ServiceToken],
) -> None:
    emu, client, user = own
    assert client.call(_core.get_account_club_tags, user, [ME]) == []
    live = service_token(client, "live")
    club = next(c for c in emu.world.clubs if c.accounts_are_members)
    shown = client.call(_live_clubs.DECLARATIONS["use_club_tag"], live, club.club_id)
    (tag,) = client.call_typed(_core.get_account_club_tags, user, [ME, NOBODY])
    assert (tag.account_id, tag.club_tag) == (ME, shown["tag"])


def test_maps_agree_with_live_and_are_sorted_by_the_key_asked(
    client: Client, user: auth.ServiceToken, emu: Emulator
) -> None:
    uids = emu.world.totd_maps()[-5:]
    by_uid = client.call_typed(_core.get_maps_info_by_uids, user, [*uids, FAR])
    assert [m.map_uid for m in by_uid] == sorted(uids)
    by_id = client.call(_core.get_maps_info_by_ids, user, [m.map_id for m in by_uid] + [NOBODY])
    assert [m["mapId"] for m in by_id] == sorted(m.map_id for m in by_uid)
    live = client.call(_live_maps.DECLARATIONS["get_map_info"], service_token(client), uids[0])
    core = client.call(_core.get_map_info, user, live["mapId"])
    assert (core["mapUid"], core["authorScore"], core["fileUrl"]) == (
        uids[0], live["authorTime"], live["downloadUrl"],
    )


def test_map_info_errors(client: Client, user: auth.ServiceToken) -> None:
    assert status_of(client, user, f"/maps/{NOBODY}")[0] == 404
    status, body = status_of(client, user, "/maps/not-an-id")
    assert (status, body["info"]) == (400, ["mapId: Invalid uuid."])


def test_authored_and_submitted_maps_are_the_accounts_made_and_uploaded_maps(
    client: Client, user: auth.ServiceToken
) -> None:
    authored = client.call_typed(_core.get_authored_maps, user)
    submitted = client.call_typed(_core.get_submitted_maps, user)
    assert authored.count == len(authored.map_list) > 0
    assert submitted.count == len(submitted.map_list) > 0
    assert all(m.author == ME for m in authored.map_list)
    assert all(m.submitter == ME for m in submitted.map_list)
    # Most maps the account both made and uploaded; one each it only made or only uploaded.
    both = {m.map_uid for m in authored.map_list} & {m.map_uid for m in submitted.map_list}
    assert len(both) == authored.count - 1 == submitted.count - 1


def test_favorites_change_and_are_shared_with_live(
    own: tuple[Emulator, Client, auth.ServiceToken],
) -> None:
    emu, client, user = own
    uid = emu.world.seasonal_campaigns()[-1].map_uids[0]
    before = client.call_typed(_core.get_favorite_maps, user, 0, 100)
    assert client.call(_core.add_favorite_map, user, uid) is None
    assert client.call(_core.add_favorite_map, user, FAR) is None
    after = client.call_typed(_core.get_favorite_maps, user, 0, 100)
    assert after.count == before.count + 1
    assert after.map_favorite_list[0].map_uid == uid
    newest_first = [f.timestamp for f in after.map_favorite_list]
    assert newest_first == sorted(newest_first, reverse=True)
    live = client.call(_live_maps.DECLARATIONS["get_favorite_maps"], service_token(client), 100)
    assert uid in {m["uid"] for m in live["mapList"]}
    found = client.call_typed(_core.get_favorite_maps_by_uids, user, [FAR, uid])
    assert [f.map_uid for f in found.map_favorite_list] == [uid]
    client.call(_core.remove_favorite_map, user, uid)
    assert client.call_typed(_core.get_favorite_maps, user, 0, 100).count == before.count
    page = client.call_typed(_core.get_favorite_maps, user, 1, 1, sort="name", order="asc")
    assert page.count == before.count and len(page.map_favorite_list) == 1
    assert client.call(_core.get_favorite_maps, user, 0, 5, map_types=["TM_Stunt"])["count"] == 0


def test_invalid_favorite_uid_is_a_400(client: Client, user: auth.ServiceToken) -> None:
    status, body = status_of(client, user, "/maps/favorites", verb=_core.post,
                             body={"mapUid": "a" * 30})
    assert status == 400 and body["code"] == "C-AA-00-03"


def test_votes_change(own: tuple[Emulator, Client, auth.ServiceToken]) -> None:
    emu, client, user = own
    uid = totd(emu.world)
    assert client.call(_core.get_map_vote, user, uid)["vote"] == 0
    client.call(_core.set_map_vote, user, uid, -1)
    vote = client.call_typed(_core.get_map_vote, user, uid)
    assert (vote.vote, vote.vote_date) == (-1, f"{emu.world.today.isoformat()}T00:00:00+00:00")
    client.call(_core.set_map_vote, user, uid, 0)
    assert client.call(_core.get_map_vote, user, uid)["vote"] == 0
    unknown = status_of(client, user, f"/maps/{FAR}/votes", verb=_core.post, body={"vote": 1})
    assert unknown[0] == 404
    status, body = status_of(client, user, f"/maps/{'a' * 28}/votes")
    assert (status, body["info"]) == (
        400, ["mapUid: This value is too long. It should have 27 characters or less."]
    )


def test_api_routes_list_the_core_routes(client: Client, user: auth.ServiceToken) -> None:
    routes = client.call_typed(_core.get_api_routes, user, "Client")
    assert {(r.method, r.path) for r in routes.values()} >= {("GET", "/zones/")}
    server = client.call(_core.get_api_routes, user, "Server")
    assert len(server) < len(routes) and "nadeoservices_get_zones" in server
    assert status_of(client, user, "/api/routes?usage=Player")[0] == 400


def test_records_agree_with_the_live_leaderboard(
    client: Client, user: auth.ServiceToken, emu: Emulator
) -> None:
    uid = totd(emu.world)
    board = emu.world.leaderboard(uid)
    someone = board.record(board.secret_positions + 20).account_id
    mid = map_id(client, user, uid)
    answer = client.call_typed(_core.get_map_records_by_accounts, user, [someone, ME, NOBODY], mid)
    assert [r.account_id for r in answer] == [someone, ME]
    theirs = answer[0]
    assert theirs.record_score.time == board.true_score(board.secret_positions + 20)
    assert (theirs.scope_type, theirs.scope_id, theirs.map_id) == ("PersonalBest", None, mid)
    again = client.call_typed(_core.get_map_record, user, theirs.map_record_id)
    assert again == theirs
    ids = [r.map_record_id for r in answer]
    by_ids = client.call_typed(_core.get_map_records_by_ids, user, ids)
    assert by_ids == answer
    season = client.call_typed(
        _core.get_map_records_by_accounts, user, [ME], mid, season_id=board.info.group_uid
    )
    assert season[0].scope_id == board.info.group_uid
    assert season[0].map_record_id != answer[1].map_record_id


def test_secret_threshold_hides_times(
    client: Client, user: auth.ServiceToken, emu: Emulator
) -> None:
    uid = next(u for u in emu.world.totd_maps() if emu.world.leaderboard(u).secret_positions)
    board = emu.world.leaderboard(uid)
    hidden = board.record(1).account_id
    (record,) = client.call_typed(
        _core.get_map_records_by_accounts, user, [hidden], map_id(client, user, uid)
    )
    assert record.record_score.time == 4294967295 and record.record_score.race_time == "-:--.---"


def test_map_records_errors_and_game_modes(
    client: Client, user: auth.ServiceToken, emu: Emulator
) -> None:
    mid = map_id(client, user, totd(emu.world))
    with pytest.raises(HTTPStatusError) as error:
        client.call(_core.get_map_records_by_accounts, user, [ME], mid, game_mode="Stunt")
    assert error.value.status == 404
    assert client.call(
        _core.get_map_records_by_accounts, user, [ME], mid, game_mode="TimeAttackClone"
    ) == []
    route = "/v2/mapRecords/by-account/?accountIdList="
    assert status_of(client, user, f"{route}{ME}&mapId={NOBODY}")[0] == 404
    status, body = status_of(client, user, f"{route}x&mapId={mid}")
    assert (status, body["info"]) == (400, ["accountIdList: Invalid account id."])
    assert client.call(_core.get_map_records_by_ids, user, [NOBODY]) == []
    assert status_of(client, user, f"/mapRecords/{NOBODY}")[0] == 404


def test_account_records_are_the_accounts_own(
    client: Client, user: auth.ServiceToken, emu: Emulator
) -> None:
    campaign = emu.world.seasonal_campaigns()[-1]
    seasons = [campaign.season_uid]
    season = client.call_typed(_core.get_account_records, user, ME, season_ids=seasons)
    assert len(season) == len(campaign.map_uids)
    assert {r.scope_id for r in season} == {campaign.season_uid}
    mid = season[0].map_id
    one = client.call_typed(_core.get_account_records, user, ME, map_ids=[mid, NOBODY])
    assert [(r.map_id, r.scope_type) for r in one] == [(mid, "PersonalBest")]
    route = f"/v2/accounts/{player(emu.world)}/mapRecords?mapIdList={mid}"
    status, body = status_of(client, user, route)
    assert (status, body["code"]) == (403, "C-AA-00-19")
    filtered = status_of(
        client, user, f"/v2/accounts/{ME}/mapRecords?mapIdList={mid}&seasonIdList={seasons[0]}"
    )
    assert [r["mapId"] for r in filtered[1]] == [mid]
    assert status_of(client, user, f"/v2/accounts/{ME}/mapRecords")[0] == 400


def test_skins(client: Client, user: auth.ServiceToken, emu: Emulator) -> None:
    ids = [player(emu.world, i) for i in range(40)]
    equipped = client.call_typed(_core.get_equipped_skins, user, ids)
    assert 0 < len(equipped) < len(ids)
    skin = client.call_typed(_core.get_skin_info, user, equipped[0].skin_id)
    assert skin.skin_id == equipped[0].skin_id and skin.filename.endswith(".zip")
    garage = client.call_typed(_core.get_favorite_skins, user, ME)
    assert garage and all(client.call(_core.get_skin_info, user, s.skin_id) for s in garage[:2])
    status, body = status_of(client, user, f"/accounts/{player(emu.world)}/skins/favorites")
    assert (status, body["code"]) == (403, "C-AA-00-05")
    assert status_of(client, user, f"/skins/{NOBODY}")[0] == 404
    assert client.call(_core.get, user, f"/accounts/skins/?accountIdList={ME}") == (
        client.call(_core.get_equipped_skins, user, [ME])
    )


def test_server_account_ids_exist(client: Client, user: auth.ServiceToken) -> None:
    assert len(client.call(_core.get_web_identities, user, [SERVER_ACCOUNT.account_id])) == 2

