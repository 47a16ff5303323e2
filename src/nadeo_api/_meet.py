"""Declarations of the Meet API: competitions, cups of the day, matches, matchmaking."""

from __future__ import annotations

from typing import Any

from ._endpoint import Endpoint
from ._generic import verb, with_body, without_body
from ._pagination import Listing

delete = verb("meet", "DELETE", with_body)
get = verb("meet", "GET", without_body)
head = verb("meet", "HEAD", without_body)
options = verb("meet", "OPTIONS", with_body)
patch = verb("meet", "PATCH", with_body)
post = verb("meet", "POST", with_body)
put = verb("meet", "PUT", with_body)

DECLARATIONS: dict[str, Endpoint[Any]] = {
    d.name: d for d in (delete, get, head, options, patch, post, put)
}
"""The endpoints declared here, by function name."""

LISTINGS: dict[str, Listing[Any]] = {}
"""The iterators declared here, by function name."""
