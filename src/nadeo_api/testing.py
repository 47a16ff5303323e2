"""Test helpers: point the library at an `Emulator`, and pytest fixtures that do it for you.

In your `conftest.py`:

    pytest_plugins = ["nadeo_api.testing"]

then ask for `nadeo_emulator` in a test: it yields a running `Emulator` (rate limit off) with
the default clients pointed at it, so `auth.ServiceToken.get(...)` and `live.*` reach it.
Needs the `emulator` extra and pytest.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ._settings import Settings
    from .emulator import Emulator

__all__ = ["emulator_settings", "nadeo_emulator", "use_emulator"]


def emulator_settings(emulator: Emulator, **overrides: Any) -> Settings:
    """Settings that reach `emulator` (see `Emulator.settings`)."""
    return emulator.settings(**overrides)


def use_emulator(emulator: Emulator, **overrides: Any) -> AbstractContextManager[Settings]:
    """Point the default clients at `emulator` for the duration of a block (see
    `Emulator.use`)."""
    return emulator.use(**overrides)


@pytest.fixture
def nadeo_emulator() -> Iterator[Emulator]:
    """A running emulator with the default clients pointed at it."""
    from .emulator import Emulator

    with Emulator() as emulator, emulator.use():
        yield emulator
