"""Declarations of the Live API endpoints for leaderboards, rankings, medals and trophies."""

from __future__ import annotations

from typing import Any

from ._endpoint import Endpoint
from ._pagination import Listing

DECLARATIONS: dict[str, Endpoint[Any]] = {}
"""The endpoints declared here, by function name."""

LISTINGS: dict[str, Listing[Any]] = {}
"""The iterators declared here, by function name."""
