"""Handlers of the emulated Live API for club activities."""

from __future__ import annotations

from ._routing import RouteTable

ACTIVITY_ROUTES: RouteTable = {}
"""Handlers keyed by (method, documented route template without its query)."""
