"""Remarks of the Meet API's pages that the emulator reproduces."""

from __future__ import annotations

import pytest

from nadeo_api import Client, NadeoError, auth
from nadeo_api._chunking import MAX_URL_LENGTH
from nadeo_api._settings import MEET_URL
from nadeo_api.emulator import Emulator

from ..conftest import service_token
from .registry import remark


@pytest.fixture
def meet_user(client: Client) -> auth.ServiceToken:
    return service_token(client, "meet")


def refused_then_split(
    emu: Emulator, client: Client, token: auth.ServiceToken, route: str
) -> list[str]:
    """200 players in one request URI is a 414; the library sends them in shorter requests, all
    answered. Returns the players the requests named."""
    many = [emu.world.player_account_id(i) for i in range(200)]
    with pytest.raises(NadeoError) as refused:
        client.meet.get(token, route, {"players[]": many})
    assert getattr(refused.value, "status", None) == 414
    emu.log.clear()
    if route.endswith("leaderboard/players"):
        client.meet.get_matchmaking_player_ranks(token, 5, many)
    else:
        client.meet.get_matchmaking_player_progressions(token, 5, many)
    requests = [e for e in emu.log.entries if e.path == "/" + route]
    assert len(requests) == 2 and all(e.status == 200 for e in requests)
    assert all(len(f"{MEET_URL}{e.path}?{e.query}") <= MAX_URL_LENGTH for e in requests)
    named = [p for e in requests for p in e.params["players[]"]]
    assert sorted(named) == sorted(many)
    return named


@remark("meet/matchmaking/player-ranking.md", 4)
def test_player_ranking_long_lists_are_414_and_split(
    emu: Emulator, client: Client, meet_user: auth.ServiceToken
) -> None:
    refused_then_split(emu, client, meet_user, "api/matchmaking/5/leaderboard/players")


@remark("meet/matchmaking/player-progression.md", 3)
def test_player_progression_long_lists_are_414_and_split(
    emu: Emulator, client: Client, meet_user: auth.ServiceToken
) -> None:
    refused_then_split(emu, client, meet_user, "api/matchmaking/5/progression/players")
