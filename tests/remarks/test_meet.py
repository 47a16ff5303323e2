"""The remarks of the Meet pages (challenges, competitions, cups, matches, matchmaking, Super
Royal): each reproduced by the emulator, or not a behaviour. The dedicated-server remark is
generated below, one test per page."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import pytest

from nadeo_api import auth
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import SERVER_ACCOUNT, SERVICE_ACCOUNT, Account, Emulator
from nadeo_api.emulator.world.clubs import club_state
from nadeo_api.emulator.world.competitions import Comp, competitions
from nadeo_api.emulator.world.competitions import live_id as meet_live_id
from nadeo_api.emulator.world.matchmaking import (
    JOIN_SECONDS,
    MATCHMAKING_MATCH_BASE,
    PENALTY_SECONDS,
)

from ..conftest import AGENT, in_process, service_token
from .calls import Fresh, fresh_world, send
from .registry import not_behaviour, remark
from .servers import refusal_tests

globals().update(refusal_tests("meet/", __name__))

DAY = datetime.date(2025, 3, 12)
"""The module's world day: its clock, 18:00 UTC, falls in that day's first Cup of the Day."""
HOUR = 3600
GLOSSARY = "a pointer to the glossary's list of matchmaking types and their IDs"


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(today=DAY) as running:
        yield running


@pytest.fixture
def meet(emu: Emulator, user: auth.ServiceToken) -> Meet:
    return Meet(emu, user)


class Meet:
    """Raw Meet requests to an emulator as a user, answers decoded."""

    def __init__(self, emu: Emulator, user: auth.ServiceToken) -> None:
        self.emu, self.user = emu, user

    def answer(self, path: str, **params: Any) -> Any:
        return send(self.emu, self.user, "GET", path, params=params or None, api="meet")

    def get(self, path: str, **params: Any) -> Any:
        answer = self.answer(path, **params)
        assert answer.status_code == 200, (path, answer.status_code, answer.text)
        return answer.json()

    def status(self, path: str, **params: Any) -> int:
        code: int = self.answer(path, **params).status_code
        return code

    def post(self, path: str, body: Any = None) -> Any:
        return send(self.emu, self.user, "POST", path, body=body, api="meet")


def at(now: datetime.datetime) -> Iterator[Meet]:
    """A Meet of an emulator of the module's day whose clock reads `now`."""
    with (
        Emulator(today=DAY, now=now.timestamp()) as emu,
        in_process(emu) as client,
    ):
        yield Meet(emu, service_token(client))


def moment(hour: float, day: datetime.date = DAY) -> datetime.datetime:
    midnight = datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC)
    return midnight + datetime.timedelta(hours=hour)


def comps(emu: Emulator) -> Any:
    return competitions(emu.app.state)


def cup(emu: Emulator) -> Comp:
    """The Cup of the Day on at the module's clock."""
    found: Comp = next(
        c for c in reversed(comps(emu).cups)
        if c.kind == "cotd" and c.partition == "crossplay" and c.started_by(emu.world.now)
    )  # fmt: skip
    return found


def team_comp(emu: Emulator) -> Comp:
    now = emu.world.now
    found: Comp = next(c for c in comps(emu).clubs() if c.team and c.started_by(now))
    return found


def member_comp(emu: Emulator) -> Comp:
    clubs = club_state(emu.app.state)
    found: Comp = next(
        c for c in comps(emu).clubs()
        if clubs.role(c.club_id, SERVICE_ACCOUNT.account_id) is not None
    )  # fmt: skip
    return found


def live_id(meet: Meet, comp: Comp) -> str:
    found: str = meet.get(f"/api/competitions/{comp.id}")["liveId"]
    return found


def both_ids_answer_alike(meet: Meet, comp: Comp, tail: str = "", **params: Any) -> bool:
    by_id = meet.get(f"/api/competitions/{comp.id}{tail}", **params)
    return bool(by_id) and by_id == meet.get(
        f"/api/competitions/{live_id(meet, comp)}{tail}", **params
    )


def qualifier_of(meet: Meet, comp: Comp) -> int:
    """The challenge a competition's first round names as its qualifier."""
    rounds = meet.get(f"/api/competitions/{comp.id}/rounds")
    challenge: int = rounds[0]["qualifierChallengeId"]
    return challenge


# Challenges ---------------------------------------------------------------------------------


@remark("meet/challenges/challenge.md", 1)
def test_challenge_is_a_structure_of_its_own_inside_a_competition(
    emu: Emulator, meet: Meet
) -> None:
    comp = cup(emu)
    challenge = meet.get(f"/api/challenges/{qualifier_of(meet, comp)}")
    assert challenge["id"] != comp.id and challenge["name"] == f"{comp.name} - Challenge"
    assert meet.status(f"/api/competitions/{challenge['id']}") == 404


@remark("meet/challenges/challenge.md", 2)
def test_challenge_id_comes_from_the_competition_rounds(emu: Emulator, meet: Meet) -> None:
    challenge = qualifier_of(meet, cup(emu))
    assert meet.get(f"/api/challenges/{challenge}")["id"] == challenge


@remark("meet/challenges/challenges.md", 1)
def test_challenges_are_the_qualifiers_of_competitions(emu: Emulator, meet: Meet) -> None:
    listed = meet.get("/api/challenges", length=3)
    newest = meet.get("/api/competitions", length=3)
    assert [c["id"] for c in listed] == [
        meet.get(f"/api/competitions/{c['id']}/rounds")[0]["qualifierChallengeId"] for c in newest
    ]
    assert not {c["id"] for c in listed} & {c["id"] for c in newest}


@remark("meet/challenges/leaderboard.md", 1)
def test_leaderboard_of_a_challenge_is_apart_from_its_competition(
    emu: Emulator, meet: Meet
) -> None:
    comp = cup(emu)
    challenge = meet.get(f"/api/challenges/{qualifier_of(meet, comp)}/leaderboard", length=3)
    competition = meet.get(f"/api/competitions/{comp.id}/leaderboard", length=3)
    assert challenge["scoreUnit"] == "time" and challenge["cardinal"] == comp.nb_players
    times = [r["score"] for r in challenge["results"]]
    assert times == sorted(times) and times != [r["score"] for r in competition]


@remark("meet/challenges/leaderboard.md", 2)
def test_leaderboard_of_a_challenge_named_by_the_rounds(emu: Emulator, meet: Meet) -> None:
    challenge = qualifier_of(meet, cup(emu))
    board = meet.get(f"/api/challenges/{challenge}/leaderboard", length=5)
    assert board["challengeId"] == challenge and len(board["results"]) == 5


@remark("meet/challenges/map-records.md", 1)
def test_map_records_are_those_of_a_challenge_not_a_competition(emu: Emulator, meet: Meet) -> None:
    comp = cup(emu)
    records = meet.get(f"/api/challenges/{qualifier_of(meet, comp)}/records/maps/{comp.map_uid}")
    assert records and {r["uid"] for r in records} == {comp.map_uid}
    assert meet.status(f"/api/challenges/{comp.id}/records/maps/{comp.map_uid}") == 404


@remark("meet/challenges/map-records.md", 2)
def test_map_records_of_a_challenge_named_by_the_rounds(emu: Emulator, meet: Meet) -> None:
    comp = cup(emu)
    challenge = qualifier_of(meet, comp)
    records = meet.get(f"/api/challenges/{challenge}/records/maps/{comp.map_uid}", length=5)
    assert [r["rank"] for r in records] == [1, 2, 3, 4, 5]


@remark("meet/challenges/map-records.md", 3)
def test_map_records_rank_the_map_as_the_leaderboard_ranks_the_challenge(
    emu: Emulator, meet: Meet
) -> None:
    comp = cup(emu)
    challenge = qualifier_of(meet, comp)
    board = meet.get(f"/api/challenges/{challenge}/leaderboard", length=10)["results"]
    records = meet.get(f"/api/challenges/{challenge}/records/maps/{comp.map_uid}", length=10)
    assert [(r["player"], r["rank"], r["time"]) for r in records] == [
        (r["player"], r["rank"], r["score"]) for r in board
    ]


# Club competitions --------------------------------------------------------------------------


@remark("meet/club-competitions/club-competition.md", 1)
def test_club_competition_id_leads_to_the_competition(emu: Emulator, meet: Meet) -> None:
    comp = member_comp(emu)
    club = meet.get(f"/api/club-competitions/{comp.activity_id}")["clubCompetition"]
    detailed = meet.get(f"/api/competitions/{club['competition']['id']}")
    assert detailed == club["competition"]


NO_CLUB_ACCESS = Account(
    login="no-club-access", password="no-club-password", kind="service",
    account_id="5a1c0e0d-7c63-4bd4-9d0b-6f1f5c8f3a41", display_name="NoClubAccess",
    club_access=False,
)  # fmt: skip


@pytest.fixture
def without_club_access() -> Iterator[tuple[Meet, Meet]]:
    """Meets as an account with Club Access and as one without, in the same world."""
    accounts = (SERVICE_ACCOUNT, SERVER_ACCOUNT, NO_CLUB_ACCESS)
    with (
        Emulator(today=DAY, accounts=accounts) as emu,
        in_process(emu) as client,
    ):
        other = auth.ServiceToken.get(
            "live", NO_CLUB_ACCESS.login, NO_CLUB_ACCESS.password, AGENT, client=client
        )
        yield Meet(emu, service_token(client)), Meet(emu, other)


@remark("meet/club-competitions/club-competitions.md", 2)
def test_club_competitions_are_none_without_club_access(
    without_club_access: tuple[Meet, Meet],
) -> None:
    member, outsider = without_club_access
    assert member.get("/api/me/club-competitions", length=10)["clubCompetitionsCount"] > 0
    mine = outsider.get("/api/me/club-competitions", length=10)
    assert mine == {"clubCompetitions": [], "clubCompetitionsCount": 0}
    club = outsider.emu.world.clubs[0].club_id
    path = f"/api/token/club/{club}/member/create"
    joined = send(outsider.emu, outsider.user, "POST", path, body={})
    assert (joined.status_code, joined.json()) == (403, ["club_Join:error-notAllowed"])
    created = send(outsider.emu, outsider.user, "POST", "/api/token/club/create",
                   body={"name": "Mine", "state": "public"})  # fmt: skip
    assert created.status_code == 403
    assert outsider.get("/api/me/club-competitions", length=10)["clubCompetitionsCount"] == 0


# Competition matches ------------------------------------------------------------------------


def first_match(meet: Meet, comp: Comp) -> dict[str, Any]:
    rounds = meet.get(f"/api/competitions/{comp.id}/rounds")
    match: dict[str, Any] = meet.get(f"/api/rounds/{rounds[0]['id']}/matches", length=1)["matches"][
        0
    ]
    return match


@remark("meet/competition-matches/matches-for-round.md", 1)
def test_matches_for_round_have_competition_match_ids(emu: Emulator, meet: Meet) -> None:
    match = first_match(meet, cup(emu))
    assert meet.get(f"/api/matches/{match['id']}/results")["results"]
    regular = meet.get(f"/api/matches/{match['clubMatchLiveId']}")
    assert regular["id"] != match["id"]
    assert meet.status(f"/api/matches/{match['id']}") == 404


@remark("meet/competition-matches/player-matches.md", 1)
def test_player_matches_take_both_competition_ids(emu: Emulator, meet: Meet) -> None:
    comp = team_comp(emu)
    player = comps(emu).participant(comp, 1)
    assert both_ids_answer_alike(meet, comp, f"/participants/{player}/matches")


@remark("meet/competition-matches/results.md", 1)
def test_results_take_only_competition_match_ids(emu: Emulator, meet: Meet) -> None:
    match = first_match(meet, cup(emu))
    regular = meet.get(f"/api/matches/{match['clubMatchLiveId']}")
    assert meet.get(f"/api/matches/{match['id']}/results")["matchLiveId"] == regular["liveId"]
    assert meet.status(f"/api/matches/{regular['id']}/results") == 404


@remark("meet/competition-matches/results.md", 2)
def test_results_without_teams_have_no_teams_nor_team_positions(emu: Emulator, meet: Meet) -> None:
    match = first_match(meet, cup(emu))
    results = meet.get(f"/api/matches/{match['id']}/results", length=255)
    assert results["teams"] == [] and {r["team"] for r in results["results"]} == {None}
    players = meet.get(f"/api/matches/{match['clubMatchLiveId']}/participants")
    assert players and {p["teamPosition"] for p in players} == {None}
    team_match = first_match(meet, team_comp(emu))
    assert meet.get(f"/api/matches/{team_match['id']}/results")["teams"]


not_behaviour(
    "meet/competition-matches/results.md",
    3,
    why="a pointer to the competition teams page for the teams' names",
)


# Competitions -------------------------------------------------------------------------------


@remark("meet/competitions/competition.md", 1)
def test_competition_takes_both_ids(emu: Emulator, meet: Meet) -> None:
    assert live_id(meet, cup(emu)).startswith("LID-COMP-")
    assert both_ids_answer_alike(meet, cup(emu))


@remark("meet/competitions/competitions.md", 1)
def test_competitions_list_official_cups_and_club_competitions(emu: Emulator, meet: Meet) -> None:
    cups = len(comps(emu).cups)
    listed = meet.get("/api/competitions", length=5, offset=cups - 2)
    assert [c["clubId"] is None for c in listed] == [True, True, False, False, False]
    assert listed[0]["name"].startswith(("COTD", "COTW", "Grand"))


not_behaviour(
    "meet/competitions/competitions.md",
    2,
    why="advice to use the cups page to filter official cups by type",
)


@remark("meet/competitions/cups.md", 1)
def test_cups_have_three_types(meet: Meet) -> None:
    for kind, prefix in (("cotd", "COTD"), ("cotw", "COTW"), ("grand_race", "Grand")):
        found = meet.get("/api/cups-of-the-day", type=kind, length=3)["COTDs"]
        assert found and all(c["competition"]["name"].startswith(prefix) for c in found)
    assert meet.get("/api/cups-of-the-day", type="cotm", length=3)["COTDs"] == []


@remark("meet/competitions/cups.md", 2)
def test_cups_are_under_cotds_whatever_the_type(meet: Meet) -> None:
    for kind in ("cotd", "cotw", "grand_race"):
        assert list(meet.get("/api/cups-of-the-day", type=kind, length=1)) == ["COTDs"]


@remark("meet/competitions/cups.md", 3)
def test_cups_include_reruns_and_platform_exclusive_cups(meet: Meet) -> None:
    cups = meet.get("/api/cups-of-the-day", type="cotd", length=12)["COTDs"]
    assert {c["edition"] for c in cups} == {1, 2, 3}
    partitions = {c["competition"]["partition"] for c in cups}
    assert "crossplay" in partitions and partitions - {"crossplay"}


@pytest.fixture
def at_last_rerun() -> Iterator[Meet]:
    """The module's day's last Cup of the Day rerun is on (09:00 UTC the next day), on every
    platform and on one of its own."""
    yield from at(moment(33.5))


@remark("meet/competitions/current-cotd.md", 1)
def test_current_cotd_is_the_crossplay_one(at_last_rerun: Meet) -> None:
    meet = at_last_rerun
    on = [
        c for c in meet.get("/api/cups-of-the-day", type="cotd", length=4)["COTDs"]
        if c["startDate"] <= meet.emu.world.now < c["endDate"]
    ]  # fmt: skip
    assert {c["competition"]["partition"] for c in on} == {"crossplay", "luna"}
    current = meet.get("/api/cup-of-the-day/current")
    assert current["competition"]["partition"] == "crossplay"
    assert current["competition"]["name"].endswith("#3")


@pytest.fixture
def between_cups() -> Iterator[Meet]:
    yield from at(moment(21))


@remark("meet/competitions/current-cotd.md", 2)
def test_current_cotd_is_no_content_between_cups(between_cups: Meet) -> None:
    answer = between_cups.answer("/api/cup-of-the-day/current")
    assert (answer.status_code, answer.content) == (204, b"")


@remark("meet/competitions/leaderboard.md", 1)
def test_leaderboard_of_a_competition_takes_both_ids(emu: Emulator, meet: Meet) -> None:
    assert both_ids_answer_alike(meet, cup(emu), "/leaderboard", length=5)


@pytest.fixture
def before_the_cup(emulator: Emulator) -> Iterator[Meet]:
    """The module's Cup of the Day, seen a minute before its knockout starts."""
    start = cup(emulator).start - 60
    yield from at(datetime.datetime.fromtimestamp(start, datetime.UTC))


@remark("meet/competitions/leaderboard.md", 2)
def test_leaderboard_of_a_competition_scores_zero_before_the_start(
    emulator: Emulator, before_the_cup: Meet
) -> None:
    board = before_the_cup.get(f"/api/competitions/{cup(emulator).id}/leaderboard", length=10)
    assert [r["rank"] for r in board] == list(range(1, 11))
    assert {r["score"] for r in board} == {0}


@remark("meet/competitions/participants.md", 1)
def test_participants_of_a_competition_take_both_ids(emu: Emulator, meet: Meet) -> None:
    assert both_ids_answer_alike(meet, cup(emu), "/participants", length=5)


@remark("meet/competitions/rounds.md", 1)
def test_rounds_take_both_competition_ids(emu: Emulator, meet: Meet) -> None:
    assert both_ids_answer_alike(meet, team_comp(emu), "/rounds")


@remark("meet/competitions/rounds.md", 2)
def test_rounds_name_the_qualifier_challenge(emu: Emulator, meet: Meet) -> None:
    comp = cup(emu)
    challenge = qualifier_of(meet, comp)
    board = meet.get(f"/api/challenges/{challenge}/leaderboard", length=1)
    assert board["challengeId"] == challenge and board["cardinal"] == comp.nb_players


@remark("meet/competitions/rounds.md", 3)
def test_rounds_lead_to_their_matches(emu: Emulator, meet: Meet) -> None:
    comp = team_comp(emu)
    for position, item in enumerate(meet.get(f"/api/competitions/{comp.id}/rounds")):
        matches = meet.get(f"/api/rounds/{item['id']}/matches", length=100)["matches"]
        assert len(matches) == item["nbMatches"] == comp.match_count(position)


@remark("meet/competitions/teams.md", 1)
def test_teams_of_a_competition_take_both_ids(emu: Emulator, meet: Meet) -> None:
    assert both_ids_answer_alike(meet, team_comp(emu), "/mode-teams")


# Matches ------------------------------------------------------------------------------------


def recent_match(meet: Meet, emu: Emulator) -> dict[str, Any]:
    """A recent Ranked 2v2 match (it has teams)."""
    live = meet_live_id("MTCH", MATCHMAKING_MATCH_BASE + 3)
    match: dict[str, Any] = meet.get(f"/api/matches/{live}")
    return match


def month_old_match(meet: Meet, emu: Emulator) -> str:
    """The regular live ID of a match of a cup that ended over 40 days ago."""
    old = next(c for c in reversed(comps(emu).cups) if c.end < emu.world.now - 40 * 86400)
    live: str = first_match(meet, old)["clubMatchLiveId"]
    return live


def forgotten(meet: Meet, emu: Emulator, tail: str) -> bool:
    """A month-old match answers 404, a recent one is served."""
    recent = recent_match(meet, emu)["liveId"]
    return (
        meet.status(f"/api/matches/{recent}{tail}") == 200
        and meet.status(f"/api/matches/{month_old_match(meet, emu)}{tail}") == 404
    )


def both_match_ids(meet: Meet, emu: Emulator, tail: str) -> bool:
    match = recent_match(meet, emu)
    assert match["liveId"].startswith("LID-MTCH-") and isinstance(match["id"], int)
    by_live = meet.get(f"/api/matches/{match['liveId']}{tail}")
    return bool(by_live) and by_live == meet.get(f"/api/matches/{match['id']}{tail}")


@remark("meet/matches/match.md", 1)
def test_match_is_forgotten_after_a_month(emu: Emulator, meet: Meet) -> None:
    assert forgotten(meet, emu, "")


@remark("meet/matches/match.md", 2)
def test_match_takes_both_ids(emu: Emulator, meet: Meet) -> None:
    assert both_match_ids(meet, emu, "")


@remark("meet/matches/match.md", 3)
def test_match_has_no_server_config(emu: Emulator, meet: Meet) -> None:
    match = recent_match(meet, emu)
    assert "serverConfig" not in match and "publicConfig" in match


@remark("meet/matches/match.md", 4)
def test_match_names_its_script_and_maps(emu: Emulator, meet: Meet) -> None:
    config = recent_match(meet, emu)["publicConfig"]
    assert config["script"] == "TrackMania/TM_Teams_Matchmaking_Online.Script.txt"
    assert len(config["maps"]) == 1 and emu.world.is_known_map(config["maps"][0])


@remark("meet/matches/participants.md", 1)
def test_participants_of_a_match_are_forgotten_after_a_month(emu: Emulator, meet: Meet) -> None:
    assert forgotten(meet, emu, "/participants")


@remark("meet/matches/participants.md", 2)
def test_participants_of_a_match_take_both_ids(emu: Emulator, meet: Meet) -> None:
    assert both_match_ids(meet, emu, "/participants")


@remark("meet/matches/teams.md", 1)
def test_teams_of_a_match_are_forgotten_after_a_month(emu: Emulator, meet: Meet) -> None:
    assert forgotten(meet, emu, "/teams")


@remark("meet/matches/teams.md", 2)
def test_teams_of_a_match_take_both_ids(emu: Emulator, meet: Meet) -> None:
    assert both_match_ids(meet, emu, "/teams")


# Matchmaking --------------------------------------------------------------------------------

not_behaviour("meet/matchmaking/cancel.md", 2, why=GLOSSARY)
not_behaviour("meet/matchmaking/divisions.md", 1, why=GLOSSARY)
not_behaviour("meet/matchmaking/heartbeat.md", 2, why=GLOSSARY)
not_behaviour(
    "meet/matchmaking/heartbeat.md",
    3,
    why="advice on how often to send heartbeats (the game's rhythm), with no defined outcome",
)
not_behaviour("meet/matchmaking/player-progression.md", 1, why=GLOSSARY)
not_behaviour("meet/matchmaking/player-ranking.md", 1, why=GLOSSARY)
not_behaviour("meet/matchmaking/player-status.md", 2, why=GLOSSARY)
not_behaviour("meet/matchmaking/rankings.md", 1, why=GLOSSARY)

RANKED_2V2 = 5


@pytest.fixture
def queue() -> Iterator[Fresh]:
    """An emulator of the test's own, whose queues are empty."""
    yield from fresh_world()


def beat(world: Fresh, code: str = "", mates: list[str] | None = None) -> Any:
    body = {"code": code, "playWith": mates or []}
    answer = send(
        world.emu, world.user, "POST", f"/api/matchmaking/{RANKED_2V2}/heartbeat", body=body,
        api="meet",
    )  # fmt: skip
    assert answer.status_code == 200, answer.text
    return answer.json()


def cancel(world: Fresh) -> int:
    path = f"/api/matchmaking/{RANKED_2V2}/cancel"
    code: int = send(world.emu, world.user, "POST", path, api="meet").status_code
    return code


def current(world: Fresh) -> Any:
    path = f"/api/matchmaking/{RANKED_2V2}/player-status"
    return send(world.emu, world.user, "GET", path, api="meet").json()["currentHeartbeat"]


@remark("meet/matchmaking/cancel.md", 3)
def test_cancel_does_nothing_once_a_match_is_found(queue: Fresh) -> None:
    found = [beat(queue) for _ in range(3)][-1]
    assert found["status"] == "match_ready"
    assert cancel(queue) == 204
    assert current(queue) == found


@remark("meet/matchmaking/heartbeat.md", 4)
def test_heartbeat_queue_is_left_only_by_canceling(queue: Fresh) -> None:
    beat(queue)
    assert beat(queue)["status"] == "queued"
    assert current(queue)["status"] == "queued"
    assert cancel(queue) == 204
    assert current(queue)["status"] == "canceled"


@remark("meet/matchmaking/heartbeat.md", 6)
def test_heartbeat_code_may_be_blank(queue: Fresh) -> None:
    assert beat(queue, code="")["status"] == "pending"


@remark("meet/matchmaking/heartbeat.md", 7)
def test_heartbeat_status_is_one_of_the_documented_ones(queue: Fresh) -> None:
    seen = [beat(queue)["status"], beat(queue)["status"]]
    cancel(queue)
    seen.append(current(queue)["status"])
    seen += [beat(queue)["status"] for _ in range(3)]
    assert seen == ["pending", "queued", "canceled", "pending", "queued", "match_ready"]


def status(world: Fresh) -> Any:
    path = f"/api/matchmaking/{RANKED_2V2}/player-status"
    return send(world.emu, world.user, "GET", path, api="meet").json()


@remark("meet/matchmaking/heartbeat.md", 5)
def test_heartbeat_then_not_joining_the_match_is_penalised(queue: Fresh) -> None:
    clock = queue.emu.clock
    assert isinstance(clock, FakeClock)
    found = [beat(queue) for _ in range(3)][-1]
    assert found["status"] == "match_ready" and status(queue)["penalty"] is None
    # Joining happens in the game; the match waits a minute on the world's clock.
    clock.advance(JOIN_SECONDS - 1)
    assert beat(queue) == found
    clock.advance(1)
    ban_end = int(queue.emu.world.now) + PENALTY_SECONDS
    penalised = beat(queue)
    assert penalised["status"] == "canceled" and penalised["banEndDate"] == ban_end
    assert status(queue)["penalty"] == {"banEndDate": ban_end}
    # Until the ban ends the account cannot queue; then it can again.
    clock.advance(PENALTY_SECONDS - 1)
    assert beat(queue)["status"] == "canceled"
    clock.advance(1)
    assert status(queue)["penalty"] is None
    assert beat(queue) == {**beat_shape(queue), "status": "pending"}


def beat_shape(world: Fresh) -> dict[str, Any]:
    """The fields of a fresh queue's first heartbeat."""
    return {"banEndDate": None, "matchLiveId": None, "matchmakingWaitingTime": None,
            "creationDate": int(world.emu.world.now)}


@remark("meet/matchmaking/player-status.md", 3)
def test_player_status_holds_the_last_heartbeat(queue: Fresh) -> None:
    assert current(queue) is None
    for _ in range(3):
        answer = beat(queue)
        assert current(queue) == answer


def players(emu: Emulator, count: int) -> list[str]:
    return [emu.world.player_account_id(i) for i in range(count)]


def ranked(meet: Meet, players: list[str], what: str = "leaderboard") -> Any:
    return meet.answer(f"/api/matchmaking/2/{what}/players", **{"players[]": players})


@remark("meet/matchmaking/player-progression.md", 2)
def test_player_progression_takes_several_players(emu: Emulator, meet: Meet) -> None:
    top = [r["player"] for r in meet.get("/api/matchmaking/2/leaderboard", length=3)["results"]]
    answer = ranked(meet, top, "progression").json()["progressions"]
    assert [p["player"] for p in answer] == top


@remark("meet/matchmaking/player-progression.md", 3)
def test_player_progression_answers_414_from_8220_uri_characters(emu: Emulator, meet: Meet) -> None:
    assert uri_limit(emu, meet, "progression")


@remark("meet/matchmaking/player-progression.md", 4)
def test_player_progression_gives_divisions_where_ranking_gives_ranks(
    emu: Emulator, meet: Meet
) -> None:
    assert division_and_rank_alike(meet)


@remark("meet/matchmaking/player-ranking.md", 2)
def test_player_ranking_cardinal_counts_every_ranked_player(emu: Emulator, meet: Meet) -> None:
    cardinal = meet.get("/api/matchmaking/2/leaderboard", length=1)["cardinal"]
    last = meet.get("/api/matchmaking/2/leaderboard", length=1, offset=cardinal - 1)
    assert last["results"][0]["rank"] == cardinal
    answer = ranked(meet, [last["results"][0]["player"]]).json()
    assert answer["cardinal"] == cardinal and answer["results"][0]["rank"] == cardinal


@remark("meet/matchmaking/player-ranking.md", 3)
def test_player_ranking_takes_several_players(emu: Emulator, meet: Meet) -> None:
    top = [r["player"] for r in meet.get("/api/matchmaking/2/leaderboard", length=3)["results"]]
    assert [r["player"] for r in ranked(meet, top).json()["results"]] == top


@remark("meet/matchmaking/player-ranking.md", 4)
def test_player_ranking_answers_414_from_8220_uri_characters(emu: Emulator, meet: Meet) -> None:
    assert uri_limit(emu, meet, "leaderboard")


@remark("meet/matchmaking/player-ranking.md", 5)
def test_player_ranking_gives_ranks_where_progression_gives_divisions(
    emu: Emulator, meet: Meet
) -> None:
    assert division_and_rank_alike(meet)


def uri_limit(emu: Emulator, meet: Meet, what: str) -> bool:
    """From 150 account IDs on, the answer is 414 exactly when the request URI, as received,
    is 8,220 characters or more."""
    many = players(emu, 200)
    seen = set()
    for count in range(150, 171):
        status = ranked(meet, many[:count], what).status_code
        entry = emu.log.entries[-1]
        long = len(entry.path) + 1 + len(entry.query) >= 8220
        assert status == (414 if long else 200), (count, status)
        seen.add(status)
    return seen == {200, 414}


def division_and_rank_alike(meet: Meet) -> bool:
    top = meet.get("/api/matchmaking/2/leaderboard", length=1)["results"][0]
    rank = ranked(meet, [top["player"]]).json()["results"][0]
    (progression,) = ranked(meet, [top["player"]], "progression").json()["progressions"]
    divisions = meet.get("/api/matchmaking/2/division/display-rules")["divisions"]
    return (
        rank["rank"] == 1 and "division" not in rank
        and "rank" not in progression and progression["division"] == divisions[-1]["id"]
        and progression["progression"] == rank["score"]
    )  # fmt: skip


@remark("meet/matchmaking/rankings.md", 2)
def test_rankings_answer_any_position_with_its_rank(meet: Meet) -> None:
    deep = meet.get("/api/matchmaking/2/leaderboard", length=3, offset=500_000)["results"]
    assert [r["rank"] for r in deep] == [500_001, 500_002, 500_003]


@remark("meet/matchmaking/rankings.md", 3)
def test_rankings_cardinal_is_the_number_of_ranked_players(meet: Meet) -> None:
    cardinal = meet.get("/api/matchmaking/2/leaderboard", length=1)["cardinal"]
    last = meet.get("/api/matchmaking/2/leaderboard", length=5, offset=cardinal - 2)["results"]
    assert [r["rank"] for r in last] == [cardinal - 1, cardinal]


@remark("meet/matchmaking/summary.md", 1)
def test_summary_still_names_discontinued_matchmaking_types(meet: Meet) -> None:
    summary = meet.get("/api/official/summary")
    assert summary["royalId"] == 3 and summary["superRoyalId"] == 4
    assert meet.get("/api/matchmaking/2/leaderboard", length=1)["matchmakingId"] == 2
