"""Functions for the Core API: accounts, maps, records, skins, zones.

Each function takes a token for the `NadeoServices` audience first, checks its
arguments before sending anything, and returns the decoded JSON; its `.typed` twin
returns the answer's model from `nadeo_api.models`. They run on the process's
default `Client`; `Client().core` has them bound to a client of your own, and
`nadeo_api.aio.core` has their async twins. `nadeo-api endpoints` lists them all.
"""

from __future__ import annotations

from . import _core
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

delete = sync_function(_core.delete, __name__)
get = sync_function(_core.get, __name__)
head = sync_function(_core.head, __name__)
options = sync_function(_core.options, __name__)
patch = sync_function(_core.patch, __name__)
post = sync_function(_core.post, __name__)
put = sync_function(_core.put, __name__)
