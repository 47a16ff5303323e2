"""No password, access token or refresh token in any repr, str, log line or error message."""

from __future__ import annotations

import logging

import pytest

from nadeo_api import AuthenticationError, Client, auth
from nadeo_api.emulator import OAUTH_CLIENT, SERVICE_ACCOUNT, Emulator

from .conftest import AGENT, oauth_token, service_token


def secrets_of(token: auth.WebServicesToken) -> list[str]:
    access, refresh = token.access_token.encoded, token.refresh_token.encoded
    # The signature and payload parts alone are secrets too.
    return [access, refresh, access.split(".")[2], refresh.split(".")[2], SERVICE_ACCOUNT.password]


def test_reprs_and_strs(client: Client) -> None:
    token = service_token(client)
    shown = " ".join(
        text
        for value in (token, token.access_token, token.refresh_token)
        for text in (repr(value), str(value))
    )
    for secret in secrets_of(token):
        assert secret not in shown
    assert "NadeoLiveServices" in repr(token)
    assert SERVICE_ACCOUNT.display_name in repr(token)


def test_oauth_repr(client: Client) -> None:
    token = oauth_token(client)
    shown = f"{token!r}{token}"
    assert token.authorization().split(" ", 1)[1] not in shown
    assert OAUTH_CLIENT.client_secret not in shown


def test_debug_logs(emu: Emulator, client: Client, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    token = service_token(client)
    client.live.get_maps_totd(token)
    token.refresh(client=client)
    emu.revoke_tokens(token.account_id)
    client.live.get_maps_totd(token)  # 401, renewal, retry
    oauth = oauth_token(client)
    text = caplog.text + " ".join(str(record.args) for record in caplog.records)
    assert "GET" in text and "campaign/month" in text  # requests are logged...
    for secret in secrets_of(token) + [oauth.authorization(), OAUTH_CLIENT.client_secret]:
        assert secret not in text  # ...without their secrets


def test_errors_hold_no_secret(client: Client) -> None:
    with pytest.raises(AuthenticationError) as raised:
        auth.ServiceToken.get("live", SERVICE_ACCOUNT.login, "hunter2-secret", AGENT,
                              client=client)
    assert "hunter2-secret" not in f"{raised.value}{raised.value!r}"
    cause = raised.value.__cause__
    assert cause is not None and "hunter2-secret" not in f"{cause}{cause!r}"
