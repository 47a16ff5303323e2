"""Functions for the Meet API: competitions, cups of the day, matches, matchmaking.

Each function takes a token for the `NadeoLiveServices` audience first, checks its
arguments before sending anything, and returns the decoded JSON; its `.typed` twin
returns the answer's model from `nadeo_api.models`. They run on the process's
default `Client`; `Client().meet` has them bound to a client of your own, and
`nadeo_api.aio.meet` has their async twins. `nadeo-api endpoints` lists them all.
"""

from __future__ import annotations

from . import _meet
from ._endpoint import sync_function

__all__ = [
    "delete",
    "get",
    "head",
    "options",
    "patch",
    "post",
    "put",
]

delete = sync_function(_meet.delete, __name__)
get = sync_function(_meet.get, __name__)
head = sync_function(_meet.head, __name__)
options = sync_function(_meet.options, __name__)
patch = sync_function(_meet.patch, __name__)
post = sync_function(_meet.post, __name__)
put = sync_function(_meet.put, __name__)
