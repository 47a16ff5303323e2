"""Async twins of `nadeo_api.oauth`."""

from __future__ import annotations

from .. import _oauth
from .._endpoint import async_function

__all__ = ["get_account_ids", "get_display_names"]

get_account_ids = async_function(_oauth.get_account_ids, __name__)
get_display_names = async_function(_oauth.get_display_names, __name__)
