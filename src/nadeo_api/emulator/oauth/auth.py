"""The OAuth API's authorization flow (its `auth` page): the authorization page of the
authorization-code flow, and the token route of every grant."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import parse_qs, urlencode, urlsplit

from ..serving.http import Request, Response, basic_credentials, json_response
from ..serving.routing import AppState, AuthKind, RouteTable
from ..serving.tokens import OAUTH_SCOPES, OAuthGrant, TokenError
from ..world.accounts import SERVICE_ACCOUNT, Account, OAuthClient
from ._requests import oauth_error

AUTHORIZE = "/oauth/authorize"
_GRANTS = ("client_credentials", "authorization_code", "refresh_token")
OAUTH_TOKEN = "/api/access_token"


def is_http_uri(uri: str) -> bool:
    """Whether `uri` is an absolute http(s) URI."""
    parts = urlsplit(uri)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def issue_authorization(
    state: AppState,
    client: OAuthClient,
    redirect_uri: str,
    account: Account,
    scopes: Iterable[str],
) -> str:
    """A code for `account`'s consent to `client` with `scopes` (all checked by the caller)."""
    name = state.world.display_name(account.account_id) or account.display_name
    grant = OAuthGrant(client.client_id, account.account_id, name, frozenset(scopes))
    return state.tokens.issue_code(grant, redirect_uri)


def granting_account(state: AppState, hint: str | None) -> Account | None:
    """The account that logs in on the authorization page: the service account `hint` names
    (by login or account ID), else :data:`SERVICE_ACCOUNT`; None if `hint` names no configured
    service account (a dedicated server account is nobody's)."""
    if hint is None:
        return SERVICE_ACCOUNT
    return next(
        (
            account
            for account in state.config.accounts
            if account.kind == "service" and hint in (account.login, account.account_id)
        ),
        None,
    )


def _redirect(uri: str, values: dict[str, str | None]) -> Response:
    query = urlencode({key: value for key, value in values.items() if value is not None})
    separator = "&" if urlsplit(uri).query else "?"
    return Response(302, b"", None, [("Location", f"{uri}{separator}{query}")])


def authorize(state: AppState, req: Request) -> Response:
    """``GET /oauth/authorize``: the user logs in and consents at once, and is sent back to
    ``redirect_uri`` with ``code`` and ``state``.

    The user is :data:`SERVICE_ACCOUNT`, or the configured service account that ``login_hint``
    names by login or account ID (a test's way to choose who grants access; OpenID Connect's
    name for the hint). A hint that names none is RFC 6749's ``access_denied``.
    """
    client_id = req.param("client_id")
    client = next((c for c in state.config.oauth_clients if c.client_id == client_id), None)
    if client is None:
        return oauth_error(400, "invalid_client", "unknown client_id")
    redirect_uri = req.param("redirect_uri") or ""
    if redirect_uri not in client.redirect_uris or not is_http_uri(redirect_uri):
        return oauth_error(400, "invalid_request", "redirect_uri is not registered for this client")
    # Once the redirect URI is known to be the client's, errors go back through it
    # (RFC 6749, section 4.1.2.1).
    given_state = req.param("state")
    if req.param("response_type") != "code":
        return _redirect(redirect_uri, {"error": "unsupported_response_type", "state": given_state})
    scopes = (req.param("scope") or "").split()
    if any(scope not in OAUTH_SCOPES for scope in scopes):
        return _redirect(redirect_uri, {"error": "invalid_scope", "state": given_state})
    account = granting_account(state, req.param("login_hint"))
    if account is None:
        return _redirect(redirect_uri, {"error": "access_denied", "state": given_state})
    code = issue_authorization(state, client, redirect_uri, account, scopes)
    return _redirect(redirect_uri, {"code": code, "state": given_state})


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
    basic = basic_credentials(req.headers)
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


ROUTES: RouteTable = {
    ("GET", AUTHORIZE): authorize,
    ("POST", OAUTH_TOKEN): oauth_access_token,
}
"""The authorization page and the token route, keyed by (method, route)."""
AUTH: dict[str, AuthKind] = {AUTHORIZE: "none", OAUTH_TOKEN: "none"}
"""Both are served without a token (they lead to one)."""
