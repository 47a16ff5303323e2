"""Models of account data.

Re-exports, kept so that `nadeo_api.models.accounts` offers what it always has: each model is
defined beside the endpoints that answer it, in `models.live.accounts`.
"""

from __future__ import annotations

from .live.accounts import ServerAccount, ServerAccounts

__all__ = [
    "ServerAccount",
    "ServerAccounts",
]
