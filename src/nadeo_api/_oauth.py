"""Declarations of the public OAuth API endpoints (`https://api.trackmania.com`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from . import _checks as check
from ._endpoint import Call, Endpoint, call, endpoint
from ._errors import ArgumentError
from .auth import OAuthToken

MAX_NAMES = 50
"""The most account IDs or names one request may convert."""


def _names(name: str, values: object) -> list[str]:
    if isinstance(values, str) or not isinstance(values, Sequence):
        raise ArgumentError(f"{name} must be a list of strings (got {values!r})")
    items = list(values)
    check.count(f"len({name})", len(items), minimum=1, maximum=MAX_NAMES)
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise ArgumentError(f"{name} must hold non-empty strings (got {item!r})")
    return items


@endpoint("oauth", "GET", "/api/display-names")
def get_display_names(token: OAuthToken, account_ids: Sequence[str]) -> Call:
    """Get the display names of up to 50 accounts, as `{accountId: displayName}`.

    Unknown account IDs are left out of the answer.
    """
    return call(query={"accountId[]": _names("account_ids", account_ids)})


@endpoint("oauth", "GET", "/api/display-names/account-ids")
def get_account_ids(token: OAuthToken, display_names: Sequence[str]) -> Call:
    """Get the account IDs of up to 50 display names, as `{displayName: accountId}`."""
    return call(query={"displayName[]": _names("display_names", display_names)})


DECLARATIONS: dict[str, Endpoint[Any]] = {
    declared.name: declared for declared in (get_display_names, get_account_ids)
}
