"""Async twins of `nadeo_api.meet`: same names, parameters and checks, awaited.

They run on the running event loop's default `AsyncClient`; `AsyncClient().meet` has the
same coroutines bound to a client of your own.
"""

from __future__ import annotations

from .. import _meet
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

delete = async_function(_meet.delete, __name__)
get = async_function(_meet.get, __name__)
head = async_function(_meet.head, __name__)
options = async_function(_meet.options, __name__)
patch = async_function(_meet.patch, __name__)
post = async_function(_meet.post, __name__)
put = async_function(_meet.put, __name__)
