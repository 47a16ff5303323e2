"""Handlers of the emulated Live API for leaderboards, rankings, medals and trophies."""

from __future__ import annotations

from ._routing import RouteTable

RECORD_ROUTES: RouteTable = {}
"""Handlers keyed by (method, documented route template without its query)."""
