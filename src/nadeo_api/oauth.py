"""Functions for the public OAuth API (`api.trackmania.com`), used with an `OAuthToken`."""

from __future__ import annotations

from . import _oauth
from ._endpoint import sync_function

__all__ = ["get_account_ids", "get_display_names"]

get_account_ids = sync_function(_oauth.get_account_ids, __name__)
get_display_names = sync_function(_oauth.get_display_names, __name__)
