"""The remarks of the Live account pages (`live/accounts/`), shown by the emulator."""

from __future__ import annotations

from .calls import add_server_refusal_tests

add_server_refusal_tests(globals(), "live/accounts/")
