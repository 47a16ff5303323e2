"""Issuing and checking Nadeo JWTs and OAuth bearer tokens."""

from __future__ import annotations

import hashlib
import math
import secrets
import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

import jwt

from ...clock import SYSTEM, Clock
from ..world.accounts import Account, AccountKind
from .config import EmulatorConfig

NADEO_SERVICES = "NadeoServices"
NADEO_LIVE_SERVICES = "NadeoLiveServices"
AUDIENCES = (NADEO_SERVICES, NADEO_LIVE_SERVICES)
OAUTH_ISSUER = "EmulatedTrackmaniaOAuth"
OAUTH_SCOPES = ("clubs", "read_favorite", "write_favorite")
CODE_LIFETIME = 600.0
"""Seconds an authorization code stays valid (RFC 6749 advises 10 minutes at most)."""
_ALGORITHM = "HS256"
_USER_GRANT = "authorization_code"
_VERIFIED_SIZE = 1024
"""How many checked tokens the emulator remembers."""
_PRUNE_FLOOR = 4096
"""How many issued token IDs the emulator keeps before it forgets the ended ones."""


@dataclass(frozen=True)
class Principal:
    """Who a valid Nadeo access token authenticates."""

    account_id: str
    kind: AccountKind
    display_name: str
    audience: str


class TokenError(Exception):
    """A token was rejected; the message says why."""


@dataclass(frozen=True)
class OAuthGrant:
    """What a user granted an OAuth application: whose account, to which client, what scopes."""

    client_id: str
    account_id: str
    display_name: str
    scopes: frozenset[str]


@dataclass(frozen=True)
class _Code:
    grant: OAuthGrant
    redirect_uri: str
    expires: float


class TokenService:
    """Signs and verifies tokens with a per-instance random secret."""

    def __init__(self, config: EmulatorConfig, clock: Clock = SYSTEM) -> None:
        self._config = config
        self._clock = clock
        self._secret = secrets.token_bytes(32)
        self._lock = threading.Lock()
        self._live: dict[str, tuple[str | None, float]] = {}
        """Each unexpired access token's ID: its account (None for an application's) and end."""
        self._revoked: dict[str, float] = {}
        """Each revoked, unexpired access token's ID, and its end."""
        self._prune_at = _PRUNE_FLOOR
        self._verified: OrderedDict[str, dict[str, Any]] = OrderedDict()
        """The claims of the tokens whose signature was checked last (checking one is most of
        the cost of an authenticated request)."""
        self._codes: dict[str, _Code] = {}
        self._oauth_refresh: dict[str, tuple[OAuthGrant, float]] = {}
        self._used_refresh: set[str] = set()

    def _remember(self, jti: str, account_id: str | None, end: float) -> None:
        """Keep an issued access token's ID, for `revoke`; forget the ended ones now and then,
        so that an emulator serving for months keeps a bounded memory. Call with the lock."""
        self._live[jti] = (account_id, end)
        if len(self._live) + len(self._revoked) >= self._prune_at:
            now = self._clock.time()
            self._live = {k: v for k, v in self._live.items() if v[1] > now}
            self._revoked = {k: v for k, v in self._revoked.items() if v > now}
            self._prune_at = max(_PRUNE_FLOOR, 2 * (len(self._live) + len(self._revoked)))

    def _encode(self, claims: dict[str, Any]) -> str:
        return jwt.encode(claims, self._secret, algorithm=_ALGORITHM)

    def issue_pair(
        self,
        *,
        account_id: str,
        kind: AccountKind,
        display_name: str,
        audience: str,
        session_id: str | None = None,
    ) -> tuple[str, str]:
        """A new (access token, refresh token) pair."""
        cfg = self._config
        now = self._clock.time()
        iat = math.floor(now)
        refresh_after = (
            cfg.refresh_after if cfg.refresh_after is not None else cfg.access_lifetime / 2
        )
        sid = session_id or str(uuid.uuid4())
        common = {
            "iss": NADEO_SERVICES,
            "iat": iat,
            "usg": "Client" if kind == "service" else "Server",
            "sid": sid,
            "sat": iat,
            "sub": account_id,
            "aun": display_name,
            "pce": False,
            "ubiservices_uid": ubi_uid(account_id),
        }
        access_jti = str(uuid.uuid4())
        # exp is rounded up so a token never dies before its full lifetime.
        access_end = math.ceil(now + cfg.access_lifetime)
        access = {
            "jti": access_jti,
            **common,
            "rat": math.ceil(now + refresh_after),
            "exp": access_end,
            "aud": audience,
            "rtk": False,
        }
        access = _ordered(access)
        refresh = _ordered(
            {
                "jti": str(uuid.uuid4()),
                **common,
                "rat": math.ceil(now + cfg.refresh_lifetime / 2),
                "exp": math.ceil(now + cfg.refresh_lifetime),
                "aud": NADEO_SERVICES,
                "rtk": True,
                "refresh_aud": audience,
                "limit_type": "none",
            }
        )
        with self._lock:
            self._remember(access_jti, account_id, access_end)
        return self._encode(access), self._encode(refresh)

    def login(self, account: Account, audience: str) -> tuple[str, str]:
        """Tokens for a configured account."""
        return self.issue_pair(
            account_id=account.account_id,
            kind=account.kind,
            display_name=account.display_name,
            audience=audience,
        )

    def refresh(self, token: str) -> tuple[str, str]:
        """A new pair from a refresh token (raises :class:`TokenError`)."""
        claims = self._decode(token)
        if claims.get("rtk") is not True or claims.get("aud") != NADEO_SERVICES:
            raise TokenError("this is not a refresh token")
        audience = claims.get("refresh_aud")
        if audience not in AUDIENCES:
            raise TokenError("refresh token has no valid refresh audience")
        kind: AccountKind = "server" if claims.get("usg") == "Server" else "service"
        return self.issue_pair(
            account_id=str(claims["sub"]),
            kind=kind,
            display_name=str(claims.get("aun", "")),
            audience=str(audience),
            session_id=str(claims.get("sid")) if claims.get("sid") else None,
        )

    def _decode(self, token: str) -> dict[str, Any]:
        with self._lock:
            claims = self._verified.get(token)
            if claims is not None:
                self._verified.move_to_end(token)
        if claims is None:
            claims = self._checked(token)
            with self._lock:
                self._verified[token] = claims
                if len(self._verified) > _VERIFIED_SIZE:
                    self._verified.popitem(last=False)
        exp = claims.get("exp")
        if not isinstance(exp, (int, float)) or self._clock.time() >= exp:
            raise TokenError("token expired")
        return claims

    def _checked(self, token: str) -> dict[str, Any]:
        """The claims of a token whose signature is this emulator's."""
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                self._secret,
                algorithms=[_ALGORITHM],
                options={
                    "verify_exp": False,
                    "verify_aud": False,
                    "verify_iat": False,
                    "verify_nbf": False,
                },
            )
        except jwt.PyJWTError as exc:
            raise TokenError(f"invalid token: {exc}") from exc
        return claims

    def verify_access(self, token: str, audience: str) -> Principal:
        """The principal of a valid access token for ``audience``."""
        claims = self._decode(token)
        if claims.get("iss") != NADEO_SERVICES or "sub" not in claims:
            raise TokenError("not a Nadeo token")
        if claims.get("rtk") is not False:
            raise TokenError("a refresh token cannot be used as an access token")
        if claims.get("aud") != audience:
            raise TokenError(f"token audience {claims.get('aud')!r} is not {audience!r}")
        with self._lock:
            if claims.get("jti") in self._revoked:
                raise TokenError("token revoked")
        kind: AccountKind = "server" if claims.get("usg") == "Server" else "service"
        return Principal(str(claims["sub"]), kind, str(claims.get("aun", "")), audience)

    def issue_oauth(self, client_id: str) -> tuple[str, int]:
        """An OAuth bearer token and its lifetime in whole seconds."""
        now = self._clock.time()
        lifetime = self._config.access_lifetime
        jti = str(uuid.uuid4())
        token = self._encode(
            {
                "jti": jti,
                "iss": OAUTH_ISSUER,
                "aud": client_id,
                "iat": math.floor(now),
                "exp": math.ceil(now + lifetime),
                "typ": "client_credentials",
            }
        )
        with self._lock:
            self._remember(jti, None, math.ceil(now + lifetime))
        return token, max(0, math.ceil(lifetime))

    def verify_oauth(self, token: str) -> str:
        """The client id of a valid OAuth token."""
        return str(self._oauth_claims(token).get("aud"))

    def verify_oauth_user(self, token: str) -> OAuthGrant | None:
        """The user's grant behind a valid OAuth token; None for a client-credentials token."""
        claims = self._oauth_claims(token)
        if claims.get("typ") != _USER_GRANT:
            return None
        return OAuthGrant(
            client_id=str(claims.get("aud")),
            account_id=str(claims["sub"]),
            display_name=str(claims.get("aun", "")),
            scopes=frozenset(str(claims.get("scope", "")).split()),
        )

    def _oauth_claims(self, token: str) -> dict[str, Any]:
        claims = self._decode(token)
        if claims.get("iss") != OAUTH_ISSUER:
            raise TokenError("not an OAuth token")
        with self._lock:
            if claims.get("jti") in self._revoked:
                raise TokenError("token revoked")
        return claims

    def issue_code(self, grant: OAuthGrant, redirect_uri: str) -> str:
        """A single-use authorization code for `grant`, bound to `redirect_uri`."""
        code = secrets.token_urlsafe(32)
        with self._lock:
            now = self._clock.time()
            self._codes = {k: v for k, v in self._codes.items() if v.expires > now}
            self._codes[code] = _Code(grant, redirect_uri, now + CODE_LIFETIME)
        return code

    def redeem_code(self, code: str, client_id: str, redirect_uri: str) -> OAuthGrant:
        """The grant of an authorization code, which is used up (raises :class:`TokenError`)."""
        with self._lock:
            # Gone once presented, even with a wrong client or URI: such a code has leaked.
            found = self._codes.pop(code, None)
        if found is None:
            raise TokenError("the authorization code is invalid or was already used")
        if self._clock.time() >= found.expires:
            raise TokenError("the authorization code has expired")
        if found.grant.client_id != client_id:
            raise TokenError("the authorization code was not issued to this client")
        if found.redirect_uri != redirect_uri:
            raise TokenError("redirect_uri is not the one the code was issued for")
        return found.grant

    def issue_oauth_user(self, grant: OAuthGrant) -> tuple[str, str, int]:
        """A user's OAuth (access token, refresh token, lifetime in whole seconds)."""
        now = self._clock.time()
        lifetime = self._config.access_lifetime
        jti = str(uuid.uuid4())
        token = self._encode(
            {
                "jti": jti,
                "iss": OAUTH_ISSUER,
                "aud": grant.client_id,
                "iat": math.floor(now),
                "exp": math.ceil(now + lifetime),
                "typ": _USER_GRANT,
                "sub": grant.account_id,
                "aun": grant.display_name,
                "scope": " ".join(s for s in OAUTH_SCOPES if s in grant.scopes),
            }
        )
        # Opaque, as the service's refresh tokens are only meant for its token route.
        refresh = secrets.token_urlsafe(48)
        with self._lock:
            self._remember(jti, grant.account_id, math.ceil(now + lifetime))
            self._oauth_refresh[refresh] = (grant, now + self._config.refresh_lifetime)
        return token, refresh, max(0, math.ceil(lifetime))

    def refresh_oauth(self, refresh: str, client_id: str) -> tuple[str, str, int]:
        """New user tokens from a refresh token, which stops working (rotation)."""
        with self._lock:
            if refresh in self._used_refresh:
                raise TokenError("the refresh token was already used (refresh tokens rotate)")
            found = self._oauth_refresh.get(refresh)
            if found is None or self._clock.time() >= found[1]:
                raise TokenError("the refresh token is invalid or expired")
            if found[0].client_id != client_id:
                raise TokenError("the refresh token was not issued to this client")
            del self._oauth_refresh[refresh]
            self._used_refresh.add(refresh)
        return self.issue_oauth_user(found[0])

    def revoke(self, account_id: str | None = None) -> None:
        """Reject from now on every access token issued so far (for one account, or all)."""
        with self._lock:
            matching = [
                jti
                for jti, (sub, _) in self._live.items()
                if account_id is None or (sub is not None and sub == account_id)
            ]
            for jti in matching:
                self._revoked[jti] = self._live.pop(jti)[1]


def ubi_uid(account_id: str) -> str:
    raw = bytearray(hashlib.blake2b(f"ubi:{account_id}".encode(), digest_size=16).digest())
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(raw)))


_CLAIM_ORDER = (
    "jti", "iss", "iat", "rat", "exp", "aud", "usg", "sid", "sat", "sub", "aun",
    "rtk", "pce", "ubiservices_uid", "refresh_aud", "limit_type",
)  # fmt: skip


def _ordered(claims: dict[str, Any]) -> dict[str, Any]:
    return {k: claims[k] for k in _CLAIM_ORDER if k in claims}
