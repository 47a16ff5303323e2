"""The emulator's tokens: a bounded memory over months of logins, and checks that stay exact
when a token's signature is not checked again."""

from __future__ import annotations

import pytest

from nadeo_api.clock import FakeClock
from nadeo_api.emulator import SERVICE_ACCOUNT
from nadeo_api.emulator.serving.config import EmulatorConfig
from nadeo_api.emulator.serving.tokens import TokenError, TokenService

LIFETIME = 3600


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(1_750_000_000)


@pytest.fixture
def tokens(clock: FakeClock) -> TokenService:
    return TokenService(EmulatorConfig(access_lifetime=LIFETIME), clock)


def test_ended_token_ids_are_forgotten(tokens: TokenService, clock: FakeClock) -> None:
    kept = []
    for _ in range(45):  # a login every 10 minutes for 45 days
        for _ in range(144):
            tokens.login(SERVICE_ACCOUNT, "NadeoLiveServices")
            clock.advance(600)
        kept.append(len(tokens._live) + len(tokens._revoked))
    # Bounded (the 6,480 logins' IDs are not all kept): a few thousand at most, however long.
    assert max(kept) <= 4096
    assert kept[-1] < kept[20] + 144


def test_a_checked_token_is_still_refused_once_expired_or_revoked(
    tokens: TokenService, clock: FakeClock
) -> None:
    access, _ = tokens.login(SERVICE_ACCOUNT, "NadeoLiveServices")
    assert tokens.verify_access(access, "NadeoLiveServices").account_id
    assert tokens.verify_access(access, "NadeoLiveServices").account_id  # remembered
    with pytest.raises(TokenError, match="audience"):
        tokens.verify_access(access, "NadeoServices")
    tokens.revoke(SERVICE_ACCOUNT.account_id)
    with pytest.raises(TokenError, match="revoked"):
        tokens.verify_access(access, "NadeoLiveServices")
    later, _ = tokens.login(SERVICE_ACCOUNT, "NadeoLiveServices")
    assert tokens.verify_access(later, "NadeoLiveServices").account_id
    clock.advance(LIFETIME)
    with pytest.raises(TokenError, match="expired"):
        tokens.verify_access(later, "NadeoLiveServices")


def test_a_forged_token_is_refused_every_time(tokens: TokenService) -> None:
    access, _ = tokens.login(SERVICE_ACCOUNT, "NadeoLiveServices")
    head, claims, signature = access.split(".")
    forged = f"{head}.{claims}.{signature[::-1]}"
    for _ in range(2):
        with pytest.raises(TokenError, match="invalid"):
            tokens.verify_access(forged, "NadeoLiveServices")
