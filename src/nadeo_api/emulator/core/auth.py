"""Core authentication routes and the OAuth API (its token route and account names; the user
side is in `_oauth_user`)."""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import parse_qs

from ..oauth.auth import USER_AUTH, USER_ROUTES, bearer_token, oauth_error
from ..serving.http import Request, Response, error_response, json_response
from ..serving.routing import AppState, AuthKind, RouteTable
from ..serving.tokens import AUDIENCES, NADEO_SERVICES, TokenError

__all__ = [
    "AUTH_PATHS",
    "CORE_AUTH",
    "CORE_ROUTES",
    "OAUTH_AUTH",
    "OAUTH_ROUTES",
    "bearer_token",
    "nadeo_token",
]

_NADEO_AUTH = re.compile(r"^nadeo_v1\s+t=(\S+)$", re.IGNORECASE)
MAX_DISPLAY_NAME_IDS = 50
_GRANTS = ("client_credentials", "authorization_code", "refresh_token")

BASIC_LOGIN = "/v2/authentication/token/basic"
REFRESH = "/v2/authentication/token/refresh"
OAUTH_TOKEN = "/api/access_token"


def nadeo_token(headers: dict[str, str]) -> str | None:
    """The token of an ``Authorization: nadeo_v1 t=...`` header."""
    m = _NADEO_AUTH.match(headers.get("authorization", "").strip())
    return m.group(1) if m else None


def _basic_credentials(headers: dict[str, str]) -> tuple[str, str] | None:
    value = headers.get("authorization", "").strip()
    scheme, _, encoded = value.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    login, sep, password = decoded.partition(":")
    return (login, password) if sep else None


def basic_login(state: AppState, req: Request) -> Response:
    """``POST /v2/authentication/token/basic``."""
    credentials = _basic_credentials(req.headers)
    if credentials is None:
        return error_response(401, "Unauthorized", "missing or malformed Basic credentials")
    account = next(
        (
            a
            for a in state.config.accounts
            if a.login == credentials[0] and a.password == credentials[1]
        ),
        None,
    )
    if account is None:
        return error_response(401, "Unauthorized", "invalid login or password")
    audience = NADEO_SERVICES
    if req.body.strip():
        data = req.json()
        if not isinstance(data, dict):
            return error_response(400, "Bad Request", "body must be a JSON object")
        audience = data.get("audience", NADEO_SERVICES)
    if audience not in AUDIENCES:
        return error_response(400, "Bad Request", f"unknown audience {audience!r}")
    access, refresh = state.tokens.login(account, str(audience))
    return json_response({"accessToken": access, "refreshToken": refresh})


def refresh(state: AppState, req: Request) -> Response:
    """``POST /v2/authentication/token/refresh``."""
    token = nadeo_token(req.headers)
    if token is None:
        return error_response(401, "Unauthorized", "missing nadeo_v1 refresh token")
    try:
        access, new_refresh = state.tokens.refresh(token)
    except TokenError as exc:
        return error_response(401, "Unauthorized", str(exc))
    return json_response({"accessToken": access, "refreshToken": new_refresh})


CORE_ROUTES: RouteTable = {
    ("POST", BASIC_LOGIN): basic_login,
    ("POST", REFRESH): refresh,
}
"""Core handlers keyed by (method, route)."""
CORE_AUTH: dict[str, AuthKind] = {BASIC_LOGIN: "none", REFRESH: "none"}


def oauth_access_token(state: AppState, req: Request) -> Response:
    """``POST /api/access_token``: the client-credentials, authorization-code and refresh-token
    grants. A bad code or refresh token is RFC 6749's ``invalid_grant`` (section 5.2)."""
    try:
        form = parse_qs(req.body.decode("utf-8"), keep_blank_values=True)
    except UnicodeDecodeError:
        form = {}
    fields = {k: v[0] for k, v in form.items() if v}
    grant = fields.get("grant_type")
    if not grant:
        return oauth_error(400, "invalid_request", "grant_type is required")
    if grant not in _GRANTS:
        return oauth_error(400, "unsupported_grant_type", f"grant type {grant!r} is not supported")
    client_id, secret = fields.get("client_id"), fields.get("client_secret")
    basic = _basic_credentials(req.headers)
    if basic is not None and client_id is None:
        client_id, secret = basic
    client = next(
        (
            c
            for c in state.config.oauth_clients
            if c.client_id == client_id and c.client_secret == secret
        ),
        None,
    )
    if client is None:
        return oauth_error(401, "invalid_client", "client authentication failed")
    if grant == "client_credentials":
        token, expires_in = state.tokens.issue_oauth(client.client_id)
        return json_response(
            {"token_type": "bearer", "expires_in": expires_in, "access_token": token}
        )
    try:
        if grant == "authorization_code":
            code, redirect_uri = fields.get("code"), fields.get("redirect_uri")
            if not code or not redirect_uri:
                return oauth_error(400, "invalid_request", "code and redirect_uri are required")
            user = state.tokens.redeem_code(code, client.client_id, redirect_uri)
            access, refresh, expires_in = state.tokens.issue_oauth_user(user)
        else:
            old_refresh = fields.get("refresh_token")
            if not old_refresh:
                return oauth_error(400, "invalid_request", "refresh_token is required")
            access, refresh, expires_in = state.tokens.refresh_oauth(old_refresh, client.client_id)
    except TokenError as exc:
        return oauth_error(400, "invalid_grant", str(exc))
    return json_response(
        {
            "token_type": "bearer",
            "expires_in": expires_in,
            "access_token": access,
            "refresh_token": refresh,
        }
    )


def _list_param(req: Request, name: str) -> list[str]:
    return [*req.params.get(f"{name}[]", []), *req.params.get(name, [])]


def display_names(state: AppState, req: Request) -> Response:
    """``GET /api/display-names?accountId[]=...``."""
    ids = _list_param(req, "accountId")
    if not ids:
        return oauth_error(400, "invalid_request", "accountId[] is required")
    if len(ids) > MAX_DISPLAY_NAME_IDS:
        return oauth_error(
            400, "invalid_request", f"at most {MAX_DISPLAY_NAME_IDS} account ids per request"
        )
    out: dict[str, str] = {}
    for account_id in ids:
        name = state.world.display_name(account_id)
        if name is not None:
            out[account_id] = name
    return json_response(out)


def account_ids(state: AppState, req: Request) -> Response:
    """``GET /api/display-names/account-ids?displayName[]=...``."""
    names = _list_param(req, "displayName")
    if not names:
        return oauth_error(400, "invalid_request", "displayName[] is required")
    if len(names) > MAX_DISPLAY_NAME_IDS:
        return oauth_error(
            400, "invalid_request", f"at most {MAX_DISPLAY_NAME_IDS} display names per request"
        )
    out: dict[str, str] = {}
    for name in names:
        account_id = state.world.account_id_for_name(name)
        if account_id is not None:
            out[name] = account_id
    return json_response(out)


OAUTH_ROUTES: RouteTable = {
    ("POST", OAUTH_TOKEN): oauth_access_token,
    ("GET", "/api/display-names"): display_names,
    ("GET", "/api/display-names/account-ids"): account_ids,
    **USER_ROUTES,
}
"""OAuth handlers keyed by (method, route without its query)."""
OAUTH_AUTH: dict[str, AuthKind] = {
    OAUTH_TOKEN: "none",
    "/api/display-names": "oauth",
    "/api/display-names/account-ids": "oauth",
    **USER_AUTH,
}

AUTH_PATHS = frozenset({("core", BASIC_LOGIN), ("core", REFRESH), ("oauth", OAUTH_TOKEN)})
"""(api, path) of the token routes, exempt from faults unless ``faults_on_auth``."""
