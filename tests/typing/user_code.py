"""A user's code, type-checked (never run) by tests/test_typing.py with mypy --strict and pyright.

`assert_type` fails the check on any other type; `reveal_type(...)  # reveals: T` is compared
with what each checker reveals (module prefixes dropped); each `ignore[...]` comment must be
needed (mypy's `warn_unused_ignores`, pyright's `reportUnnecessaryTypeIgnoreComment`), so every
mistake marked here must be reported.
"""

from __future__ import annotations

import asyncio
from typing import Any

from typing_extensions import assert_type, reveal_type

from nadeo_api import AsyncClient, Client, aio, core, live, meet, oauth
from nadeo_api.auth import OAuthToken, ServiceToken
from nadeo_api.models import (
    Campaign,
    ClubMember,
    Cup,
    FavoriteMap,
    MapLeaderboard,
    MonthList,
    OAuthUser,
    PlayerRecord,
    RankedPlayer,
    Record,
    TotdMonth,
    TrophyHistoryEntry,
    ZoneInfo,
)


def module_functions(token: ServiceToken, oauth_token: OAuthToken) -> None:
    months = live.get_maps_totd(token)
    reveal_type(months)  # reveals: dict[str, Any]
    assert_type(months, dict[str, Any])
    board = live.get_map_leaderboard.typed(token, "map", length=20)
    reveal_type(board)  # reveals: MapLeaderboard
    assert_type(board, MapLeaderboard)
    assert_type(live.get_player_records(token, ["map"]), list[Any])
    reveal_type(live.get_player_records.typed(token, ["map"]))  # reveals: list[PlayerRecord]
    assert_type(live.get_player_records.typed(token, ["map"]), list[PlayerRecord])
    assert_type(live.delete_club(token, 1), str)
    assert_type(core.add_favorite_map(token, "map"), None)
    assert_type(core.get_zones.typed(token), list[ZoneInfo])
    assert_type(meet.get_cup_of_the_day.typed(token), Cup)
    assert_type(oauth.get_user.typed(oauth_token), OAuthUser)
    assert_type(live.get(token, "api/token/campaign/month"), Any)
    # Generic verbs and plain-text endpoints have no model, so no `.typed`.
    live.get.typed  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
    live.delete_club.typed  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
    # Parameters are the declaration's own.
    live.get_maps_totd(token, lenght=3)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
    live.get_maps_totd(token, length="3")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
    live.get_maps_totd(oauth_token)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


def iterators(token: ServiceToken) -> None:
    for item in live.iter_map_leaderboard(token, "map", limit=200):
        reveal_type(item)  # reveals: dict[str, Any]
        assert_type(item, dict[str, Any])
    for record in live.iter_map_leaderboard.typed(token, "map", limit=200):
        reveal_type(record)  # reveals: Record
        assert_type(record, Record)
        assert_type(record.score, int)
    for month in live.iter_maps_totd.typed(token, limit=3):
        assert_type(month, TotdMonth)
    for campaign in live.iter_maps_seasonal.typed(token):
        assert_type(campaign, Campaign)
    for member in live.iter_club_members.typed(token, 1, limit=500):
        reveal_type(member)  # reveals: ClubMember
        assert_type(member.account_id, str)
    for entry in core.iter_trophy_history.typed(token, "account"):
        assert_type(entry, TrophyHistoryEntry)
    for player in meet.iter_matchmaking_rankings.typed(token, 2, limit=1000):
        assert_type(player, RankedPlayer)
    live.iter_club_members(token, 1, lenght=5)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]


async def async_functions(token: ServiceToken) -> None:
    months = await aio.live.get_maps_totd.typed(token)
    reveal_type(months)  # reveals: MonthList
    assert_type(months, MonthList)
    assert_type(await aio.live.get_maps_totd(token), dict[str, Any])
    assert_type(await aio.core.add_favorite_map(token, "map"), None)
    task = asyncio.create_task(aio.live.get_map_leaderboard.typed(token, "map"))
    assert_type(await task, MapLeaderboard)
    async for item in aio.live.iter_map_leaderboard(token, "map"):
        assert_type(item, dict[str, Any])
    async for record in aio.live.iter_map_leaderboard.typed(token, "map"):
        reveal_type(record)  # reveals: Record
        assert_type(record, Record)
    async for member in aio.live.iter_club_members.typed(token, 1):
        assert_type(member, ClubMember)
    aio.live.get.typed  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]


def clients(token: ServiceToken, oauth_token: OAuthToken) -> None:
    with Client() as client:
        reveal_type(client.live.get_maps_totd(token))  # reveals: dict[str, Any]
        reveal_type(client.live.get_maps_totd.typed(token))  # reveals: MonthList
        assert_type(client.core.get_zones.typed(token), list[ZoneInfo])
        assert_type(client.meet.get_cup_of_the_day.typed(token), Cup)
        assert_type(client.oauth.get_user.typed(oauth_token), OAuthUser)
        for record in client.live.iter_map_leaderboard.typed(token, "map"):
            assert_type(record, Record)
        for favorite in client.oauth.iter_favorite_maps.typed(oauth_token):
            reveal_type(favorite)  # reveals: FavoriteMap
            assert_type(favorite, FavoriteMap)
        client.live.get_maps_tod(token)  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
        client.live.get.typed  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
        patient = client.with_options(timeout=60, max_attempts=1)
        assert_type(patient, Client)
        assert_type(patient.live.get_map_leaderboard.typed(token, "map"), MapLeaderboard)
        client.with_options(timout=60)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]


async def async_clients(token: ServiceToken) -> None:
    async with AsyncClient() as client:
        months = await client.live.get_maps_totd.typed(token)
        reveal_type(months)  # reveals: MonthList
        assert_type(await client.live.get_maps_totd(token), dict[str, Any])
        async for record in client.live.iter_map_leaderboard.typed(token, "map"):
            assert_type(record, Record)
        quick = client.with_options(timeout=5)
        assert_type(quick, AsyncClient)
        assert_type(await quick.core.get_zones.typed(token), list[ZoneInfo])
        client.live.get_maps_tod  # type: ignore[attr-defined]  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]
