"""Models of the Meet API's answers."""

from __future__ import annotations

__all__: list[str] = []
