"""Models that several sections of the Meet API share."""

from __future__ import annotations

import datetime as dt

from .._base import Model, to_datetime

__all__ = [
]


class _Dated(Model):
    """A start and an end date (Unix seconds) with `datetime` accessors."""

    start_date: int | None = None
    end_date: int | None = None

    @property
    def start(self) -> dt.datetime | None:
        return to_datetime(self.start_date)

    @property
    def end(self) -> dt.datetime | None:
        return to_datetime(self.end_date)
