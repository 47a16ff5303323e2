"""Models of the Core API's answers."""

from __future__ import annotations

__all__: list[str] = []
