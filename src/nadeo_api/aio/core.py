"""Async twins of `nadeo_api.core`: same names, parameters and checks, awaited.

They run on the running event loop's default `AsyncClient`; `AsyncClient().core` has the
same coroutines bound to a client of your own.
"""

from __future__ import annotations

from .. import _core
from .._endpoint import async_function

__all__ = [
    "delete",
    "get",
    "head",
    "options",
    "patch",
    "post",
    "put",
]

delete = async_function(_core.delete, __name__)
get = async_function(_core.get, __name__)
head = async_function(_core.head, __name__)
options = async_function(_core.options, __name__)
patch = async_function(_core.patch, __name__)
post = async_function(_core.post, __name__)
put = async_function(_core.put, __name__)
