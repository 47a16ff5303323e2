"""An iterator for every paginated endpoint: each joins its pages with no item lost or doubled,
stops at the end (sending nothing past the page that shows it, when the answer tells the total),
and asks for no more per page than the documentation allows."""

from __future__ import annotations

import asyncio
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from nadeo_api import AsyncClient, Client
from nadeo_api._declared import LISTINGS, declarations_of
from nadeo_api._pagination import Listing
from nadeo_api.emulator import Emulator
from nadeo_api.testing import emulator_settings

from .conftest import service_token
from .contract import route_pattern
from .test_live_club_activities import World
from .test_live_clubs import admin_club
from .test_live_records import member_club, season
from .test_meet import cup, team_comp
from .test_oauth import user_token

REFERENCE = json.loads((Path(__file__).parent / "data" / "reference.json").read_text())
APIS = ("core", "live", "meet", "oauth")


def listings(api: str) -> dict[str, Listing[Any]]:
    return LISTINGS[api]


@dataclass(frozen=True)
class Case:
    """How to run one iterator on the emulator."""

    arguments: Callable[[Emulator, Client, Any], tuple[Any, ...]]
    cap: int | None
    """The most items a page may hold by the documentation (None: it gives no cap)."""
    limit: int | None = None
    """For the leaderboards too long to read whole in a test."""
    least: int = 2
    """The fewest items the emulator holds there."""


def none(emu: Emulator, client: Client, user: Any) -> tuple[Any, ...]:
    return ()


def activity(kind: str) -> Callable[[Emulator, Client, Any], tuple[Any, ...]]:
    return lambda emu, client, user: World(emu, client, user).ids(kind)


CASES: dict[tuple[str, str], Case] = {
    ("live", "iter_map_leaderboard"): Case(
        lambda e, c, u: (e.world.totd_maps()[-1],), 100, limit=250
    ),
    ("live", "iter_maps_totd"): Case(none, None),
    ("live", "iter_maps_royal"): Case(none, None),
    ("live", "iter_maps_seasonal"): Case(none, None),
    ("live", "iter_maps_seasonal_v1"): Case(none, None),
    ("live", "iter_maps_weekly_short"): Case(none, None),
    ("live", "iter_maps_weekly_grand"): Case(none, None),
    ("live", "iter_maps_cup_of_the_week"): Case(none, None),
    ("live", "iter_map_review_submitted"): Case(lambda e, c, u: ("totd",), None),
    ("live", "iter_campaign_leaderboard"): Case(
        lambda e, c, u: (season(e.world),), 100, limit=250
    ),
    ("live", "iter_campaign_club_leaderboard"): Case(
        lambda e, c, u: (season(e.world), member_club(e.world).club_id), None
    ),
    ("live", "iter_club_map_leaderboard"): Case(
        lambda e, c, u: (e.world.totd_maps()[-1], member_club(e.world).club_id), 100
    ),
    ("live", "iter_favorite_maps"): Case(none, None),
    ("live", "iter_uploaded_maps"): Case(none, None),
    ("live", "iter_clubs"): Case(none, 250),
    ("live", "iter_my_clubs"): Case(none, None),
    ("live", "iter_club_competitions"): Case(none, 250),
    ("live", "iter_club_members"): Case(lambda e, c, u: (admin_club(e).id,), 250),
    ("live", "iter_club_member_requests"): Case(
        lambda e, c, u: (admin_club(e, "private-open").id,), None
    ),
    ("live", "iter_club_activities"): Case(
        lambda e, c, u: (member_club(e.world).club_id,), 250
    ),
    ("live", "iter_club_campaigns"): Case(none, 250),
    ("live", "iter_club_campaigns_by_club"): Case(
        lambda e, c, u: (member_club(e.world).club_id,), 250
    ),
    ("live", "iter_club_rooms"): Case(none, 250),
    ("live", "iter_club_map_reviews"): Case(none, 250),
    ("live", "iter_club_uploads"): Case(lambda e, c, u: ("map-upload",), 250),
    ("live", "iter_club_upload"): Case(activity("map-upload"), None),
    # The account submitted one map to its club's map review.
    ("live", "iter_club_map_review_submitted"): Case(activity("map-review"), None, least=1),
    ("live", "iter_club_map_review_submissions"): Case(activity("map-review"), None),
    ("core", "iter_trophy_history"): Case(
        lambda e, c, u: (e.world.player_account_id(7),), 1000
    ),
    ("core", "iter_favorite_maps"): Case(none, None),
    ("meet", "iter_competitions"): Case(none, 100, limit=300),
    ("meet", "iter_cups_of_the_day"): Case(none, 100, limit=300),
    ("meet", "iter_competition_leaderboard"): Case(lambda e, c, u: (cup(e).id,), 255),
    ("meet", "iter_competition_participants"): Case(lambda e, c, u: (cup(e).id,), 255),
    ("meet", "iter_round_matches"): Case(lambda e, c, u: (cup(e).round_id(0),), 100),
    ("meet", "iter_competition_match_results"): Case(
        lambda e, c, u: (team_comp(e).match_id(0, 0),), 255
    ),
    ("meet", "iter_challenges"): Case(none, 100, limit=300),
    ("meet", "iter_challenge_leaderboard"): Case(
        lambda e, c, u: (cup(e).challenge_id,), 100
    ),
    ("meet", "iter_challenge_map_records"): Case(
        lambda e, c, u: (cup(e).challenge_id, cup(e).map_uid), 100
    ),
    ("meet", "iter_my_club_competitions"): Case(none, 100),
    ("meet", "iter_matchmaking_rankings"): Case(lambda e, c, u: (2,), 100, limit=250),
    ("oauth", "iter_favorite_maps"): Case(none, None),
}


def paginated_routes() -> list[dict[str, Any]]:
    """The catalogue's endpoints that take an offset (deprecated ones included)."""
    return [e for e in REFERENCE["catalogue"] if "offset=" in (e.get("query") or "")]


def test_every_paginated_endpoint_has_an_iterator() -> None:
    routes = paginated_routes()
    assert len(routes) >= 40
    missing = []
    for entry in routes:
        declared = next(
            d for d in declarations_of(entry["api"])
            if (d.method, d.route) == (entry["method"], entry["route"])
        )
        if not any(lst.endpoint is declared for lst in listings(entry["api"]).values()):
            missing.append(f"{entry['api']} {entry['route']}")
    assert missing == []


def test_every_iterator_is_tested_here() -> None:
    declared = {(api, name) for api in APIS for name in listings(api)}
    assert declared == set(CASES)


@pytest.mark.parametrize(("api", "name"), sorted(CASES))
def test_pages_stay_under_the_documented_cap(api: str, name: str) -> None:
    listing, cap = listings(api)[name], CASES[api, name].cap
    assert listing.page_size >= 1
    if cap is not None:
        assert listing.page_size <= cap


@pytest.mark.parametrize(("api", "name"), sorted(CASES))
def test_iterators_have_typed_twins_everywhere(api: str, name: str) -> None:
    import importlib

    for module in (f"nadeo_api.{api}", f"nadeo_api.aio.{api}"):
        function = getattr(importlib.import_module(module), name)
        assert callable(function.typed)
        assert function.__name__ == name
    assert listings(api)[name].model_type() is not None


def expected_requests(items: int, page: int, total_known: bool, limit: int | None) -> int:
    """The least requests that can show every item and the end."""
    if limit is not None and items >= limit:
        return math.ceil(limit / page)
    if total_known:
        return max(1, math.ceil(items / page))
    return items // page + 1  # the end shows only as a short (maybe empty) page


@pytest.fixture
def tokens(client: Client, emu: Emulator) -> dict[str, Any]:
    """A user's token for each API."""
    live = service_token(client)
    return {
        "live": live, "meet": live, "core": service_token(client, "core"),
        "oauth": user_token(emu, client),
    }


def sent(emu: Emulator, listing: Listing[Any]) -> list[Any]:
    """The logged requests to the iterator's endpoint."""
    pattern = route_pattern(listing.endpoint.route or "")
    return [e for e in emu.log.entries if pattern.match(e.path)]


@pytest.mark.parametrize(("api", "name"), sorted(CASES))
def test_iterator_joins_every_page_and_stops_at_the_end(
    emu: Emulator, client: Client, tokens: Any, api: str, name: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case, listing = CASES[api, name], listings(api)[name]
    user, token = tokens["live"], tokens[api]
    args = case.arguments(emu, client, user)
    namespace = getattr(client, api)
    total_known = listing.total is not None

    emu.log.clear()
    whole = list(getattr(namespace, name)(token, *args, limit=case.limit))
    keys = [listing.key(item) for item in whole]
    assert len(set(keys)) == len(keys), "an item was yielded twice"
    pages = sent(emu, listing)
    assert len(pages) == expected_requests(len(whole), listing.page_size, total_known, case.limit)
    for page in pages:
        length = int(page.params["count" if name == "iter_trophy_history" else "length"][0])
        assert length <= listing.page_size

    # Smaller pages: the same items, whatever the page boundaries.
    assert len(whole) >= case.least, "the emulator holds too few items to cross pages"
    small = max(1, min(listing.page_size // 2, math.ceil(len(whole) / 4)))
    monkeypatch.setattr(listing, "page_size", small)
    emu.log.clear()
    assert list(getattr(namespace, name)(token, *args, limit=case.limit)) == whole
    assert len(sent(emu, listing)) == expected_requests(len(whole), small, total_known, case.limit)

    async def crawl() -> list[Any]:
        settings = emulator_settings(emu, page_concurrency=3)
        async with AsyncClient(settings, transport=emu.transport()) as running:
            iterator = getattr(getattr(running, api), name)(token, *args, limit=case.limit)
            return [item async for item in iterator]

    emu.log.clear()
    assert asyncio.run(crawl()) == whole
    if total_known:  # the first answer told the end: nothing is sent past it
        assert len(sent(emu, listing)) == expected_requests(len(whole), small, True, case.limit)

    typed = list(getattr(namespace, name).typed(token, *args, limit=case.limit))
    assert len(typed) == len(whole)
    assert all(isinstance(item, listing.model_type()) for item in typed)


@pytest.mark.parametrize(("api", "name"), sorted(CASES))
def test_limit_stops_early(
    emu: Emulator, client: Client, tokens: Any, api: str, name: str
) -> None:
    case, listing = CASES[api, name], listings(api)[name]
    user, token = tokens["live"], tokens[api]
    args = case.arguments(emu, client, user)
    emu.log.clear()
    limit = case.least
    assert len(list(getattr(getattr(client, api), name)(token, *args, limit=limit))) == limit
    (page,) = sent(emu, listing)
    assert int(page.params.get("length", page.params.get("count"))[0]) == limit
