"""Models of the answers of the OAuth API's endpoints
documented under `oauth/reference/accounts/`."""

from __future__ import annotations

from .._base import Model

__all__ = [
    "OAuthUser",
]


class OAuthUser(Model):
    """`get_user` (OAuth): the user who authorized the application."""

    account_id: str
    display_name: str
