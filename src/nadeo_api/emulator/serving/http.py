"""Request and response values shared by the emulator's handlers."""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

from .tokens import Principal

JSON_TYPE = "application/json; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"


class BadRequest(Exception):
    """Raised by handlers for malformed input; answered 400."""


@dataclass
class Request:
    """An incoming request as handlers see it."""

    api: str
    method: str
    path: str
    query: str
    params: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    client: str
    path_params: dict[str, str] = field(default_factory=dict)
    principal: Principal | None = None

    def param(self, name: str) -> str | None:
        """First value of a query parameter."""
        values = self.params.get(name)
        return values[0] if values else None

    def int_param(self, name: str, default: int) -> int:
        """An integer query parameter (blank or absent gives ``default``)."""
        raw = self.param(name)
        if raw is None or raw.strip() == "":
            return default
        try:
            return int(raw)
        except ValueError as exc:
            raise BadRequest(f"query parameter {name!r} must be an integer") from exc

    def bool_param(self, name: str, default: bool = False) -> bool:
        """A boolean query parameter (``true``/``1`` are true)."""
        raw = self.param(name)
        if raw is None or raw.strip() == "":
            return default
        return raw.strip().lower() in ("true", "1", "yes")

    def json(self) -> Any:
        """The body parsed as JSON."""
        try:
            return json.loads(self.body or b"null")
        except (ValueError, UnicodeDecodeError) as exc:
            raise BadRequest("request body is not valid JSON") from exc


def principal_of(req: Request) -> Principal:
    """Who sent an authenticated request (the routes of Core, Live and Meet all are)."""
    assert req.principal is not None, f"{req.api} routes are authenticated"
    return req.principal


@dataclass
class Response:
    """A complete response."""

    status: int
    body: bytes = b""
    content_type: str | None = JSON_TYPE
    headers: list[tuple[str, str]] = field(default_factory=list)


def json_response(data: Any, status: int = 200) -> Response:
    """A JSON response."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    return Response(status, body, JSON_TYPE)


def text_response(text: str, status: int) -> Response:
    """A plain-text response."""
    return Response(status, text.encode(), TEXT_TYPE)


def trace_id() -> str:
    """A trace id in the gateway's ``Root=1-<time>-<random>`` form."""
    return f"Root=1-{int(time.time()) & 0xFFFFFFFF:08x}-{secrets.token_hex(12)}"


def error_response(status: int, error: str, message: str) -> Response:
    """Live's JSON error body, `{error, message, traceId}` (the shape Live's pages document;
    Meet, which documents none, answers the same, as its gateway is Live's)."""
    return json_response({"error": error, "message": message, "traceId": trace_id()}, status)


CORE_CODES = {400: "C-AA-00-03", 401: "C-AA-00-01", 404: "C-AL-02-03"}
"""Core's error codes by status: 400 and 404 as its pages show them; 401 is the emulator's
choice in the same form (the pages give the status of a refused token, not its body)."""


def core_code(status: int) -> str:
    """Core's `code` for an error of `status` (`C-EM-00-<status>` where Core's is unknown: the
    `EM` says it is the emulator's)."""
    return CORE_CODES.get(status, f"C-EM-00-{status}")


def core_error(status: int, code: str, message: str, info: Any = None) -> Response:
    """Core's error body: `{code, correlation_id, message}`, and `info` when given."""
    body: dict[str, Any] = {
        "code": code,
        "correlation_id": secrets.token_hex(16),
        "message": message,
    }
    if info is not None:
        body["info"] = info
    return json_response(body, status)


def service_error(api: str, status: int, error: str, message: str) -> Response:
    """An error of the emulator's own front (no route, wrong method, no valid token, faults,
    rate limit) in the shape of the service `api` answers with: Core's, or Live's elsewhere."""
    if api == "core":
        # Core's documented 404 says no more than this.
        return core_error(status, core_code(status), "Not Found" if status == 404 else message)
    return error_response(status, error, message)


_NADEO_AUTH = re.compile(r"^nadeo_v1\s+t=(\S+)$", re.IGNORECASE)


def nadeo_token(headers: dict[str, str]) -> str | None:
    """The token of an ``Authorization: nadeo_v1 t=...`` header."""
    m = _NADEO_AUTH.match(headers.get("authorization", "").strip())
    return m.group(1) if m else None


def basic_credentials(headers: dict[str, str]) -> tuple[str, str] | None:
    """The login and password of an ``Authorization: Basic ...`` header."""
    value = headers.get("authorization", "").strip()
    scheme, _, encoded = value.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    login, sep, password = decoded.partition(":")
    return (login, password) if sep else None


_BEARER_AUTH = re.compile(r"^bearer\s+(\S+)$", re.IGNORECASE)


def bearer_token(headers: dict[str, str]) -> str | None:
    """The token of an ``Authorization: Bearer ...`` header."""
    m = _BEARER_AUTH.match(headers.get("authorization", "").strip())
    return m.group(1) if m else None
