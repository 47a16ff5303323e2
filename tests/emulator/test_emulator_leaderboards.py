"""Leaderboard endpoints and their documented quirks."""

from __future__ import annotations

import tracemalloc
from typing import Any

import httpx
import pytest
from emulator_testlib import TODAY

from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator, World

WORLD_ZONE = "301e1b69-7e13-11e8-8060-e284abfd2bc4"
RECORD_KEYS = {"accountId", "zoneId", "zoneName", "position", "score", "timestamp"}


def top(
    client: httpx.Client,
    emu: Emulator,
    auth: dict[str, str],
    uid: str,
    group: str = "Personal_Best",
    **params: Any,
) -> httpx.Response:
    url = f"{emu.live_url}/api/token/leaderboard/group/{group}/map/{uid}/top"
    return client.get(url, params=params, headers=auth)


@pytest.fixture(scope="module")
def uid(emu: Emulator) -> str:
    # A TOTD map without a secret threshold.
    world = emu.world
    for candidate in reversed(world.totd_maps()):
        board = world.leaderboard(candidate)
        assert board is not None
        if board.secret_positions == 0:
            return candidate
    raise AssertionError("no map without a secret threshold")


def test_only_world_page(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str], uid: str
) -> None:
    body = top(client, emu, service_live, uid, onlyWorld="true", length=10, offset=50).json()
    assert set(body) == {"groupUid", "mapUid", "tops"}
    assert (body["groupUid"], body["mapUid"]) == ("Personal_Best", uid)
    (world_top,) = body["tops"]
    assert (world_top["zoneId"], world_top["zoneName"]) == (WORLD_ZONE, "World")
    records = world_top["top"]
    assert [r["position"] for r in records] == list(range(51, 61))
    for r in records:
        assert set(r) == RECORD_KEYS
        assert 10_000 < r["score"] < 300_000
    scores = [r["score"] for r in records]
    assert scores == sorted(scores)
    assert len({r["accountId"] for r in records}) == 10
    expected = emu.world.record(uid, 51)
    assert expected is not None and records[0] == expected.to_json()


def test_scores_non_decreasing_across_pages(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str], uid: str
) -> None:
    previous = 0
    for offset in (0, 100, 5000, 9900):
        records = top(client, emu, service_live, uid, onlyWorld="true", length=100, offset=offset)
        scores = [r["score"] for r in records.json()["tops"][0]["top"]]
        assert len(scores) == 100
        assert scores == sorted(scores) and scores[0] >= previous
        previous = scores[-1]


def test_length_capped_and_10000_limit(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str], uid: str
) -> None:
    capped = top(client, emu, service_live, uid, onlyWorld="true", length=500)
    assert len(capped.json()["tops"][0]["top"]) == 100
    edge = top(client, emu, service_live, uid, onlyWorld="true", length=100, offset=9950)
    assert [r["position"] for r in edge.json()["tops"][0]["top"]] == list(range(9951, 10001))
    beyond = top(client, emu, service_live, uid, onlyWorld="true", length=10, offset=10_000)
    assert beyond.json()["tops"][0]["top"] == []
    assert emu.world.leaderboard_size(uid) > 10_000


def test_without_only_world_service_gets_zone_tops(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str], uid: str
) -> None:
    body = top(client, emu, service_live, uid, length=50, offset=200).json()
    tops = body["tops"]
    world = emu.world
    chain = world.zone_chain(world.account_zone(SERVICE_ACCOUNT.account_id).zone_id)
    assert [t["zoneId"] for t in tops] == [z.zone_id for z in chain]
    assert [r["position"] for r in tops[0]["top"]] == [1, 2, 3, 4, 5]
    for zone_top, zone in zip(tops[1:], chain[1:], strict=True):
        assert len(zone_top["top"]) == 5
        assert [r["position"] for r in zone_top["top"]] == [1, 2, 3, 4, 5]
        for r in zone_top["top"]:
            assert world.is_in_zone(r["zoneId"], zone.zone_id)


def test_without_only_world_server_gets_world_top5(
    emu: Emulator, client: httpx.Client, server_live: dict[str, str], uid: str
) -> None:
    tops = top(client, emu, server_live, uid, length=50).json()["tops"]
    assert len(tops) == 1 and tops[0]["zoneName"] == "World"
    assert [r["position"] for r in tops[0]["top"]] == [1, 2, 3, 4, 5]


def test_zone_id(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str], uid: str
) -> None:
    country = next(z for z in emu.world.zones if z.depth == 2)
    tops = top(client, emu, service_live, uid, zoneId=country.zone_id).json()["tops"]
    assert [t["zoneName"] for t in tops] == [country.name]
    assert len(tops[0]["top"]) == 5
    ignored = top(
        client, emu, service_live, uid, onlyWorld="true", zoneId=country.zone_id, length=7
    )
    assert ignored.json()["tops"][0]["zoneName"] == "World"
    assert len(ignored.json()["tops"][0]["top"]) == 7


def test_invalid_group_and_unknown_map(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str], uid: str
) -> None:
    assert top(client, emu, service_live, uid, group="not-a-group").json() == {}
    fake = uid + "_fake"
    body = top(client, emu, service_live, fake, onlyWorld="true").json()
    assert body == {
        "groupUid": "Personal_Best",
        "mapUid": fake,
        "tops": [{"zoneId": WORLD_ZONE, "zoneName": "World", "top": []}],
    }


def test_season_groups_are_valid(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str]
) -> None:
    world = emu.world
    day = world.totd_days()[-3]
    campaign = world.seasonal_campaigns()[-1]
    club_campaign = world.clubs[0].campaigns[0]
    for group, map_uid in [
        (day.season_uid, day.map_uid),
        (campaign.season_uid, campaign.map_uids[3]),
        (club_campaign.season_uid, club_campaign.map_uids[0]),
    ]:
        body = top(client, emu, service_live, map_uid, group=group, onlyWorld="true").json()
        assert body["groupUid"] == group and len(body["tops"][0]["top"]) == 5


def test_secret_threshold_maps(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str]
) -> None:
    world = emu.world
    secret = []
    for map_uid in world.totd_maps():
        board = world.leaderboard(map_uid)
        assert board is not None
        if board.secret_positions:
            secret.append((map_uid, board.secret_positions))
    share = len(secret) / len(world.totd_maps())
    assert 0.02 < share < 0.09
    map_uid, hidden = secret[0]
    records = top(client, emu, service_live, map_uid, onlyWorld="true", length=100).json()
    scores = [r["score"] for r in records["tops"][0]["top"]]
    assert scores[: min(hidden, 100)] == [-1] * min(hidden, 100)
    if hidden < 100:
        assert all(s > 0 for s in scores[hidden:])


def test_leaderboard_sizes_are_in_range(emu: Emulator) -> None:
    sizes = [emu.world.leaderboard_size(u) for u in emu.world.totd_maps()[:200]]
    assert all(15_000 <= s <= 80_000 for s in sizes)
    assert len(set(sizes)) > 150


def test_reading_leaderboards_does_not_hold_records() -> None:
    world = World(seed=5, today=TODAY)
    uid = max(world.totd_maps(), key=world.leaderboard_size)
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        board = world.leaderboard(uid)
        assert board is not None
        total = 0
        for offset in range(0, 3_000, 100):  # held, 3,000 records would take ~1 MB
            total += len(board.records(offset, 100))
        for position in range(10_000, board.size + 1, 97):
            assert board.record(position).position == position
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == 3_000
    assert current - before < 200_000
    assert peak - before < 1_000_000


def test_player_records(emu: Emulator, client: httpx.Client, service_live: dict[str, str]) -> None:
    world = emu.world
    uids = world.totd_maps()[-3:]
    maps = [{"mapUid": u, "groupUid": "Personal_Best"} for u in uids]
    maps.append({"mapUid": "unknownMapUid_______________", "groupUid": "Personal_Best"})
    maps.append({"mapUid": uids[0], "groupUid": "bad-group"})
    maps.append({"mapUid": uids[0], "groupUid": "Personal_Best"})
    response = client.post(
        f"{emu.live_url}/api/token/leaderboard/group/map", json={"maps": maps}, headers=service_live
    )
    assert response.status_code == 200
    body = response.json()
    assert [r["mapUid"] for r in body] == [*uids, uids[0]]
    chain = world.zone_chain(world.account_zone(SERVICE_ACCOUNT.account_id).zone_id)
    for r in body:
        assert set(r) == {"groupUid", "mapUid", "score", "zones"}
        assert [z["zoneId"] for z in r["zones"]] == [z.zone_id for z in chain]
        positions = [z["ranking"]["position"] for z in r["zones"]]
        assert positions == sorted(positions, reverse=True)
        assert all(z["ranking"]["length"] == 0 for z in r["zones"])
        board = world.leaderboard(r["mapUid"])
        assert board is not None
        record = board.record(positions[0])
        assert record.account_id == SERVICE_ACCOUNT.account_id and record.score == r["score"]


def test_player_records_limit_and_server(
    emu: Emulator,
    client: httpx.Client,
    service_live: dict[str, str],
    server_live: dict[str, str],
) -> None:
    maps = [{"mapUid": u, "groupUid": "Personal_Best"} for u in emu.world.totd_maps()[:60]]
    url = f"{emu.live_url}/api/token/leaderboard/group/map"
    assert len(client.post(url, json={"maps": maps}, headers=service_live).json()) == 50
    assert client.post(url, json={"maps": maps}, headers=server_live).json() == []


def test_positions_by_score(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str], uid: str
) -> None:
    board = emu.world.leaderboard(uid)
    assert board is not None
    other = emu.world.totd_maps()[0]
    score = board.true_score(300) + 1
    maps = [{"mapUid": uid, "groupUid": "Personal_Best"}, {"mapUid": other, "groupUid": "x"}]
    response = client.post(
        f"{emu.live_url}/api/token/leaderboard/group/map",
        params={f"scores[{uid}]": str(score), f"scores[{other}]": "30000"},
        json={"maps": maps},
        headers=service_live,
    )
    assert response.status_code == 200
    (entry,) = response.json()
    assert (entry["mapUid"], entry["score"], entry["groupUid"]) == (uid, score, "Personal_Best")
    (zone,) = entry["zones"]
    assert zone["zoneName"] == "World"
    position = zone["ranking"]["position"]
    assert board.true_score(position - 1) < score <= board.true_score(position)
    assert position > 300
    assert board.position_for_score(1) == 1


def test_positions_with_map_missing_from_body(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str], uid: str
) -> None:
    response = client.post(
        f"{emu.live_url}/api/token/leaderboard/group/map",
        params={f"scores[{uid}]": "50000"},
        json={"maps": [{"mapUid": emu.world.totd_maps()[0], "groupUid": "Personal_Best"}]},
        headers=service_live,
    )
    assert response.status_code == 500


def test_bad_body_is_400(emu: Emulator, client: httpx.Client, service_live: dict[str, str]) -> None:
    response = client.post(
        f"{emu.live_url}/api/token/leaderboard/group/map",
        content=b"not json",
        headers=service_live,
    )
    assert response.status_code == 400
