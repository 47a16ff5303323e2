"""Each kind of bad input found by trying the library as a hostile caller: refused before
anything is sent, with an `ArgumentError` naming the argument."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest

from nadeo_api import ArgumentError, Client, Settings, auth
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

from .conftest import AGENT

Call = Callable[[Client, auth.ServiceToken, Emulator], Any]

CASES: list[tuple[str, Call, str]] = [
    ("required value None", lambda c, t, e: c.live.create_club_room(t, 1, None, "eu-west", 8, "x"),
     "name"),
    ("endpoint None", lambda c, t, e: c.live.get(t, None), "endpoint"),
    ("NUL in an endpoint", lambda c, t, e: c.live.get(t, "api/\x00x"), "endpoint"),
    ("dot segments in an endpoint",
     lambda c, t, e: c.live.get(t, "../core/v2/authentication/token/basic"), "endpoint"),
    ("encoded dot segments", lambda c, t, e: c.live.get(t, "api/%2e%2e/x"), "endpoint"),
    ("NaN in a body", lambda c, t, e: c.live.post(t, "api/x", body={"a": math.nan}), "body"),
    ("bytes in a body", lambda c, t, e: c.live.post(t, "api/x", body={"a": b"x"}), "body"),
    ("an object in a body", lambda c, t, e: c.live.post(t, "api/x", body=[object()]), "body"),
    ("a float matchmaking type",
     lambda c, t, e: c.meet.get_matchmaking_player_ranks(t, 2.0, [SERVICE_ACCOUNT.account_id]),
     "matchmaking_type"),
    ("a path value '..'", lambda c, t, e: c.live.get_club_member_by_name(t, 1, ".."),
     "member_name"),
    ("a path value with '/'", lambda c, t, e: c.live.get_club_member_by_name(t, 1, "a/b"),
     "member_name"),
    ("timeout NaN",
     lambda c, t, e: c.with_options(timeout=math.nan).live.get(t, "api/x"), "timeout"),
    ("timeout infinite",
     lambda c, t, e: c.with_options(timeout=math.inf).live.get(t, "api/x"), "timeout"),
    ("timeout huge",
     lambda c, t, e: c.with_options(timeout=1e308).live.get(t, "api/x"), "timeout"),
    ("a progress that is no function",
     lambda c, t, e: c.live.iter_map_leaderboard(t, e.world.totd_maps()[-1], progress=5),
     "progress"),
    ("a missing argument", lambda c, t, e: c.live.get_club(t), "get_club"),
]


@pytest.mark.parametrize(("name", "call", "named"), CASES, ids=[c[0] for c in CASES])
def test_refused_before_sending(
    emu: Emulator, client: Client, user: auth.ServiceToken, name: str, call: Call, named: str
) -> None:
    emu.log.clear()
    with pytest.raises(ArgumentError) as refused:
        call(client, user, emu)
    assert named in str(refused.value)
    assert len(emu.log) == 0


LOGINS: list[tuple[str, str, str, str]] = [
    ("a line break in the agent", "someone", "x\r\ny", "agent"),
    ("non-ASCII in the agent", "someone", "bot é", "agent"),
    ("':' in a login", "some:one", AGENT, "login"),
]


@pytest.mark.parametrize(("name", "login", "agent", "named"), LOGINS, ids=[c[0] for c in LOGINS])
def test_logins_refused_before_sending(
    emu: Emulator, client: Client, name: str, login: str, agent: str, named: str
) -> None:
    emu.log.clear()
    with pytest.raises(ArgumentError) as refused:
        auth.ServiceToken.get("live", login, "password", agent, client=client)
    assert named in str(refused.value)
    assert len(emu.log) == 0


SETTINGS: list[tuple[str, dict[str, Any]]] = [
    ("live_url", {"live_url": "https://live\n.example"}),
    ("core_url", {"core_url": "https://core.example/ x"}),
    ("rate_burst", {"rate_burst": True}),
    ("max_attempts", {"max_attempts": True}),
    ("page_concurrency", {"page_concurrency": False}),
    ("backoff_base", {"backoff_base": True}),
    ("read_timeout", {"read_timeout": math.nan}),
]


@pytest.mark.parametrize(("named", "changes"), SETTINGS, ids=[s[0] for s in SETTINGS])
def test_settings_are_checked_alike(named: str, changes: dict[str, Any]) -> None:
    with pytest.raises(ArgumentError) as refused:
        Settings(**changes)
    assert named in str(refused.value)
