"""Handlers of the emulated Live API for clubs and their members."""

from __future__ import annotations

from ._routing import RouteTable

CLUB_ROUTES: RouteTable = {}
"""Handlers keyed by (method, documented route template without its query)."""
