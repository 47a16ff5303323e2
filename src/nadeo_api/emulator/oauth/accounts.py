"""Handlers of the emulated OAuth API's accounts section: display names by account ID and
back, and the user behind a token."""

from __future__ import annotations

from ..serving.http import Request, Response, json_response
from ..serving.routing import AppState, RouteTable
from ..serving.tokens import OAuthGrant
from ._requests import for_user, oauth_error

MAX_DISPLAY_NAME_IDS = 50


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


@for_user(None)
def user(state: AppState, req: Request, grant: OAuthGrant) -> Response:
    """``GET /api/user``."""
    return json_response({"accountId": grant.account_id, "displayName": grant.display_name})


ROUTES: RouteTable = {
    ("GET", "/api/display-names"): display_names,
    ("GET", "/api/display-names/account-ids"): account_ids,
    ("GET", "/api/user"): user,
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
