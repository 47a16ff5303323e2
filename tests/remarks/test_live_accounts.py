"""The remarks of the Live account pages (`live/accounts/`), shown by the emulator."""

from __future__ import annotations

from .servers import refusal_tests

globals().update(refusal_tests("live/accounts/", __name__))
