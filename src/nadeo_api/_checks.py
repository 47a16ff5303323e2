"""Argument checks shared by the endpoint declarations. Each raises an `ArgumentError` that names
the argument, says what is allowed and shows what was given, before anything is sent."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from ._errors import ArgumentError

__all__ = [
    "account_id",
    "body",
    "choice",
    "count",
    "flag",
    "identifier",
    "optional_flag",
    "params",
    "texts",
    "uid",
]

T = TypeVar("T")

_UID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_ACCOUNT_ID = re.compile(r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")


def count(name: str, value: object, *, minimum: int = 0, maximum: int | None = None) -> int:
    """An int within [minimum, maximum]."""
    allowed = f"from {minimum} to {maximum}" if maximum is not None else f">= {minimum}"
    if isinstance(value, bool) or not isinstance(value, int):
        raise ArgumentError(f"{name} must be an int {allowed} (got {value!r})")
    if value < minimum or (maximum is not None and value > maximum):
        raise ArgumentError(f"{name} must be {allowed} (got {value})")
    return value


def identifier(name: str, value: object) -> int:
    """A numeric ID: an int >= 1 (Nadeo's club, campaign and activity IDs start at 1)."""
    return count(name, value, minimum=1)


def uid(name: str, value: object) -> str:
    """A map UID, group/season UID or review type: 1 to 64 letters, digits, '_' or '-'."""
    if not isinstance(value, str) or not _UID.fullmatch(value):
        raise ArgumentError(
            f"{name} must be 1 to 64 letters, digits, '_' or '-' (got {value!r})"
        )
    return value


def account_id(name: str, value: object) -> str:
    """An account ID: a UUID such as `5b4d42f4-c2de-407d-b367-cbff3fe817bc`."""
    if not isinstance(value, str) or not _ACCOUNT_ID.fullmatch(value):
        raise ArgumentError(f"{name} must be an account ID, a UUID (got {value!r})")
    return value


def texts(name: str, values: object, *, maximum: int | None = None) -> list[str]:
    """A list (or tuple) of 1 to `maximum` non-empty strings."""
    if isinstance(values, (str, bytes)) or not isinstance(values, (list, tuple)):
        raise ArgumentError(f"{name} must be a list of strings (got {values!r})")
    count(f"len({name})", len(values), minimum=1, maximum=maximum)
    for index, value in enumerate(values):
        if not isinstance(value, str) or not value.strip():
            raise ArgumentError(f"{name}[{index}] must be a non-empty string (got {value!r})")
    return list(values)


def choice(name: str, value: object, allowed: Sequence[T]) -> T:
    """One of `allowed`."""
    if not isinstance(value, bool):
        for option in allowed:
            if option == value:
                return option
    shown = ", ".join(str(option) for option in allowed)
    raise ArgumentError(f"{name} must be one of {shown} (got {value!r})")


def flag(name: str, value: object) -> bool:
    """True or False."""
    if not isinstance(value, bool):
        raise ArgumentError(f"{name} must be True or False (got {value!r})")
    return value


def optional_flag(name: str, value: object) -> bool | None:
    """True, False or None (not sent)."""
    return None if value is None else flag(name, value)


def params(value: object) -> Mapping[str, Any] | None:
    """Query parameters: a mapping of names to values, or None."""
    if value is not None and not isinstance(value, Mapping):
        raise ArgumentError(f"params must be a dict of query parameters (got {value!r})")
    return value


def body(value: object) -> Any:
    """A JSON body: a dict or a list, or None for no body."""
    if value is not None and not isinstance(value, (dict, list)):
        raise ArgumentError(f"body must be a dict or a list for a JSON body (got {value!r})")
    return value
