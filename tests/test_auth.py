"""Logging in with both account kinds and OAuth, audiences, agents, and the token objects."""

from __future__ import annotations

import asyncio
import base64
import datetime
import json

import pytest

from nadeo_api import ArgumentError, AuthenticationError, Client, auth, oauth
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import OAUTH_CLIENT, SERVER_ACCOUNT, SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import emulator_settings, use_emulator

from .clock import TODAY
from .conftest import AGENT, FAST, last, oauth_token, server_token, service_token


def test_service_account_login(emu: Emulator, client: Client) -> None:
    token = service_token(client)
    assert isinstance(token, auth.ServiceToken)
    assert token.audience == "NadeoLiveServices"
    assert token.account_id == SERVICE_ACCOUNT.account_id
    assert token.display_name == SERVICE_ACCOUNT.display_name
    assert not token.is_server and not token.expired
    assert token.exp is not None and token.rat is not None and token.rat <= token.exp
    assert token.refresh_token.payload["rtk"] is True
    assert token.refresh_token.payload["refresh_aud"] == "NadeoLiveServices"
    entry = last(emu, path="/v2/authentication/token/basic")
    assert entry.api == "core" and entry.method == "POST"
    expected = base64.b64encode(
        f"{SERVICE_ACCOUNT.login}:{SERVICE_ACCOUNT.password}".encode()
    ).decode()
    assert entry.headers["authorization"] == f"Basic {emu.log.redacted(expected)}"
    assert entry.headers["user-agent"] == AGENT
    assert json.loads(entry.body) == {"audience": "NadeoLiveServices"}


def test_dedicated_server_login(client: Client) -> None:
    token = server_token(client)
    assert isinstance(token, auth.DedicatedServerToken)
    assert token.is_server
    assert token.access_token.payload["usg"] == "Server"
    assert token.account_id == SERVER_ACCOUNT.account_id


def test_base_class_picks_the_kind_from_the_token(client: Client) -> None:
    user = auth.WebServicesToken.get(
        "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
    )
    server = auth.WebServicesToken.get(
        "live", SERVER_ACCOUNT.login, SERVER_ACCOUNT.password, AGENT, client=client
    )
    assert type(user) is auth.ServiceToken
    assert type(server) is auth.DedicatedServerToken


def test_wrong_kind_of_account_is_an_authentication_error(client: Client) -> None:
    with pytest.raises(AuthenticationError, match="DedicatedServerToken"):
        auth.ServiceToken.get(
            "live", SERVER_ACCOUNT.login, SERVER_ACCOUNT.password, AGENT, client=client
        )


@pytest.mark.parametrize(
    ("alias", "audience"),
    [
        ("NadeoServices", "NadeoServices"), ("core", "NadeoServices"), ("PROD", "NadeoServices"),
        ("nadeoliveservices", "NadeoLiveServices"), ("Live", "NadeoLiveServices"),
        ("meet", "NadeoLiveServices"), ("club", "NadeoLiveServices"),
    ],
)
def test_audience_aliases(emu: Emulator, client: Client, alias: str, audience: str) -> None:
    token = service_token(client, alias)
    assert token.audience == audience
    assert json.loads(last(emu, path="/v2/authentication/token/basic").body) == {
        "audience": audience
    }


@pytest.mark.parametrize("audience", ["", "NadeoClubServices", "liveservices", None])
def test_unknown_audience(emu: Emulator, client: Client, audience: object) -> None:
    with pytest.raises(ArgumentError, match="audience must be"):
        service_token(client, audience)  # type: ignore[arg-type]
    assert len(emu.log) == 0


@pytest.mark.parametrize("agent", ["", "   ", None])
def test_agent_is_required(emu: Emulator, client: Client, agent: object) -> None:
    with pytest.raises(ArgumentError, match="agent"):
        auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, agent,  # type: ignore[arg-type]
            client=client,
        )
    assert len(emu.log) == 0


def test_wrong_password(client: Client) -> None:
    with pytest.raises(AuthenticationError, match="401") as raised:
        auth.ServiceToken.get("live", SERVICE_ACCOUNT.login, "not-the-password", AGENT,
                              client=client)
    assert "not-the-password" not in str(raised.value)


def test_async_login_and_refresh() -> None:
    clock = FakeClock(datetime.datetime.combine(TODAY, datetime.time(12), datetime.UTC))

    async def main(emu: Emulator) -> tuple[auth.ServiceToken, str, str]:
        from nadeo_api import AsyncClient

        async with AsyncClient(emulator_settings(emu, **FAST)) as async_client:
            token = await auth.ServiceToken.aget(
                "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT,
                client=async_client,
            )
            before = token.access_token.encoded
            clock.advance(1)  # a new iat, so the refreshed token differs
            await token.arefresh(client=async_client)
            return token, before, token.access_token.encoded

    with Emulator(clock=clock) as emu:
        token, before, after = asyncio.run(main(emu))
        assert before != after
        assert len(emu.log.filter(path="/v2/authentication/token/refresh")) == 1


def test_token_from_stored_strings(client: Client) -> None:
    fresh = service_token(client)
    rebuilt = auth.ServiceToken(
        fresh.access_token.encoded, fresh.refresh_token.encoded, agent=AGENT
    )
    assert client.live.get_maps_totd(rebuilt)["monthList"]


def test_malformed_jwt() -> None:
    with pytest.raises(ArgumentError, match="JSON web token"):
        auth.JSONWebToken("not-a-token")
    with pytest.raises(ArgumentError, match="JSON web token"):
        auth.JSONWebToken("a.b.c")


def test_oauth_client_credentials(emu: Emulator, client: Client) -> None:
    token = oauth_token(client)
    entry = last(emu, path="/api/access_token")
    assert entry.api == "oauth" and entry.method == "POST"
    assert b"grant_type=client_credentials" in entry.body
    assert not token.expired
    names = client.oauth.get_display_names(token, [SERVICE_ACCOUNT.account_id])
    assert names == {SERVICE_ACCOUNT.account_id: SERVICE_ACCOUNT.display_name}
    entry = last(emu, path="/api/display-names")
    assert entry.headers["authorization"].startswith("Bearer ")
    assert entry.params == {"accountId[]": [SERVICE_ACCOUNT.account_id]}


def test_oauth_wrong_secret(client: Client) -> None:
    with pytest.raises(AuthenticationError) as raised:
        auth.OAuthToken.get(OAUTH_CLIENT.client_id, "wrong-secret", AGENT, client=client)
    assert "wrong-secret" not in str(raised.value)


def test_oauth_token_requested_again_when_expired() -> None:
    clock = FakeClock(datetime.datetime.combine(TODAY, datetime.time(12), datetime.UTC))
    with Emulator(clock=clock, access_lifetime=1) as emu, use_emulator(emu, **FAST):
        token = auth.OAuthToken.get(OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret, AGENT)
        first = token.authorization()
        clock.advance(1.2)
        assert token.expired
        assert oauth.get_account_ids(token, [SERVICE_ACCOUNT.display_name]) == {
            SERVICE_ACCOUNT.display_name: SERVICE_ACCOUNT.account_id
        }
        assert token.authorization() != first
        paths = [entry.path for entry in emu.log.entries]
        assert paths == ["/api/access_token", "/api/access_token", "/api/display-names/account-ids"]


def test_oauth_name_list_checks(emu: Emulator, client: Client) -> None:
    token = oauth_token(client)
    emu.log.clear()
    with pytest.raises(ArgumentError, match="len\\(account_ids\\)"):
        client.oauth.get_display_names(token, [])
    with pytest.raises(ArgumentError, match="list of strings"):
        client.oauth.get_display_names(token, "one-id")
    assert len(emu.log) == 0

