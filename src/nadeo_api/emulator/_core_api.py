"""Handlers of the emulated Core API (beyond authentication)."""

from __future__ import annotations

from ._routing import RouteTable

CORE_API_ROUTES: RouteTable = {}
"""Handlers keyed by (method, documented route template without its query)."""
