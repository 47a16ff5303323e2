"""Handlers of the emulated Core API's skins section: equipped and favorite skins, and a skin's
information."""

from __future__ import annotations

from ..serving.http import Request, Response, json_response, principal_of
from ..serving.routing import AppState, RouteTable
from ..world import core_data as data
from ._requests import (
    accounts_param,
    forbidden,
    guarded,
    known_accounts,
    not_found,
    path_uuid,
    user_of,
)


def equipped_skins(state: AppState, req: Request) -> Response:
    """``GET /accounts/skins``: accounts without an equipped skin are left out."""
    user_of(req)
    out = []
    for account_id in known_accounts(state, accounts_param(req)):
        skin = data.equipped_skin(state.world, account_id)
        if skin is not None:
            chosen = data.after_creation(state.world, account_id, "skin")
            out.append(
                {
                    "accountId": account_id,
                    "skinId": skin.skin_id,
                    "skinType": data.SKIN_TYPE,
                    "timestamp": data.iso(chosen),
                }
            )
    return json_response(out)


def favorite_skins(state: AppState, req: Request) -> Response:
    """``GET /accounts/{accountId}/skins/favorites``: the account's own garage only."""
    account_id = path_uuid(req, "accountId")
    if account_id != principal_of(req).account_id.lower():
        return forbidden("C-AA-00-05")
    return json_response(
        [
            {"accountId": account_id, "skinId": skin.skin_id, "timestamp": data.iso(added)}
            for skin, added in data.garage(state.world, account_id)
        ]
    )


def skin_info(state: AppState, req: Request) -> Response:
    """``GET /skins/{skinId}``: an unknown skin is a 404 (the documentation is silent)."""
    user_of(req)
    index = data.skin_index(state.world, path_uuid(req, "skinId"))
    if index is None:
        return not_found()
    return json_response(data.skin_json(state.world, data.skin(state.world, index)))


ROUTES: RouteTable = {
    key: guarded(handler)
    for key, handler in {
        ("GET", "/accounts/skins"): equipped_skins,
        # The documentation's examples add a trailing slash to these two routes.
        ("GET", "/accounts/skins/"): equipped_skins,
        ("GET", "/accounts/{accountId}/skins/favorites"): favorite_skins,
        ("GET", "/accounts/{accountId}/skins/favorites/"): favorite_skins,
        ("GET", "/skins/{skinId}"): skin_info,
    }.items()
}
"""This section's handlers, keyed by (method, documented route template without its query)."""
