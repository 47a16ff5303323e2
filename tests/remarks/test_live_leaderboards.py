"""The remarks of the Live leaderboard pages (`live/leaderboards/`), shown by the emulator."""

from __future__ import annotations

from typing import Any

import pytest

from nadeo_api import Client, ServerError, auth
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.emulator.world import World, boards
from nadeo_api.emulator.world.leaderboards import Leaderboard

from .. import raw
from ..declared import api_declarations
from .registry import not_behaviour, remark
from .servers import refusal_tests

_live = api_declarations("live")
_live_records = api_declarations("live")

ME = SERVICE_ACCOUNT.account_id
PB = "Personal_Best"
R = _live_records
LB = "api/token/leaderboard/group"

globals().update(refusal_tests("live/leaderboards/", __name__))


def page(name: str) -> str:
    return f"live/leaderboards/{name}.md"


def get(client: Client, token: auth.WebServicesToken, path: str, **params: Any) -> Any:
    """A GET the client's own checks would not send (e.g. a group they refuse)."""
    return client.call(_live.get, token, path, params=params)


def positions(
    client: Client,
    token: auth.WebServicesToken,
    maps: list[tuple[str, str]],
    scores: dict[str, int] | None = None,
) -> Any:
    """The records route (`group/map`), with `scores` as its query (positions) or without."""
    body = {"maps": [{"mapUid": uid, "groupUid": group} for uid, group in maps]}
    query = {f"scores[{uid}]": score for uid, score in (scores or {}).items()}
    return client.call(_live.post, token, f"{LB}/map", params=query, body=body)


def board(world: World, uid: str) -> Leaderboard:
    found = world.leaderboard(uid)
    assert found is not None
    return found


def own_position(world: World, uid: str) -> int:
    """The service account's world position on a map (it has a record on every map)."""
    position = board(world, uid).position_of_account(ME)
    assert position is not None
    return position


def own_score(world: World, uid: str) -> int:
    return board(world, uid).true_score(own_position(world, uid))


def readable_totd(world: World) -> str:
    """A Track of the Day on which the service account's record is among the first 9,000."""
    return next(u for u in reversed(world.totd_maps()) if own_position(world, u) < 9_000)


def open_totd(world: World) -> tuple[str, str]:
    """Today's Track of the Day and its (open) group."""
    day = world.totd_days()[-1]
    assert boards.is_open_group(world, day.season_uid)
    return day.map_uid, day.season_uid


def closed_totd(world: World) -> tuple[str, str]:
    """Yesterday's Track of the Day and its group, closed since today's started."""
    day = world.totd_days()[-2]
    assert day.end_timestamp <= world.now and not boards.is_open_group(world, day.season_uid)
    return day.map_uid, day.season_uid


def closed_season(world: World) -> str:
    """The group of the first seasonal campaign, long over."""
    campaign = world.seasonal_campaigns()[0]
    assert campaign.end_timestamp < world.now
    return campaign.season_uid


def member_club(world: World) -> int:
    return next(c.club_id for c in world.clubs if c.accounts_are_members)


def world_top(client: Client, user: auth.ServiceToken, uid: str, offset: int, length: int) -> Any:
    answer = client.call(_live.get_map_leaderboard, user, uid, length=length, offset=offset)
    return answer["tops"][0]["top"]


# campaign-club-ranking.md


@remark(page("campaign-club-ranking"), 2)
def test_campaign_club_ranking_personal_best_is_no_campaign(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    club = member_club(emu.world)
    assert get(client, user, f"{LB}/{PB}/club/{club}") == {}
    assert client.call(R.get_campaign_club_ranking, user, closed_season(emu.world), club)


@remark(page("campaign-club-ranking"), 3)
def test_campaign_club_ranking_of_a_closed_season(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    group = closed_season(emu.world)
    answer = client.call(R.get_campaign_club_ranking, user, group, member_club(emu.world))
    assert answer["groupUid"] == group and answer["position"] >= 1


@remark(page("campaign-club-ranking"), 4)
def test_campaign_club_ranking_position_is_within_the_club(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    group, club = world.seasonal_campaigns()[-1].season_uid, member_club(world)
    in_club = client.call(R.get_campaign_club_ranking, user, group, club)["position"]
    in_world = client.call(R.get_campaign_ranking, user, group, ME)["zones"][0]["ranking"]
    season = boards.campaign_board(world, group)
    assert season is not None
    ranked = boards.club_ranked(world, season, world.club(club))
    better = [p for p in ranked if p < in_world["position"]]
    assert in_club == len(better) + 1 < in_world["position"]


# campaign-club-top.md


@remark(page("campaign-club-top"), 1)
def test_campaign_club_top_personal_best_is_no_campaign(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    club = member_club(emu.world)
    # Answered with an empty body, as for any group that is not a campaign.
    answer = raw.get(
        f"{emu.live_url.rstrip('/')}/{LB}/{PB}/club/{club}/top",
        headers={"Authorization": user.authorization()},
    )
    assert (answer.status_code, answer.content) == (200, b"")


@remark(page("campaign-club-top"), 2)
def test_campaign_club_top_of_a_closed_season(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    group = closed_season(emu.world)
    answer = client.call(R.get_campaign_club_leaderboard, user, group, member_club(emu.world))
    assert answer["groupUid"] == group and answer["top"]


@remark(page("campaign-club-top"), 3)
def test_campaign_club_top_positions_are_within_the_club(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    group = world.seasonal_campaigns()[-1].season_uid
    top = client.call(R.get_campaign_club_leaderboard, user, group, member_club(world), length=100)[
        "top"
    ]
    season = boards.campaign_board(world, group)
    assert season is not None
    in_world = [season.position_of_account(entry["accountId"]) for entry in top]
    assert [entry["position"] for entry in top] == list(range(1, len(top) + 1))
    assert in_world == sorted(in_world) and in_world[-1] > len(top)  # type: ignore[operator]


# campaign-ranking.md and campaign-top.md


@remark(page("campaign-ranking"), 1)
def test_campaign_ranking_personal_best_is_no_campaign(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    assert get(client, user, f"{LB}/{PB}", accountId=ME) == {}
    assert client.call(R.get_campaign_ranking, user, closed_season(emu.world), ME)


@remark(page("campaign-ranking"), 2)
def test_campaign_ranking_of_a_closed_season(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    group = closed_season(emu.world)
    answer = client.call(R.get_campaign_ranking, user, group, ME)
    assert answer["groupUid"] == group and answer["zones"][0]["ranking"]["position"] >= 1


@remark(page("campaign-top"), 1)
def test_campaign_top_personal_best_is_no_campaign(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    assert get(client, user, f"{LB}/{PB}/top", onlyWorld="true", length=5) == {}
    assert client.call(R.get_campaign_leaderboard, user, closed_season(emu.world))


@remark(page("campaign-top"), 2)
def test_campaign_top_of_a_closed_season(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    group = closed_season(emu.world)
    top = client.call(R.get_campaign_leaderboard, user, group, length=10)["tops"][0]["top"]
    assert [entry["position"] for entry in top] == list(range(1, 11))


# medals.md


@remark(page("medals"), 1)
def test_medals_of_personal_best_are_world_records(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = readable_totd(emu.world)
    medals = client.call(R.get_map_medal_records, user, uid, PB)["medals"]
    author = next(m for m in medals if m["medal"] == "Author")
    position = boards.medal_position(board(emu.world, uid), board(emu.world, uid).info.author_time)
    (record,) = world_top(client, user, uid, position - 1, 1)
    assert (record["accountId"], record["score"]) == (author["accountId"], author["score"])


@remark(page("medals"), 2)
def test_medals_of_a_closed_group(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    uid, group = closed_totd(emu.world)
    closed = client.call(R.get_map_medal_records, user, uid, group)
    assert closed["groupUid"] == group and closed["medals"]


@remark(page("medals"), 3)
def test_medals_are_not_always_all_there(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world

    def found(uid: str) -> int:
        lb = board(world, uid)
        times = boards.medal_times(lb.info.author_time).values()
        return sum(lb.secret_positions < boards.medal_position(lb, t) for t in times)

    uid = next(u for u in world.map_uids() if found(u) < 4)
    assert len(client.call(R.get_map_medal_records, user, uid)["medals"]) < 4
    # A map without records has no medal ghosts at all.
    assert client.call(R.get_map_medal_records, user, "NoRecordsOnThisMap")["medals"] == []


# player-club-record.md


@remark(page("player-club-record"), 2)
def test_player_club_record_personal_best_is_the_world_record(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = emu.world.totd_maps()[-3]
    answer = client.call(_live.get_player_club_record, user, uid, member_club(emu.world), PB)
    assert (answer["groupUid"], answer["score"]) == (PB, own_score(emu.world, uid))


@remark(page("player-club-record"), 3)
def test_player_club_record_first_says_position_1_then_the_real_one(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    club = world.club(member_club(world))
    assert club is not None

    def in_club(uid: str) -> int:
        lb = board(world, uid)
        return 1 + sum(p < own_position(world, uid) for p in boards.club_ranked(world, lb, club))

    uid = next(u for u in world.totd_maps()[-40:-10] if in_club(u) > 1)
    first = client.call(_live.get_player_club_record, user, uid, club.club_id)
    second = client.call(_live.get_player_club_record, user, uid, club.club_id)
    assert (first["position"], second["position"]) == (1, in_club(uid))


# player-records.md


@remark(page("player-records"), 1)
def test_player_records_personal_best_is_the_world_leaderboard(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = readable_totd(emu.world)
    (mine,) = client.call(R.get_player_records, user, [uid], PB)
    position = mine["zones"][0]["ranking"]["position"]
    (record,) = world_top(client, user, uid, position - 1, 1)
    assert (record["accountId"], record["score"]) == (ME, mine["score"])


@remark(page("player-records"), 2)
def test_player_records_answer_the_first_50_maps(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uids = emu.world.totd_maps()[-51:]
    answer = positions(client, user, [(uid, PB) for uid in uids])
    assert [r["mapUid"] for r in answer] == uids[:50]


@remark(page("player-records"), 4)
def test_player_records_without_scores_are_the_account_records(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    (mine,) = positions(client, user, [(uid, PB)])
    (placed,) = positions(client, user, [(uid, PB)], {uid: 1_000})
    assert mine["score"] == own_score(emu.world, uid) and placed["score"] == 1_000


# position.md


@remark(page("position"), 1)
def test_position_personal_best_is_the_world_leaderboard(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    score = board(emu.world, uid).true_score(300) + 1
    (answer,) = client.call(R.get_record_positions, user, {uid: score}, PB)
    position = answer["zones"][0]["ranking"]["position"]
    before, after = world_top(client, user, uid, position - 2, 2)
    assert before["score"] < score <= after["score"]


@remark(page("position"), 2)
def test_position_leaves_out_closed_leaderboards(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    (closed, old_group), (current, group) = closed_totd(world), open_totd(world)
    maps = [(closed, old_group), (current, group), (closed, PB)]
    answer = positions(client, user, maps, {closed: 1, current: 1})
    assert [(r["mapUid"], r["groupUid"]) for r in answer] == maps[1:]


@remark(page("position"), 3)
def test_position_of_a_map_missing_from_the_body_is_an_error(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid, other = emu.world.totd_maps()[-2:]
    with pytest.raises(ServerError):
        client.call(
            _live.post,
            user,
            f"{LB}/map",
            params={f"scores[{other}]": 1},
            body={"maps": [{"mapUid": uid, "groupUid": PB}]},
        )


@remark(page("position"), 4)
def test_position_answers_up_to_50_maps(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uids = emu.world.totd_maps()[-51:]
    answer = positions(client, user, [(uid, PB) for uid in uids], dict.fromkeys(uids, 1))
    assert [r["mapUid"] for r in answer] == uids[:50]


@remark(page("position"), 6)
def test_position_of_a_score_worse_than_the_account_record_is_not_answered(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    mine = own_score(emu.world, uid)
    for score, answered in ((mine + 1, False), (mine, True), (mine - 1, True)):
        assert bool(client.call(R.get_record_positions, user, {uid: score})) == answered


@remark(page("position"), 7)
def test_position_is_where_a_new_record_would_go(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    record = world_top(client, user, uid, 199, 1)[0]
    (answer,) = client.call(R.get_record_positions, user, {uid: record["score"]})
    # A new record of an existing score goes before it: the position is not that record's.
    assert answer["zones"][0]["ranking"]["position"] <= record["position"]
    (between,) = client.call(R.get_record_positions, user, {uid: record["score"] + 1})
    behind = between["zones"][0]["ranking"]["position"]
    assert world_top(client, user, uid, behind - 2, 1)[0]["score"] <= record["score"]


@remark(page("position"), 8)
def test_position_shares_the_route_of_player_records(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    (placed,) = positions(client, user, [(uid, PB)], {uid: 1_000})
    (mine,) = positions(client, user, [(uid, PB)])
    assert (placed["score"], mine["score"]) == (1_000, own_score(emu.world, uid))
    assert R.get_record_positions.route == R.get_player_records.route


# surround.md


def surround(
    client: Client,
    token: auth.WebServicesToken,
    uid: str,
    score: int | None,
    group: str = PB,
    sides: str = "1/1",
    **params: Any,
) -> Any:
    if score is not None:
        params["score"] = score
    return get(client, token, f"{LB}/{group}/map/{uid}/surround/{sides}", **params)


@remark(page("surround"), 1)
def test_surround_personal_best_is_the_world_leaderboard(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = readable_totd(emu.world)
    score = board(emu.world, uid).true_score(own_position(emu.world, uid) + 300) + 1
    better, fake, worse = surround(client, user, uid, score, onlyWorld="true")["tops"][0]["top"]
    (before,) = world_top(client, user, uid, better["position"] - 1, 1)
    (after,) = world_top(client, user, uid, fake["position"] - 1, 1)
    assert (before["accountId"], after["accountId"]) == (better["accountId"], worse["accountId"])


@remark(page("surround"), 2)
def test_surround_of_a_closed_leaderboard_is_empty(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    (closed, old_group), (current, group) = closed_totd(world), open_totd(world)
    assert surround(client, user, closed, own_score(world, closed) + 1, old_group) == {}
    assert surround(client, user, current, own_score(world, current) + 1, group)["tops"]
    assert surround(client, user, closed, own_score(world, closed) + 1)["tops"]


@remark(page("surround"), 3)
def test_surround_answers_one_record_on_each_side_at_most(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    score = own_score(emu.world, uid) + 1
    wide = surround(client, user, uid, score, sides="5/5", onlyWorld="true")["tops"][0]["top"]
    assert len(wide) == 3


@remark(page("surround"), 5)
def test_surround_position_among_equal_scores_is_inaccurate(
    emu: Emulator, client: Client, server: auth.DedicatedServerToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    lb = board(emu.world, uid)
    tie = next(p for p in range(2_000, lb.size) if lb.true_score(p) == lb.true_score(p + 1))
    score = lb.true_score(tie)
    _, fake, after = surround(client, server, uid, score, onlyWorld="true")["tops"][0]["top"]
    # The score is placed ahead of every record equal to it, which follow with the same score.
    assert fake["position"] <= tie and after["score"] == score


@remark(page("surround"), 6)
def test_surround_positions_past_100000_are_approximate(
    emu: Emulator, client: Client, server: auth.DedicatedServerToken
) -> None:
    world = emu.world
    uid = next(u for u in world.seasonal_campaigns()[-1].map_uids if board(world, u).size > 150_000)
    lb = board(world, uid)
    near = surround(client, server, uid, lb.true_score(50_123) + 1, onlyWorld="true")
    far = surround(client, server, uid, lb.true_score(140_123) + 1, onlyWorld="true")
    exact = [r["position"] for r in near["tops"][0]["top"]]
    rough = [r["position"] for r in far["tops"][0]["top"]]
    assert exact == [exact[0], exact[0] + 1, exact[0] + 2] and 50_000 < exact[1] < 50_200
    assert all(p % 1_000 == 0 for p in rough) and len(set(rough)) == 1 and rough[0] > 100_000


@remark(page("surround"), 7)
def test_surround_lists_each_zone_of_an_account_unless_only_world(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    uid = world.totd_maps()[-1]
    score = own_score(world, uid) + 1
    chain = world.zone_chain(world.account_zone(ME).zone_id)
    zones = surround(client, user, uid, score)["tops"]
    assert [z["zoneId"] for z in zones] == [z.zone_id for z in chain] and len(chain) > 1
    only = surround(client, user, uid, score, onlyWorld="true")["tops"]
    assert [z["zoneName"] for z in only] == ["World"]


@remark(page("surround"), 8)
def test_surround_shows_the_score_as_the_account_record(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    uid = world.totd_maps()[-1]
    score = own_score(world, uid) + 7
    _, fake, _ = surround(client, user, uid, score, onlyWorld="true")["tops"][0]["top"]
    zone = world.account_zone(ME)
    assert (fake["accountId"], fake["zoneId"], fake["score"]) == (ME, zone.zone_id, score)


@remark(page("surround"), 9)
def test_surround_of_a_score_better_than_the_account_record_is_empty(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    mine = own_score(emu.world, uid)
    assert surround(client, user, uid, mine - 1) == {}
    assert surround(client, user, uid, mine)["tops"]
    assert surround(client, user, uid, mine + 1)["tops"]


@remark(page("surround"), 10)
def test_surround_without_a_score_is_the_account_record(
    emu: Emulator, client: Client, user: auth.ServiceToken, server: auth.DedicatedServerToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    _, mine, _ = surround(client, user, uid, None, onlyWorld="true")["tops"][0]["top"]
    assert (mine["position"], mine["score"]) == (
        own_position(emu.world, uid),
        own_score(emu.world, uid),
    )
    assert surround(client, server, uid, None) == {}


@remark(page("surround"), 11)
def test_surround_hides_scores_under_a_secret_threshold(
    emu: Emulator, client: Client, server: auth.DedicatedServerToken
) -> None:
    world = emu.world
    uid = next(u for u in world.totd_maps() if board(world, u).secret_positions > 5)
    score = board(world, uid).true_score(3) + 1
    before, _, after = surround(client, server, uid, score, onlyWorld="true")["tops"][0]["top"]
    assert before["score"] == after["score"] == -1


@remark(page("surround"), 12)
def test_surround_ignores_the_zone_with_only_world(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    uid = world.totd_maps()[-1]
    zone = world.zone_chain(world.account_zone(ME).zone_id)[2]
    score = own_score(world, uid) + 1
    tops = surround(client, user, uid, score, onlyWorld="true", zoneId=zone.zone_id)["tops"]
    assert [t["zoneName"] for t in tops] == ["World"]
    alone = surround(client, user, uid, score, zoneId=zone.zone_id)["tops"]
    assert [t["zoneName"] for t in alone] == [zone.name]


not_behaviour(page("surround"), 13, why="a pointer to the zones endpoint")


# top-club.md


def club_top(
    client: Client, user: auth.ServiceToken, uid: str, club: int, group: str = PB, **params: Any
) -> Any:
    return get(client, user, f"{LB}/{group}/map/{uid}/club/{club}/top", **params)


@remark(page("top-club"), 1)
def test_top_club_personal_best_is_the_world_leaderboard(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    uid = world.totd_maps()[-1]
    top = club_top(client, user, uid, member_club(world), length=100)["top"]
    mine = next(entry for entry in top if entry["accountId"] == ME)
    assert mine["score"] == own_score(world, uid)


@pytest.fixture(scope="module")
def crowded() -> Any:
    """An emulator whose club has 10,050 more service accounts, each with a record on every
    map."""
    from nadeo_api.emulator import Account

    from ..clock import TODAY
    from ..conftest import in_process, service_token

    extra = [
        Account(f"member-{i}", "password", "service", f"00000000-0000-4000-8000-{i:012d}",
                f"Member{i}")
        for i in range(10_050)
    ]  # fmt: skip
    with (
        Emulator(today=TODAY, accounts=(SERVICE_ACCOUNT, *extra)) as emu,
        in_process(emu) as client,
    ):
        yield emu, client, service_token(client)


@remark(page("top-club"), 2)
def test_top_club_reads_only_the_first_10000_records(crowded: Any) -> None:
    emu, client, user = crowded
    uid = emu.world.totd_maps()[-1]
    club = member_club(emu.world)
    last = club_top(client, user, uid, club, offset=9_990, length=100)
    assert last["length"] == 10_000
    assert [r["position"] for r in last["top"]] == list(range(9_991, 10_001))
    assert club_top(client, user, uid, club, offset=10_000, length=100)["top"] == []


@remark(page("top-club"), 3)
def test_top_club_answers_at_most_100_records(crowded: Any) -> None:
    emu, client, user = crowded
    uid = emu.world.totd_maps()[-1]
    answer = club_top(client, user, uid, member_club(emu.world), length=150)
    assert answer["length"] > 100 and len(answer["top"]) == 100


@remark(page("top-club"), 4)
def test_top_club_hides_scores_under_a_secret_threshold(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world

    def hidden(uid: str, club: Any) -> bool:
        lb = board(world, uid)
        ranked = boards.club_ranked(world, lb, club) if lb.secret_positions else []
        return bool(ranked) and ranked[0] <= lb.secret_positions

    uid, club = next((u, c) for u in world.map_uids() for c in world.clubs if hidden(u, c))
    top = club_top(client, user, uid, club.club_id, length=100)["top"]
    assert top[0]["score"] == -1 and top[-1]["score"] > 0


# top.md


def map_top(client: Client, token: auth.WebServicesToken, uid: str, **params: Any) -> Any:
    return get(client, token, f"{LB}/{PB}/map/{uid}/top", **params)


@remark(page("top"), 1)
def test_top_personal_best_is_the_world_leaderboard(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = readable_totd(emu.world)
    position = own_position(emu.world, uid)
    (mine,) = map_top(client, user, uid, onlyWorld="true", offset=position - 1, length=1)["tops"][
        0
    ]["top"]
    assert (mine["accountId"], mine["position"]) == (ME, position)


@remark(page("top"), 2)
def test_top_pages_only_with_only_world(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    paged = map_top(client, user, uid, onlyWorld="true", offset=50, length=10)["tops"][0]["top"]
    assert [r["position"] for r in paged] == list(range(51, 61))
    unpaged = map_top(client, user, uid, offset=50, length=10)["tops"][0]["top"]
    assert [r["position"] for r in unpaged] == [1, 2, 3, 4, 5]


@remark(page("top"), 3)
def test_top_of_an_account_is_by_zone_by_default(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    tops = map_top(client, user, world.totd_maps()[-1])["tops"]
    chain = world.zone_chain(world.account_zone(ME).zone_id)
    assert [t["zoneId"] for t in tops] == [z.zone_id for z in chain] and len(chain) > 1


@remark(page("top"), 4)
def test_top_of_a_dedicated_server_is_the_world_five(
    emu: Emulator, client: Client, server: auth.DedicatedServerToken
) -> None:
    tops = map_top(client, server, emu.world.totd_maps()[-1], length=50)["tops"]
    assert [t["zoneName"] for t in tops] == ["World"] and len(tops[0]["top"]) == 5


not_behaviour(page("top"), 5, why="Nadeo's advice to pass onlyWorld=true")


@remark(page("top"), 6)
def test_top_reads_only_the_first_10000_records(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    assert board(emu.world, uid).size > 10_000
    last = map_top(client, user, uid, onlyWorld="true", offset=9_990, length=100)
    assert [r["position"] for r in last["tops"][0]["top"]] == list(range(9_991, 10_001))
    assert map_top(client, user, uid, onlyWorld="true", offset=10_000)["tops"][0]["top"] == []


@remark(page("top"), 7)
def test_top_answers_at_most_100_records(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    assert len(map_top(client, user, uid, onlyWorld="true", length=150)["tops"][0]["top"]) == 100


@remark(page("top"), 8)
def test_top_entries_have_the_time_of_their_record(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    top = map_top(client, user, uid, onlyWorld="true", length=100)["tops"][0]["top"]
    start = board(emu.world, uid).info.start_timestamp
    assert all(start <= r["timestamp"] <= emu.world.now for r in top)
    assert len({r["timestamp"] for r in top}) > 1


@remark(page("top"), 9)
def test_top_hides_scores_under_a_secret_threshold(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    uid = next(u for u in world.totd_maps() if 0 < board(world, u).secret_positions < 95)
    hidden = board(world, uid).secret_positions
    top = map_top(client, user, uid, onlyWorld="true", length=100)["tops"][0]["top"]
    assert [r["score"] == -1 for r in top] == [p <= hidden for p in range(1, 101)]


@remark(page("top"), 10)
def test_top_of_a_zone_is_its_first_five(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    zone = world.zone_chain(world.account_zone(ME).zone_id)[1]
    tops = map_top(client, user, world.totd_maps()[-1], zoneId=zone.zone_id, length=50)["tops"]
    assert [t["zoneId"] for t in tops] == [zone.zone_id]
    assert [r["position"] for r in tops[0]["top"]] == [1, 2, 3, 4, 5]


@remark(page("top"), 11)
def test_top_ignores_the_zone_with_only_world(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    world = emu.world
    zone = world.zone_chain(world.account_zone(ME).zone_id)[1]
    tops = map_top(
        client, user, world.totd_maps()[-1], onlyWorld="true", zoneId=zone.zone_id, length=10
    )["tops"]
    assert [t["zoneName"] for t in tops] == ["World"] and len(tops[0]["top"]) == 10


not_behaviour(page("top"), 12, why="a pointer to the zones endpoint")
