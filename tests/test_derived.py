"""Derived answers: each says its price before sending anything, and sends exactly that many
requests (counted on the emulator's log), the cheapest the documentation allows."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from nadeo_api import ArgumentError, AsyncClient, Client, auth, derived
from nadeo_api.emulator import Emulator
from nadeo_api.testing import emulator_settings

from .conftest import server_token, service_token


@pytest.fixture
def token(client: Client) -> auth.DedicatedServerToken:
    """An account without records, as the positions endpoint needs (see its remarks)."""
    return server_token(client)


def maps(emu: Emulator, count: int) -> list[str]:
    uids: list[str] = emu.world.totd_maps()[-count:]
    return uids


def ran(emu: Emulator, plan: derived.Plan[Any], client: Client) -> Any:
    """Run `plan` after checking that making it sent nothing; then that it sent its price."""
    assert len(emu.log) == 0
    answer = plan.run(client)
    assert len(emu.log) == plan.requests
    return answer


def test_player_counts_take_one_request_per_50_maps(
    emu: Emulator, client: Client, token: Any
) -> None:
    uids = maps(emu, 60)
    emu.log.clear()
    plan = derived.player_counts(token, uids)
    assert plan.requests == 2
    assert "2 requests" in repr(plan)
    counts = ran(emu, plan, client)
    assert counts == {uid: emu.world.leaderboard_size(uid) for uid in uids}
    assert [len(e.params) for e in emu.log.entries] == [50, 10]


def test_positions_of_times(emu: Emulator, client: Client, token: Any) -> None:
    uids = maps(emu, 3)
    board = client.live.get_map_leaderboard(token, uids[0], length=100, offset=400)
    time = board["tops"][0]["top"][0]["score"]  # the 401st record's
    times = {uids[0]: time, uids[1]: 1, uids[2]: derived.WORST_TIME}
    emu.log.clear()
    plan = derived.positions(token, times)
    assert plan.requests == 1
    found = ran(emu, plan, client)
    assert found[uids[0]] <= 401 < found[uids[0]] + 100  # ties set before rank first
    assert found[uids[0]] == emu.world.leaderboard(uids[0]).position_for_score(time)
    assert found[uids[1]] == 1
    assert found[uids[2]] == emu.world.leaderboard_size(uids[2]) + 1


def test_records_at_ranks_share_requests_within_100(
    emu: Emulator, client: Client, token: Any
) -> None:
    uid = maps(emu, 1)[0]
    emu.log.clear()
    plan = derived.records_at(token, uid, [1000, 1, 100, 10, 1099, 10_000])
    assert plan.requests == 3  # 1-100, 1000-1099, 10,000
    found = ran(emu, plan, client)
    assert sorted(found) == [1, 10, 100, 1000, 1099, 10_000]
    assert all(record["position"] == rank for rank, record in found.items())
    asked = sorted((int(e.params["offset"][0]), int(e.params["length"][0]))
                   for e in emu.log.entries)
    assert asked == [(0, 100), (999, 100), (9999, 1)]
    one = client.live.get_map_leaderboard(token, uid, length=1, offset=999)["tops"][0]["top"][0]
    assert found[1000] == one


def test_records_past_the_last_are_none(emu: Emulator, client: Client, token: Any) -> None:
    emu.log.clear()
    found = ran(emu, derived.records_at(token, "NoSuchMap0000000000000000_x", [1, 7]), client)
    assert found == {1: None, 7: None}


def test_medal_counts(emu: Emulator, client: Client, token: Any) -> None:
    uids = maps(emu, 2)
    emu.log.clear()
    plan = derived.medal_counts(token, uids)
    assert plan.requests == 1 + 4
    counts = ran(emu, plan, client)
    infos = {m["uid"]: m for m in client.live.get_maps_info(token, uids)["mapList"]}
    for uid in uids:
        board = emu.world.leaderboard(uid)
        assert board is not None
        assert counts[uid] == {
            medal: board.position_for_score(infos[uid][field] + 1) - 1
            for medal, field in derived.MEDALS.items()
        }
        held = [counts[uid][m] for m in ("author", "gold", "silver", "bronze")]
        assert held == sorted(held) and held[-1] <= board.size

    known = {uid: {m: infos[uid][f] for m, f in derived.MEDALS.items()} for uid in uids}
    emu.log.clear()
    again = derived.medal_counts(token, uids, medal_times=known)
    assert again.requests == 4
    assert ran(emu, again, client) == counts


def test_country_leaderboard_from_the_world_top(
    emu: Emulator, client: Client, token: Any
) -> None:
    uid = maps(emu, 1)[0]
    core = service_token(client, "core")
    world = list(client.live.iter_map_leaderboard(token, uid, limit=300))
    country = emu.world.zone_chain(world[0]["zoneId"])[2]  # the best player's country
    expected = [r for r in world if emu.world.is_in_zone(r["zoneId"], country.zone_id)]
    emu.log.clear()
    plan = derived.country_leaderboard(token, uid, country.name, 300, core_token=core)
    assert plan.requests == 1 + 3
    found = ran(emu, plan, client)
    assert found == expected and found
    assert len(emu.log.filter(api="core")) == 1

    zones = client.core.get_zones(core)
    emu.log.clear()
    by_id = derived.country_leaderboard(token, uid, country.zone_id, 300, zones=zones)
    assert by_id.requests == 3
    assert ran(emu, by_id, client) == expected


def test_plans_run_on_an_async_client(emu: Emulator, client: Client, token: Any) -> None:
    uids = maps(emu, 2)
    plan = derived.records_at(token, uids[0], [5, 500])

    async def main() -> Any:
        async with AsyncClient(emulator_settings(emu)) as running:
            return await plan.arun(running)

    expected = plan.run(client)
    emu.log.clear()
    assert asyncio.run(main()) == expected
    assert len(emu.log) == plan.requests == 2


@pytest.mark.parametrize(
    ("make", "argument"),
    [
        (lambda t: derived.player_counts(t, []), "map_uids"),
        (lambda t: derived.player_counts(t, "one-uid"), "map_uids"),
        (lambda t: derived.positions(t, {"bad uid": 1}), "times"),
        (lambda t: derived.positions(t, {"Map": -1}), "times"),
        (lambda t: derived.records_at(t, "Map", [0]), r"ranks\[0\]"),
        (lambda t: derived.records_at(t, "Map", [10_001]), r"ranks\[0\]"),
        (lambda t: derived.records_at(t, "Map", []), "ranks"),
        (lambda t: derived.medal_counts(t, ["Map"], medal_times={"Map": {"gold": 1}}),
         "medal_times"),
        (lambda t: derived.country_leaderboard(t, "Map", "France", 300), "core_token"),
        (lambda t: derived.country_leaderboard(t, "Map", "France", 10_001, zones=[]), "depth"),
        (lambda t: derived.country_leaderboard(t, "Map", "", zones=[]), "zone"),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    emu: Emulator, token: Any, make: Any, argument: str
) -> None:
    emu.log.clear()
    with pytest.raises(ArgumentError, match=argument):
        make(token)
    assert len(emu.log) == 0


def test_an_unknown_zone_is_refused_after_reading_the_tree(
    emu: Emulator, client: Client, token: Any
) -> None:
    zones = client.core.get_zones(service_token(client, "core"))
    plan = derived.country_leaderboard(token, maps(emu, 1)[0], "Atlantis", zones=zones)
    emu.log.clear()
    with pytest.raises(ArgumentError, match="Atlantis"):
        plan.run(client)
    assert len(emu.log) == 0
