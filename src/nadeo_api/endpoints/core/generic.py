"""The generic verbs of the Core API (`get`, `post`...): any endpoint, by its path."""

from __future__ import annotations

from .._generic import verb, with_body, without_body

delete = verb("core", "DELETE", with_body)
get = verb("core", "GET", without_body)
head = verb("core", "HEAD", without_body)
options = verb("core", "OPTIONS", with_body)
patch = verb("core", "PATCH", with_body)
post = verb("core", "POST", with_body)
put = verb("core", "PUT", with_body)
