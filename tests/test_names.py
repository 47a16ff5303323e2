"""Bulk display names: 50 per request, each asked once a day, both directions."""

from __future__ import annotations

import pytest

from nadeo_api import ArgumentError, Client
from nadeo_api.emulator import Emulator
from nadeo_api.names import BATCH, DAY, NAME_FIELD, Names, with_names

from .conftest import oauth_token, service_token


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def players(emu: Emulator, count: int, first: int = 0) -> list[str]:
    return [emu.world.player_account_id(i) for i in range(first, first + count)]


def name_requests(emu: Emulator) -> int:
    return len(emu.log.filter(api="oauth", path="/api/display-names"))


def test_names_of_120_accounts_take_3_requests(emu: Emulator, client: Client) -> None:
    names = Names(oauth_token(client), client=client)
    ids = players(emu, 120)
    emu.log.clear()
    seen: list[int] = []
    found = names.display_names(ids, progress=seen.append)
    assert found == {i: emu.world.display_name(i) for i in ids}
    assert name_requests(emu) == 3 == -(-120 // BATCH)
    assert seen == [0, 50, 100, 120]
    assert all(len(e.params["accountId[]"]) <= BATCH for e in emu.log.entries)


def test_known_names_are_not_asked_again_for_a_day(emu: Emulator, client: Client) -> None:
    clock = FakeClock()
    names = Names(oauth_token(client), client=client, clock=clock)
    ids = players(emu, 60)
    names.display_names(ids[:40])
    emu.log.clear()
    names.display_names(ids)  # only the 20 new ones
    assert name_requests(emu) == 1
    assert len(emu.log.entries[0].params["accountId[]"]) == 20
    clock.now += DAY - 1
    names.display_names(ids)
    assert name_requests(emu) == 1
    clock.now += 2
    names.display_names(ids)
    assert name_requests(emu) == 1 + 2


def test_unknown_accounts_are_left_out_and_remembered(emu: Emulator, client: Client) -> None:
    names = Names(oauth_token(client), client=client)
    ghost = "00000000-0000-0000-0000-00000000dead"
    known = players(emu, 1)[0]
    assert names.display_names([ghost, known]) == {known: emu.world.display_name(known)}
    emu.log.clear()
    assert names.display_name(ghost) is None
    assert len(emu.log) == 0


def test_ids_are_matched_whatever_their_case(emu: Emulator, client: Client) -> None:
    names = Names(oauth_token(client), client=client)
    known = players(emu, 1)[0]
    assert names.display_name(known.upper()) == emu.world.display_name(known)


def test_names_to_ids_and_back(emu: Emulator, client: Client) -> None:
    names = Names(oauth_token(client), client=client)
    ids = players(emu, 3, first=500)
    wanted = [str(emu.world.display_name(i)) for i in ids]
    emu.log.clear()
    assert names.account_ids([*wanted, "NobodyHere"]) == dict(zip(wanted, ids, strict=True))
    assert len(emu.log.filter(path="/api/display-names/account-ids")) == 1
    emu.log.clear()
    assert names.display_names(ids) == dict(zip(ids, wanted, strict=True))  # learnt on the way
    assert len(emu.log) == 0


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda n: n.display_names("one-id"), "account_ids"),
        (lambda n: n.display_names(["ok", ""]), "account_ids[1]"),
        (lambda n: n.account_ids([None]), "display_names[0]"),
    ],
)
def test_bad_arguments_send_nothing(emu: Emulator, client: Client, call, argument) -> None:  # type: ignore[no-untyped-def]
    names = Names(oauth_token(client), client=client)
    emu.log.clear()
    with pytest.raises(ArgumentError, match=argument.replace("[", r"\[")):
        call(names)
    assert len(emu.log) == 0


def test_ttl_is_checked(client: Client, emu: Emulator) -> None:
    with pytest.raises(ArgumentError, match="ttl"):
        Names(oauth_token(client), client=client, ttl=0)


def test_async_twin_shares_the_cache(emu: Emulator, client: Client) -> None:
    import asyncio

    from nadeo_api import AsyncClient
    from nadeo_api.testing import emulator_settings

    token = oauth_token(client)
    ids = players(emu, 70, first=900)

    async def run() -> tuple[dict[str, str], dict[str, str]]:
        async with AsyncClient(emulator_settings(emu)) as async_client:
            names = Names(token, client=client, async_client=async_client)
            names.display_names(ids[:20])
            emu.log.clear()
            by_id = await names.async_display_names(ids)
            by_name = await names.async_account_ids([by_id[ids[0]], "Nobody Here"])
            return by_id, by_name

    by_id, by_name = asyncio.run(run())
    assert by_id == {i: emu.world.display_name(i) for i in ids}
    assert by_name == {by_id[ids[0]]: ids[0]}
    assert name_requests(emu) == 1  # the 50 not yet known; the first 20 were
    assert len(emu.log.filter(path="/api/display-names/account-ids")) == 1  # only "Nobody Here"


@pytest.fixture
def map_uid(emu: Emulator) -> str:
    uid: str = emu.world.totd_maps()[-1]
    return uid


def batches(emu: Emulator) -> list[int]:
    """The number of account IDs in each name request, in order."""
    return [
        len(e.params["accountId[]"])
        for e in emu.log.filter(api="oauth", path="/api/display-names")
    ]


def test_a_leaderboard_answer_gets_names_beside_its_records(
    emu: Emulator, client: Client, map_uid: str
) -> None:
    user = service_token(client)
    answer = client.live.get_map_leaderboard(user, map_uid, length=100)
    names = Names(oauth_token(client), client=client)
    emu.log.clear()
    named = with_names(answer, names)
    records = named["tops"][0]["top"]
    assert len(records) == 100
    assert all(r[NAME_FIELD] == emu.world.display_name(r["accountId"]) for r in records)
    assert batches(emu) == [50, 50]
    assert NAME_FIELD not in answer["tops"][0]["top"][0]  # the answer itself is left alone
    emu.log.clear()
    assert with_names(answer, names) == named
    assert batches(emu) == []  # known for a day


def test_an_iterator_gives_records_and_names_50_accounts_a_request(
    emu: Emulator, client: Client, map_uid: str
) -> None:
    user = service_token(client)
    names = Names(oauth_token(client), client=client)
    ids = [r["accountId"] for r in client.live.get_map_leaderboard(user, map_uid, length=20)[
        "tops"][0]["top"]]
    names.display_names(ids)  # the first 20 are known already
    emu.log.clear()
    pairs = list(with_names(client.live.iter_map_leaderboard(user, map_uid, limit=230), names))
    assert [r["position"] for r, _ in pairs] == list(range(1, 231))
    assert all(name == emu.world.display_name(r["accountId"]) for r, name in pairs)
    assert batches(emu) == [50, 50, 50, 50, 10]  # 210 unknown accounts: 5 requests, the least
    assert len(emu.log.filter(api="live")) == 3


def test_typed_records_and_meet_results_pair_with_names(emu: Emulator, client: Client) -> None:
    from .test_meet import cup

    user = service_token(client)
    names = Names(oauth_token(client), client=client)
    emu.log.clear()
    typed = list(with_names(client.live.iter_map_leaderboard.typed(
        user, emu.world.totd_maps()[-1], limit=60), names))
    assert all(name == emu.world.display_name(record.account_id) for record, name in typed)
    assert batches(emu) == [50, 10]
    results = client.meet.get_competition_leaderboard(user, cup(emu).id, length=30)
    pairs = list(with_names(results, names))
    assert [r["participant"] for r, _ in pairs] == [r["participant"] for r in results]
    assert all(n == emu.world.display_name(r["participant"]) for r, n in pairs)


def test_async_iterators_pair_with_names(emu: Emulator, client: Client, map_uid: str) -> None:
    import asyncio

    from nadeo_api import AsyncClient
    from nadeo_api.testing import emulator_settings

    user, token = service_token(client), oauth_token(client)

    async def run() -> list[tuple[dict[str, object], str | None]]:
        async with AsyncClient(emulator_settings(emu)) as async_client:
            names = Names(token, async_client=async_client)
            crawl = async_client.live.iter_map_leaderboard(user, map_uid, limit=120)
            return [pair async for pair in with_names(crawl, names)]

    emu.log.clear()
    pairs = asyncio.run(run())
    assert len(pairs) == 120
    assert all(name == emu.world.display_name(str(r["accountId"])) for r, name in pairs)
    assert batches(emu) == [50, 50, 20]


def test_with_names_refuses_what_holds_no_records(emu: Emulator, client: Client) -> None:
    names = Names(oauth_token(client), client=client)
    emu.log.clear()
    with pytest.raises(ArgumentError, match="source"):
        with_names("accountId", names)  # type: ignore[call-overload]
    with pytest.raises(ArgumentError, match="source"):
        with_names(42, names)  # type: ignore[call-overload]
    assert len(emu.log) == 0
