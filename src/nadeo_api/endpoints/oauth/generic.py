"""The generic verbs of the OAuth API (`get`, `post`...): any endpoint, by its path."""

from __future__ import annotations

from .._generic import oauth_without_body, verb

# The public OAuth API only reads: GET is its one generic verb.
get = verb("oauth", "GET", oauth_without_body)
