"""Declarations of the OAuth API's endpoints documented under `oauth/reference/accounts/`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ... import _checks as check
from ..._chunking import Chunks, merged
from ..._endpoint import Call, call, endpoint

if TYPE_CHECKING:
    from ...auth import OAuthToken


MAX_NAMES = 50
"""The most account IDs or names one request may convert."""


@endpoint(
    "oauth", "GET", "/api/display-names", chunks=Chunks("account_ids", MAX_NAMES, merged)
)
def get_display_names(token: OAuthToken, account_ids: Sequence[str]) -> Call:
    """Get the display names of accounts, as `{accountId: displayName}`.

    Args:
        account_ids: the accounts' IDs, at least one; any number, sent 50 a request (each ID
            once).

    Unknown account IDs are left out of the answer.
    """
    return call(query={"accountId[]": check.texts("account_ids", account_ids)})


@endpoint(
    "oauth", "GET", "/api/display-names/account-ids",
    chunks=Chunks("display_names", MAX_NAMES, merged),
)
def get_account_ids(token: OAuthToken, display_names: Sequence[str]) -> Call:
    """Get the account IDs of display names, as `{displayName: accountId}`.

    Args:
        display_names: the names, at least one; any number, sent 50 a request (each name
            once, and fewer when long names would make the request URI too long).

    Unknown names are left out of the answer.
    """
    return call(query={"displayName[]": check.texts("display_names", display_names)})


@endpoint("oauth", "GET", "/api/user", user_only=True, model="oauth.accounts.OAuthUser")
def get_user(token: OAuthToken) -> Call:
    """Get the user who authorized the application: `{accountId, displayName}`.

    Remarks: needs a user's token (no scope); useful to check who logged in after the
    authorization-code flow.
    """
    return call()
