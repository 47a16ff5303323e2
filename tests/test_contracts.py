"""Contract tests, one per endpoint: the documented example decodes into its model with no key
lost; the emulator answers a representative request with the documented key structure; the
declaration sends the documented method, route and query."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from nadeo_api import Client, auth
from nadeo_api.emulator import Emulator

from .contract import query_names
from .declared import api_declarations
from .docs import documented, example_response, keys_kept, same_shape

_live = api_declarations("live")

# declaration name -> (doc page, arguments after the token from the emulator's world)
CONTRACTS: dict[str, tuple[str, Any]] = {
    "get_maps_totd": ("live/campaigns/totds.md", lambda w: ()),
    "get_maps_royal": ("live/campaigns/totds.md", lambda w: ()),
    "get_maps_seasonal": ("live/campaigns/campaigns-v2.md", lambda w: ()),
    "get_maps_weekly_short": ("live/campaigns/weekly-shorts.md", lambda w: ()),
    "get_maps_weekly_grand": ("live/campaigns/weekly-grands.md", lambda w: ()),
    "get_map_leaderboard": ("live/leaderboards/top.md", lambda w: (w.totd_maps()[-1],)),
    "get_player_club_record": (
        "live/leaderboards/player-club-record.md",
        lambda w: (w.totd_maps()[-1], member_club(w).club_id),
    ),
    "get_club_campaign": (
        "live/clubs/campaign-by-id.md",
        lambda w: (member_club(w).club_id, member_club(w).campaigns[0].campaign_id),
    ),
    "get_map_review_connect": ("live/map-review/connect.md", lambda w: ("totd",)),
    "get_map_review_submitted": ("live/map-review/submitted.md", lambda w: ("totd",)),
    "get_map_review_waiting_time": ("live/map-review/waiting-time.md", lambda w: ("totd",)),
    "get_server_accounts": ("live/accounts/server.md", lambda w: ()),
}


def member_club(world: Any) -> Any:
    return next(club for club in world.clubs if club.accounts_are_members)


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_declaration_matches_the_documentation(name: str) -> None:
    declared = _live.DECLARATIONS[name]
    doc, _ = CONTRACTS[name]
    entry = documented(doc)
    assert (declared.api, declared.method, declared.route) == (
        entry["api"], entry["method"], entry["route"]
    )


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_documented_example_decodes_into_the_model(name: str) -> None:
    declared = _live.DECLARATIONS[name]
    doc, _ = CONTRACTS[name]
    example = example_response(doc)
    model = msgspec.convert(example, type=declared.model_type())
    assert keys_kept(example, msgspec.to_builtins(model)) == []


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_emulator_answers_with_the_documented_shape(
    emu: Emulator, client: Client, user: auth.ServiceToken, name: str
) -> None:
    declared = _live.DECLARATIONS[name]
    doc, arguments = CONTRACTS[name]
    emu.log.clear()
    answer = client.call(declared, user, *arguments(emu.world))
    assert same_shape(example_response(doc), answer) == []
    typed = client.call_typed(declared, user, *arguments(emu.world))
    assert isinstance(typed, declared.model_type())
    entry = emu.log.entries[-1]
    sent = set(entry.params)
    allowed = query_names(documented(doc)["query"])
    assert sent <= allowed, f"{name} sent {sent - allowed} beyond the documented query"
