"""A user's OAuth token survives restarts: kept by OAuth client and account ID, the rotated
refresh token stored at every renewal, loaded again after a restart, forgotten on demand, and
renewed once by processes, threads and tasks sharing the store."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from nadeo_api import (
    AsyncClient,
    AuthenticationError,
    Client,
    FileTokenStore,
    MemoryTokenStore,
    auth,
)
from nadeo_api._store import oauth_store_key
from nadeo_api.emulator import (
    OAUTH_CLIENT,
    SERVER_ACCOUNT,
    SERVICE_ACCOUNT,
    Account,
    Emulator,
)
from nadeo_api.testing import emulator_settings

from . import raw
from .clock import TODAY
from .conftest import AGENT, FAST

ID, SECRET = OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret
CALLBACK = OAUTH_CLIENT.redirect_uris[0]
TOKEN_ROUTE = "/api/access_token"
SECOND_USER = Account(
    login="emulated-second",
    password="second-password",
    kind="service",
    account_id="0a5c6b2e-3f1d-4c8e-9b7a-2d4e6f8a1c3e",
    display_name="SecondPlayer",
)


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(
        today=TODAY, accounts=(SERVICE_ACCOUNT, SERVER_ACCOUNT, SECOND_USER)
    ) as running:
        yield running


def grants(emu: Emulator, kind: str) -> list[dict[str, list[str]]]:
    """The forms of the token route's requests of one grant type."""
    forms = [parse_qs(e.body.decode()) for e in emu.log.filter(path=TOKEN_ROUTE)]
    return [form for form in forms if form["grant_type"] == [kind]]


def exchange(
    emu: Emulator, client: Client, store: object, account: Account = SERVICE_ACCOUNT
) -> auth.OAuthToken:
    code = emu.authorize(account=account)
    return auth.OAuthToken.from_code(
        ID, SECRET, code, CALLBACK, AGENT, client=client, store=store  # type: ignore[arg-type]
    )


def load(client: Client, store: object, account_id: str) -> auth.OAuthToken | None:
    return auth.OAuthToken.load(
        ID, SECRET, account_id, AGENT, client=client, store=store  # type: ignore[arg-type]
    )


def stored(directory: Path) -> dict[str, dict[str, str]]:
    tokens: dict[str, dict[str, str]] = json.loads((directory / "tokens.json").read_text())[
        "tokens"
    ]
    return tokens


# --- in one process --------------------------------------------------------------------------


def test_from_code_keeps_the_token_by_client_and_account(
    emu: Emulator, client: Client, tmp_path: Path
) -> None:
    token = exchange(emu, client, FileTokenStore(tmp_path))
    assert (token.account_id, token.display_name) == (
        SERVICE_ACCOUNT.account_id, SERVICE_ACCOUNT.display_name,
    )
    assert [e.path for e in emu.log.entries] == [TOKEN_ROUTE, "/api/user"]
    (entry,) = stored(tmp_path).values()
    assert entry["access_token"] == token.authorization().split(" ", 1)[1]
    assert entry["refresh_token"] == token.refresh_token
    text = (tmp_path / "tokens.json").read_text()
    assert SECRET not in text and SERVICE_ACCOUNT.account_id not in text  # the key is hashed
    again = load(client, FileTokenStore(tmp_path), SERVICE_ACCOUNT.account_id)
    assert again is not None and again.is_user
    assert again.authorization() == token.authorization()
    assert again.refresh_token == token.refresh_token
    assert again.account_id == SERVICE_ACCOUNT.account_id
    assert again.display_name == SERVICE_ACCOUNT.display_name
    assert len(emu.log.entries) == 2  # loading sends nothing


def test_async_from_code_keeps_the_token(emu: Emulator, tmp_path: Path) -> None:
    async def main() -> auth.OAuthToken:
        async with AsyncClient(emulator_settings(emu, **FAST)) as async_client:
            return await auth.OAuthToken.afrom_code(
                ID, SECRET, emu.authorize(account=SECOND_USER), CALLBACK, AGENT,
                client=async_client, store=FileTokenStore(tmp_path),
            )

    token = asyncio.run(main())
    assert token.account_id == SECOND_USER.account_id
    with Client(emulator_settings(emu, **FAST)) as client:
        again = load(client, FileTokenStore(tmp_path), SECOND_USER.account_id)
        assert again is not None and again.refresh_token == token.refresh_token


def test_each_user_and_client_has_their_own_entry(
    emu: Emulator, client: Client, tmp_path: Path
) -> None:
    store = FileTokenStore(tmp_path)
    first = exchange(emu, client, store)
    second = exchange(emu, client, store, SECOND_USER)
    assert second.account_id == SECOND_USER.account_id
    assert len(stored(tmp_path)) == 2
    for account in (SERVICE_ACCOUNT, SECOND_USER):
        token = load(client, store, account.account_id)
        assert token is not None
        assert client.oauth.get_user(token)["accountId"] == account.account_id
    assert first.authorization() != second.authorization()
    assert auth.OAuthToken.load("another-client", SECRET, SERVICE_ACCOUNT.account_id, AGENT,
                                client=client, store=store) is None
    assert load(client, store, SERVER_ACCOUNT.account_id) is None


def test_every_renewal_is_stored_before_use(emu: Emulator, client: Client, tmp_path: Path) -> None:
    token = exchange(emu, client, FileTokenStore(tmp_path))
    used = token.refresh_token
    emu.revoke_tokens(SERVICE_ACCOUNT.account_id)
    assert client.oauth.get_user(token)["accountId"] == SERVICE_ACCOUNT.account_id  # 401, renew
    assert token.refresh_token != used
    (entry,) = stored(tmp_path).values()
    assert entry["refresh_token"] == token.refresh_token
    second = token.refresh_token
    token.refresh(client=client)  # on demand, stored the same way
    (entry,) = stored(tmp_path).values()
    assert entry["refresh_token"] == token.refresh_token not in (used, second)
    assert [form["refresh_token"] for form in grants(emu, "refresh_token")] == [
        [emu.log.redacted(used)], [emu.log.redacted(second)]
    ]


def test_a_restarted_program_renews_with_the_stored_refresh_token(
    emu: Emulator, tmp_path: Path
) -> None:
    with Client(emulator_settings(emu, **FAST)) as first:
        token = exchange(emu, first, FileTokenStore(tmp_path))
        emu.revoke_tokens(SERVICE_ACCOUNT.account_id)
        first.oauth.get_user(token)
        latest = token.refresh_token
    emu.revoke_tokens(SERVICE_ACCOUNT.account_id)
    with Client(emulator_settings(emu, **FAST)) as second:  # a new process, as far as it knows
        again = load(second, FileTokenStore(tmp_path), SERVICE_ACCOUNT.account_id)
        assert again is not None
        assert second.oauth.get_user(again)["accountId"] == SERVICE_ACCOUNT.account_id
    assert [form["refresh_token"] for form in grants(emu, "refresh_token")][-1] == [
        emu.log.redacted(latest)
    ]
    assert len(grants(emu, "authorization_code")) == 1


def test_a_stored_token_past_its_expiry_renews_before_use(emu: Emulator, client: Client) -> None:
    store = MemoryTokenStore()
    token = exchange(emu, client, store)
    key = oauth_store_key(emu.oauth_url, ID, SERVICE_ACCOUNT.account_id)
    store.save(key, {**(store.load(key) or {}), "expires_at": "0"})  # expired long ago
    again = load(client, store, SERVICE_ACCOUNT.account_id)
    assert again is not None and again.expired and again.expires_at == 0
    emu.log.clear()
    client.oauth.get_user(again)
    assert [(e.path, e.status) for e in emu.log.entries] == [
        (TOKEN_ROUTE, 200), ("/api/user", 200),
    ]
    assert grants(emu, "refresh_token")[0]["refresh_token"] == [
        emu.log.redacted(token.refresh_token)
    ]
    assert not again.expired
    assert (store.load(key) or {})["refresh_token"] == again.refresh_token


def test_a_used_refresh_token_is_refused(emu: Emulator, client: Client) -> None:
    token = exchange(emu, client, None)
    used = token.refresh_token
    token.refresh(client=client)
    answer = raw.post(emu.oauth_url + TOKEN_ROUTE, data={
        "grant_type": "refresh_token", "client_id": ID, "client_secret": SECRET,
        "refresh_token": used,
    })
    assert answer.status_code == 400
    body = answer.json()
    assert body["error"] == "invalid_grant"
    assert "already used" in body["error_description"]
    stale = auth.OAuthToken(
        "dead", 0, agent=AGENT, credentials=(ID, SECRET), refresh_token=used
    )
    with pytest.raises(AuthenticationError, match="already used.*authorize the application again"):
        client.oauth.get_user(stale)


def test_forget(emu: Emulator, client: Client, tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)
    held = exchange(emu, client, store)
    other = exchange(emu, client, store, SECOND_USER)
    assert auth.OAuthToken.forget(ID, SERVICE_ACCOUNT.account_id, client=client, store=store)
    assert not auth.OAuthToken.forget(ID, SERVICE_ACCOUNT.account_id, client=client, store=store)
    assert load(client, store, SERVICE_ACCOUNT.account_id) is None
    assert held.refresh_token not in (tmp_path / "tokens.json").read_text()
    assert load(client, store, SECOND_USER.account_id) is not None  # the others stay
    emu.log.clear()
    with pytest.raises(AuthenticationError, match="forgotten"):
        held.refresh(client=client)  # renewing would store it again
    assert grants(emu, "refresh_token") == []
    assert client.oauth.get_user(other)["accountId"] == SECOND_USER.account_id


def test_no_store(emu: Emulator, client: Client, tmp_path: Path) -> None:
    token = exchange(emu, client, None)
    assert token.account_id == SERVICE_ACCOUNT.account_id
    assert load(client, None, SERVICE_ACCOUNT.account_id) is None
    assert not auth.OAuthToken.forget(ID, SERVICE_ACCOUNT.account_id, client=client, store=None)
    # The client's setting is the default store, as for the other tokens.
    with Client(emulator_settings(emu, token_store=str(tmp_path), **FAST)) as storing:
        exchange(emu, storing, auth.FROM_SETTINGS)
        assert auth.OAuthToken.load(ID, SECRET, SERVICE_ACCOUNT.account_id, AGENT,
                                    client=storing) is not None
    assert len(stored(tmp_path)) == 1


def test_unusable_entry_is_ignored(
    emu: Emulator, client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    store = MemoryTokenStore()
    exchange(emu, client, store)
    key = oauth_store_key(emu.oauth_url, ID, SERVICE_ACCOUNT.account_id)
    assert store.load(key)
    store.save(key, {"access_token": "a", "expires_at": "soon"})
    assert load(client, store, SERVICE_ACCOUNT.account_id) is None
    assert "unusable stored OAuth token" in caplog.text


def test_threads_and_tasks_renew_once(emu: Emulator, client: Client) -> None:
    store = MemoryTokenStore()
    exchange(emu, client, store)
    emu.revoke_tokens(SERVICE_ACCOUNT.account_id)
    tokens = [load(client, store, SERVICE_ACCOUNT.account_id) for _ in range(6)]
    failures: list[BaseException] = []

    def use(token: auth.OAuthToken | None) -> None:
        try:
            assert token is not None
            assert client.oauth.get_user(token)["accountId"] == SERVICE_ACCOUNT.account_id
        except BaseException as exc:  # handed to the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=use, args=(token,)) for token in tokens]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == [] and len(grants(emu, "refresh_token")) == 1

    emu.revoke_tokens(SERVICE_ACCOUNT.account_id)

    async def main() -> None:
        async with AsyncClient(emulator_settings(emu, **FAST)) as async_client:
            loaded = [
                auth.OAuthToken.load(ID, SECRET, SERVICE_ACCOUNT.account_id, AGENT,
                                     client=async_client, store=store)
                for _ in range(6)
            ]
            answers = await asyncio.gather(
                *(async_client.oauth.get_user(token) for token in loaded if token is not None)
            )
            assert [a["accountId"] for a in answers] == [SERVICE_ACCOUNT.account_id] * 6

    asyncio.run(main())
    assert len(grants(emu, "refresh_token")) == 2


# --- the authorization page ------------------------------------------------------------------


def test_the_page_lets_a_test_choose_who_grants(emu: Emulator, client: Client) -> None:
    url = auth.authorization_url(ID, CALLBACK, ["clubs"], "s", base_url=emu.oauth_url)
    for hint, account in [
        (None, SERVICE_ACCOUNT),
        (SECOND_USER.login, SECOND_USER),
        (SECOND_USER.account_id, SECOND_USER),
    ]:
        page = url if hint is None else f"{url}&login_hint={quote(hint)}"
        answer = raw.get(page)
        assert answer.status_code == 302
        (code,) = parse_qs(urlsplit(answer.headers["location"]).query)["code"]
        token = auth.OAuthToken.from_code(ID, SECRET, code, CALLBACK, AGENT, client=client,
                                          store=None)
        assert client.oauth.get_user(token) == {
            "accountId": account.account_id, "displayName": account.display_name,
        }
    for hint in ("nobody", SERVER_ACCOUNT.login):  # a dedicated server is nobody's account
        answer = raw.get(f"{url}&login_hint={quote(hint)}")
        assert answer.status_code == 302
        query = parse_qs(urlsplit(answer.headers["location"]).query)
        assert query == {"error": ["access_denied"], "state": ["s"]}


def test_emulator_authorize_wants_a_configured_service_account(emu: Emulator) -> None:
    with pytest.raises(ValueError, match="service account"):
        emu.authorize(account=SERVER_ACCOUNT)
    unknown = Account("who", "pw", "service", "ffffffff-0000-4000-8000-000000000000", "Who")
    with pytest.raises(ValueError, match="service account"):
        emu.authorize(account=unknown)


# --- across processes ------------------------------------------------------------------------

CHILD = textwrap.dedent(
    """
    import sys
    from nadeo_api import Client, FileTokenStore, Settings, auth
    oauth_url, store, account_id = sys.argv[1:4]
    client_id, secret = "emulated-client", "emulated-secret"
    with Client(Settings(oauth_url=oauth_url, rate_limit=None)) as client:
        token = auth.OAuthToken.load(
            client_id, secret, account_id, "child / test", client=client,
            store=FileTokenStore(store),
        )
        assert token is not None
        print("ready", flush=True)
        sys.stdin.readline()  # all children go at once
        print(client.oauth.get_user(token)["accountId"], flush=True)
        print(client.oauth.get_user(token)["accountId"], flush=True)
    """
)


def children(emu: Emulator, store: Path, count: int) -> list[str]:
    """Run `count` processes that load the user's token, then use it at the same moment."""
    started = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, emu.oauth_url, str(store), SERVICE_ACCOUNT.account_id],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "NADEO_TOKEN_STORE": "off"},
        )
        for _ in range(count)
    ]
    try:
        for child in started:
            assert child.stdout is not None and child.stdout.readline() == "ready\n"
        for child in started:
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        outputs = [child.communicate(timeout=60)[0] for child in started]
    finally:
        for child in started:
            if child.poll() is None:
                child.kill()
    assert [child.returncode for child in started] == [0] * count
    return outputs


def test_processes_renewing_at_once_renew_once_and_store_the_rotated_token(
    emu: Emulator, client: Client, tmp_path: Path
) -> None:
    exchange(emu, client, FileTokenStore(tmp_path))
    emu.revoke_tokens(SERVICE_ACCOUNT.account_id)
    (entry,) = stored(tmp_path).values()
    outputs = children(emu, tmp_path, 2)  # each is a restart, loading the stored token
    assert [output.split() for output in outputs] == [[SERVICE_ACCOUNT.account_id] * 2] * 2
    assert len(grants(emu, "refresh_token")) == 1
    refused = [e for e in emu.log.filter(path="/api/user") if e.status == 401]
    assert len(refused) == 2  # both met the revoked token, one renewed, both kept working
    # The renewal used the stored refresh token, and stored the rotated one it got back.
    assert grants(emu, "refresh_token")[-1]["refresh_token"] == [
        emu.log.redacted(entry["refresh_token"])
    ]
    (rotated,) = stored(tmp_path).values()
    assert rotated["refresh_token"] != entry["refresh_token"]
    # A later restart (a store of its own on the same file) renews with the rotated one.
    emu.revoke_tokens(SERVICE_ACCOUNT.account_id)
    token = load(client, FileTokenStore(tmp_path), SERVICE_ACCOUNT.account_id)
    assert token is not None and token.refresh_token == rotated["refresh_token"]
    assert client.oauth.get_user(token)["accountId"] == SERVICE_ACCOUNT.account_id
    assert len(grants(emu, "refresh_token")) == 2
    assert grants(emu, "refresh_token")[-1]["refresh_token"] == [
        emu.log.redacted(rotated["refresh_token"])
    ]
    (latest,) = stored(tmp_path).values()
    restarted = load(client, FileTokenStore(tmp_path), SERVICE_ACCOUNT.account_id)
    assert restarted is not None and restarted.refresh_token == latest["refresh_token"]
    assert client.oauth.get_user(restarted)["accountId"] == SERVICE_ACCOUNT.account_id
    assert len(grants(emu, "refresh_token")) == 2  # the stored token was the fresh one
