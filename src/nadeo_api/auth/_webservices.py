"""Tokens of Nadeo's web services (Core, Live and Meet): a service account's, or a dedicated
server's. They log in with Basic authentication, refresh when due, log in again when a refresh
fails, and survive restarts in the token store."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar, TypeVar

from .. import _checks as check
from .._client import default_async_client, default_client
from .._credential import key_lock
from .._errors import (
    ArgumentError,
    AudienceError,
    AuthenticationError,
    ServiceAccountRequiredError,
)
from .._pipeline import Flow, Locked, Policy
from .._store import TokenStore, store_key
from ..clock import SYSTEM, Clock
from ._audiences import API_AUDIENCE, NADEO_LIVE_SERVICES, NADEO_SERVICES, resolve_audience
from ._jwt import JSONWebToken
from ._login import login_pair, refresh_pair
from ._token import FROM_SETTINGS, Token, _FromSettings, resolve_store
from ._verifier import stored_verifier, verifier, verifies

if TYPE_CHECKING:
    from .._client import AsyncClient, Client

__all__ = ["DedicatedServerToken", "ServiceToken", "WebServicesToken"]

_TokenT = TypeVar("_TokenT", bound="WebServicesToken")

logger = logging.getLogger("nadeo_api")


class WebServicesToken(Token):
    """A pair of Nadeo web-services tokens (access and refresh) for one audience.

    Attributes:
        audience: `NadeoServices` (Core) or `NadeoLiveServices` (Live and Meet).
        access_token, refresh_token: the `JSONWebToken`s (their encoded form is a secret).
        agent: the User-Agent sent with every request made with this token.
    """

    #: the `usg` claim this class stands for ("Client" or "Server"); None accepts both.
    usage: ClassVar[str | None] = None

    def __init__(
        self,
        access_token: str | JSONWebToken,
        refresh_token: str | JSONWebToken,
        *,
        agent: str,
        credentials: tuple[str, str] | None = None,
        store: TokenStore | None = None,
        store_key: str | None = None,
        clock: Clock = SYSTEM,
    ) -> None:
        super().__init__(agent=agent, store=store, store_key=store_key, clock=clock)
        access = access_token if isinstance(access_token, JSONWebToken) else JSONWebToken(
            access_token
        )
        refresh = refresh_token if isinstance(refresh_token, JSONWebToken) else JSONWebToken(
            refresh_token
        )
        audience = access.audience
        if audience not in (NADEO_SERVICES, NADEO_LIVE_SERVICES):
            raise ArgumentError(f"access token has an unknown audience {audience!r}")
        self._check_usage(access)
        self._tokens = (access, refresh)
        self._credentials = credentials
        self._verifier: str | None = None

    @classmethod
    def _check_usage(cls, access: JSONWebToken) -> None:
        usage = access.payload.get("usg")
        if cls.usage is not None and usage != cls.usage:
            right = DedicatedServerToken if usage == "Server" else ServiceToken
            raise AuthenticationError(
                f"these credentials are for a {'dedicated server' if usage == 'Server' else 'user'}"
                f" account (usg={usage!r}): use {right.__name__}, not {cls.__name__}"
            )

    @property
    def access_token(self) -> JSONWebToken:
        return self._tokens[0]

    @property
    def refresh_token(self) -> JSONWebToken:
        return self._tokens[1]

    @property
    def audience(self) -> str:
        audience = self.access_token.audience
        assert audience is not None
        return audience

    @property
    def account_id(self) -> str | None:
        """The Nadeo account ID of the authenticated account (`sub`)."""
        value = self.access_token.payload.get("sub")
        return value if isinstance(value, str) else None

    @property
    def display_name(self) -> str | None:
        """The display name of the authenticated account (`aun`)."""
        value = self.access_token.payload.get("aun")
        return value if isinstance(value, str) else None

    @property
    def is_server(self) -> bool:
        """Whether this token is a dedicated server's (`usg: Server`)."""
        return self.access_token.payload.get("usg") == "Server"

    @property
    def exp(self) -> int | None:
        """Expiry of the access token, in Unix seconds."""
        return self.access_token.exp

    @property
    def rat(self) -> int | None:
        """When the access token should be refreshed, in Unix seconds."""
        return self.access_token.rat

    @property
    def expires_at(self) -> float | None:
        exp = self.exp
        return None if exp is None else float(exp)

    @property
    def needs_renewal(self) -> bool:
        now = self.clock.time()
        marks = [mark for mark in (self.rat, self.exp) if mark is not None]
        return bool(marks) and now >= min(marks)

    @property
    def can_renew(self) -> bool:
        return (
            not self.refresh_token.expired_at(self.clock.time()) or self._credentials is not None
        )

    @property
    def apis(self) -> frozenset[str]:  # type: ignore[override]
        return frozenset(api for api, aud in API_AUDIENCE.items() if aud == self.audience)

    def check_api(self, api: str) -> None:
        # `api in self.apis`, without making the set on every call.
        needed = API_AUDIENCE.get(api)
        if needed != self.audience:
            raise AudienceError(
                f"the {api} API needs a token for audience {needed or 'other than Nadeo'}"
                f", this one is for {self.audience}"
            )

    def require_user(self, what: str) -> None:
        """Refuse a dedicated-server token where a real user is needed."""
        if self.is_server:
            raise ServiceAccountRequiredError(
                f"{what} needs a service account (a real user's ServiceToken);"
                " dedicated server accounts are not allowed there"
            )

    def authorization(self) -> str:
        return f"nadeo_v1 t={self.access_token.encoded}"

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(audience={self.audience!r}, account={self.display_name!r},"
            f" exp={self.exp!r}, expired={self.expired})"
        )

    __str__ = __repr__

    @classmethod
    def login_flow(
        cls: type[_TokenT],
        policy: Policy,
        audience: str,
        login: str,
        password: str,
        agent: str,
        store: TokenStore | None,
    ) -> Flow[_TokenT]:
        """Reuse stored tokens for this account and audience, or log in (and store them)."""
        audience = resolve_audience(audience)
        login = check.login(login)
        password = check.text("password", password)
        agent = check.agent(agent)
        if store is None:
            pair = yield from login_pair(policy, audience, login, password, agent)
            return cls._from_pair(pair, agent, (login, password), None, None, policy)
        key = store_key(policy.settings.core_url, login, audience)
        # The password is checked against the stored verifier (a slow hash) before taking the
        # store's lock, so that processes starting together do not queue behind the hashing.
        verified = stored_verifier(store.load(key), login, password)
        token: _TokenT = yield Locked(
            key_lock(key),
            cls._reuse_or_login(
                policy, audience, (login, password), agent, store, key, verified
            ),
            guard=store.lock(key),
        )
        return token

    @classmethod
    def _reuse_or_login(
        cls: type[_TokenT],
        policy: Policy,
        audience: str,
        credentials: tuple[str, str],
        agent: str,
        store: TokenStore,
        key: str,
        verified: str | None,
    ) -> Flow[_TokenT]:
        entry = store.load(key)
        if entry:
            try:
                pair = JSONWebToken(entry["access_token"]), JSONWebToken(entry["refresh_token"])
                stored = cls._from_pair(pair, agent, credentials, store, key, policy)
            except (ArgumentError, AuthenticationError, KeyError, TypeError):
                logger.warning("ignoring unusable stored tokens for %s", audience)
            else:
                if pair[0].audience != audience:
                    logger.warning("ignoring stored tokens for another audience than %s", audience)
                elif entry.get("verifier") != verified and not verifies(
                    entry.get("verifier"), *credentials
                ):
                    # Another password than the one the tokens were stored with: log in with
                    # it, so that a wrong one is refused now, not when the tokens run out.
                    logger.debug("stored %s tokens were not stored with this password", audience)
                elif not stored.refresh_token.expired_at(stored.clock.time()):
                    logger.debug("reusing stored %s tokens", audience)
                    stored._verifier = entry["verifier"]
                    return stored
        pair = yield from login_pair(policy, audience, *credentials, agent)
        token = cls._from_pair(pair, agent, credentials, store, key, policy)
        token._save()
        return token

    @classmethod
    def _from_pair(
        cls: type[_TokenT],
        pair: tuple[JSONWebToken, JSONWebToken],
        agent: str,
        credentials: tuple[str, str],
        store: TokenStore | None,
        key: str | None,
        policy: Policy,
    ) -> _TokenT:
        token_cls: type[WebServicesToken] = cls
        if cls.usage is None:
            usage = pair[0].payload.get("usg")
            token_cls = DedicatedServerToken if usage == "Server" else ServiceToken
        token = token_cls(
            pair[0], pair[1], agent=agent, credentials=credentials, store=store, store_key=key,
            clock=policy.settings.clock,
        )
        return token  # type: ignore[return-value]

    @classmethod
    def get(
        cls: type[_TokenT],
        audience: str,
        login: str,
        password: str,
        agent: str,
        *,
        client: Client | None = None,
        store: TokenStore | None | _FromSettings = FROM_SETTINGS,
    ) -> _TokenT:
        """Log in (or reuse this account's stored tokens) and return a token for `audience`.

        Args:
            audience: `NadeoServices`/`core`/`prod` or `NadeoLiveServices`/`live`/`meet`/`club`
                (case-insensitive).
            login: the service account's or dedicated server's login (not an e-mail address).
            password: its password; kept in memory to log in again if a refresh fails, never
                stored.
            agent: your User-Agent: project name and contact, as Nadeo asks.
            client: the `Client` to send with (default: the process's shared client).
            store: where tokens survive restarts (default: the client's `token_store`
                setting, a file in the user's cache directory); None to keep nothing.
        """
        http_client = client or default_client()
        chosen = resolve_store(http_client.settings, store)
        return http_client.run(
            cls.login_flow(http_client.policy, audience, login, password, agent, chosen)
        )

    @classmethod
    async def aget(
        cls: type[_TokenT],
        audience: str,
        login: str,
        password: str,
        agent: str,
        *,
        client: AsyncClient | None = None,
        store: TokenStore | None | _FromSettings = FROM_SETTINGS,
    ) -> _TokenT:
        """`get()` for asyncio."""
        http_client = client or default_async_client()
        chosen = resolve_store(http_client.settings, store)
        return await http_client.run(
            cls.login_flow(http_client.policy, audience, login, password, agent, chosen)
        )

    def _take_entry(self, entry: Mapping[str, str]) -> None:
        if entry.get("access_token") == self.access_token.encoded:
            return
        try:
            access = JSONWebToken(entry["access_token"])
            refresh = JSONWebToken(entry["refresh_token"])
        except (ArgumentError, KeyError, TypeError):
            return
        fresher = (access.iat or 0) >= (self.access_token.iat or 0)
        if fresher and not refresh.expired_at(self.clock.time()):
            self._tokens = (access, refresh)

    def _entry(self) -> dict[str, str]:
        access, refresh = self._tokens
        entry = {"access_token": access.encoded, "refresh_token": refresh.encoded}
        if refresh.exp is not None:
            entry["refresh_expires"] = str(refresh.exp)
        if self._credentials is not None:
            if self._verifier is None:
                self._verifier = verifier(*self._credentials)
            entry["verifier"] = self._verifier
        return entry

    def _renew(self, policy: Policy) -> Flow[None]:
        refresh = self.refresh_token
        failure: Exception | None = None
        if not refresh.expired_at(self.clock.time()):
            try:
                self._tokens = yield from refresh_pair(policy, refresh, self.agent)
                return
            except AuthenticationError as exc:
                failure = exc
        if self._credentials is None:
            reason = "the refresh token has expired" if failure is None else str(failure)
            raise AuthenticationError(
                f"cannot renew the {self.audience} token: {reason}; no credentials are held"
                " to log in again"
            ) from failure
        login, password = self._credentials
        self._tokens = yield from login_pair(policy, self.audience, login, password, self.agent)


class ServiceToken(WebServicesToken):
    """A token for a service account: a real user (`usg: Client`), allowed everywhere."""

    usage = "Client"


class DedicatedServerToken(WebServicesToken):
    """A token for a dedicated server account (`usg: Server`); some endpoints refuse it."""

    usage = "Server"
