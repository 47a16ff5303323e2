"""Reading Live requests, as every Live section does: the account that sent one, and the
length and offset of a page."""

from __future__ import annotations

from ..serving.http import Request


def slice_args(req: Request, default_length: int = 1) -> tuple[int, int]:
    """The `length` and `offset` parameters (negative values read as 0)."""
    length = max(0, req.int_param("length", default_length))
    offset = max(0, req.int_param("offset", 0))
    return length, offset
