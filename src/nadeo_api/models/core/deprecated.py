"""Models of the answers of the Core API's endpoints documented under `core/deprecated/`."""

from __future__ import annotations

from ._shared import Stamped

__all__ = [
    "DisplayName",
    "DisplayNameList",
]


class DisplayName(Stamped):
    """A player's display name as Core's removed display names endpoint gave it; `timestamp`
    is when the account was created."""

    account_id: str
    display_name: str


DisplayNameList = list[DisplayName]
