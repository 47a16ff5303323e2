"""Meet endpoints (competitions, cups, challenges, matches, matchmaking, Super Royal): the
emulator's documented behaviour (their contracts with the documentation are in
test_contracts.py)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import pytest

from nadeo_api import (
    Client,
    NotFoundError,
    auth,
)
from nadeo_api._declared import DECLARATIONS
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.emulator.world.competitions import Comp, competitions, live_id
from nadeo_api.emulator.world.matchmaking import MATCHMAKING_MATCH_BASE
from nadeo_api.testing import emulator_settings

from .conftest import FAST, service_token
from .contract import refuses
from .docs import example_responses, same_shape

D = DECLARATIONS["meet"]
DAY = datetime.date(2025, 3, 12)
"""The module's world day: its clock, 18:00 UTC, falls in that day's first Cup of the Day."""


def comps(emu: Emulator) -> Any:
    return competitions(emu.app.state)


def cup(emu: Emulator) -> Comp:
    now = emu.world.now
    found: Comp = next(
        c for c in reversed(comps(emu).cups) if c.kind == "cotd" and c.started_by(now)
    )
    return found


def team_comp(emu: Emulator) -> Comp:
    now = emu.world.now
    found: Comp = next(c for c in comps(emu).clubs() if c.team and c.started_by(now))
    return found


def team_match_live_id(emu: Emulator) -> str:
    """A recent Ranked 2v2 match."""
    return live_id("MTCH", MATCHMAKING_MATCH_BASE + 3)


HEARTBEAT = "meet/matchmaking/heartbeat.md"


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(today=DAY) as running:
        yield running


def emulator_at(now: float) -> Emulator:
    """An emulator of the module's day whose clock reads `now` (set before any request)."""
    return Emulator(today=DAY, now=now)


@pytest.fixture
def own() -> Iterator[tuple[Emulator, Client, auth.ServiceToken]]:
    """An emulator of the test's own (for queues), a client and a service token."""
    with Emulator(today=DAY) as running, Client(emulator_settings(running, **FAST)) as client:
        yield running, client, service_token(client)


def heartbeat_examples() -> list[Any]:
    """The heartbeat page's two answers: while queueing, then when a match is found."""
    return example_responses(HEARTBEAT)


def test_heartbeat_has_the_documented_shape_and_body(
    own: tuple[Emulator, Client, auth.ServiceToken],
) -> None:
    emu, client, user = own
    mate = emu.world.player_account_id(7)
    queued, found = heartbeat_examples()
    answers = [client.meet.send_matchmaking_heartbeat(user, 5, [mate]) for _ in range(3)]
    assert same_shape(queued, answers[1]) == [] and same_shape(found, answers[2]) == []
    typed = client.meet.send_matchmaking_heartbeat.typed(user, 5, [mate])
    assert isinstance(typed, D["send_matchmaking_heartbeat"].model_type())
    entry = emu.log.entries[-1]
    assert (entry.method, entry.path, entry.params) == (
        "POST", "/api/matchmaking/5/heartbeat", {}
    )


def test_queue_goes_from_pending_to_a_match_and_cancel_keeps_a_found_match(
    own: tuple[Emulator, Client, auth.ServiceToken],
) -> None:
    emu, client, user = own
    meet = client.meet
    assert meet.get_matchmaking_status(user, 5)["currentHeartbeat"] is None
    assert meet.send_matchmaking_heartbeat(user, 5)["status"] == "pending"
    queued = meet.send_matchmaking_heartbeat(user, 5)
    assert (queued["status"], queued["matchmakingWaitingTime"]) == ("queued", 60)
    meet.cancel_matchmaking(user, 5)
    assert meet.get_matchmaking_status(user, 5)["currentHeartbeat"]["status"] == "canceled"
    statuses = [meet.send_matchmaking_heartbeat(user, 5)["status"] for _ in range(3)]
    assert statuses == ["pending", "queued", "match_ready"]
    meet.cancel_matchmaking(user, 5)
    ready = meet.get_matchmaking_status(user, 5)["currentHeartbeat"]
    assert ready["status"] == "match_ready"
    players = meet.get_match_participants(user, ready["matchLiveId"])
    assert SERVICE_ACCOUNT.account_id in [p["participant"] for p in players]
    assert meet.get_matchmaking_status(user, 2)["currentHeartbeat"] is None


def test_competitions_and_matches_take_both_ids(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    by_id = client.meet.get_competition(user, cup(emu).id)
    assert client.meet.get_competition(user, by_id["liveId"]) == by_id
    match = client.meet.get_match(user, team_match_live_id(emu))
    assert client.meet.get_match(user, match["id"]) == match


def test_cup_rounds_lead_to_the_qualifier_and_the_matches(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    meet, comp = client.meet, cup(emu)
    (knockout,) = meet.get_competition_rounds(user, comp.id)
    qualifier = meet.get_challenge_leaderboard(user, knockout["qualifierChallengeId"])
    assert qualifier["cardinal"] == comp.nb_players
    first = meet.get_round_matches(user, knockout["id"], length=1)["matches"][0]
    results = meet.get_competition_match_results(user, first["id"], length=255)
    assert len(results["results"]) == 64 and results["teams"] == []
    leader = meet.get_competition_leaderboard(user, comp.id, length=1)[0]["participant"]
    assert results["results"][0]["participant"] == leader
    assert meet.get_match(user, first["clubMatchLiveId"])["participantType"] == "player"


def test_cups_filter_by_type_under_cotds(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    for kind, prefix in (("cotd", "COTD"), ("cotw", "COTW"), ("grand_race", "Grand")):
        cups = client.meet.get_cups_of_the_day(user, kind, length=3)["COTDs"]
        assert cups and all(c["competition"]["name"].startswith(prefix) for c in cups)


def test_current_cup_of_the_day_is_no_content_between_cups(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    assert client.meet.get_cup_of_the_day(user)["edition"] == 1
    quiet = emulator_at(emu.world.now + 3 * 3600)
    with quiet, Client(emulator_settings(quiet, **FAST)) as other:
        assert other.meet.get_cup_of_the_day(service_token(other)) == {}
        assert quiet.log.entries[-1].status == 204


def test_scores_are_zero_before_a_competition_starts(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    early = emulator_at(cup(emu).start - 60)
    with early, Client(emulator_settings(early, **FAST)) as other:
        board = other.meet.get_competition_leaderboard(service_token(other), cup(emu).id)
    assert [r["rank"] for r in board] == list(range(1, 11))
    assert {r["score"] for r in board} == {0}


def test_player_matches_are_empty_for_non_participants(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    comp = team_comp(emu)
    assert client.meet.get_competition_player_matches(user, comp.id, emu.world.player_account_id(
        999_999)) == []
    assert client.meet.get_competition_teams(user, cup(emu).id) == []


def test_unknown_ids_are_not_found(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    meet = client.meet
    calls = [
        lambda: meet.get_competition(user, 99_999), lambda: meet.get_challenge(user, 99_999),
        lambda: meet.get_round_matches(user, 99_999),
        lambda: meet.get_competition_match_results(user, 99_999),
        lambda: meet.get_match(user, 99_999), lambda: meet.get_club_competition(user, 1),
        lambda: meet.get_challenge_map_records(user, cup(emu).challenge_id, "NotTheMap"),
    ]
    for call in calls:
        with pytest.raises(NotFoundError):
            call()


def test_matches_are_forgotten_after_a_month(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    # The newest cup that ended over 40 days ago.
    old = next(c for c in reversed(comps(emu).cups) if c.end < emu.world.now - 40 * 86400)
    match = client.meet.get_round_matches(user, old.round_id(0), length=1)["matches"][0]
    assert client.meet.get_competition_match_results(user, match["id"])["results"]
    with pytest.raises(NotFoundError):
        client.meet.get_match(user, match["clubMatchLiveId"])


def test_unknown_matchmaking_type_is_an_error(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    with pytest.raises(NotFoundError):
        client.meet.get(user, "api/matchmaking/9/leaderboard")
    assert client.meet.get_matchmaking_rankings(user, "ranked-2v2")["matchmakingId"] == 5


def test_long_player_lists_are_refused_with_414(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    many = [emu.world.player_account_id(i) for i in range(200)]
    with pytest.raises(Exception) as error:
        client.meet.get(user, "api/matchmaking/2/leaderboard/players", {"players[]": many})
    assert getattr(error.value, "status", None) == 414
    # 150 IDs stay under the limit; unranked players are left out of the answer.
    ranked = client.meet.get_matchmaking_player_ranks(user, 2, many[:150])["results"]
    assert 0 < len(ranked) < 150 and {r["player"] for r in ranked} <= set(many)


def test_rankings_are_consistent_with_player_ranks_and_divisions(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    meet = client.meet
    top = meet.get_matchmaking_rankings(user, 2, length=3, offset=500_000)["results"]
    ranks = meet.get_matchmaking_player_ranks(user, 2, [r["player"] for r in top])["results"]
    assert ranks == top
    first = meet.get_matchmaking_rankings(user, 2, length=1)["results"][0]
    (progression,) = meet.get_matchmaking_player_progressions(user, 2, [first["player"]])[
        "progressions"
    ]
    trackmaster = meet.get_matchmaking_divisions(user, 2)["divisions"][-1]
    assert progression["division"] == trackmaster["id"]


def test_my_club_competitions_default_to_the_count_only(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    answer = client.meet.get_my_club_competitions(user)
    assert answer["clubCompetitions"] == [] and answer["clubCompetitionsCount"] > 0


# Argument checks ------------------------------------------------------------------------

def test_a_party_is_smaller_than_a_team(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    mates = [emu.world.player_account_id(i) for i in range(2)]
    refuses(emu, lambda: client.meet.send_matchmaking_heartbeat(user, 5, mates), "play_with")
