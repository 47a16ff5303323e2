"""Every declared Live endpoint and iterator, gathered from the modules that declare them."""

from __future__ import annotations

from typing import Any

from . import _live, _live_club_activities, _live_clubs, _live_maps, _live_records
from ._endpoint import Endpoint
from ._pagination import Listing

_MODULES = (_live, _live_records, _live_maps, _live_clubs, _live_club_activities)

DECLARATIONS: dict[str, Endpoint[Any]] = {
    name: declared for module in _MODULES for name, declared in module.DECLARATIONS.items()
}
LISTINGS: dict[str, Listing[Any]] = {
    name: declared for module in _MODULES for name, declared in module.LISTINGS.items()
}
