"""Declarations of the Core API (accounts, maps, records, skins, zones)."""

from __future__ import annotations

from typing import Any

from ._endpoint import Endpoint
from ._generic import verb, with_body, without_body
from ._pagination import Listing

delete = verb("core", "DELETE", with_body)
get = verb("core", "GET", without_body)
head = verb("core", "HEAD", without_body)
options = verb("core", "OPTIONS", with_body)
patch = verb("core", "PATCH", with_body)
post = verb("core", "POST", with_body)
put = verb("core", "PUT", with_body)

DECLARATIONS: dict[str, Endpoint[Any]] = {
    d.name: d for d in (delete, get, head, options, patch, post, put)
}
"""The endpoints declared here, by function name."""

LISTINGS: dict[str, Listing[Any]] = {}
"""The iterators declared here, by function name."""
