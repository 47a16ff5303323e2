"""Async twins of `nadeo_api.oauth`."""

from __future__ import annotations

from .. import _oauth
from .._endpoint import async_function

__all__ = [
    "add_favorite_map",
    "get_account_ids",
    "get_admin_clubs",
    "get_display_names",
    "get_favorite_maps",
    "get_user",
    "remove_favorite_map",
]

add_favorite_map = async_function(_oauth.add_favorite_map, __name__)
get_account_ids = async_function(_oauth.get_account_ids, __name__)
get_admin_clubs = async_function(_oauth.get_admin_clubs, __name__)
get_display_names = async_function(_oauth.get_display_names, __name__)
get_favorite_maps = async_function(_oauth.get_favorite_maps, __name__)
get_user = async_function(_oauth.get_user, __name__)
remove_favorite_map = async_function(_oauth.remove_favorite_map, __name__)
