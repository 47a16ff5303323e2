"""Handlers of the emulated Live API for maps, favorites, campaign lists and maniapubs."""

from __future__ import annotations

from ._routing import RouteTable

MAP_ROUTES: RouteTable = {}
"""Handlers keyed by (method, documented route template without its query)."""
