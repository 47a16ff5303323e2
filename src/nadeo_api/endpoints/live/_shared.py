"""What several of the Live API's declaration modules share."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ... import _checks as check
from ..._endpoint import Call
from ..._errors import ArgumentError

CLUB_PAGE = 250
"""The most clubs, competitions or members one list request returns."""


LIST_LENGTH = 250
"""The most activities one list request returns."""


UPLOAD_TYPES = ("map-upload", "skin-upload", "item-upload")


def _flag(name: str, value: object) -> int:
    """True/False, sent as 1/0."""
    if not isinstance(value, bool):
        raise ArgumentError(f"{name} must be True or False (got {value!r})")
    return int(value)


def _folder(value: object) -> int:
    """A folder ID; 0 for none."""
    return check.count("folder_id", value)


def _activity_page(length: object, offset: object, **extra: Any) -> dict[str, Any]:
    return {
        **check.page(length, offset, maximum=LIST_LENGTH),
        **{k: v for k, v in extra.items() if v is not None},
    }


def _at(
    club_key: str,
    club_id: object,
    activity_id: object,
    *,
    query: Mapping[str, Any] | None = None,
    body: Any = None,
) -> Call:
    """A call to an activity's route (the club's placeholder is `club_key`)."""
    path = {
        club_key: check.identifier("club_id", club_id),
        "activityId": check.identifier("activity_id", activity_id),
    }
    return Call(path_values=path, query=query, body=body)
