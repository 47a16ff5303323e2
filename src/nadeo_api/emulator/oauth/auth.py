"""The OAuth API's user side: the authorization page (authorization-code flow) and the
`/api/user...` endpoints, which act for the user behind a token."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlencode, urlsplit

from ..serving.http import Request, Response, json_response
from ..serving.routing import AppState, AuthKind, Handler, RouteTable
from ..serving.tokens import OAUTH_SCOPES, OAuthGrant, TokenError
from ..world import maps
from ..world.accounts import SERVICE_ACCOUNT, Account, OAuthClient
from ..world.clubs import club_state

AUTHORIZE = "/oauth/authorize"
DEFAULT_FAVORITES_LENGTH = 10

_BEARER_AUTH = re.compile(r"^bearer\s+(\S+)$", re.IGNORECASE)

UserHandler = Callable[[AppState, Request, OAuthGrant], Response]


def bearer_token(headers: dict[str, str]) -> str | None:
    """The token of an ``Authorization: Bearer ...`` header."""
    m = _BEARER_AUTH.match(headers.get("authorization", "").strip())
    return m.group(1) if m else None


def oauth_error(status: int, error: str, message: str) -> Response:
    """The OAuth API's JSON error body: RFC 6749's `error` and `error_description` (section
    5.2), and the same words as `message`."""
    return json_response({"error": error, "error_description": message, "message": message}, status)


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


def _for_user(scope: str | None) -> Callable[[UserHandler], Handler]:
    """A handler for the user behind the (already verified) token, given `scope`."""

    def wrap(handler: UserHandler) -> Handler:
        def route(state: AppState, req: Request) -> Response:
            try:
                grant = state.tokens.verify_oauth_user(bearer_token(req.headers) or "")
            except TokenError as exc:
                return oauth_error(401, "unauthenticated", str(exc))
            if grant is None:
                # A client-credentials token stands for nobody; the documentation only says it
                # cannot be used here, so the answer is the one for no authenticated user.
                return oauth_error(
                    401,
                    "unauthenticated",
                    "this endpoint needs a token of a user (authorization"
                    " code flow), not a client-credentials token",
                )
            if scope is not None and scope not in grant.scopes:
                # RFC 6750 (section 3.1) names this refusal; the documentation shows none.
                return oauth_error(
                    403, "insufficient_scope", f"the token lacks the {scope!r} scope"
                )
            return handler(state, req, grant)

        route.__doc__ = handler.__doc__
        return route

    return wrap


@_for_user(None)
def user(state: AppState, req: Request, grant: OAuthGrant) -> Response:
    """``GET /api/user``."""
    return json_response({"accountId": grant.account_id, "displayName": grant.display_name})


@_for_user("clubs")
def admin_clubs(state: AppState, req: Request, grant: OAuthGrant) -> Response:
    """``GET /api/user/clubs/admin``: clubs where the user is the creator or an admin."""
    clubs = club_state(state)
    with clubs.lock:
        mine = [
            {"id": club.id, "name": club.name}
            for club in clubs.clubs()
            if clubs.is_admin(club.id, grant.account_id)
        ]
    return json_response({"clubs": mine})


@_for_user("read_favorite")
def favorite_maps(state: AppState, req: Request, grant: OAuthGrant) -> Response:
    """``GET /api/user/maps/favorite``: the Live favorites, latest added first."""
    length = req.int_param("length", DEFAULT_FAVORITES_LENGTH)
    offset = req.int_param("offset", 0)
    if length < 1 or offset < 0:
        return oauth_error(400, "invalid_request", "length must be >= 1 and offset >= 0")
    with state.lock:
        added = dict(maps.favorites(state, grant.account_id))
    uids = sorted(added, key=added.__getitem__, reverse=True)[offset : offset + length]
    listed: list[dict[str, Any]] = []
    for uid in uids:
        info = maps.find_map(state, uid)
        if info is not None:
            full = maps.map_json(state.world, info, True)
            listed.append({key: full[key] for key in ("uid", "name", "author", "thumbnailUrl")})
    return json_response({"list": listed})


def _favorite_change(state: AppState, req: Request, grant: OAuthGrant, add: bool) -> Response:
    body = req.json()
    uid = body.get("uid") if isinstance(body, dict) else None
    if not isinstance(uid, str) or not uid:
        return oauth_error(400, "invalid_request", "the body must be a JSON object with a uid")
    if maps.find_map(state, uid) is None:
        # The documentation shows no refusal; an unknown map is most plausibly a 404.
        return oauth_error(404, "not_found", "no map has this uid")
    with state.lock:
        mine = maps.favorites(state, grant.account_id)
        if add:
            maps.add_favorite(state, mine, uid)
        elif not add:
            mine.pop(uid, None)
    return Response(204, b"", None)


@_for_user("write_favorite")
def add_favorite(state: AppState, req: Request, grant: OAuthGrant) -> Response:
    """``POST /api/user/maps/favorite/add``."""
    return _favorite_change(state, req, grant, add=True)


@_for_user("write_favorite")
def remove_favorite(state: AppState, req: Request, grant: OAuthGrant) -> Response:
    """``POST /api/user/maps/favorite/remove``."""
    return _favorite_change(state, req, grant, add=False)


USER_ROUTES: RouteTable = {
    ("GET", AUTHORIZE): authorize,
    ("GET", "/api/user"): user,
    ("GET", "/api/user/clubs/admin"): admin_clubs,
    ("GET", "/api/user/maps/favorite"): favorite_maps,
    ("POST", "/api/user/maps/favorite/add"): add_favorite,
    ("POST", "/api/user/maps/favorite/remove"): remove_favorite,
}
"""The authorization page and the user endpoints, keyed by (method, route)."""
USER_AUTH: dict[str, AuthKind] = {
    AUTHORIZE: "none",
    **{route: "oauth" for _, route in USER_ROUTES if route != AUTHORIZE},
}
