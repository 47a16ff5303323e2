"""Declarations of the Meet API's endpoints documented under `meet/super-royal/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import Call, call, endpoint

if TYPE_CHECKING:
    from ...auth import ServiceToken, WebServicesToken


@endpoint(
    "meet", "GET", "/api/me/super-royal/stats", user_only=True,
    model="meet.super_royal.SuperRoyalStats",
)
def get_super_royal_stats(token: ServiceToken) -> Call:
    """Get how many Super Royal finals of each tier the account won.

    Remarks: needs a service account (the answer is about the account itself).
    """
    return call()


@endpoint("meet", "GET", "/api/me/super-royal/current", model="meet.super_royal.SuperRoyalStatus")
def get_super_royal_status(token: WebServicesToken) -> Call:
    """Get when the next Super Royal starts and the account's match in it."""
    return call()
