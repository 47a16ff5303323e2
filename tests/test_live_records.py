"""Leaderboard, ranking, medal and trophy endpoints: contracts with the documentation, argument
checks, and the emulator's documented quirks, consistent with `get_map_leaderboard`."""

from __future__ import annotations

from typing import Any

import pytest

from nadeo_api import Client, ServerError, ServiceAccountRequiredError, auth
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

from .contract import (
    Arguments,
    check_answer,
    check_declaration,
    check_example,
    refuses,
)
from .declared import api_declarations

_live = api_declarations("live")
_live_records = api_declarations("live")


def member_club(world: Any) -> Any:
    return next(club for club in world.clubs if club.accounts_are_members)


def season(world: Any) -> str:
    group: str = world.seasonal_campaigns()[-1].season_uid
    return group


def totd(world: Any) -> str:
    uid: str = world.totd_maps()[-1]
    return uid


def own_position(world: Any, uid: str) -> int:
    """The service account's world position on a map (it has a record on every map)."""
    position: int = world.leaderboard(uid).position_of_account(SERVICE_ACCOUNT.account_id)
    return position


def worse_than_own(world: Any, uid: str, behind: int = 0) -> int:
    """A score worse than the service account's record (surround answers no better one)."""
    score: int = world.leaderboard(uid).true_score(own_position(world, uid) + behind) + 1
    return score


def readable_totd(world: Any) -> str:
    """A Track of the Day on which the service account's record is among the readable 10,000."""
    return next(u for u in reversed(world.totd_maps()) if own_position(world, u) < 9_000)


# name -> (doc page, arguments from the world, keyword arguments)
CONTRACTS: dict[str, tuple[str, Arguments, dict[str, Any]]] = {
    "get_campaign_club_ranking": (
        "live/leaderboards/campaign-club-ranking.md",
        lambda w: (season(w), member_club(w).club_id), {},
    ),
    "get_campaign_club_leaderboard": (
        "live/leaderboards/campaign-club-top.md",
        lambda w: (season(w), member_club(w).club_id), {},
    ),
    "get_campaign_ranking": (
        "live/leaderboards/campaign-ranking.md",
        lambda w: (season(w), SERVICE_ACCOUNT.account_id), {},
    ),
    "get_campaign_leaderboard": (
        "live/leaderboards/campaign-top.md", lambda w: (season(w),), {"length": 100},
    ),
    "get_map_medal_records": ("live/leaderboards/medals.md", lambda w: (totd(w),), {}),
    "get_player_records": (
        "live/leaderboards/player-records.md", lambda w: ([totd(w)],), {},
    ),
    "get_record_positions": (
        "live/leaderboards/position.md",
        lambda w: ({totd(w): 60_000, w.totd_maps()[-2]: 70_000},), {},
    ),
    "get_surrounding_records": (
        "live/leaderboards/surround.md", lambda w: (totd(w), worse_than_own(w, totd(w))), {},
    ),
    "get_club_map_leaderboard": (
        "live/leaderboards/top-club.md",
        lambda w: (totd(w), member_club(w).club_id), {"length": 100},
    ),
    "get_my_trophy_ranking": ("live/leaderboards/trophies-self.md", lambda w: (), {}),
    "get_trophy_rankings": (
        "live/leaderboards/trophies.md",
        lambda w: ([w.player_account_id(1), SERVICE_ACCOUNT.account_id],), {},
    ),
}


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_declaration_matches_the_documentation(name: str) -> None:
    check_declaration(_live_records.DECLARATIONS[name], CONTRACTS[name][0])


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_documented_example_decodes_into_the_model(name: str) -> None:
    check_example(_live_records.DECLARATIONS[name], CONTRACTS[name][0])


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_emulator_answers_with_the_documented_shape(
    emu: Emulator, client: Client, user: auth.ServiceToken, name: str
) -> None:
    doc, arguments, kwargs = CONTRACTS[name]
    check_answer(
        emu, client, user, _live_records.DECLARATIONS[name], doc, arguments(emu.world), kwargs
    )


def test_player_records_and_positions_share_the_seed_handler_route() -> None:
    records = _live_records.get_player_records
    positions = _live_records.get_record_positions
    seed = ("POST", "/api/token/leaderboard/group/map")
    assert (records.method, records.route) == seed == (positions.method, positions.route)


MAP = "ZJw6_4CItmVlRMPgELl4Q37Utw2"
GROUP = "dccdf820-6a24-4ab1-9078-58fea41282db"
ACCOUNT = "5b4d42f4-c2de-407d-b367-cbff3fe817bc"

BAD: list[tuple[str, tuple[Any, ...], dict[str, Any], tuple[str, ...]]] = [
    ("get_campaign_club_ranking", ("Personal_Best", 9), {}, ("group_uid", "Personal_Best")),
    ("get_campaign_club_ranking", (GROUP, 0), {}, ("club_id", ">= 1")),
    ("get_campaign_club_leaderboard", (GROUP, 9), {"length": 0}, ("length", ">= 1")),
    ("get_campaign_club_leaderboard", (GROUP, 9), {"offset": -1}, ("offset",)),
    ("get_campaign_club_leaderboard", ("Personal_Best", 9), {}, ("group_uid",)),
    ("get_campaign_ranking", (GROUP, "someone"), {}, ("account_id", "UUID")),
    ("get_campaign_ranking", ("Personal_Best", ACCOUNT), {}, ("group_uid",)),
    ("get_campaign_leaderboard", (GROUP,), {"length": 101}, ("length", "from 1 to 100")),
    ("get_campaign_leaderboard", (GROUP,), {"only_world": "yes"}, ("only_world",)),
    ("get_campaign_leaderboard", ("Personal_Best",), {}, ("group_uid",)),
    ("get_map_medal_records", ("a b",), {}, ("map_uid",)),
    ("get_map_medal_records", (MAP, ""), {}, ("group_uid",)),
    ("get_player_records", ([],), {}, ("map_uids", "at least one")),
    ("get_player_records", ([MAP] * 51 + [""],), {}, ("map_uids[51]",)),
    ("get_player_records", (MAP,), {}, ("map_uids", "list")),
    ("get_player_records", (["a/b"],), {}, ("map_uids[0]",)),
    ("get_record_positions", ({},), {}, ("scores", "at least one")),
    ("get_record_positions", ({MAP: "60000"},), {}, ("scores", "int")),
    ("get_record_positions", ({MAP: -1},), {}, ("scores", ">= 0")),
    ("get_record_positions", ([MAP],), {}, ("scores", "dict")),
    ("get_surrounding_records", (MAP, 60000), {"lower": 2}, ("lower", "from 0 to 1")),
    ("get_surrounding_records", (MAP, 60000), {"upper": -1}, ("upper", "from 0 to 1")),
    ("get_surrounding_records", (MAP, 60000), {"zone_id": GROUP}, ("zone_id", "only_world")),
    ("get_surrounding_records", (MAP, "fast"), {}, ("score", "int")),
    ("get_club_map_leaderboard", (MAP, 9), {"length": 101}, ("length", "from 1 to 100")),
    ("get_club_map_leaderboard", (MAP, 9), {"length": 100, "offset": 9901},
     ("length + offset", "10000")),
    ("get_club_map_leaderboard", (MAP, "9"), {}, ("club_id",)),
    ("get_trophy_rankings", ([],), {}, ("account_ids", "at least one")),
    ("get_trophy_rankings", (ACCOUNT,), {}, ("account_ids", "list")),
    ("get_trophy_rankings", ([ACCOUNT, "x"],), {}, ("account_ids[1]", "UUID")),
]


@pytest.mark.parametrize(("name", "args", "kwargs", "words"), BAD)
def test_bad_arguments_fail_before_any_request(
    emu: Emulator, client: Client, user: auth.ServiceToken, name: str,
    args: tuple[Any, ...], kwargs: dict[str, Any], words: tuple[str, ...],
) -> None:
    declared = _live_records.DECLARATIONS[name]
    refuses(emu, lambda: client.call(declared, user, *args, **kwargs), *words)


@pytest.mark.parametrize(
    ("name", "args"),
    [("get_campaign_club_ranking", (GROUP, 9)), ("get_my_trophy_ranking", ()),
     ("get_surrounding_records", (MAP,))],
)
def test_user_only_requests_refuse_dedicated_servers(
    emu: Emulator, client: Client, server: auth.DedicatedServerToken, name: str,
    args: tuple[Any, ...],
) -> None:
    emu.log.clear()
    with pytest.raises(ServiceAccountRequiredError):
        client.call(_live_records.DECLARATIONS[name], server, *args)
    assert len(emu.log) == 0


def world_record(client: Client, user: auth.ServiceToken, uid: str, position: int) -> Any:
    """The record at a world position, read with `get_map_leaderboard`."""
    answer = client.call(_live.get_map_leaderboard, user, uid, length=1, offset=position - 1)
    return answer["tops"][0]["top"][0]


def test_surround_without_score_places_the_account_record(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = totd(emu.world)
    mine = client.call(_live_records.get_player_records, user, [uid])[0]
    answer = client.call(_live_records.get_surrounding_records, user, uid)
    top = answer["tops"][0]["top"]
    position = mine["zones"][0]["ranking"]["position"]
    assert [r["position"] for r in top] == [position - 1, position, position + 1]
    assert top[1] == {**top[1], "accountId": SERVICE_ACCOUNT.account_id, "score": mine["score"]}
    if position <= 10_000:
        assert top[0]["accountId"] == world_record(client, user, uid, position - 1)["accountId"]


def test_surround_with_a_score_is_a_fake_record_between_real_ones(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = readable_totd(emu.world)
    score = worse_than_own(emu.world, uid, behind=500)
    top = client.call(_live_records.get_surrounding_records, user, uid, score)["tops"][0]["top"]
    assert top[1]["accountId"] == SERVICE_ACCOUNT.account_id and top[1]["score"] == score
    before = world_record(client, user, uid, top[0]["position"])
    after = world_record(client, user, uid, top[1]["position"])
    assert before["accountId"] == top[0]["accountId"] and before["score"] < score
    assert after["accountId"] == top[2]["accountId"] and after["score"] >= score
    assert top[2]["position"] == top[1]["position"] + 1


def test_surround_lists_each_zone_of_the_account_unless_only_world(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = totd(emu.world)
    score = worse_than_own(emu.world, uid)
    zones = client.call(_live_records.get_surrounding_records, user, uid, score,
                        only_world=False)["tops"]
    chain = emu.world.zone_chain(emu.world.account_zone(SERVICE_ACCOUNT.account_id).zone_id)
    assert [z["zoneId"] for z in zones] == [z.zone_id for z in chain]
    one = client.call(_live_records.get_surrounding_records, user, uid, score,
                      only_world=False, zone_id=chain[2].zone_id)["tops"]
    assert [z["zoneName"] for z in one] == [chain[2].name]


def test_surround_quirks(
    emu: Emulator, client: Client, user: auth.ServiceToken, server: auth.DedicatedServerToken
) -> None:
    uid = totd(emu.world)
    route = f"api/token/leaderboard/group/Personal_Best/map/{uid}/surround"
    # A score in the leaderboard behind the account's own record, whatever the map's times are.
    score = worse_than_own(emu.world, uid)
    # At most one record on each side, whatever is asked.
    wide = client.call(_live.get, user, f"{route}/5/5", params={"score": score,
                                                                "onlyWorld": "true"})
    assert len(wide["tops"][0]["top"]) == 3
    # zoneId is ignored with onlyWorld=true.
    zone = emu.world.zone_chain(emu.world.account_zone(SERVICE_ACCOUNT.account_id).zone_id)[2]
    ignored = client.call(_live.get, user, f"{route}/1/1",
                          params={"score": score, "onlyWorld": "true", "zoneId": zone.zone_id})
    assert [t["zoneName"] for t in ignored["tops"]] == ["World"]
    # Without a score, an account without a record gets {}.
    assert client.call(_live.get, server, f"{route}/1/1") == {}
    # An unknown map is an empty leaderboard holding only the score, first.
    fake = client.call(_live_records.get_surrounding_records, user, "NoSuchMap_fake", 60_785)
    assert [(r["position"], r["score"]) for r in fake["tops"][0]["top"]] == [(1, 60_785)]
    # An unknown group answers {}.
    assert client.call(_live_records.get_surrounding_records, user, uid, 1, "nope") == {}


def test_medals_are_the_slowest_records_reaching_each_medal(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = totd(emu.world)
    board = emu.world.leaderboard(uid)
    medals = client.call(_live_records.get_map_medal_records, user, uid)["medals"]
    info = client.call_typed(_live_records.get_map_medal_records, user, uid)
    assert [m.medal for m in info.medals] == [m["medal"] for m in medals]
    assert medals[0]["medal"] == "Author"
    position = board.position_for_score(board.info.author_time + 1) - 1
    assert position <= 10_000
    record = world_record(client, user, uid, position)
    assert (record["accountId"], record["score"]) == (medals[0]["accountId"], medals[0]["score"])
    assert record["score"] <= board.info.author_time
    assert world_record(client, user, uid, position + 1)["score"] > board.info.author_time


def test_medals_of_unknown_maps_and_groups(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    medals = _live_records.get_map_medal_records
    assert client.call(medals, user, "NoSuchMap")["medals"] == []
    assert client.call(medals, user, totd(emu.world), "nope") == {}


def test_player_records_agree_with_the_map_leaderboard(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uids = emu.world.totd_maps()[-3:]
    answer = client.call(_live_records.get_player_records, user, [uids[0], "NoSuchMap", uids[0]])
    # Unknown maps are left out; a map named twice is sent, and answered, once (the service
    # itself answers each time a map is named, as the raw request below shows).
    assert [r["mapUid"] for r in answer] == [uids[0]]
    body = {"maps": [{"mapUid": uids[0], "groupUid": "Personal_Best"}] * 2}
    twice = client.call(_live.post, user, "api/token/leaderboard/group/map", body=body)
    assert [r["mapUid"] for r in twice] == [uids[0], uids[0]]
    position = answer[0]["zones"][0]["ranking"]["position"]
    board = emu.world.leaderboard(uids[0])
    assert board.position_of_account(SERVICE_ACCOUNT.account_id) == position
    assert answer[0]["score"] == board.true_score(position)


def test_only_the_first_50_maps_are_answered(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = totd(emu.world)
    body = {"maps": [{"mapUid": uid, "groupUid": "Personal_Best"}] * 51}
    assert len(client.call(_live.post, user, "api/token/leaderboard/group/map", body=body)) == 50


def test_positions_by_score_agree_with_the_map_leaderboard(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = totd(emu.world)
    score = emu.world.leaderboard(uid).true_score(300) + 1
    emu.log.clear()
    (answer,) = client.call(_live_records.get_record_positions, user, {uid: score})
    assert emu.log.entries[-1].params == {f"scores[{uid}]": [str(score)]}
    position = answer["zones"][0]["ranking"]["position"]
    assert world_record(client, user, uid, position - 1)["score"] < score
    assert world_record(client, user, uid, position)["score"] >= score


def test_positions_of_scores_for_maps_missing_from_the_body_are_a_500(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    body = {"maps": [{"mapUid": totd(emu.world), "groupUid": "Personal_Best"}]}
    with pytest.raises(ServerError):
        client.call(_live.post, user, "api/token/leaderboard/group/map",
                    params={"scores[Other]": 1}, body=body)


def test_club_map_leaderboard_ranks_members_within_the_club(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    uid, club = totd(world), member_club(world)
    answer = client.call(_live_records.get_club_map_leaderboard, user, uid, club.club_id,
                         length=100)
    top = answer["top"]
    assert [r["position"] for r in top] == list(range(1, len(top) + 1))
    board = world.leaderboard(uid)
    worlds = [board.position_of_account(r["accountId"]) for r in top]
    assert worlds == sorted(worlds)
    assert all(r["score"] == board.shown_score(p) for r, p in zip(top, worlds, strict=True))
    mine = next(r for r in top if r["accountId"] == SERVICE_ACCOUNT.account_id)
    # The first answer of that endpoint may say position 1: the second is the real one.
    client.call(_live.get_player_club_record, user, uid, club.club_id)
    club_record = client.call(_live.get_player_club_record, user, uid, club.club_id)
    assert club_record["position"] == mine["position"]


def test_club_map_leaderboard_quirks(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    uid, club = totd(world), member_club(world)
    route = f"api/token/leaderboard/group/Personal_Best/map/{uid}/club/{club.club_id}/top"
    capped = client.call(_live.get, user, route, params={"length": 150})
    assert len(capped["top"]) == min(100, capped["length"])
    fake = client.call(_live_records.get_club_map_leaderboard, user, "NoSuchMap", club.club_id)
    assert (fake["length"], fake["top"]) == (0, [])
    assert client.call(_live_records.get_club_map_leaderboard, user, uid, club.club_id,
                       "nope") == {}


def test_campaign_rankings_agree_with_each_other(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    group, club = season(world), member_club(world)
    mine = client.call(_live_records.get_campaign_ranking, user, group,
                       SERVICE_ACCOUNT.account_id)
    position = mine["zones"][0]["ranking"]["position"]
    top = client.call(_live_records.get_campaign_leaderboard, user, group, length=100,
                      offset=0)["tops"][0]["top"]
    assert [int(r["sp"]) for r in top] == sorted((int(r["sp"]) for r in top), reverse=True)
    assert int(top[-1]["sp"]) >= int(mine["sp"]) or position <= 100
    members = client.call(_live_records.get_campaign_club_leaderboard, user, group,
                          club.club_id, length=1000)
    ranked = client.call(_live_records.get_campaign_club_ranking, user, group, club.club_id)
    entry = next(r for r in members["top"] if r["accountId"] == SERVICE_ACCOUNT.account_id)
    assert (entry["position"], entry["sp"]) == (ranked["position"], ranked["sp"])
    assert ranked["sp"] == mine["sp"]


def test_campaign_quirks(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    group = season(emu.world)
    unknown = "00000000-0000-4000-8000-000000000000"
    r = _live_records
    assert client.call(r.get_campaign_ranking, user, unknown, SERVICE_ACCOUNT.account_id) == {}
    assert client.call(r.get_campaign_ranking, user, group, unknown) == {}
    assert client.call(r.get_campaign_leaderboard, user, unknown) == {}
    assert client.call(r.get_campaign_club_ranking, user, unknown, 9) == {}
    # An unknown club ranks the account first.
    assert client.call(r.get_campaign_club_ranking, user, group, 999_999)["position"] == 1
    assert client.call(r.get_campaign_club_leaderboard, user, group, 999_999)["top"] == []
    emu.log.clear()
    assert client.call(r.get_campaign_club_leaderboard, user, unknown, 9) == {}
    assert emu.log.entries[-1].status == 200


def test_trophy_rankings_agree_with_the_account_own(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    mine = client.call(_live_records.get_my_trophy_ranking, user)
    (theirs,) = client.call(_live_records.get_trophy_rankings, user,
                            [SERVICE_ACCOUNT.account_id, "00000000-0000-4000-8000-000000000000"]
                            )["rankings"]
    assert theirs["countPoint"] == mine["countPoint"]
    assert theirs["echelon"] == mine["echelon"]
    assert theirs["zones"] == [zone["ranking"] for zone in mine["zones"]]
