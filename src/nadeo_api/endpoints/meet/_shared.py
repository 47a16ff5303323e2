"""What several of the Meet API's declaration modules share."""

from __future__ import annotations

import re

from ... import _checks as check
from ..._errors import ArgumentError

_LIVE_ID = {"COMP": re.compile(r"LID-COMP-[a-z0-9]+"), "MTCH": re.compile(r"LID-MTCH-[a-z0-9]+")}


def _ref(name: str, value: object, kind: str) -> int | str:
    """A numeric ID (int >= 1) or a live ID `LID-<kind>-...`."""
    if isinstance(value, str):
        if not _LIVE_ID[kind].fullmatch(value):
            raise ArgumentError(
                f"{name} must be a numeric ID or a live ID starting with LID-{kind}- "
                f"(got {value!r})"
            )
        return value
    return check.identifier(name, value)


