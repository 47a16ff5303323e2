"""Core authentication, token claims, refresh, 401 cases and OAuth."""

from __future__ import annotations

import base64
import datetime
from typing import Any

import httpx
import jwt
import pytest
from emulator_testlib import CORE, LIVE, TODAY, login, nadeo

from nadeo_api.clock import FakeClock
from nadeo_api.emulator import OAUTH_CLIENT, SERVER_ACCOUNT, SERVICE_ACCOUNT, Account, Emulator

ACCESS_CLAIMS = {
    "jti", "iss", "iat", "rat", "exp", "aud", "usg", "sid", "sat", "sub", "aun", "rtk", "pce",
    "ubiservices_uid",
}  # fmt: skip
MONTH = "/api/token/campaign/month"


def claims(token: str) -> dict[str, Any]:
    decoded: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    return decoded


@pytest.mark.parametrize(
    ("account", "usage"), [(SERVICE_ACCOUNT, "Client"), (SERVER_ACCOUNT, "Server")]
)
@pytest.mark.parametrize("audience", [CORE, LIVE])
def test_login_claims(
    emu: Emulator, client: httpx.Client, account: Account, usage: str, audience: str
) -> None:
    pair = login(client, emu, account, audience)
    access = claims(pair["accessToken"])
    assert set(access) == ACCESS_CLAIMS
    assert access["iss"] == "NadeoServices"
    assert access["aud"] == audience
    assert access["usg"] == usage
    assert access["sub"] == account.account_id
    assert access["aun"] == account.display_name
    assert access["rtk"] is False and access["pce"] is False
    assert access["sat"] == access["iat"]
    assert isinstance(access["exp"], int) and isinstance(access["iat"], int)
    assert access["exp"] - access["iat"] in (3600, 3601)
    assert access["iat"] < access["rat"] < access["exp"]
    refresh = claims(pair["refreshToken"])
    assert set(refresh) == ACCESS_CLAIMS | {"refresh_aud", "limit_type"}
    assert refresh["aud"] == "NadeoServices"
    assert refresh["refresh_aud"] == audience
    assert refresh["rtk"] is True and refresh["limit_type"] == "none"
    assert refresh["sid"] == access["sid"]
    assert refresh["exp"] - refresh["iat"] in (86400, 86401)


def test_login_without_body_gives_core_audience(emu: Emulator, client: httpx.Client) -> None:
    response = client.post(
        f"{emu.core_url}/v2/authentication/token/basic",
        auth=(SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password),
    )
    assert response.status_code == 200
    assert claims(response.json()["accessToken"])["aud"] == CORE


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Basic " + base64.b64encode(b"emulated-service:wrong").decode(),
        "Basic " + base64.b64encode(b"nobody:service-password").decode(),
        "Basic !!!not-base64",
        "Bearer something",
    ],
)
def test_login_rejects_bad_credentials(
    emu: Emulator, client: httpx.Client, authorization: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = client.post(
        f"{emu.core_url}/v2/authentication/token/basic", headers=headers, json={"audience": LIVE}
    )
    assert response.status_code == 401
    body = response.json()
    assert set(body) == {"error", "message", "traceId"}
    assert body["traceId"].startswith("Root=1-")


def test_login_rejects_unknown_audience(emu: Emulator, client: httpx.Client) -> None:
    response = client.post(
        f"{emu.core_url}/v2/authentication/token/basic",
        auth=(SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password),
        json={"audience": "NadeoClubServices"},
    )
    assert response.status_code == 400
    assert set(response.json()) == {"error", "message", "traceId"}


def test_trace_id_format(emu: Emulator, client: httpx.Client) -> None:
    trace = client.get(f"{emu.live_url}{MONTH}").json()["traceId"]
    prefix, first, second = trace.split("-")
    assert prefix == "Root=1"
    assert len(first) == 8 and len(second) == 24
    int(first, 16), int(second, 16)


def test_refresh_gives_new_pair_for_refresh_audience(emu: Emulator, client: httpx.Client) -> None:
    pair = login(client, emu, SERVICE_ACCOUNT, LIVE)
    response = client.post(
        f"{emu.core_url}/v2/authentication/token/refresh", headers=nadeo(pair["refreshToken"])
    )
    assert response.status_code == 200
    new = response.json()
    assert new["accessToken"] != pair["accessToken"]
    assert claims(new["accessToken"])["aud"] == LIVE
    assert claims(new["refreshToken"])["refresh_aud"] == LIVE
    assert (
        client.get(f"{emu.live_url}{MONTH}", headers=nadeo(new["accessToken"])).status_code == 200
    )


@pytest.mark.parametrize("which", ["access", "garbage", "missing"])
def test_refresh_rejects_non_refresh_tokens(
    emu: Emulator, client: httpx.Client, which: str
) -> None:
    pair = login(client, emu)
    headers = {
        "access": nadeo(pair["accessToken"]),
        "garbage": nadeo("abc.def.ghi"),
        "missing": {},
    }[which]
    response = client.post(f"{emu.core_url}/v2/authentication/token/refresh", headers=headers)
    assert response.status_code == 401


def test_tokens_of_another_instance_are_rejected(emu: Emulator, client: httpx.Client) -> None:
    with Emulator(seed=1, today=TODAY) as other:
        foreign = login(client, other)["accessToken"]
    assert client.get(f"{emu.live_url}{MONTH}", headers=nadeo(foreign)).status_code == 401


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "nadeo_v1"}, {"Authorization": "Bearer x"}, nadeo("not-a-jwt")],
)
def test_live_requires_a_valid_token(
    emu: Emulator, client: httpx.Client, headers: dict[str, str]
) -> None:
    response = client.get(f"{emu.live_url}{MONTH}", headers=headers)
    assert response.status_code == 401
    assert set(response.json()) == {"error", "message", "traceId"}


def test_audiences_are_enforced(emu: Emulator, client: httpx.Client) -> None:
    core_token = login(client, emu, audience=CORE)["accessToken"]
    live_token = login(client, emu, audience=LIVE)["accessToken"]
    assert client.get(f"{emu.live_url}{MONTH}", headers=nadeo(core_token)).status_code == 401
    assert client.get(f"{emu.live_url}{MONTH}", headers=nadeo(live_token)).status_code == 200
    # Meet shares the Live audience; it serves nothing yet, so a valid token meets a 404.
    assert client.get(f"{emu.meet_url}/api/anything", headers=nadeo(live_token)).status_code == 404


def test_refresh_token_is_not_an_access_token(emu: Emulator, client: httpx.Client) -> None:
    refresh = login(client, emu, audience=LIVE)["refreshToken"]
    assert client.get(f"{emu.live_url}{MONTH}", headers=nadeo(refresh)).status_code == 401


def noon() -> FakeClock:
    """A clock of the test's own: tokens live on it, and it moves only when the test says."""
    return FakeClock(datetime.datetime.combine(TODAY, datetime.time(12), datetime.timezone.utc))


def test_access_token_expires_after_its_lifetime(client: httpx.Client) -> None:
    clock = noon()
    with Emulator(clock=clock, access_lifetime=1, refresh_lifetime=60) as emu:
        pair = login(client, emu)
        url = f"{emu.live_url}{MONTH}"
        assert client.get(url, headers=nadeo(pair["accessToken"])).status_code == 200
        exp = claims(pair["accessToken"])["exp"]
        assert isinstance(exp, int)
        clock.set(exp - 0.01)
        assert client.get(url, headers=nadeo(pair["accessToken"])).status_code == 200
        clock.set(exp)
        assert client.get(url, headers=nadeo(pair["accessToken"])).status_code == 401
        renewed = client.post(
            f"{emu.core_url}/v2/authentication/token/refresh", headers=nadeo(pair["refreshToken"])
        )
        assert renewed.status_code == 200
        assert client.get(url, headers=nadeo(renewed.json()["accessToken"])).status_code == 200


def test_refresh_after_setting(client: httpx.Client) -> None:
    with Emulator(today=TODAY, access_lifetime=100, refresh_after=10) as emu:
        access = claims(login(client, emu)["accessToken"])
        assert isinstance(access["rat"], int) and isinstance(access["iat"], int)
        assert access["rat"] - access["iat"] in (10, 11)
        emu.config.access_lifetime = 7
        access = claims(login(client, emu)["accessToken"])
        assert isinstance(access["exp"], int) and isinstance(access["iat"], int)
        assert access["exp"] - access["iat"] in (7, 8)


def test_revoke_tokens(client: httpx.Client) -> None:
    with Emulator(today=TODAY) as emu:
        url = f"{emu.live_url}{MONTH}"
        service = login(client, emu, SERVICE_ACCOUNT)
        server = login(client, emu, SERVER_ACCOUNT)
        emu.revoke_tokens(SERVICE_ACCOUNT.account_id)
        assert client.get(url, headers=nadeo(service["accessToken"])).status_code == 401
        assert client.get(url, headers=nadeo(server["accessToken"])).status_code == 200
        renewed = client.post(
            f"{emu.core_url}/v2/authentication/token/refresh",
            headers=nadeo(service["refreshToken"]),
        )
        assert renewed.status_code == 200
        assert client.get(url, headers=nadeo(renewed.json()["accessToken"])).status_code == 200
        emu.revoke_tokens()
        assert client.get(url, headers=nadeo(server["accessToken"])).status_code == 401
        assert client.get(url, headers=nadeo(renewed.json()["accessToken"])).status_code == 401
        fresh = login(client, emu, SERVER_ACCOUNT)["accessToken"]
        assert client.get(url, headers=nadeo(fresh)).status_code == 200


def test_custom_accounts(client: httpx.Client) -> None:
    me = Account("me", "pw", "service", "0b7a4a52-8c6f-4f43-9a29-2f5f1d6b6b11", "Me")
    with Emulator(today=TODAY, accounts=[me]) as emu:
        assert claims(login(client, emu, me)["accessToken"])["aun"] == "Me"
        response = client.post(
            f"{emu.core_url}/v2/authentication/token/basic",
            auth=(SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password),
        )
        assert response.status_code == 401


def oauth_token(client: httpx.Client, emu: Emulator) -> str:
    response = client.post(
        f"{emu.oauth_url}/api/access_token",
        data={
            "grant_type": "client_credentials",
            "client_id": OAUTH_CLIENT.client_id,
            "client_secret": OAUTH_CLIENT.client_secret,
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"token_type", "expires_in", "access_token"}
    assert body["token_type"] == "bearer" and body["expires_in"] == 3600
    token: str = body["access_token"]
    return token


def test_oauth_client_errors(emu: Emulator, client: httpx.Client) -> None:
    url = f"{emu.oauth_url}/api/access_token"
    wrong = client.post(
        url,
        data={"grant_type": "client_credentials", "client_id": "x", "client_secret": "y"},
    )
    assert wrong.status_code == 401
    assert wrong.json()["error"] == "invalid_client"
    assert "message" in wrong.json()
    other = client.post(
        url,
        data={
            "grant_type": "authorization_code",
            "client_id": OAUTH_CLIENT.client_id,
            "client_secret": OAUTH_CLIENT.client_secret,
        },
    )
    assert other.status_code == 400


def test_oauth_display_names(emu: Emulator, client: httpx.Client) -> None:
    bearer = {"Authorization": f"Bearer {oauth_token(client, emu)}"}
    world = emu.world
    players = [world.player_account_id(i) for i in (0, 17, 999_999)]
    unknown = "00000000-0000-4000-8000-000000000000"
    ids = [SERVICE_ACCOUNT.account_id, *players, unknown]
    response = client.get(
        f"{emu.oauth_url}/api/display-names", params={"accountId[]": ids}, headers=bearer
    )
    assert response.status_code == 200
    names = response.json()
    assert names[SERVICE_ACCOUNT.account_id] == "EmulatedPlayer"
    assert unknown not in names
    assert set(names) == {SERVICE_ACCOUNT.account_id, *players}
    back = client.get(
        f"{emu.oauth_url}/api/display-names/account-ids",
        params={"displayName[]": [*names.values(), "NoSuchPlayerAnywhere"]},
        headers=bearer,
    )
    assert back.status_code == 200
    assert back.json() == {name: account for account, name in names.items()}


def test_oauth_display_names_limits_and_auth(emu: Emulator, client: httpx.Client) -> None:
    url = f"{emu.oauth_url}/api/display-names"
    ids = [emu.world.player_account_id(i) for i in range(51)]
    assert client.get(url, params={"accountId[]": ids[:1]}).status_code == 401
    nadeo_token = login(client, emu, audience=LIVE)["accessToken"]
    bad = {"Authorization": f"Bearer {nadeo_token}"}
    assert client.get(url, params={"accountId[]": ids[:1]}, headers=bad).status_code == 401
    bearer = {"Authorization": f"Bearer {oauth_token(client, emu)}"}
    assert client.get(url, params={"accountId[]": ids[:50]}, headers=bearer).status_code == 200
    assert client.get(url, params={"accountId[]": ids}, headers=bearer).status_code == 400


def test_oauth_token_expires(client: httpx.Client) -> None:
    clock = noon()
    with Emulator(clock=clock, access_lifetime=1) as emu:
        response = client.post(
            f"{emu.oauth_url}/api/access_token",
            data={
                "grant_type": "client_credentials",
                "client_id": OAUTH_CLIENT.client_id,
                "client_secret": OAUTH_CLIENT.client_secret,
            },
        )
        token = response.json()["access_token"]
        assert response.json()["expires_in"] == 1
        url = f"{emu.oauth_url}/api/display-names"
        params = {"accountId[]": [SERVICE_ACCOUNT.account_id]}
        bearer = {"Authorization": f"Bearer {token}"}
        assert client.get(url, params=params, headers=bearer).status_code == 200
        exp = claims(token)["exp"]
        assert isinstance(exp, int)
        clock.set(exp - 0.01)
        assert client.get(url, params=params, headers=bearer).status_code == 200
        clock.set(exp)
        assert client.get(url, params=params, headers=bearer).status_code == 401
