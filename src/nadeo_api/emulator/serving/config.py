"""Mutable settings shared by the emulator's app and its server wrapper."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ...clock import Clock
from ..world.accounts import OAUTH_CLIENT, SERVER_ACCOUNT, SERVICE_ACCOUNT, Account, OAuthClient
from .log import DEFAULT_SIZE


@dataclass
class EmulatorConfig:
    """Settings of one emulator instance.

    The traffic settings (``latency``, ``error_rate``, ``drop_rate``,
    ``rate_limit``, ``rate_burst``, ``faults_on_auth``, ``leaderboard_lag``,
    ``empty_leaderboard_rate``) and the token lifetimes
    are read on every request, so changing them while the server runs applies
    to the next request. ``seed``, ``today``, ``now``, ``clock``, ``accounts`` and
    ``oauth_clients`` and ``log_size`` are read once, when the app is created.

    ``clock`` is the one clock of the world, the tokens, the rate limiter and the request
    log. ``today``/``now`` instead pin the world on a `FakeClock` at that moment while tokens,
    rate limiting and the log keep the real clock (a client on the real clock can use the
    tokens).
    """

    seed: int = 0
    today: datetime.date | None = None
    now: float | None = None
    clock: Clock | None = None
    accounts: tuple[Account, ...] = (SERVICE_ACCOUNT, SERVER_ACCOUNT)
    oauth_clients: tuple[OAuthClient, ...] = (OAUTH_CLIENT,)
    access_lifetime: float = 3600.0
    refresh_after: float | None = None
    refresh_lifetime: float = 86400.0
    rate_limit: float | None = None
    rate_burst: int = 1
    latency: float = 0.0
    """Seconds every request waits, on `EmulatorApp.clock`, before it is answered."""
    error_rate: float = 0.0
    drop_rate: float = 0.0
    faults_on_auth: bool = False
    leaderboard_lag: float = 0.0
    """Seconds before a record shows in the Live position, surround and player records
    endpoints (0: at once)."""
    empty_leaderboard_rate: float = 0.0
    """The share of Live position and player records requests answered ``[]``."""
    log_size: int | None = DEFAULT_SIZE
