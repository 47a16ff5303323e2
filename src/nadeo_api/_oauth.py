"""Declarations of the public OAuth API endpoints (`https://api.trackmania.com`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from . import _checks as check
from ._endpoint import Call, Endpoint, call, endpoint
from .auth import OAuthToken

MAX_NAMES = 50
"""The most account IDs or names one request may convert."""


@endpoint("oauth", "GET", "/api/display-names")
def get_display_names(token: OAuthToken, account_ids: Sequence[str]) -> Call:
    """Get the display names of up to 50 accounts, as `{accountId: displayName}`.

    Unknown account IDs are left out of the answer.
    """
    return call(query={"accountId[]": check.texts("account_ids", account_ids, maximum=MAX_NAMES)})


@endpoint("oauth", "GET", "/api/display-names/account-ids")
def get_account_ids(token: OAuthToken, display_names: Sequence[str]) -> Call:
    """Get the account IDs of up to 50 display names, as `{displayName: accountId}`."""
    names = check.texts("display_names", display_names, maximum=MAX_NAMES)
    return call(query={"displayName[]": names})


DECLARATIONS: dict[str, Endpoint[Any]] = {
    declared.name: declared for declared in (get_display_names, get_account_ids)
}
