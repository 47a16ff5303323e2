"""Lists longer than one request may hold: split under each endpoint's cap and under the URI
limit, each item sent once, the answers merged in the endpoint's own shape. Requests are counted
on the emulator's log; merged answers are checked against requests of one part each."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nadeo_api import ArgumentError, AsyncClient, Client, auth, core, live, meet, oauth
from nadeo_api._chunking import MAX_URL_LENGTH
from nadeo_api._settings import CORE_URL, MEET_URL
from nadeo_api.aio import core as aio_core
from nadeo_api.aio import oauth as aio_oauth
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import Emulator
from nadeo_api.models import AccountZone, MapList, MatchmakingRanking
from nadeo_api.testing import emulator_settings

from .clock import TODAY
from .conftest import AGENT, FAST, oauth_token, service_token
from .declared import api_declarations

_core = api_declarations("core")
_live_maps = api_declarations("live")
_live_records = api_declarations("live")
_meet = api_declarations("meet")
_oauth = api_declarations("oauth")

NAMES = "/api/display-names"
UNKNOWN = "00000000-0000-4000-8000-000000000000"


def ids(emu: Emulator, count: int, first: int = 0) -> list[str]:
    return [emu.world.player_account_id(i) for i in range(first, first + count)]


def sent(emu: Emulator, path: str) -> list[Any]:
    return [e for e in emu.log.entries if e.path == path]


def one_by_one(client: Client, declared: Any, token: Any, items: list[Any], *rest: Any) -> Any:
    """The answers of requests of one item each (none of them split)."""
    return [client.call(declared, token, [item], *rest) for item in dict.fromkeys(items)]


def by_account(entries: list[dict[str, Any]]) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(map(str, e.items()))) for e in entries)


def test_1000_display_names_take_20_requests_and_answer_1000_entries(
    emu: Emulator, client: Client
) -> None:
    token = oauth_token(client)
    accounts = ids(emu, 1000)
    emu.log.clear()
    answer = client.oauth.get_display_names(token, accounts)
    assert len(sent(emu, NAMES)) == 20
    assert len(emu.log) == 20
    assert all(len(e.params["accountId[]"]) == 50 for e in sent(emu, NAMES))
    assert len(answer) == 1000
    assert answer == {a: emu.world.display_name(a) for a in accounts}


def test_the_merged_names_are_those_of_requests_under_the_cap(
    emu: Emulator, client: Client
) -> None:
    token = oauth_token(client)
    accounts = [*ids(emu, 120), UNKNOWN]
    whole = client.oauth.get_display_names(token, accounts)
    parts: dict[str, str] = {}
    for start in range(0, len(accounts), _oauth.MAX_NAMES):
        parts.update(client.oauth.get_display_names(token, accounts[start : start + 50]))
    assert whole == parts
    assert UNKNOWN not in whole  # unknown accounts are left out, as in one request


def test_duplicates_are_sent_once(emu: Emulator, client: Client) -> None:
    token = oauth_token(client)
    accounts = ids(emu, 60)
    emu.log.clear()
    answer = client.oauth.get_display_names(token, accounts * 3 + accounts[:5])
    asked = [a for e in sent(emu, NAMES) for a in e.params["accountId[]"]]
    assert sorted(asked) == sorted(accounts)
    assert len(sent(emu, NAMES)) == 2
    assert set(answer) == set(accounts)
    emu.log.clear()
    client.oauth.get_display_names(token, accounts[:3] * 2)  # fits one request once deduplicated
    assert [e.params["accountId[]"] for e in sent(emu, NAMES)] == [accounts[:3]]


def test_long_names_are_split_under_the_uri_limit(emu: Emulator, client: Client) -> None:
    token = oauth_token(client)
    # 50 names whose encoded form is long: one request of them would be over 8,220 characters.
    names = [f"{'é' * 28}{i:02d}" for i in range(50)] + ["Nobody"]
    emu.log.clear()
    assert client.oauth.get_account_ids(token, names) == {}
    requests = sent(emu, "/api/display-names/account-ids")
    assert len(requests) == 2
    asked = [n for e in requests for n in e.params["displayName[]"]]
    assert sorted(asked) == sorted(names)
    for entry in requests:
        assert entry.status == 200
        assert len(f"https://api.trackmania.com{entry.path}?{entry.query}") <= MAX_URL_LENGTH


@pytest.mark.parametrize(
    ("items", "match"),
    [
        ([], "account_ids"),
        ("5b4d42f4-c2de-407d-b367-cbff3fe817bc", "account_ids must be a list"),
        (["ok"] * 700 + [7], r"account_ids\[700\]"),
        (["ok"] * 70 + [" "], r"account_ids\[70\]"),
    ],
)
def test_bad_lists_are_refused_before_anything_is_sent(
    emu: Emulator, client: Client, items: Any, match: str
) -> None:
    token = oauth_token(client)
    emu.log.clear()
    with pytest.raises(ArgumentError, match=match):
        client.oauth.get_display_names(token, items)
    assert len(emu.log) == 0


def test_an_item_too_long_for_any_request_is_refused(emu: Emulator, client: Client) -> None:
    token = oauth_token(client)
    emu.log.clear()
    with pytest.raises(ArgumentError, match=r"display_names\[1\] is too long"):
        client.oauth.get_account_ids(token, ["short", "x" * 9000])
    assert len(emu.log) == 0


def test_core_lists_fill_each_request_up_to_the_uri_limit(
    emu: Emulator, client: Client
) -> None:
    token = service_token(client, "core")
    accounts = ids(emu, 1000)
    emu.log.clear()
    zones = client.core.get_account_zones(token, accounts)
    requests = sent(emu, "/accounts/zones/")
    lengths = [len(f"{CORE_URL}{e.path}?{e.query}") for e in requests]
    assert all(e.status == 200 for e in requests)
    assert max(lengths) <= MAX_URL_LENGTH
    # Full requests: one more ID (36 characters and an encoded comma) would not have fitted.
    assert all(length + 39 > MAX_URL_LENGTH for length in lengths[:-1])
    per_request = len(requests[0].params["accountIdList"][0].split(","))
    assert per_request > 200  # more than the old fixed cap
    assert len(requests) == math.ceil(1000 / per_request)
    assert by_account(zones) == by_account(
        [z for a in one_by_one(client, _core.get_account_zones, token, accounts[:300]) for z in a]
        + client.core.get_account_zones(token, accounts[300:])
    )
    assert sorted(z["accountId"] for z in zones) == sorted(accounts)


def test_dict_answers_join_their_lists_and_add_up_their_counts(
    emu: Emulator, client: Client
) -> None:
    token = service_token(client)
    uids = emu.world.totd_maps()[:250]
    emu.log.clear()
    answer = client.live.get_maps_info(token, [*uids, "NoSuchMap"])
    assert len(sent(emu, "/api/token/map/get-multiple")) == 3
    assert [m["uid"] for m in answer["mapList"]] == uids
    assert answer["itemCount"] == 250
    typed = client.live.get_maps_info.typed(token, uids)
    assert isinstance(typed, MapList)
    assert [m.uid for m in typed.map_list] == uids and typed.item_count == 250
    singles = one_by_one(client, _live_maps.get_maps_info, token, uids[:120])
    assert [m for s in singles for m in s["mapList"]] == answer["mapList"][:120]


def test_player_records_and_positions_past_50_maps(emu: Emulator, client: Client) -> None:
    token = service_token(client)
    uids = emu.world.totd_maps()[-120:]
    emu.log.clear()
    records = client.live.get_player_records(token, uids + uids[:10])
    requests = sent(emu, "/api/token/leaderboard/group/map")
    assert len(requests) == 3  # 120 maps, each once: 50 + 50 + 20
    singles = one_by_one(client, _live_records.get_player_records, token, uids)
    assert records == [r for s in singles for r in s]
    scores = {uid: 60_000 for uid in uids[:60]}
    emu.log.clear()
    positions = client.live.get_record_positions(token, scores)
    assert len(sent(emu, "/api/token/leaderboard/group/map")) == 2
    alone = [client.live.get_record_positions(token, {uid: 60_000}) for uid in scores]
    assert positions == [p for a in alone for p in a]


def test_matchmaking_players_past_the_uri_limit(emu: Emulator, client: Client) -> None:
    token = service_token(client, "meet")
    players = ids(emu, 400)
    emu.log.clear()
    ranks = client.meet.get_matchmaking_player_ranks.typed(token, 5, players)
    requests = sent(emu, "/api/matchmaking/5/leaderboard/players")
    assert len(requests) == 3 and all(e.status == 200 for e in requests)
    assert max(len(f"{MEET_URL}{e.path}?{e.query}") for e in requests) <= MAX_URL_LENGTH
    assert isinstance(ranks, MatchmakingRanking)
    raw = client.meet.get_matchmaking_player_ranks(token, 5, players)
    assert [r["player"] for r in raw["results"]] == [r.player for r in ranks.results]
    first = client.call(_meet.get_matchmaking_player_ranks, token, 5, players[:100])
    assert raw["results"][: len(first["results"])] == first["results"]
    assert raw["cardinal"] == first["cardinal"]
    progressions = client.meet.get_matchmaking_player_progressions(token, 5, players)
    assert len(progressions["progressions"]) == len(
        {p["player"] for p in progressions["progressions"]}
    )


def test_account_records_split_whichever_list_is_given(emu: Emulator, client: Client) -> None:
    token = service_token(client, "core")
    seasons = [UNKNOWN] * 3 + [f"{i:08x}-0000-4000-8000-000000000000" for i in range(300)]
    emu.log.clear()
    answer = client.core.get_account_records(token, token.account_id, season_ids=seasons)
    requests = sent(emu, f"/v2/accounts/{token.account_id}/mapRecords")
    assert len(requests) == 2 and all(e.status == 200 for e in requests)
    assert isinstance(answer, list)


def test_module_functions_and_their_async_twins_split_alike(defaults: Emulator) -> None:
    emu = defaults
    with Client(emulator_settings(emu, **FAST)) as client:
        token = oauth_token(client)
        core_token = service_token(client, "core")
    accounts = ids(emu, 130)
    emu.log.clear()
    names = oauth.get_display_names(token, accounts)
    assert len(sent(emu, NAMES)) == 3 and len(names) == 130
    zones = core.get_account_zones.typed(core_token, accounts * 2)
    assert all(isinstance(z, AccountZone) for z in zones) and len(zones) == 130

    async def main() -> tuple[dict[str, str], list[AccountZone]]:
        return (
            await aio_oauth.get_display_names(token, accounts),
            await aio_core.get_account_zones.typed(core_token, accounts),
        )

    emu.log.clear()
    async_names, async_zones = asyncio.run(main())
    assert async_names == names and async_zones == zones
    assert len(sent(emu, NAMES)) == 3
    assert len(sent(emu, "/accounts/zones/")) == 1
    assert live.get_maps_info is not None and meet.get_matchmaking_player_ranks is not None


def test_async_parts_are_in_flight_together_within_page_concurrency(emu: Emulator) -> None:
    peak = 0

    async def main() -> dict[str, str]:
        nonlocal peak
        settings = emulator_settings(emu, page_concurrency=3, **FAST)
        async with AsyncClient(settings) as client:
            token = await auth.OAuthToken.aget(*_oauth_credentials(), AGENT, client=client)
            in_flight = 0
            run = client.run

            async def counted(flow: Any) -> Any:
                nonlocal in_flight, peak
                in_flight += 1
                peak = max(peak, in_flight)
                try:
                    return await run(flow)
                finally:
                    in_flight -= 1

            client.run = counted  # type: ignore[method-assign]
            emu.log.clear()
            return await client.oauth.get_display_names(token, ids(emu, 500))

    answer = asyncio.run(main())
    assert len(answer) == 500
    assert len(sent(emu, NAMES)) == 10
    assert peak == 3


def _oauth_credentials() -> tuple[str, str]:
    from nadeo_api.emulator import OAUTH_CLIENT

    return OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret


def test_each_part_is_retried_on_its_own() -> None:
    with Emulator(today=TODAY, error_rate=0.3, seed=3) as emu, Client(
        emulator_settings(emu, max_attempts=10, **FAST)
    ) as client:
        token = oauth_token(client)
        accounts = ids(emu, 500)
        emu.log.clear()
        answer = client.oauth.get_display_names(token, accounts)
        requests = sent(emu, NAMES)
        assert answer == {a: emu.world.display_name(a) for a in accounts}
        failed = [e for e in requests if e.status != 200]
        assert failed  # some parts failed, and were sent again until answered
        assert len([e for e in requests if e.status == 200]) == 10


def test_parts_are_paced_by_the_rate_budget(emu: Emulator) -> None:
    clock = FakeClock()
    settings = emulator_settings(emu, rate_limit=2.0, rate_burst=1, clock=clock, **FAST)
    with Client(settings) as client:
        token = oauth_token(client)
        started = clock.monotonic()
        emu.log.clear()
        assert len(client.oauth.get_display_names(token, ids(emu, 1000))) == 1000
    assert len(sent(emu, NAMES)) == 20
    # Each of the 20 parts waited for its slot (the first one after the token's request), at
    # 2 a second: the budget's interval (with its small margin) between any two.
    assert len(clock.sleeps) == 20
    assert all(0.5 <= wait <= 0.55 for wait in clock.sleeps)
    assert clock.monotonic() - started == pytest.approx(sum(clock.sleeps))


@pytest.fixture(scope="module")
def shared(emulator: Emulator) -> Iterator[tuple[Client, auth.OAuthToken, auth.ServiceToken]]:
    with Client(emulator_settings(emulator, **FAST)) as client:
        yield client, oauth_token(client), service_token(client, "core")


POOL = 130


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_list_answers_the_union_of_single_requests(
    emulator: Emulator,
    shared: tuple[Client, auth.OAuthToken, auth.ServiceToken],
    data: st.DataObject,
) -> None:
    client, token, core_token = shared
    pool = [*ids(emulator, POOL - 2), UNKNOWN, UNKNOWN.replace("0", "1")]
    items = data.draw(st.lists(st.sampled_from(pool), max_size=3 * POOL))
    if not items:
        with pytest.raises(ArgumentError, match="account_ids"):
            client.oauth.get_display_names(token, items)
        with pytest.raises(ArgumentError, match="account_ids"):
            client.core.get_account_zones(core_token, items)
        return
    names = client.oauth.get_display_names(token, items)
    assert names == _single(client, "names", token, items)
    zones = client.core.get_account_zones(core_token, items)
    assert by_account(zones) == by_account(_single(client, "zones", core_token, items))


_SINGLES: dict[tuple[str, str], Any] = {}


def _single(client: Client, kind: str, token: Any, items: list[str]) -> Any:
    """The union of the answers of one request per item (each asked once per run)."""
    if kind == "names":
        union: dict[str, str] = {}
        for item in items:
            if (kind, item) not in _SINGLES:
                _SINGLES[kind, item] = client.call(_oauth.get_display_names, token, [item])
            union.update(_SINGLES[kind, item])
        return union
    entries: list[Any] = []
    for item in dict.fromkeys(items):
        if (kind, item) not in _SINGLES:
            _SINGLES[kind, item] = client.call(_core.get_account_zones, token, [item])
        entries.extend(_SINGLES[kind, item])
    return entries
