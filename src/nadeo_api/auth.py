"""Tokens for Nadeo's web services and the public OAuth API.

Since April 2026 a program logs in either as a **service account** (a real user: `ServiceToken`)
or as a **dedicated server account** (`DedicatedServerToken`), both with HTTP Basic auth on Core's
`POST /v2/authentication/token/basic`, asking for one audience per token:

- `NadeoServices` (aliases `core`, `prod`) for the Core API;
- `NadeoLiveServices` (aliases `live`, `meet`, `club`) for the Live and Meet APIs.

    token = ServiceToken.get("live", login, password, "My bot / @me / me@example.com")
    live.get_maps_totd(token)

Tokens renew themselves: before a request once past their `rat` ("refresh allowed at") or
`exp` claim, and once after a 401. A refresh that fails falls back to logging in again with the
credentials the token was obtained with (kept in memory only, never shown).

`OAuthToken` is for the public OAuth API (`api.trackmania.com`), in either of its flows:

- client credentials (`OAuthToken.get`): no user; requested again when it expires;
- authorization code, for a user: send the user to `authorization_url(...)`, then exchange the
  `code` your redirect URI receives with `OAuthToken.from_code(...)`. That token is the user's
  and renews with its refresh token (which changes at each renewal). It is kept in the token
  store by client ID and the user's account ID: `OAuthToken.load(...)` takes it up after a
  restart, `OAuthToken.forget(...)` drops it.

No token, refresh token, password, client secret or authorization code ever appears in a
`repr()`, `str()`, log line or error.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import secrets
import threading
from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar
from urllib.parse import quote, urlencode, urlsplit

import httpx

from . import _checks as check
from ._errors import (
    ArgumentError,
    AudienceError,
    AuthenticationError,
    HTTPStatusError,
    ServiceAccountRequiredError,
    UserTokenRequiredError,
)
from ._pipeline import Flow, Locked, Policy, RenewalLock, decode, exchange
from ._settings import Settings
from ._store import TokenStore, oauth_store_key, store_for, store_key
from .clock import SYSTEM, Clock

if TYPE_CHECKING:
    from ._client import AsyncClient, Client

__all__ = [
    "AUDIENCES",
    "FROM_SETTINGS",
    "OAUTH_SCOPES",
    "DedicatedServerToken",
    "JSONWebToken",
    "OAuthToken",
    "ServiceToken",
    "Token",
    "WebServicesToken",
    "authorization_url",
    "resolve_audience",
]

NADEO_SERVICES = "NadeoServices"
NADEO_LIVE_SERVICES = "NadeoLiveServices"

AUDIENCES: Mapping[str, str] = {
    "nadeoservices": NADEO_SERVICES,
    "core": NADEO_SERVICES,
    "prod": NADEO_SERVICES,
    "nadeoliveservices": NADEO_LIVE_SERVICES,
    "live": NADEO_LIVE_SERVICES,
    "meet": NADEO_LIVE_SERVICES,
    "club": NADEO_LIVE_SERVICES,
}
"""Audience names and aliases (case-insensitive) to the audience Nadeo expects."""

API_AUDIENCE: Mapping[str, str] = {
    "core": NADEO_SERVICES,
    "live": NADEO_LIVE_SERVICES,
    "meet": NADEO_LIVE_SERVICES,
}

LOGIN_ROUTE = "/v2/authentication/token/basic"
REFRESH_ROUTE = "/v2/authentication/token/refresh"
OAUTH_TOKEN_ROUTE = "/api/access_token"
OAUTH_AUTHORIZE_ROUTE = "/oauth/authorize"
OAUTH_USER_ROUTE = "/api/user"

OAUTH_SCOPES = ("clubs", "read_favorite", "write_favorite")
"""The scopes a user may grant an OAuth application (authorization-code flow)."""

_TokenT = TypeVar("_TokenT", bound="WebServicesToken")
_T = TypeVar("_T")

logger = logging.getLogger("nadeo_api")


class _FromSettings:
    def __repr__(self) -> str:
        return "FROM_SETTINGS"


FROM_SETTINGS = _FromSettings()
"""`store=` default: the store the client's `token_store` setting names."""


def resolve_audience(audience: str) -> str:
    """`NadeoServices` or `NadeoLiveServices` for an audience name or alias."""
    if not isinstance(audience, str) or audience.strip().lower() not in AUDIENCES:
        allowed = "NadeoServices (core, prod) or NadeoLiveServices (live, meet, club)"
        raise ArgumentError(f"audience must be {allowed} (got {audience!r})")
    return AUDIENCES[audience.strip().lower()]


def _check_agent(agent: object) -> str:
    if not isinstance(agent, str) or not agent.strip():
        raise ArgumentError(
            "agent must be a non-empty User-Agent naming your project and how to contact you, "
            "e.g. 'My leaderboard bot / @me / me@example.com' (Nadeo asks for it)"
        )
    return check.header_text("agent", agent)


def _check_login(login: object) -> str:
    """A login for Basic authentication: `:` would end it early, so it may not hold one."""
    text = _check_text("login", login)
    if ":" in text or not text.isprintable():
        raise ArgumentError("login must be printable text without ':' (Basic authentication)")
    return text


def _check_text(name: str, value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ArgumentError(f"{name} must be a non-empty string")
    return value


class JSONWebToken:
    """A JSON web token, its payload decoded (the signature is Nadeo's to check, not ours).

    The encoded token is a secret: it is only reachable as `encoded`, never in `repr`/`str`.
    """

    __slots__ = ("_encoded", "header", "payload")

    def __init__(self, encoded: str) -> None:
        if not isinstance(encoded, str):
            raise ArgumentError("a JSON web token must be a string")
        parts = encoded.split(".")
        if len(parts) != 3:
            raise ArgumentError("not a JSON web token: expected three dot-separated parts")
        try:
            self.header: dict[str, Any] = _decode_part(parts[0])
            self.payload: dict[str, Any] = _decode_part(parts[1])
        except (ValueError, binascii.Error):
            raise ArgumentError("not a JSON web token: its parts are not base64url JSON") from None
        self._encoded = encoded

    @property
    def encoded(self) -> str:
        """The token as sent to the service. Keep it secret."""
        return self._encoded

    def _claim_int(self, name: str) -> int | None:
        value = self.payload.get(name)
        return int(value) if isinstance(value, (int, float)) else None

    @property
    def exp(self) -> int | None:
        """Expiry, in Unix seconds."""
        return self._claim_int("exp")

    @property
    def rat(self) -> int | None:
        """When the token may (and should) be refreshed, in Unix seconds."""
        return self._claim_int("rat")

    @property
    def iat(self) -> int | None:
        """Issue time, in Unix seconds."""
        return self._claim_int("iat")

    @property
    def audience(self) -> str | None:
        value = self.payload.get("aud")
        return value if isinstance(value, str) else None

    @property
    def expired(self) -> bool:
        """Whether it is past its expiry now (the system clock)."""
        return self.expired_at(SYSTEM.time())

    def expired_at(self, now: float) -> bool:
        """Whether it is past its expiry at `now` (Unix seconds)."""
        exp = self.exp
        return exp is not None and now >= exp

    def __repr__(self) -> str:
        claims = ", ".join(
            f"{key}={self.payload[key]!r}"
            for key in ("aud", "usg", "aun", "exp")
            if key in self.payload
        )
        return f"JSONWebToken({claims})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, JSONWebToken) and other._encoded == self._encoded

    def __hash__(self) -> int:
        return hash(self._encoded)


def _decode_part(part: str) -> dict[str, Any]:
    padded = part + "=" * (-len(part) % 4)
    data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


class Token:
    """Base of every token: what the library needs to authenticate a request with it."""

    #: APIs (`core`, `live`, `meet`, `oauth`) this kind of token may be used on.
    apis: ClassVar[frozenset[str]] = frozenset()

    def __init__(
        self,
        *,
        agent: str,
        store: TokenStore | None = None,
        store_key: str | None = None,
        clock: Clock = SYSTEM,
    ) -> None:
        self.agent = _check_agent(agent)
        #: The clock its lifetimes are read on (the settings' of the client that obtained it).
        self.clock = clock
        self._store = store if store_key is not None else None
        self._store_key = store_key
        # Every token kept under one key renews under one lock in this process.
        self.renewal_lock = _key_lock(store_key) if store_key is not None else RenewalLock()

    @property
    def expires_at(self) -> float | None:
        """Unix time the access token expires at, if known."""
        raise NotImplementedError

    @property
    def expired(self) -> bool:
        """Whether the access token is past its expiry."""
        expires = self.expires_at
        return expires is not None and self.clock.time() >= expires

    @property
    def needs_renewal(self) -> bool:
        """Whether the token should be renewed before its next use."""
        return self.expired

    @property
    def can_renew(self) -> bool:
        """Whether the library can renew this token by itself."""
        return False

    def authorization(self) -> str:
        """The `Authorization` header value. A secret: never log it."""
        raise NotImplementedError

    def check_api(self, api: str) -> None:
        """Refuse, before any request, a token that cannot be used on `api`."""
        if api not in self.apis:
            raise AudienceError(
                f"a {type(self).__name__} cannot be used on the {api} API"
                f" (it serves: {', '.join(sorted(self.apis)) or 'none'})"
            )

    def require_user(self, what: str) -> None:
        """Refuse, before any request, a token that does not stand for a user where `what` (an
        endpoint) needs one. Each token class knows what a user is; by default nothing is
        refused."""

    def refresh(self, *, client: Client | None = None) -> None:
        """Renew the token now, as it renews itself when due: a web-services pair refreshes
        (or logs in again if that fails), a user's OAuth token uses its refresh token, a
        client-credentials token is requested again. The renewed token is stored, if kept."""
        from ._client import default_client

        http_client = client or default_client()
        http_client.run(self.renew_flow(http_client.policy, force=True))

    async def arefresh(self, *, client: AsyncClient | None = None) -> None:
        """`refresh()` for asyncio."""
        from ._client import default_async_client

        http_client = client or default_async_client()
        await http_client.run(self.renew_flow(http_client.policy, force=True))

    def renew_flow(
        self, policy: Policy, *, stale: str | None = None, force: bool = False
    ) -> Flow[None]:
        """Renew the token under its lock, unless another caller already did.

        Many threads and tasks may find the token expired (or get a 401) at once: the first to
        take the lock renews, the others find the token changed and send nothing. `stale` is the
        `authorization()` a caller saw refused; `force` renews even when the token looks fresh.
        """
        yield Locked(
            self.renewal_lock, self._renew_if_needed(policy, stale, force), guard=self._guard()
        )

    def _renew_if_needed(self, policy: Policy, stale: str | None, force: bool) -> Flow[None]:
        self._adopt_stored()
        if stale is not None:
            if self.authorization() != stale:
                return
        elif not force and not self.needs_renewal:
            return
        yield from self._renew(policy)
        self._save()

    def _guard(self) -> AbstractContextManager[object] | None:
        """A lock shared with other processes, held while renewing (the token store's)."""
        if self._store is None or self._store_key is None:
            return None
        return self._store.lock(self._store_key)

    def _adopt_stored(self) -> None:
        """Take up tokens another process renewed meanwhile, if any."""
        if self._store is None or self._store_key is None:
            return
        self._take_entry(self._store.load(self._store_key) or {})

    def _save(self) -> bool:
        """Keep the renewed tokens for later runs, if there is somewhere to keep them; whether
        they were kept."""
        if self._store is None or self._store_key is None:
            return False
        try:
            self._store.save(self._store_key, self._entry())
        except OSError as exc:
            logger.warning("could not store the renewed %s: %s", type(self).__name__, exc)
            return False
        return True

    def _saved_flow(self) -> Flow[bool]:
        """Store the tokens under the lock renewals take (for a token just obtained)."""
        saved: bool = yield Locked(self.renewal_lock, _run(self._save), guard=self._guard())
        return saved

    def _entry(self) -> dict[str, str]:
        """What the store keeps of this token (never a password or client secret)."""
        raise NotImplementedError

    def _take_entry(self, entry: Mapping[str, str]) -> None:
        """Adopt the stored entry (empty if none) if it holds newer tokens than this one's."""

    def _renew(self, policy: Policy) -> Flow[None]:
        raise AuthenticationError(f"this {type(self).__name__} cannot be renewed")
        yield  # pragma: no cover - makes this a generator


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
        if api not in self.apis:
            needed = API_AUDIENCE.get(api)
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
        login = _check_login(login)
        password = _check_text("password", password)
        agent = _check_agent(agent)
        if store is None:
            pair = yield from _login_pair(policy, audience, login, password, agent)
            return cls._from_pair(pair, agent, (login, password), None, None, policy)
        key = store_key(policy.settings.core_url, login, audience)
        # The password is checked against the stored verifier (a slow hash) before taking the
        # store's lock, so that processes starting together do not queue behind the hashing.
        verified = _stored_verifier(store.load(key), login, password)
        token: _TokenT = yield Locked(
            _key_lock(key),
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
        pair = yield from _login_pair(policy, audience, *credentials, agent)
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
        from ._client import default_client

        http_client = client or default_client()
        chosen = _resolve_store(http_client.settings, store)
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
        from ._client import default_async_client

        http_client = client or default_async_client()
        chosen = _resolve_store(http_client.settings, store)
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
                self._tokens = yield from _refresh_pair(policy, refresh, self.agent)
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
        self._tokens = yield from _login_pair(policy, self.audience, login, password, self.agent)


class ServiceToken(WebServicesToken):
    """A token for a service account: a real user (`usg: Client`), allowed everywhere."""

    usage = "Client"


class DedicatedServerToken(WebServicesToken):
    """A token for a dedicated server account (`usg: Server`); some endpoints refuse it."""

    usage = "Server"


_key_locks: dict[str, RenewalLock] = {}
_key_locks_guard = threading.Lock()


_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


def verifier(login: str, password: str, salt: bytes | None = None) -> str:
    """A salted, slow hash (scrypt) of a login and password, stored beside their tokens: it
    tells whether a later `get()` uses the same password, and gives the password away to no
    one who reads the store."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(f"{login}\n{password}".encode(), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def verifies(stored: object, login: str, password: str) -> bool:
    """Whether `stored` (a `verifier`) was made from this login and password."""
    if not isinstance(stored, str) or stored.count("$") != 2:
        return False
    kind, salt, _ = stored.split("$")
    try:
        computed = verifier(login, password, bytes.fromhex(salt))
    except ValueError:
        return False
    return kind == "scrypt" and hmac.compare_digest(computed, stored)


def _stored_verifier(entry: Mapping[str, str] | None, login: str, password: str) -> str | None:
    """The verifier stored in `entry`, if it was made from this login and password."""
    stored = (entry or {}).get("verifier")
    return stored if stored is not None and verifies(stored, login, password) else None


def _key_lock(key: str) -> RenewalLock:
    """The renewal lock of every token of one account and audience in this process."""
    with _key_locks_guard:
        lock = _key_locks.get(key)
        if lock is None:
            lock = _key_locks[key] = RenewalLock()
        return lock


def _run(action: Callable[[], _T]) -> Flow[_T]:
    """A flow that only calls `action`: to run it under a `Locked`."""
    return action()
    yield  # pragma: no cover - makes this a generator


def _resolve_store(
    settings: Settings, store: TokenStore | None | _FromSettings
) -> TokenStore | None:
    if isinstance(store, _FromSettings):
        return store_for(settings)
    if store is not None and not isinstance(store, TokenStore):
        raise ArgumentError(
            f"store must be a TokenStore or None (got {type(store).__name__})"
        )
    return store


def _login_pair(
    policy: Policy, audience: str, login: str, password: str, agent: str
) -> Flow[tuple[JSONWebToken, JSONWebToken]]:
    basic = base64.b64encode(f"{login}:{password}".encode()).decode("ascii")
    request = _auth_request(
        policy, LOGIN_ROUTE, f"Basic {basic}", agent, json_body={"audience": audience}
    )
    body = yield from _auth_exchange(policy, request, "logging in", f"login:{login}")
    return _pair_from(body, "logging in")


def _refresh_pair(
    policy: Policy, refresh: JSONWebToken, agent: str
) -> Flow[tuple[JSONWebToken, JSONWebToken]]:
    request = _auth_request(policy, REFRESH_ROUTE, f"nadeo_v1 t={refresh.encoded}", agent)
    subject = refresh.payload.get("sub")
    account = subject if isinstance(subject, str) else None
    body = yield from _auth_exchange(policy, request, "refreshing the token", account)
    return _pair_from(body, "refreshing the token")


def _auth_request(
    policy: Policy,
    route: str,
    authorization: str,
    agent: str,
    json_body: dict[str, Any] | None = None,
) -> httpx.Request:
    from ._client import request_extensions

    return httpx.Request(
        "POST",
        policy.settings.core_url + route,
        headers={"Authorization": authorization, "User-Agent": agent},
        json=json_body,
        extensions=request_extensions(policy.settings, None),
    )


def _auth_exchange(
    policy: Policy, request: httpx.Request, doing: str, account: str | None = None
) -> Flow[Any]:
    response = yield from exchange(policy, request, account)
    try:
        return decode(response, policy.settings)
    except HTTPStatusError as exc:
        raise AuthenticationError(f"{doing} failed: {exc}") from exc


def _pair_from(body: Any, doing: str) -> tuple[JSONWebToken, JSONWebToken]:
    try:
        return JSONWebToken(body["accessToken"]), JSONWebToken(body["refreshToken"])
    except (KeyError, TypeError, ArgumentError):
        raise AuthenticationError(
            f"{doing} failed: the answer holds no accessToken/refreshToken pair"
        ) from None


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
        self._access = _check_text("access_token", access_token)
        self._expires_at = float(expires_at)
        self._credentials = credentials
        self._refresh = (
            None if refresh_token is None else _check_text("refresh_token", refresh_token)
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
        client_id = _check_text("client_id", client_id)
        client_secret = _check_text("client_secret", client_secret)
        agent = _check_agent(agent)
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
        client_id = _check_text("client_id", client_id)
        client_secret = _check_text("client_secret", client_secret)
        code = _check_text("code", code)
        redirect_uri = _check_redirect_uri(redirect_uri)
        agent = _check_agent(agent)
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
        from ._client import default_client

        http_client = client or default_client()
        flow = cls.request_flow(http_client.policy, client_id, client_secret, agent)
        return http_client.run(flow)

    @classmethod
    async def aget(
        cls, client_id: str, client_secret: str, agent: str, *, client: AsyncClient | None = None
    ) -> OAuthToken:
        """`get()` for asyncio."""
        from ._client import default_async_client

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
        from ._client import default_client

        http_client = client or default_client()
        chosen = _resolve_store(http_client.settings, store)
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
        from ._client import default_async_client

        http_client = client or default_async_client()
        chosen = _resolve_store(http_client.settings, store)
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
        client_id = _check_text("client_id", client_id)
        client_secret = _check_text("client_secret", client_secret)
        account_id = _check_text("account_id", account_id)
        agent = _check_agent(agent)
        settings = _settings_of(client)
        chosen = _resolve_store(settings, store)
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
        client_id = _check_text("client_id", client_id)
        account_id = _check_text("account_id", account_id)
        settings = _settings_of(client)
        chosen = _resolve_store(settings, store)
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


def _settings_of(client: Client | AsyncClient | None) -> Settings:
    if client is not None:
        return client.settings
    from ._client import default_settings

    return default_settings()


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
    client_id = _check_text("client_id", client_id)
    redirect_uri = _check_redirect_uri(redirect_uri)
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
        from ._client import default_settings

        base_url = default_settings().oauth_url
    base = _check_text("base_url", base_url).rstrip("/")
    query = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri}
    if chosen:
        query["scope"] = " ".join(chosen)
    if state is not None:
        query["state"] = state
    return f"{base}{OAUTH_AUTHORIZE_ROUTE}?{urlencode(query, quote_via=quote)}"


def _check_redirect_uri(value: object) -> str:
    parts = urlsplit(value) if isinstance(value, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise ArgumentError(f"redirect_uri must be an http(s) URI (got {value!r})")
    assert isinstance(value, str)
    return value


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
    from ._client import request_extensions

    request = httpx.Request(
        "POST",
        policy.settings.oauth_url + OAUTH_TOKEN_ROUTE,
        headers={"User-Agent": agent},
        data=form,
        extensions=request_extensions(policy.settings, None),
    )
    asked = policy.settings.clock.time()
    body = yield from _auth_exchange(policy, request, doing)
    try:
        access = _check_text("access_token", body["access_token"])
        lifetime = float(body.get("expires_in", 3600))
        refresh = body.get("refresh_token")
    except (KeyError, TypeError, ValueError):
        raise AuthenticationError(f"{doing} failed: the answer holds no access_token") from None
    if refresh is not None and (not isinstance(refresh, str) or not refresh):
        raise AuthenticationError(f"{doing} failed: the answer's refresh_token is not a string")
    return access, asked + lifetime, refresh


def _oauth_user(policy: Policy, access: str, agent: str) -> Flow[tuple[str, str | None]]:
    """Whose a user's access token is: (account ID, display name), from `GET /api/user`."""
    from ._client import request_extensions

    request = httpx.Request(
        "GET",
        policy.settings.oauth_url + OAUTH_USER_ROUTE,
        headers={"Authorization": f"Bearer {access}", "User-Agent": agent},
        extensions=request_extensions(policy.settings, None),
    )
    doing = "asking whose the OAuth token is"
    body = yield from _auth_exchange(policy, request, doing)
    account = body.get("accountId") if isinstance(body, dict) else None
    if not isinstance(account, str) or not account:
        raise AuthenticationError(f"{doing} failed: the answer holds no accountId")
    name = body.get("displayName")
    return account, name if isinstance(name, str) else None
