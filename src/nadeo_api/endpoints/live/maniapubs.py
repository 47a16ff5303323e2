"""Declarations of the Live API's endpoints documented under `live/maniapubs/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._endpoint import Call, call, endpoint

if TYPE_CHECKING:
    from ...auth import WebServicesToken


@endpoint(
    "live", "GET", "/api/token/advertising/display/active",
    model="live.maniapubs.ManiapubList",
)
def get_active_maniapubs(token: WebServicesToken) -> Call:
    """Get the active maniapubs (in-game ads) with their media.

    Remarks: ads cannot be asked by zone (the answer may depend on the account's zone);
    the plain media fields link to `.dds` files, with scaled `.jpg` versions beside them.
    """
    return call()
