"""The generic verbs of the Live API (`get`, `post`...): any endpoint, by its path."""

from __future__ import annotations

from .._generic import verb, with_body, without_body

delete = verb("live", "DELETE", with_body)
get = verb("live", "GET", without_body)
head = verb("live", "HEAD", without_body)
options = verb("live", "OPTIONS", with_body)
patch = verb("live", "PATCH", with_body)
post = verb("live", "POST", with_body)
put = verb("live", "PUT", with_body)
