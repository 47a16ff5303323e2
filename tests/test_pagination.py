"""Iterators over length/offset endpoints: every record across pages, none twice, stopping at
the limit, at 10,000 or after a short page; the async ones fetch pages concurrently."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from nadeo_api import ArgumentError, AsyncClient, Client, Settings, auth, live
from nadeo_api.emulator import Emulator
from nadeo_api.testing import emulator_settings

from .conftest import AGENT, FAST
from .stub import Answer, StubServer, forged_pair


@pytest.fixture(scope="module")
def map_uid(emulator: Emulator) -> str:
    return emulator.world.totd_maps()[-1]


def offsets_and_lengths(emu: Emulator) -> list[tuple[int, int]]:
    return [
        (int(e.params["offset"][0]), int(e.params["length"][0]))
        for e in emu.log.filter(path=emu.log.entries[-1].path)
    ]


def test_leaderboard_across_pages(
    emu: Emulator, client: Client, user: auth.ServiceToken, map_uid: str
) -> None:
    emu.log.clear()
    records = list(client.live.iter_map_leaderboard(user, map_uid, limit=250))
    assert [r["position"] for r in records] == list(range(1, 251))
    assert len({r["accountId"] for r in records}) == 250
    assert offsets_and_lengths(emu) == [(0, 100), (100, 100), (200, 50)]
    assert all(e.params["onlyWorld"] == ["true"] for e in emu.log.entries)


def test_leaderboard_stops_at_ten_thousand(
    emu: Emulator, client: Client, user: auth.ServiceToken, map_uid: str
) -> None:
    assert emu.world.leaderboard_size(map_uid) > 10_000
    emu.log.clear()
    records = list(client.live.iter_map_leaderboard(user, map_uid, limit=None))
    assert len(records) == 10_000
    assert records[-1]["position"] == 10_000
    assert len(emu.log) == 100


def test_unknown_map_stops_after_a_short_page(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    emu.log.clear()
    assert list(client.live.iter_map_leaderboard(user, "NoSuchMap0000000000000000_x")) == []
    assert len(emu.log) == 1


def test_progress_callback(client: Client, user: auth.ServiceToken, map_uid: str) -> None:
    seen: list[tuple[int, int | None]] = []
    records = client.live.iter_map_leaderboard(
        user, map_uid, limit=230, progress=lambda done, most: seen.append((done, most))
    )
    assert len(list(records)) == 230
    assert seen == [(100, 230), (200, 230), (230, 230)]


def test_module_iterator_on_the_default_client(defaults: Emulator, map_uid: str) -> None:
    from nadeo_api.emulator import SERVICE_ACCOUNT

    token = auth.ServiceToken.get("live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT)
    assert len(list(live.iter_map_leaderboard(token, map_uid, limit=120))) == 120


@pytest.mark.parametrize(("limit", "word"), [(10_001, "limit"), (-1, "limit"), ("all", "limit")])
def test_limit_is_checked(
    emu: Emulator, client: Client, user: auth.ServiceToken, map_uid: str, limit: object,
    word: str,
) -> None:
    emu.log.clear()
    with pytest.raises(ArgumentError, match=word):
        client.live.iter_map_leaderboard(user, map_uid, limit=limit)
    with pytest.raises(ArgumentError, match="map_uid"):
        client.live.iter_map_leaderboard(user, "bad uid")
    assert len(emu.log) == 0


def test_async_iterator_matches_the_sync_one(
    emu: Emulator, client: Client, user: auth.ServiceToken, map_uid: str
) -> None:
    expected = list(client.live.iter_map_leaderboard(user, map_uid, limit=1000))
    emu.log.clear()

    async def main() -> list[dict[str, Any]]:
        async with AsyncClient(emulator_settings(emu, page_concurrency=4)) as async_client:
            crawl = async_client.live.iter_map_leaderboard(user, map_uid, limit=1000)
            return [record async for record in crawl]

    assert asyncio.run(main()) == expected
    assert sorted(offsets_and_lengths(emu)) == [(o, 100) for o in range(0, 1000, 100)]


def test_async_iterator_keeps_pages_in_flight() -> None:
    together = threading.Barrier(5)
    top = [{"accountId": f"p{i}", "position": i, "score": i} for i in range(100)]
    body = json.dumps({"tops": [{"top": top}]}).encode()
    with StubServer() as stub:
        path = "/api/token/leaderboard/group/Personal_Best/map/Busy_map/top"
        # Each answer waits until five requests are open at once; sequential pages would fail.
        stub.script(path, Answer(200, body, barrier=together))
        access, refresh = forged_pair()
        token = auth.ServiceToken(access, refresh, agent=AGENT)

        async def main() -> int:
            settings = Settings(live_url=stub.url, rate_limit=None, page_concurrency=5,
                                max_attempts=1)
            async with AsyncClient(settings) as client:
                crawl = client.live.iter_map_leaderboard(token, "Busy_map", limit=500)
                return len([record async for record in crawl])

        # Every page repeats the same players: only the first page's are new.
        assert asyncio.run(main()) == 100
        assert len(stub.requests(path)) == 5


def test_closing_the_iterator_cancels_pages_in_flight(
    emu: Emulator, user: auth.ServiceToken, map_uid: str
) -> None:
    async def main() -> set[asyncio.Task[Any]]:
        async with AsyncClient(emulator_settings(emu, page_concurrency=8)) as client:
            crawl = client.live.iter_map_leaderboard(user, map_uid)
            async with contextlib.aclosing(crawl):
                async for _ in crawl:
                    break
            return {t for t in asyncio.all_tasks() if t is not asyncio.current_task()}

    assert asyncio.run(main()) == set()


def test_records_moving_between_pages_are_not_repeated() -> None:
    def page(positions: range, shift: int = 0) -> Answer:
        top = [{"accountId": f"player-{p}", "position": p + shift, "score": 40_000 + p}
               for p in positions]
        body = {"groupUid": "Personal_Best", "mapUid": "M", "tops": [{"top": top}]}
        return Answer(200, json.dumps(body).encode())

    with StubServer() as stub:
        path = "/api/token/leaderboard/group/Personal_Best/map/Map_with_churn/top"
        # A new record lands at the top between the two requests: everyone moves down one,
        # so the second page starts with the player the first page ended with.
        stub.script(path, page(range(1, 101)), page(range(100, 160), shift=1))
        access, refresh = forged_pair()
        token = auth.ServiceToken(access, refresh, agent=AGENT)
        with Client(Settings(live_url=stub.url, rate_limit=None, **FAST)) as client:
            records = list(client.live.iter_map_leaderboard(token, "Map_with_churn", limit=300))
    ids = [r["accountId"] for r in records]
    assert len(ids) == len(set(ids)) == 159
    assert len(stub.requests(path)) == 2  # the second page was short: the end


@pytest.fixture
def campaigns(emu: Emulator, client: Client, user: auth.ServiceToken) -> Iterator[Emulator]:
    emu.log.clear()
    yield emu


def test_every_totd_month(campaigns: Emulator, client: Client, user: auth.ServiceToken) -> None:
    months = list(client.live.iter_maps_totd(user))
    first = client.live.get_maps_totd(user)
    assert len(months) == first["itemCount"]
    assert (months[-1]["year"], months[-1]["month"]) == (2020, 7)
    assert months[0] == first["monthList"][0]
    keys = [(m["year"], m["month"]) for m in months]
    assert keys == sorted(set(keys), reverse=True)
    lengths = {int(e.params["length"][0]) for e in campaigns.log.filter(
        path="/api/token/campaign/month") if e.params.get("royal") == ["false"]}
    assert lengths == {12, 1}  # pages of 12, and the single-month call above


@pytest.mark.parametrize(
    "name", ["iter_maps_seasonal", "iter_maps_weekly_short", "iter_maps_weekly_grand"]
)
def test_every_campaign(campaigns: Emulator, client: Client, user: auth.ServiceToken,
                        name: str) -> None:
    items = list(getattr(client.live, name)(user))
    total = getattr(client.live, name.replace("iter_", "get_"))(user)["itemCount"]
    assert len(items) == total
    ids = [c["id"] for c in items]
    assert len(set(ids)) == len(ids)
    starts = [c["startTimestamp"] for c in items]
    assert starts == sorted(starts, reverse=True)
    assert len(list(getattr(client.live, name)(user, limit=3))) == 3
