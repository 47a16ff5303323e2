"""What the OAuth API's sections share: its error body, and handlers acting for the user behind a
token."""

from __future__ import annotations

from collections.abc import Callable

from ..serving.http import Request, Response, bearer_token, json_response
from ..serving.routing import AppState, Handler
from ..serving.tokens import OAuthGrant, TokenError

UserHandler = Callable[[AppState, Request, OAuthGrant], Response]


def oauth_error(status: int, error: str, message: str) -> Response:
    """The OAuth API's JSON error body: RFC 6749's `error` and `error_description` (section
    5.2), and the same words as `message`."""
    return json_response({"error": error, "error_description": message, "message": message}, status)


def for_user(scope: str | None) -> Callable[[UserHandler], Handler]:
    """A handler for the user behind the (already verified) token, given `scope`."""

    def wrap(handler: UserHandler) -> Handler:
        def route(state: AppState, req: Request) -> Response:
            try:
                grant = state.tokens.verify_oauth_user(bearer_token(req.headers) or "")
            except TokenError as exc:
                return oauth_error(401, "unauthenticated", str(exc))
            if grant is None:
                # A client-credentials token stands for nobody; the documentation only says it
                # cannot be used here, so the answer is the one for no authenticated user.
                return oauth_error(
                    401,
                    "unauthenticated",
                    "this endpoint needs a token of a user (authorization"
                    " code flow), not a client-credentials token",
                )
            if scope is not None and scope not in grant.scopes:
                # RFC 6750 (section 3.1) names this refusal; the documentation shows none.
                return oauth_error(
                    403, "insufficient_scope", f"the token lacks the {scope!r} scope"
                )
            return handler(state, req, grant)

        route.__doc__ = handler.__doc__
        return route

    return wrap
