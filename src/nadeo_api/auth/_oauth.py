"""Tokens of the public OAuth API (`api.trackmania.com`): an application's (client
credentials) or a user's (authorization code, with a refresh token kept in the token store)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode

import httpx

from .. import _checks as check
from .._client import default_async_client, default_client, default_settings
from .._errors import ArgumentError, AuthenticationError, UserTokenRequiredError
from .._pipeline import Flow, Policy
from .._store import TokenStore, oauth_store_key
from ..clock import SYSTEM, Clock
from ._login import auth_exchange
from ._token import FROM_SETTINGS, Token, _FromSettings, resolve_store, settings_of

if TYPE_CHECKING:
    from .._client import AsyncClient, Client

__all__ = ["OAUTH_SCOPES", "OAuthToken", "authorization_url"]

OAUTH_TOKEN_ROUTE = "/api/access_token"
OAUTH_AUTHORIZE_ROUTE = "/oauth/authorize"
OAUTH_USER_ROUTE = "/api/user"

OAUTH_SCOPES = ("clubs", "read_favorite", "write_favorite")
"""The scopes a user may grant an OAuth application (authorization-code flow)."""

logger = logging.getLogger("nadeo_api")


class OAuthToken(Token):
    """An access token of the public OAuth API (`api.trackmania.com`).

    A client-credentials token (`get`) stands for no user: it cannot be refreshed, so the library
    requests a new one with the held client credentials when it expires (or is refused with a
    401). A user's token (`from_code`, authorization-code flow) has a refresh token: the library
    renews it with that, keeping the new refresh token each time, and the `/api/user...`
    endpoints accept only such a token.

    A user's token knows whose it is (`account_id`) and, like the web-services tokens, survives
    restarts: it is kept in a token store under your application's client ID and the user's
    account ID (never with the client secret). Every renewal saves the new refresh token before
    the token is used again, holding the store's lock, so that processes sharing the store renew
    once between them. After a restart, `OAuthToken.load(...)` takes the user's token up again;
    `OAuthToken.forget(...)` drops it (a user who revokes access).
    """

    apis = frozenset({"oauth"})

    def __init__(
        self,
        access_token: str,
        expires_at: float,
        *,
        agent: str,
        credentials: tuple[str, str] | None = None,
        refresh_token: str | None = None,
        account_id: str | None = None,
        display_name: str | None = None,
        store: TokenStore | None = None,
        store_key: str | None = None,
        clock: Clock = SYSTEM,
    ) -> None:
        super().__init__(agent=agent, store=store, store_key=store_key, clock=clock)
        self._access = check.text("access_token", access_token)
        self._expires_at = float(expires_at)
        self._credentials = credentials
        self._refresh = (
            None if refresh_token is None else check.text("refresh_token", refresh_token)
        )
        self._account_id = account_id
        self._display_name = display_name
        # Whether the store has held this token: once it has, an empty entry means forgotten.
        self._kept = False

    @property
    def expires_at(self) -> float:
        return self._expires_at

    @property
    def is_user(self) -> bool:
        """Whether the token is a user's (authorization-code flow, with a refresh token)."""
        return self._refresh is not None

    @property
    def refresh_token(self) -> str | None:
        """The refresh token of a user's token (None otherwise). A secret, replaced at every
        renewal: if you keep it, keep the latest."""
        return self._refresh

    @property
    def account_id(self) -> str | None:
        """The account ID of the user a user's token acts for (None for client credentials):
        the key to `load` the token with after a restart."""
        return self._account_id

    @property
    def display_name(self) -> str | None:
        """The user's display name when the token was obtained (None for client credentials)."""
        return self._display_name

    @property
    def can_renew(self) -> bool:
        return self._credentials is not None

    def require_user(self, what: str) -> None:
        """Refuse a client-credentials token where a user's token is needed."""
        if not self.is_user:
            raise UserTokenRequiredError(
                f"{what} needs a user's OAuthToken (OAuthToken.from_code, authorization-code"
                " flow); a client-credentials token stands for no user"
            )

    def authorization(self) -> str:
        return f"Bearer {self._access}"

    def __repr__(self) -> str:
        flow = "authorization_code" if self.is_user else "client_credentials"
        account = "" if self._account_id is None else f", account_id={self._account_id!r}"
        return (
            f"OAuthToken(flow={flow!r}{account}, expires_at={self._expires_at!r},"
            f" expired={self.expired})"
        )

    __str__ = __repr__

    @classmethod
    def request_flow(
        cls, policy: Policy, client_id: str, client_secret: str, agent: str
    ) -> Flow[OAuthToken]:
        """Request a client-credentials token."""
        client_id = check.text("client_id", client_id)
        client_secret = check.text("client_secret", client_secret)
        agent = check.agent(agent)
        form = _client_credentials(client_id, client_secret)
        access, expires_at, _ = yield from _oauth_grant(
            policy, form, agent, "requesting an OAuth token"
        )
        return cls(
            access, expires_at, agent=agent, credentials=(client_id, client_secret),
            clock=policy.settings.clock,
        )

    @classmethod
    def code_flow(
        cls,
        policy: Policy,
        client_id: str,
        client_secret: str,
        code: str,
        redirect_uri: str,
        agent: str,
        store: TokenStore | None = None,
    ) -> Flow[OAuthToken]:
        """Exchange an authorization code for a user's token, ask whose it is, and keep it in
        `store` (if any) under the user's account ID."""
        client_id = check.text("client_id", client_id)
        client_secret = check.text("client_secret", client_secret)
        code = check.text("code", code)
        redirect_uri = check.redirect_uri(redirect_uri)
        agent = check.agent(agent)
        form = {
            "grant_type": "authorization_code",
            "client_id": client_id,
            "client_secret": client_secret,
            "code": code,
            "redirect_uri": redirect_uri,
        }
        doing = "exchanging the authorization code"
        access, expires_at, refresh = yield from _oauth_grant(policy, form, agent, doing)
        if refresh is None:
            raise AuthenticationError(f"{doing} failed: the answer holds no refresh_token")
        account_id, display_name = yield from _oauth_user(policy, access, agent)
        key = None
        if store is not None:
            key = oauth_store_key(policy.settings.oauth_url, client_id, account_id)
        token = cls(
            access,
            expires_at,
            agent=agent,
            credentials=(client_id, client_secret),
            refresh_token=refresh,
            account_id=account_id,
            display_name=display_name,
            store=store,
            store_key=key,
            clock=policy.settings.clock,
        )
        if key is not None:
            # A new grant replaces the user's kept token, between two renewals, never during one.
            yield from token._saved_flow()
        return token

    @classmethod
    def get(
        cls, client_id: str, client_secret: str, agent: str, *, client: Client | None = None
    ) -> OAuthToken:
        """Request a client-credentials token with your OAuth application's identifier and
        secret (no user: the `/api/user...` endpoints refuse it)."""
        http_client = client or default_client()
        flow = cls.request_flow(http_client.policy, client_id, client_secret, agent)
        return http_client.run(flow)

    @classmethod
    async def aget(
        cls, client_id: str, client_secret: str, agent: str, *, client: AsyncClient | None = None
    ) -> OAuthToken:
        """`get()` for asyncio."""
        http_client = client or default_async_client()
        return await http_client.run(
            cls.request_flow(http_client.policy, client_id, client_secret, agent)
        )

    @classmethod
    def from_code(
        cls,
        client_id: str,
        client_secret: str,
        code: str,
        redirect_uri: str,
        agent: str,
        *,
        client: Client | None = None,
        store: TokenStore | None | _FromSettings = FROM_SETTINGS,
    ) -> OAuthToken:
        """Exchange the authorization `code` a user's browser brought to your redirect URI for
        the user's token (see `authorization_url`).

        Two requests: the exchange, then `GET /api/user` for the user's `account_id` and
        `display_name` (no need to ask again). The token is kept in `store` under your client ID
        and that account ID, replacing what was kept for the user: `load` finds it after a
        restart.

        Args:
            client_id, client_secret: your OAuth application's identifier and secret (the
                secret is held in memory to renew the token, never stored).
            code: the `code` query parameter of the redirect (single-use, short-lived).
            redirect_uri: the redirect URI the authorization was asked with, exactly.
            agent: your User-Agent: project name and contact, as Nadeo asks.
            client: the `Client` to send with (default: the process's shared client).
            store: where the token survives restarts (default: the client's `token_store`
                setting, a file in the user's cache directory); None to keep nothing.
        """
        http_client = client or default_client()
        chosen = resolve_store(http_client.settings, store)
        return http_client.run(
            cls.code_flow(
                http_client.policy, client_id, client_secret, code, redirect_uri, agent, chosen
            )
        )

    @classmethod
    async def afrom_code(
        cls,
        client_id: str,
        client_secret: str,
        code: str,
        redirect_uri: str,
        agent: str,
        *,
        client: AsyncClient | None = None,
        store: TokenStore | None | _FromSettings = FROM_SETTINGS,
    ) -> OAuthToken:
        """`from_code()` for asyncio."""
        http_client = client or default_async_client()
        chosen = resolve_store(http_client.settings, store)
        return await http_client.run(
            cls.code_flow(
                http_client.policy, client_id, client_secret, code, redirect_uri, agent, chosen
            )
        )

    @classmethod
    def load(
        cls,
        client_id: str,
        client_secret: str,
        account_id: str,
        agent: str,
        *,
        client: Client | AsyncClient | None = None,
        store: TokenStore | None | _FromSettings = FROM_SETTINGS,
    ) -> OAuthToken | None:
        """The user's token kept by `from_code` (in this run or an earlier one), as last
        renewed; None when none is kept: the user must authorize your application again.

        Nothing is sent: the token renews itself at its first use once expired.

        Args:
            client_id, client_secret: your OAuth application's identifier and secret (the
                secret is held in memory to renew the token, never stored).
            account_id: the user's account ID (`account_id` of the token `from_code` gave).
            agent: your User-Agent: project name and contact, as Nadeo asks.
            client: the `Client` or `AsyncClient` the token is for: its settings name the OAuth
                API and the default store (default: the default clients' settings).
            store: where the token was kept (default: the client's `token_store` setting).
        """
        client_id = check.text("client_id", client_id)
        client_secret = check.text("client_secret", client_secret)
        account_id = check.text("account_id", account_id)
        agent = check.agent(agent)
        settings = settings_of(client)
        chosen = resolve_store(settings, store)
        if chosen is None:
            return None
        key = oauth_store_key(settings.oauth_url, client_id, account_id)
        entry = chosen.load(key)
        kept = _oauth_entry(entry) if entry else None
        if kept is None:
            if entry:
                logger.warning("ignoring an unusable stored OAuth token")
            return None
        access, refresh, expires_at, display_name = kept
        token = cls(
            access,
            expires_at,
            agent=agent,
            credentials=(client_id, client_secret),
            refresh_token=refresh,
            account_id=account_id,
            display_name=display_name,
            store=chosen,
            store_key=key,
            clock=settings.clock,
        )
        token._kept = True
        return token

    @classmethod
    def forget(
        cls,
        client_id: str,
        account_id: str,
        *,
        client: Client | AsyncClient | None = None,
        store: TokenStore | None | _FromSettings = FROM_SETTINGS,
    ) -> bool:
        """Drop the user's kept token (a user who revokes access or signs out): `load` finds
        nothing from then on, and tokens of the user that processes sharing the store still
        hold refuse to renew. Nothing is sent. True if a token was kept.

        Args: as for `load`.
        """
        client_id = check.text("client_id", client_id)
        account_id = check.text("account_id", account_id)
        settings = settings_of(client)
        chosen = resolve_store(settings, store)
        if chosen is None:
            return False
        key = oauth_store_key(settings.oauth_url, client_id, account_id)
        # Under the lock: a renewal under way ends (and saves) first, then the entry goes.
        with chosen.lock(key):
            kept = bool(chosen.load(key))
            if kept:
                chosen.save(key, {})
        return kept

    def _entry(self) -> dict[str, str]:
        entry = {"access_token": self._access, "expires_at": repr(self._expires_at)}
        if self._refresh is not None:
            entry["refresh_token"] = self._refresh
        if self._display_name is not None:
            entry["display_name"] = self._display_name
        return entry

    def _save(self) -> bool:
        saved = super()._save()
        self._kept = self._kept or saved
        return saved

    def _take_entry(self, entry: Mapping[str, str]) -> None:
        if not entry and self._kept:
            # It was kept, so it was forgotten since: renewing would bring it back.
            raise AuthenticationError(
                "this user's OAuth token was forgotten (OAuthToken.forget); the user must"
                " authorize the application again"
            )
        kept = _oauth_entry(entry)
        if kept is None or kept[0] == self._access or kept[2] < self._expires_at:
            return
        self._access, self._refresh, self._expires_at, _ = kept

    def _renew(self, policy: Policy) -> Flow[None]:
        if self._credentials is None:
            raise AuthenticationError("this OAuthToken has expired and holds no client credentials")
        client_id, client_secret = self._credentials
        if self._refresh is None:
            self._access, self._expires_at, _ = yield from _oauth_grant(
                policy,
                _client_credentials(client_id, client_secret),
                self.agent,
                "requesting an OAuth token",
            )
            return
        form = {
            "grant_type": "refresh_token",
            "client_id": client_id,
            "client_secret": client_secret,
            "refresh_token": self._refresh,
        }
        try:
            access, expires_at, refresh = yield from _oauth_grant(
                policy, form, self.agent, "refreshing the OAuth token"
            )
        except AuthenticationError as exc:
            raise AuthenticationError(
                f"{exc}; the user must authorize the application again"
            ) from exc
        self._access, self._expires_at = access, expires_at
        if refresh is not None:
            self._refresh = refresh


def _oauth_entry(entry: Mapping[str, str]) -> tuple[str, str, float, str | None] | None:
    """(access token, refresh token, expiry, display name) of a stored user's token, or None
    if the entry is not one."""
    try:
        access, refresh = entry["access_token"], entry["refresh_token"]
        expires_at = float(entry["expires_at"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (isinstance(access, str) and access and isinstance(refresh, str) and refresh):
        return None
    name = entry.get("display_name")
    return access, refresh, expires_at, name if isinstance(name, str) else None


def authorization_url(
    client_id: str,
    redirect_uri: str,
    scopes: Sequence[str] = (),
    state: str | None = None,
    *,
    base_url: str | None = None,
) -> str:
    """The page to send a user to so that they authorize your OAuth application.

    After logging in and consenting, the user's browser comes back to `redirect_uri` with
    `code` (for `OAuthToken.from_code`) and `state` query parameters. Nothing is sent here.

    Args:
        client_id: your OAuth application's identifier (not a secret).
        redirect_uri: an http(s) URI registered for your application.
        scopes: among `clubs`, `read_favorite` and `write_favorite` (see each endpoint).
        state: an unpredictable string to find again in the redirect (against CSRF).
        base_url: the OAuth API's base URL (default: the default settings' `oauth_url`).
    """
    client_id = check.text("client_id", client_id)
    redirect_uri = check.redirect_uri(redirect_uri)
    if isinstance(scopes, str) or not isinstance(scopes, (list, tuple, set, frozenset)):
        raise ArgumentError(f"scopes must be a list of scope names (got {scopes!r})")
    chosen: list[str] = []
    for scope in scopes:
        if scope not in OAUTH_SCOPES:
            raise ArgumentError(
                f"scopes must be among {', '.join(OAUTH_SCOPES)} (got {scope!r})"
            )
        if scope not in chosen:
            chosen.append(scope)
    if state is not None and (not isinstance(state, str) or not state):
        raise ArgumentError("state must be a non-empty string or None")
    if base_url is None:
        base_url = default_settings().oauth_url
    base = check.text("base_url", base_url).rstrip("/")
    query = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri}
    if chosen:
        query["scope"] = " ".join(chosen)
    if state is not None:
        query["state"] = state
    return f"{base}{OAUTH_AUTHORIZE_ROUTE}?{urlencode(query, quote_via=quote)}"


def _client_credentials(client_id: str, client_secret: str) -> dict[str, str]:
    return {
        "grant_type": "client_credentials",
        "client_id": client_id,
        "client_secret": client_secret,
    }


def _oauth_grant(
    policy: Policy, form: dict[str, str], agent: str, doing: str
) -> Flow[tuple[str, float, str | None]]:
    """Ask the OAuth token route for a grant: (access token, expiry, refresh token if any)."""
    request = httpx.Request(
        "POST",
        policy.settings.oauth_url + OAUTH_TOKEN_ROUTE,
        headers={"User-Agent": agent},
        data=form,
        extensions=policy.extensions,
    )
    asked = policy.settings.clock.time()
    body = yield from auth_exchange(policy, request, doing)
    try:
        access = check.text("access_token", body["access_token"])
        lifetime = float(body.get("expires_in", 3600))
        refresh = body.get("refresh_token")
    except (KeyError, TypeError, ValueError):
        raise AuthenticationError(f"{doing} failed: the answer holds no access_token") from None
    if refresh is not None and (not isinstance(refresh, str) or not refresh):
        raise AuthenticationError(f"{doing} failed: the answer's refresh_token is not a string")
    return access, asked + lifetime, refresh


def _oauth_user(policy: Policy, access: str, agent: str) -> Flow[tuple[str, str | None]]:
    """Whose a user's access token is: (account ID, display name), from `GET /api/user`."""
    request = httpx.Request(
        "GET",
        policy.settings.oauth_url + OAUTH_USER_ROUTE,
        headers={"Authorization": f"Bearer {access}", "User-Agent": agent},
        extensions=policy.extensions,
    )
    doing = "asking whose the OAuth token is"
    body = yield from auth_exchange(policy, request, doing)
    account = body.get("accountId") if isinstance(body, dict) else None
    if not isinstance(account, str) or not account:
        raise AuthenticationError(f"{doing} failed: the answer holds no accountId")
    name = body.get("displayName")
    return account, name if isinstance(name, str) else None
