"""Functions for the public OAuth API (`api.trackmania.com`), used with an `OAuthToken`.

`get_display_names` and `get_account_ids` take any `OAuthToken`; the others act for a user and
need a user's token (`OAuthToken.from_code`) with the scopes their docstrings name.
"""

from __future__ import annotations

from . import _oauth
from ._endpoint import sync_function

__all__ = [
    "add_favorite_map",
    "get_account_ids",
    "get_admin_clubs",
    "get_display_names",
    "get_favorite_maps",
    "get_user",
    "remove_favorite_map",
]

add_favorite_map = sync_function(_oauth.add_favorite_map, __name__)
get_account_ids = sync_function(_oauth.get_account_ids, __name__)
get_admin_clubs = sync_function(_oauth.get_admin_clubs, __name__)
get_display_names = sync_function(_oauth.get_display_names, __name__)
get_favorite_maps = sync_function(_oauth.get_favorite_maps, __name__)
get_user = sync_function(_oauth.get_user, __name__)
remove_favorite_map = sync_function(_oauth.remove_favorite_map, __name__)
