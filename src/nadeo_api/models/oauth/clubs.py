"""Models of the answers of the OAuth API's endpoints documented under `oauth/reference/clubs/`."""

from __future__ import annotations

import msgspec

from .._base import Model

__all__ = [
    "AdminClub",
    "AdminClubs",
]


class AdminClub(Model):
    id: int
    name: str


class AdminClubs(Model):
    """`get_admin_clubs` (OAuth): clubs where the user is an admin."""

    clubs: list[AdminClub] = msgspec.field(default_factory=list)
