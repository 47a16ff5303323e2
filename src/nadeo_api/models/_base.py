"""The base of every response model, and the helpers models share.

Models are `msgspec.Struct`s: fields in snake_case read the camelCase keys of Nadeo's JSON,
unknown keys are ignored (the services add fields), and decoding straight from the response
bytes is faster than `json.loads`. Timestamps stay ints (Unix seconds, as sent), with
`datetime` accessors; race times stay ints (milliseconds), with `format_race_time`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

import msgspec

__all__ = ["Model", "format_race_time", "parse", "to_datetime"]

M = TypeVar("M")


class Model(msgspec.Struct, rename="camel", kw_only=True):
    """Base of response models. `to_dict()` gives the JSON-shaped dict back; `as_datetime()`
    reads any timestamp field as a `datetime` (common ones also have properties, such as
    `start` for `start_timestamp`)."""

    def as_datetime(self, field: str) -> dt.datetime | None:
        """The timestamp field `field` (Unix seconds, e.g. `"creation_timestamp"`) as an aware
        UTC `datetime`; None when it is unset, 0 or -1."""
        value = getattr(self, field)
        if value is not None and not isinstance(value, int):
            raise TypeError(f"{type(self).__name__}.{field} is not a timestamp")
        return to_datetime(value)

    def to_dict(self) -> dict[str, Any]:
        """The model as plain JSON data, with Nadeo's key names."""
        data: dict[str, Any] = msgspec.to_builtins(self)
        return data


def parse(model: type[M], data: Any) -> M:
    """Turn decoded JSON (what the functions of `nadeo_api.live` return) into `model`."""
    return msgspec.convert(data, type=model)


def to_datetime(timestamp: int | None) -> dt.datetime | None:
    """Unix seconds to an aware UTC `datetime`; None, 0 and -1 (Nadeo's "none") to None."""
    if timestamp is None or timestamp <= 0:
        return None
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc)


def format_race_time(milliseconds: int | None) -> str:
    """A race time in `m:ss.mmm` (`0:45.123`); `-1` (a secret score) and None read `-:--.---`."""
    if milliseconds is None or milliseconds < 0:
        return "-:--.---"
    minutes, rest = divmod(milliseconds, 60_000)
    seconds, thousandths = divmod(rest, 1000)
    return f"{minutes}:{seconds:02d}.{thousandths:03d}"
