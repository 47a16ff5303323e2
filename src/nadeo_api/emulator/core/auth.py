"""The token routes Core serves (documented under `auth/`): the Ubisoft-style basic login of
service and server accounts, and the refresh of their tokens."""

from __future__ import annotations

from ..serving.http import (
    Request,
    Response,
    basic_credentials,
    error_response,
    json_response,
    nadeo_token,
)
from ..serving.routing import AppState, AuthKind, RouteTable
from ..serving.tokens import AUDIENCES, NADEO_SERVICES, TokenError

BASIC_LOGIN = "/v2/authentication/token/basic"
REFRESH = "/v2/authentication/token/refresh"


def basic_login(state: AppState, req: Request) -> Response:
    """``POST /v2/authentication/token/basic``."""
    credentials = basic_credentials(req.headers)
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


ROUTES: RouteTable = {
    ("POST", BASIC_LOGIN): basic_login,
    ("POST", REFRESH): refresh,
}
"""The token routes, keyed by (method, route)."""
AUTH: dict[str, AuthKind] = {BASIC_LOGIN: "none", REFRESH: "none"}
"""Both are served without a token (they hand them out)."""
