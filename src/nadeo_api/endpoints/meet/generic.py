"""The generic verbs of the Meet API (`get`, `post`...): any endpoint, by its path."""

from __future__ import annotations

from .._generic import verb, with_body, without_body

delete = verb("meet", "DELETE", with_body)
get = verb("meet", "GET", without_body)
head = verb("meet", "HEAD", without_body)
options = verb("meet", "OPTIONS", with_body)
patch = verb("meet", "PATCH", with_body)
post = verb("meet", "POST", with_body)
put = verb("meet", "PUT", with_body)
