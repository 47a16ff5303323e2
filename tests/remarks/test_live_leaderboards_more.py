"""Remarks of the Live leaderboard pages shown by the emulator's opt-in leaderboard faults:
data that lags behind the records (`leaderboard_lag`) and empty answers to valid requests
(`empty_leaderboard_rate`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from nadeo_api import ArgumentError
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.emulator.world.leaderboards import Leaderboard

from .. import raw
from .emulated import at, user_headers
from .registry import remark

ME = SERVICE_ACCOUNT.account_id
PB = "Personal_Best"
LB = "/api/token/leaderboard/group"


def page(name: str) -> str:
    return f"live/leaderboards/{name}.md"


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with raw.client(timeout=10) as client:
        yield client


@pytest.fixture
def emu() -> Iterator[Emulator]:
    # 17:30 UTC: today's Track of the Day opened half an hour ago.
    with Emulator(clock=at(2026, 6, 15, 17, 30), leaderboard_lag=3600) as running:
        yield running


def _board(emu: Emulator, uid: str) -> Leaderboard:
    found = emu.world.leaderboard(uid)
    assert found is not None
    return found


def _own_set_at(emu: Emulator, uid: str) -> int:
    """When the service account set its record on the map (the world's time)."""
    board = _board(emu, uid)
    position = board.position_of_account(ME)
    assert position is not None
    return board.record(position).timestamp


def _records(
    http: httpx.Client, emu: Emulator, headers: dict[str, str], uid: str,
    score: int | None = None,
) -> Any:
    query = {} if score is None else {f"scores[{uid}]": score}
    body = {"maps": [{"mapUid": uid, "groupUid": PB}]}
    answer = http.post(f"{emu.live_url}{LB}/map", params=query, json=body, headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _surround(http: httpx.Client, emu: Emulator, headers: dict[str, str], uid: str) -> Any:
    answer = http.get(f"{emu.live_url}{LB}/{PB}/map/{uid}/surround/1/1?onlyWorld=true",
                      headers=headers)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _lag_to_just_see(emu: Emulator, set_at: int) -> float:
    """The longest lag under which a record set at `set_at` shows now."""
    return emu.world.now - set_at


@remark(page("player-records"), 3)
def test_player_records_lag_behind_the_records(http: httpx.Client, emu: Emulator) -> None:
    headers = user_headers(http, emu)
    new, older = emu.world.totd_maps()[-1], emu.world.totd_maps()[-2]
    # The record on today's map was set within the last hour: not shown yet.
    assert _own_set_at(emu, new) > emu.world.now - 3600
    assert _records(http, emu, headers, new) == []
    # A record set at t shows from t + lag on.
    set_at = _own_set_at(emu, older)
    emu.config.leaderboard_lag = _lag_to_just_see(emu, set_at)
    [mine] = _records(http, emu, headers, older)
    assert mine["mapUid"] == older
    emu.config.leaderboard_lag += 1
    assert _records(http, emu, headers, older) == []
    emu.config.leaderboard_lag = 0  # off: every record shows at once
    assert len(_records(http, emu, headers, new)) == 1


@remark(page("surround"), 4)
def test_surround_lags_behind_the_records(http: httpx.Client, emu: Emulator) -> None:
    headers = user_headers(http, emu)
    uid = emu.world.totd_maps()[-2]
    set_at = _own_set_at(emu, uid)
    emu.config.leaderboard_lag = _lag_to_just_see(emu, set_at)
    [world] = _surround(http, emu, headers, uid)["tops"]
    assert ME in [entry["accountId"] for entry in world["top"]]
    emu.config.leaderboard_lag += 1
    assert _surround(http, emu, headers, uid) == {}  # as for an account without a record yet
    # Today's map opened within the lag: no record of it shows yet.
    emu.config.leaderboard_lag = 3600
    assert _surround(http, emu, headers, emu.world.totd_maps()[-1]) == {}
    emu.config.leaderboard_lag = 0
    assert _surround(http, emu, headers, emu.world.totd_maps()[-1])["tops"]


@remark(page("position"), 5)
def test_position_lags_behind_the_records(http: httpx.Client, emu: Emulator) -> None:
    headers = user_headers(http, emu)
    new, older = emu.world.totd_maps()[-1], emu.world.totd_maps()[-2]
    # Today's map opened within the lag: it has no positions yet.
    assert _records(http, emu, headers, new, 60_000) == []
    # A score worse than the account's record is refused once that record shows, answered
    # while it does not show yet.
    board = _board(emu, older)
    own = board.position_of_account(ME)
    assert own is not None
    worse = board.true_score(own) + 1
    emu.config.leaderboard_lag = _lag_to_just_see(emu, _own_set_at(emu, older))
    assert _records(http, emu, headers, older, worse) == []
    emu.config.leaderboard_lag += 1
    [placed] = _records(http, emu, headers, older, worse)
    assert placed["zones"][0]["ranking"]["position"] == board.position_for_score(worse)
    emu.config.leaderboard_lag = 0
    [placed] = _records(http, emu, headers, new, 60_000)
    assert placed["score"] == 60_000


def _answers_over_time(score: int | None, rate: float) -> list[bool]:
    """Whether each of 40 requests, one a second, answered something."""
    clock = at(2026, 6, 15, 18)
    out = []
    with Emulator(clock=clock, empty_leaderboard_rate=rate) as emu, raw.client() as http:
        headers = user_headers(http, emu)
        uid = emu.world.totd_maps()[-1]
        for _ in range(40):
            out.append(_records(http, emu, headers, uid, score) != [])
            clock.advance(1)
    return out


def _sometimes_empty(score: int | None) -> None:
    answered = _answers_over_time(score, 0.5)
    assert 0 < answered.count(False) < len(answered)
    # The same seed and clock give the same answers; off by default.
    assert _answers_over_time(score, 0.5) == answered
    assert all(_answers_over_time(score, 0.0))


@remark(page("position"), 9)
def test_position_is_sometimes_empty() -> None:
    _sometimes_empty(score=60_000)


@remark(page("player-records"), 5)
def test_player_records_are_sometimes_empty() -> None:
    _sometimes_empty(score=None)


def test_leaderboard_faults_are_off_by_default_and_checked() -> None:
    with Emulator(clock=FakeClock(0.0)) as emu:
        assert (emu.config.leaderboard_lag, emu.config.empty_leaderboard_rate) == (0.0, 0.0)
    with pytest.raises(ArgumentError, match="leaderboard_lag"):
        Emulator(leaderboard_lag=-1)
    with pytest.raises(ArgumentError, match="empty_leaderboard_rate"):
        Emulator(empty_leaderboard_rate=1.5)
