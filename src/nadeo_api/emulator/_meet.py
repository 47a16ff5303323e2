"""Handlers of the emulated Meet API."""

from __future__ import annotations

from ._routing import RouteTable

MEET_ROUTES: RouteTable = {}
"""Handlers keyed by (method, documented route template without its query)."""
