"""The exceptions `nadeo_api` raises, all rooted in `NadeoError`.

    NadeoError
    ├── ArgumentError (also a ValueError)     bad input, refused before any request is sent
    │   ├── ServiceAccountRequiredError       a dedicated-server token where a real user is needed
    │   ├── UserTokenRequiredError            an OAuth client-credentials token where a user's is
    │   └── AudienceError                     a token whose audience does not fit the API
    ├── AuthenticationError                   logging in or renewing a token failed
    ├── TransportError                        no HTTP answer at all
    │   ├── NadeoConnectionError              connection refused, reset or dropped
    │   └── NadeoTimeoutError                 connect, read, write or pool timeout
    ├── InvalidResponseError                  a successful answer whose body is not JSON
    └── HTTPStatusError                       an answer with a 4xx or 5xx status
        ├── BadRequestError                   400
        ├── UnauthorizedError                 401
        ├── ForbiddenError                    403
        ├── NotFoundError                     404
        ├── RateLimitedError                  429, with `retry_after`
        └── ServerError                       5xx

Messages carry the method and URL of the request, never a token, password or secret: bodies kept
in errors are bounded and redacted (`redact`), and no error holds the `httpx` request it came
from. Every error survives pickling with its attributes (a process pool can hand it back).
"""

from __future__ import annotations

import contextlib
import json
import re
from typing import Any

__all__ = [
    "ArgumentError",
    "AudienceError",
    "AuthenticationError",
    "BadRequestError",
    "ForbiddenError",
    "HTTPStatusError",
    "InvalidResponseError",
    "NadeoConnectionError",
    "NadeoError",
    "NadeoTimeoutError",
    "NotFoundError",
    "RateLimitedError",
    "ServerError",
    "ServiceAccountRequiredError",
    "TransportError",
    "UnauthorizedError",
    "UserTokenRequiredError",
    "redact",
]

_BODY_EXCERPT = 200
BODY_LIMIT = 2000
"""The most characters of an answer's body an error keeps."""

REDACTED = "<redacted>"
# Compiled on first use (and kept by `re`): most programs never have anything to redact.
_SECRETS = (
    # Values of JSON keys that hold secrets, however the answer spells them (a value cut short
    # included).
    r'(?<=")(?P<key>access_?token|refresh_?token|password|client_?secret|ticket)"\s*:\s*"[^"]*'
    # JSON web tokens (access and refresh tokens), wherever they appear.
    r"|eyJ[\w-]*\.[\w-]+\.[\w-]*"
    # Authorization header values echoed back: Basic credentials, bearer and Nadeo tokens.
    r"|\b(?:Basic|Bearer|nadeo_v1\s+t=)\s*[\w+/=.~-]{6,}"
)


def redact(text: str, limit: int = BODY_LIMIT) -> str:
    """`text` with every token, credential and secret value replaced by `<redacted>`, cut to
    `limit` characters."""

    def hide(match: re.Match[str]) -> str:
        key = match.group("key")
        return f'{key}": "{REDACTED}' if key else REDACTED

    cleaned = re.sub(_SECRETS, hide, text, flags=re.IGNORECASE)
    return cleaned if len(cleaned) <= limit else cleaned[:limit] + "…"


def _rebuild(cls: type[NadeoError], args: tuple[Any, ...], state: dict[str, Any]) -> NadeoError:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class NadeoError(Exception):
    """Base class of every error raised by `nadeo_api`."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses take keyword arguments: rebuild from the message and the attributes.
        return _rebuild, (type(self), self.args, dict(self.__dict__))


class ArgumentError(NadeoError, ValueError):
    """An argument is missing, of the wrong type or out of range; nothing was sent."""


class ServiceAccountRequiredError(ArgumentError):
    """The endpoint needs a real user's token (a service account), not a dedicated server's."""


class UserTokenRequiredError(ArgumentError):
    """The OAuth endpoint needs a user's token (authorization-code flow), not one obtained with
    the client-credentials flow."""


class AudienceError(ArgumentError):
    """The token's audience is not the one the API expects."""


class AuthenticationError(NadeoError):
    """Logging in or renewing a token failed."""


class TransportError(NadeoError):
    """The request got no HTTP answer.

    Attributes: `method` and `url` of the request.
    """

    def __init__(self, message: str, *, method: str, url: str) -> None:
        super().__init__(f"{message} ({method} {url})")
        self.method = method
        self.url = url


class NadeoConnectionError(TransportError):
    """The connection could not be made, or was closed before a full answer."""


class NadeoTimeoutError(TransportError):
    """Connecting, sending or reading took longer than the timeout allows."""


class InvalidResponseError(NadeoError):
    """A successful answer whose body is not JSON, or does not fit the expected model."""

    def __init__(
        self, *, status: int, method: str, url: str, body: str, reason: str = "is not JSON"
    ) -> None:
        body = redact(body)
        super().__init__(
            f"{method} {url} answered {status} with a body that {reason}: {_excerpt(body)!r}"
        )
        self.status = status
        self.method = method
        self.url = url
        self.body = body
        """The answer's body, redacted and cut to `BODY_LIMIT` characters."""


class HTTPStatusError(NadeoError):
    """The service answered with an error status.

    Attributes:
        status: the HTTP status code.
        method, url: the request that failed (the URL never holds a secret).
        error, message, trace_id: Nadeo's `error`, `message` (or OAuth's `error_description`)
            and `traceId` when the body has them;
            for bodies that are a list of error codes (`["activity:error-notFound"]`), `error` is
            the first code and `errors` holds them all.
        body: the decoded JSON body, or the text when it is not JSON (redacted, and cut to
            `BODY_LIMIT` characters when it is long).
    """

    def __init__(
        self,
        *,
        status: int,
        method: str,
        url: str,
        body: Any = None,
        error: str | None = None,
        message: str | None = None,
        trace_id: str | None = None,
        errors: list[str] | None = None,
    ) -> None:
        self.status = status
        self.method = method
        self.url = url
        self.body = body
        self.error = error
        self.message = message
        self.trace_id = trace_id
        self.errors = errors or ([error] if error else [])
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"{self.method} {self.url} answered {self.status}"
        detail = ": ".join(part for part in (self.error, self.message) if part)
        if detail:
            text += f" ({detail})"
        elif isinstance(self.body, str) and self.body.strip():
            text += f": {_excerpt(self.body)!r}"
        if self.trace_id:
            text += f" [traceId {self.trace_id}]"
        return text


class BadRequestError(HTTPStatusError):
    """400: the service refused the request as malformed."""


class UnauthorizedError(HTTPStatusError):
    """401: the token is missing, expired, revoked or for another audience."""


class ForbiddenError(HTTPStatusError):
    """403: the account may not do this (e.g. not a club member, a dedicated server)."""


class NotFoundError(HTTPStatusError):
    """404: no such resource."""


class RateLimitedError(HTTPStatusError):
    """429: too many requests; `retry_after` is the wait the service asked for, in seconds."""

    def __init__(self, *, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(**kwargs)


class ServerError(HTTPStatusError):
    """5xx: the service failed."""


_BY_STATUS: dict[int, type[HTTPStatusError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    429: RateLimitedError,
}


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _BODY_EXCERPT else text[:_BODY_EXCERPT] + "…"


def status_error(
    *, status: int, method: str, url: str, content: bytes, retry_after: float | None = None
) -> HTTPStatusError:
    """Build the `HTTPStatusError` subclass for an error answer, reading Nadeo's error fields."""
    text = redact(content.decode("utf-8", errors="replace"), limit=len(content) + 1)
    body: Any = text
    error = message = trace_id = None
    errors: list[str] | None = None
    with contextlib.suppress(ValueError, RecursionError):
        body = json.loads(text) if text.strip() else None
    if isinstance(body, str):
        body = redact(body)
    if isinstance(body, dict):
        error = _str_or_none(body.get("error") or body.get("code"))
        # OAuth errors (RFC 6749) word it as `error_description`.
        message = _str_or_none(body.get("message") or body.get("error_description"))
        trace_id = _str_or_none(body.get("traceId"))
    elif isinstance(body, list) and body and all(isinstance(item, str) for item in body):
        errors = list(body)
        error = errors[0]
    elif isinstance(body, str) and body.strip() and not body.lstrip().startswith("<"):
        message = _excerpt(body)
    cls = _BY_STATUS.get(status, ServerError if status >= 500 else HTTPStatusError)
    kwargs: dict[str, Any] = dict(
        status=status,
        method=method,
        url=url,
        body=body,
        error=error,
        message=message,
        trace_id=trace_id,
        errors=errors,
    )
    if cls is RateLimitedError:
        return RateLimitedError(retry_after=retry_after, **kwargs)
    return cls(**kwargs)


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)
