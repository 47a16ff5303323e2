"""The OAuth API's authorization-code flow and user endpoints: the authorization URL, the
emulated authorization page, codes, refresh tokens, scopes, favorites and contracts."""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from nadeo_api import (
    ArgumentError,
    AsyncClient,
    AuthenticationError,
    Client,
    ForbiddenError,
    NotFoundError,
    Settings,
    UserTokenRequiredError,
    auth,
    oauth,
)
from nadeo_api._declared import DECLARATIONS
from nadeo_api.aio import oauth as aio_oauth
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import OAUTH_CLIENT, SERVICE_ACCOUNT, Emulator, OAuthClient
from nadeo_api.emulator.serving import tokens as emulated_tokens
from nadeo_api.models import AdminClubs, FavoriteMaps, OAuthUser
from nadeo_api.testing import emulator_settings

from . import raw
from .clock import TODAY
from .conftest import AGENT, FAST, oauth_token, service_token
from .contract import refuses
from .stub import Answer, StubServer

CALLBACK = OAUTH_CLIENT.redirect_uris[0]
SECOND = "https://app.example/oauth/done?from=tm"
CUSTOM_SCHEME = "myapp://callback"
OTHER_CLIENT = OAuthClient("other-client", "other-secret", (CALLBACK, SECOND, CUSTOM_SCHEME))
ID, SECRET = OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret
OAUTH = DECLARATIONS["oauth"]


def user_token(
    emu: Emulator, client: Client, scopes: tuple[str, ...] = auth.OAUTH_SCOPES
) -> auth.OAuthToken:
    code = emu.authorize(scopes=scopes)
    return auth.OAuthToken.from_code(ID, SECRET, code, CALLBACK, AGENT, client=client)


def follow(url: str) -> dict[str, list[str]]:
    """GET the authorization page and read the query of the redirect it answers."""
    answer = raw.get(url, follow_redirects=False)
    assert answer.status_code == 302
    return parse_qs(urlsplit(answer.headers["location"]).query)


def token_requests(emu: Emulator) -> list[dict[str, list[str]]]:
    return [parse_qs(e.body.decode()) for e in emu.log.filter(path="/api/access_token")]


@pytest.fixture(scope="module")
def two_clients() -> Iterator[Emulator]:
    with Emulator(today=TODAY, oauth_clients=(OAUTH_CLIENT, OTHER_CLIENT)) as running:
        yield running


# --- the authorization URL -------------------------------------------------------------------


def test_authorization_url() -> None:
    url = auth.authorization_url(
        ID, CALLBACK, ["clubs", "read_favorite", "clubs"], "r4nd0m", base_url="https://x.test/"
    )
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "x.test", "/oauth/authorize")
    assert "scope=clubs%20read_favorite&" in url  # spaces, not '+'
    assert parse_qs(parts.query) == {
        "response_type": ["code"], "client_id": [ID], "redirect_uri": [CALLBACK],
        "scope": ["clubs read_favorite"], "state": ["r4nd0m"],
    }
    bare = parse_qs(urlsplit(auth.authorization_url(ID, CALLBACK, base_url="https://x.test")).query)
    assert set(bare) == {"response_type", "client_id", "redirect_uri"}


def test_authorization_url_defaults_to_the_configured_oauth_url(defaults: Emulator) -> None:
    assert auth.authorization_url(ID, CALLBACK).startswith(defaults.oauth_url + "/oauth/authorize?")


@pytest.mark.parametrize(
    ("arguments", "words"),
    [
        (("", CALLBACK), "client_id"),
        ((ID, "ftp://example.com/cb"), "redirect_uri"),
        ((ID, "/callback"), "redirect_uri"),
        ((ID, CALLBACK, "clubs"), "scopes"),
        ((ID, CALLBACK, ["clubs", "read_everything"]), "read_everything"),
        ((ID, CALLBACK, (), 42), "state"),
        ((ID, CALLBACK, (), ""), "state"),
    ],
)
def test_authorization_url_checks(arguments: tuple[object, ...], words: str) -> None:
    with pytest.raises(ArgumentError, match=words):
        auth.authorization_url(*arguments, base_url="https://x.test")  # type: ignore[arg-type]


# --- the flow, end to end --------------------------------------------------------------------


def test_whole_flow(emu: Emulator, client: Client) -> None:
    url = auth.authorization_url(ID, CALLBACK, ["clubs"], "st4te", base_url=emu.oauth_url)
    redirect = follow(url)
    assert redirect["state"] == ["st4te"]
    (code,) = redirect["code"]
    token = auth.OAuthToken.from_code(ID, SECRET, code, CALLBACK, AGENT, client=client)
    assert token.is_user and token.refresh_token and not token.expired
    assert client.oauth.get_user(token) == {
        "accountId": SERVICE_ACCOUNT.account_id, "displayName": SERVICE_ACCOUNT.display_name,
    }
    assert token_requests(emu)[-1] == {
        "grant_type": ["authorization_code"], "client_id": [ID],
        "client_secret": [emu.log.redacted(SECRET)],
        "code": [code], "redirect_uri": [CALLBACK],
    }
    bearer = token.authorization().removeprefix("Bearer ")
    assert emu.log.entries[-1].headers["authorization"] == f"Bearer {emu.log.redacted(bearer)}"


def test_whole_flow_async(emu: Emulator) -> None:
    async def run() -> tuple[dict[str, str], dict[str, str]]:
        url = auth.authorization_url(ID, CALLBACK, base_url=emu.oauth_url)
        async with httpx.AsyncClient() as browser:
            answer = await browser.get(url)
        assert answer.status_code == 302
        code = parse_qs(urlsplit(answer.headers["location"]).query)["code"][0]
        async with AsyncClient(emulator_settings(emu, **FAST)) as async_client:
            token = await auth.OAuthToken.afrom_code(
                ID, SECRET, code, CALLBACK, AGENT, client=async_client
            )
            bound = await async_client.oauth.get_user(token)
        with emu.use(**FAST):
            module = await aio_oauth.get_user(token)
        return bound, module

    bound, module = asyncio.run(run())
    assert bound == module == {
        "accountId": SERVICE_ACCOUNT.account_id, "displayName": SERVICE_ACCOUNT.display_name,
    }


def test_module_functions(defaults: Emulator) -> None:
    code = defaults.authorize()
    token = auth.OAuthToken.from_code(ID, SECRET, code, CALLBACK, AGENT)
    assert oauth.get_user.typed(token) == OAuthUser(
        account_id=SERVICE_ACCOUNT.account_id, display_name=SERVICE_ACCOUNT.display_name
    )
    assert oauth.get_favorite_maps(token, length=1)["list"]


# --- renewal ---------------------------------------------------------------------------------


def test_renewal_with_the_refresh_token_after_expiry() -> None:
    clock = FakeClock(datetime.datetime.combine(TODAY, datetime.time(12), datetime.UTC))
    with Emulator(clock=clock, access_lifetime=1) as emu, Client(
        emulator_settings(emu, **FAST)
    ) as client:
        token = user_token(emu, client)
        first_access, first_refresh = token.authorization(), token.refresh_token
        assert first_refresh is not None
        clock.advance(1.2)
        assert token.expired
        assert client.oauth.get_user(token)["accountId"] == SERVICE_ACCOUNT.account_id
        assert token.authorization() != first_access
        assert token.refresh_token not in (None, first_refresh)  # the new one is kept
        assert token_requests(emu)[-1] == {
            "grant_type": ["refresh_token"], "client_id": [ID],
            "client_secret": [emu.log.redacted(SECRET)],
            "refresh_token": [emu.log.redacted(first_refresh)],
        }
        assert [e.path for e in emu.log.entries][-2:] == ["/api/access_token", "/api/user"]
        # Rotation: the old refresh token no longer works, the new one does.
        stale = raw.post(emu.oauth_url + "/api/access_token", data={
            "grant_type": "refresh_token", "client_id": ID, "client_secret": SECRET,
            "refresh_token": first_refresh,
        })
        assert stale.status_code == 400 and stale.json()["error"] == "invalid_grant"
        clock.advance(1.2)
        client.oauth.get_user(token)
        assert token_requests(emu)[-1]["grant_type"] == ["refresh_token"]


def test_renewal_after_a_401(emu: Emulator, client: Client) -> None:
    token = user_token(emu, client)
    before = token.refresh_token
    emu.revoke_tokens(SERVICE_ACCOUNT.account_id)
    emu.log.clear()
    assert client.oauth.get_user(token)["accountId"] == SERVICE_ACCOUNT.account_id
    assert [(e.path, e.status) for e in emu.log.entries] == [
        ("/api/user", 401), ("/api/access_token", 200), ("/api/user", 200),
    ]
    assert token_requests(emu)[0]["grant_type"] == ["refresh_token"]
    assert token.refresh_token != before


def test_failed_refresh(emu: Emulator, client: Client) -> None:
    token = auth.OAuthToken(
        "expired-access", 0, agent=AGENT, credentials=(ID, SECRET), refresh_token="bogus-refresh"
    )
    emu.log.clear()
    with pytest.raises(AuthenticationError) as raised:
        client.oauth.get_user(token)
    shown = f"{raised.value}{raised.value!r}{raised.value.__cause__}"
    assert "authorize the application again" in shown
    for secret in ("bogus-refresh", "expired-access", SECRET):
        assert secret not in shown
    assert [e.path for e in emu.log.entries] == ["/api/access_token"]


def test_refresh_answer_without_a_new_refresh_token_keeps_the_old_one() -> None:
    with StubServer() as stub, Client(
        Settings(oauth_url=stub.url, token_store="off", rate_limit=None)
    ) as client:
        stub.script("/api/access_token", Answer(body=b'{"access_token": "new", "expires_in": 60}'))
        stub.script("/api/user", Answer(body=b'{"accountId": "a", "displayName": "b"}'))
        token = auth.OAuthToken(
            "old", 0, agent=AGENT, credentials=(ID, SECRET), refresh_token="keep-me"
        )
        client.oauth.get_user(token)
        assert token.authorization() == "Bearer new" and token.refresh_token == "keep-me"


def test_code_answer_without_a_refresh_token_is_refused() -> None:
    with StubServer() as stub, Client(
        Settings(oauth_url=stub.url, token_store="off", rate_limit=None)
    ) as client:
        stub.script("/api/access_token", Answer(body=b'{"access_token": "a", "expires_in": 60}'))
        with pytest.raises(AuthenticationError, match="no refresh_token"):
            auth.OAuthToken.from_code(ID, SECRET, "the-code", CALLBACK, AGENT, client=client)
        stub.script("/api/access_token", Answer(body=b'{"access_token": "a", "refresh_token": 5}'))
        with pytest.raises(AuthenticationError, match="refresh_token is not a string"):
            auth.OAuthToken.from_code(ID, SECRET, "the-code", CALLBACK, AGENT, client=client)
        stub.script("/api/access_token", Answer(body=b'{"token_type": "bearer"}'))
        with pytest.raises(AuthenticationError, match="no access_token"):
            auth.OAuthToken.from_code(ID, SECRET, "the-code", CALLBACK, AGENT, client=client)


def test_client_credentials_token_still_requested_again(emu: Emulator, client: Client) -> None:
    token = oauth_token(client)
    assert not token.is_user and token.refresh_token is None
    emu.revoke_tokens()
    emu.log.clear()
    client.oauth.get_display_names(token, [SERVICE_ACCOUNT.account_id])
    assert token_requests(emu)[0]["grant_type"] == ["client_credentials"]


# --- codes and the authorization page --------------------------------------------------------


def test_codes_are_single_use(emu: Emulator, client: Client) -> None:
    code = emu.authorize()
    auth.OAuthToken.from_code(ID, SECRET, code, CALLBACK, AGENT, client=client)
    with pytest.raises(AuthenticationError, match="invalid_grant") as raised:
        auth.OAuthToken.from_code(ID, SECRET, code, CALLBACK, AGENT, client=client)
    assert code not in f"{raised.value}{raised.value!r}{raised.value.__cause__}"
    assert SECRET not in f"{raised.value}{raised.value!r}{raised.value.__cause__}"


def test_codes_expire(emu: Emulator, client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(emulated_tokens, "CODE_LIFETIME", 0.0)
    code = emu.authorize()
    with pytest.raises(AuthenticationError, match="expired"):
        auth.OAuthToken.from_code(ID, SECRET, code, CALLBACK, AGENT, client=client)


def test_codes_are_bound_to_redirect_uri_and_client(two_clients: Emulator) -> None:
    emu = two_clients
    with Client(emulator_settings(emu, **FAST)) as client:
        code = emu.authorize(client=OTHER_CLIENT, redirect_uri=SECOND)
        with pytest.raises(AuthenticationError, match="redirect_uri"):
            auth.OAuthToken.from_code(
                OTHER_CLIENT.client_id, OTHER_CLIENT.client_secret, code, CALLBACK, AGENT,
                client=client,
            )
        code = emu.authorize(client=OTHER_CLIENT)
        with pytest.raises(AuthenticationError, match="not issued to this client"):
            auth.OAuthToken.from_code(ID, SECRET, code, CALLBACK, AGENT, client=client)
        code = emu.authorize(client=OTHER_CLIENT, redirect_uri=SECOND)
        token = auth.OAuthToken.from_code(
            OTHER_CLIENT.client_id, OTHER_CLIENT.client_secret, code, SECOND, AGENT,
            client=client,
        )
        assert client.oauth.get_user(token)["displayName"] == SERVICE_ACCOUNT.display_name
        refused = raw.post(emu.oauth_url + "/api/access_token", data={
            "grant_type": "refresh_token", "client_id": ID, "client_secret": SECRET,
            "refresh_token": token.refresh_token,
        })
        assert refused.status_code == 400 and "not issued to this client" in refused.text


def test_authorization_page(two_clients: Emulator) -> None:
    emu = two_clients
    page = emu.oauth_url + "/oauth/authorize"
    base = {"response_type": "code", "client_id": OTHER_CLIENT.client_id, "state": "s"}
    answer = raw.get(page, params={**base, "redirect_uri": SECOND, "scope": "clubs"})
    assert answer.status_code == 302
    location = answer.headers["location"]
    assert location.startswith(SECOND + "&code=")  # the URI's own query is kept
    assert parse_qs(urlsplit(location).query)["state"] == ["s"]
    for params, error in [
        ({**base, "client_id": "nobody", "redirect_uri": CALLBACK}, "invalid_client"),
        ({**base, "redirect_uri": "http://evil.example/cb"}, "invalid_request"),
        ({**base}, "invalid_request"),
        ({**base, "redirect_uri": CUSTOM_SCHEME}, "invalid_request"),  # registered, not http(s)
    ]:
        refused = raw.get(page, params=params)
        assert refused.status_code == 400 and refused.json()["error"] == error
    for params, error in [
        ({**base, "redirect_uri": CALLBACK, "scope": "clubs everything"}, "invalid_scope"),
        ({**base, "redirect_uri": CALLBACK, "response_type": "token"}, "unsupported_response_type"),
    ]:
        answer = raw.get(page, params=params)
        assert answer.status_code == 302
        query = parse_qs(urlsplit(answer.headers["location"]).query)
        assert query == {"error": [error], "state": ["s"]}


def test_emulator_authorize_wants_an_http_redirect_uri(two_clients: Emulator) -> None:
    with pytest.raises(ValueError, match="http"):
        two_clients.authorize(client=OTHER_CLIENT, redirect_uri=CUSTOM_SCHEME)


def test_emulator_authorize_checks(emu: Emulator) -> None:
    with pytest.raises(ValueError, match="not configured"):
        emu.authorize(client=OTHER_CLIENT)
    with pytest.raises(ValueError, match="registered"):
        emu.authorize(redirect_uri="http://localhost/elsewhere")
    with pytest.raises(ValueError, match="scopes"):
        emu.authorize(scopes=("clubs", "admin"))


def test_token_route_refusals(emu: Emulator) -> None:
    route = emu.oauth_url + "/api/access_token"
    known = {"client_id": ID, "client_secret": SECRET}
    for form, status, error in [
        ({**known, "grant_type": "authorization_code"}, 400, "invalid_request"),
        ({**known, "grant_type": "refresh_token"}, 400, "invalid_request"),
        ({**known, "grant_type": "password"}, 400, "unsupported_grant_type"),
        ({"grant_type": "authorization_code", "client_id": ID, "client_secret": "no",
          "code": "x", "redirect_uri": CALLBACK}, 401, "invalid_client"),
    ]:
        answer = raw.post(route, data=form)
        assert (answer.status_code, answer.json()["error"]) == (status, error)


# --- scopes and users ------------------------------------------------------------------------


def test_scopes_enforced(emu: Emulator, client: Client) -> None:
    token = user_token(emu, client, scopes=("read_favorite",))
    assert client.oauth.get_favorite_maps(token)["list"]
    uid = emu.world.totd_maps()[0]
    for call in (
        lambda: client.oauth.get_admin_clubs(token),
        lambda: client.oauth.add_favorite_map(token, uid),
        lambda: client.oauth.remove_favorite_map(token, uid),
    ):
        with pytest.raises(ForbiddenError) as raised:
            call()
        assert raised.value.status == 403 and "scope" in str(raised.value)
    nothing = user_token(emu, client, scopes=())
    assert client.oauth.get_user(nothing)["accountId"] == SERVICE_ACCOUNT.account_id
    with pytest.raises(ForbiddenError, match="read_favorite"):
        client.oauth.get_favorite_maps(nothing)


def test_client_credentials_token_refused_locally(emu: Emulator, client: Client) -> None:
    token = oauth_token(client)
    uid = emu.world.totd_maps()[0]
    for call in (
        lambda: client.oauth.get_user(token),
        lambda: client.oauth.get_admin_clubs(token),
        lambda: client.oauth.get_favorite_maps(token),
        lambda: client.oauth.add_favorite_map(token, uid),
        lambda: oauth.remove_favorite_map(token, uid),
    ):
        refuses(emu, call, "OAuthToken.from_code", "client-credentials")
        with pytest.raises(UserTokenRequiredError):
            call()


def test_emulator_refuses_a_client_credentials_token_on_user_routes(
    emu: Emulator, client: Client
) -> None:
    token = oauth_token(client)
    headers = {"Authorization": token.authorization()}
    answer = raw.get(emu.oauth_url + "/api/user", headers=headers)
    assert answer.status_code == 401 and answer.json()["error"] == "unauthenticated"


def test_admin_clubs_follow_the_club_roles(emu: Emulator, client: Client) -> None:
    from nadeo_api.emulator.world.clubs import club_state

    token = user_token(emu, client)
    clubs = club_state(emu.app.state)
    expected = [
        {"id": c.id, "name": c.name}
        for c in clubs.clubs()
        if clubs.role(c.id, SERVICE_ACCOUNT.account_id) in ("Admin", "Creator")
    ]
    assert expected and client.oauth.get_admin_clubs(token) == {"clubs": expected}


# --- favorites -------------------------------------------------------------------------------


def test_favorites_shared_with_live(emu: Emulator, client: Client) -> None:
    token = user_token(emu, client)
    live_token = service_token(client)

    def live_uids() -> list[str]:
        page = client.live.get_favorite_maps(live_token, length=100)
        return [m["uid"] for m in page["mapList"]]

    def oauth_uids() -> list[str]:
        return [m["uid"] for m in client.oauth.get_favorite_maps(token, length=100)["list"]]

    assert oauth_uids() == live_uids()  # newest first, as Live's default order
    uid = next(u for u in emu.world.totd_maps() if u not in live_uids())
    assert client.oauth.add_favorite_map(token, uid) == {}
    entry = emu.log.entries[-1]
    assert (entry.method, entry.path, json.loads(entry.body)) == (
        "POST", "/api/user/maps/favorite/add", {"uid": uid},
    )
    assert live_uids()[0] == uid and oauth_uids()[0] == uid
    client.oauth.remove_favorite_map(token, uid)
    assert uid not in live_uids() and uid not in oauth_uids()
    client.live.add_favorite_map(live_token, uid)
    assert oauth_uids()[0] == uid
    client.oauth.remove_favorite_map(token, uid)
    assert client.oauth.remove_favorite_map(token, uid) == {}  # not a favorite: still 204


def test_favorites_paging(emu: Emulator, client: Client) -> None:
    token = user_token(emu, client)
    every = client.oauth.get_favorite_maps(token, length=100)["list"]
    assert len(every) >= 2
    page = client.oauth.get_favorite_maps(token, length=1, offset=1)
    assert page["list"] == every[1:2]
    assert emu.log.entries[-1].params == {"length": ["1"], "offset": ["1"]}
    assert len(client.oauth.get_favorite_maps(token)["list"]) == min(10, len(every))
    refused = raw.get(
        emu.oauth_url + "/api/user/maps/favorite", params={"length": 0},
        headers={"Authorization": token.authorization()},
    )
    assert refused.status_code == 400


def test_favorite_checks(emu: Emulator, client: Client) -> None:
    token = user_token(emu, client)
    with pytest.raises(NotFoundError):
        client.oauth.add_favorite_map(token, "NoSuchMapUid")
    for body in (b"{}", b'{"uid": 5}', b"[]"):
        answer = raw.post(
            emu.oauth_url + "/api/user/maps/favorite/add", content=body,
            headers={"Authorization": token.authorization(), "Content-Type": "application/json"},
        )
        assert answer.status_code == 400 and "uid" in answer.json()["message"]


# --- declarations (their contracts with the documentation are in test_contracts.py) ------------

def test_user_endpoints_need_a_user_and_answer_the_public_models() -> None:
    for endpoint, model in [
        (OAUTH["get_user"], OAuthUser),
        (OAUTH["get_admin_clubs"], AdminClubs),
        (OAUTH["get_favorite_maps"], FavoriteMaps),
        (OAUTH["add_favorite_map"], None),
        (OAUTH["remove_favorite_map"], None),
    ]:
        assert endpoint.user_only, endpoint.name
        if model is not None:
            assert endpoint.model_type() is model


# --- secrets ---------------------------------------------------------------------------------


def test_no_secret_in_reprs_logs_or_errors(
    emu: Emulator, client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    code = emu.authorize()
    token = auth.OAuthToken.from_code(ID, SECRET, code, CALLBACK, AGENT, client=client)
    first_refresh = token.refresh_token
    emu.revoke_tokens(SERVICE_ACCOUNT.account_id)
    client.oauth.get_user(token)  # 401, refresh, retry
    with pytest.raises(AuthenticationError) as raised:
        auth.OAuthToken.from_code(ID, SECRET, code, CALLBACK, AGENT, client=client)
    with pytest.raises(ArgumentError) as unchecked:
        auth.OAuthToken.from_code(ID, SECRET, code, "not-a-uri", AGENT, client=client)
    shown = " ".join([
        repr(token), str(token), caplog.text, " ".join(str(r.args) for r in caplog.records),
        str(raised.value), repr(raised.value), str(raised.value.__cause__), str(unchecked.value),
    ])
    assert "authorization_code" in repr(token)
    secrets = [code, SECRET, token.authorization().split(" ", 1)[1], token.refresh_token,
               first_refresh]
    for secret in secrets:
        assert secret and secret not in shown
