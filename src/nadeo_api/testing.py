"""Test helpers: point the library at an `Emulator`, and pytest fixtures that do it for you.

In your `conftest.py`:

    pytest_plugins = ["nadeo_api.testing"]

then ask for `nadeo_emulator` in a test: it yields a running `Emulator` (rate limit off) with
the default clients pointed at it, so `auth.ServiceToken.get(...)` and `live.*` reach it.
Needs the `emulator` extra and pytest.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pytest

from ._client import set_default_settings
from ._settings import Settings

if TYPE_CHECKING:
    from .emulator import Emulator

__all__ = ["emulator_settings", "nadeo_emulator", "use_emulator"]


def emulator_settings(emulator: Emulator, **overrides: Any) -> Settings:
    """Settings that reach `emulator`, with the rate limit and the token store off unless
    `overrides` set them (the emulator's tokens mean nothing to any other instance)."""
    values: dict[str, Any] = {
        "core_url": emulator.core_url,
        "live_url": emulator.live_url,
        "meet_url": emulator.meet_url,
        "oauth_url": emulator.oauth_url,
        "rate_limit": None,
        "token_store": "off",
    }
    values.update(overrides)
    return Settings(**values)


@contextmanager
def use_emulator(emulator: Emulator, **overrides: Any) -> Iterator[Settings]:
    """Point the default clients at `emulator` for the duration of the block."""
    settings = emulator_settings(emulator, **overrides)
    previous = set_default_settings(settings)
    try:
        yield settings
    finally:
        set_default_settings(previous)


@pytest.fixture
def nadeo_emulator() -> Iterator[Emulator]:
    """A running emulator with the default clients pointed at it."""
    from .emulator import Emulator

    with Emulator() as emulator, use_emulator(emulator):
        yield emulator
