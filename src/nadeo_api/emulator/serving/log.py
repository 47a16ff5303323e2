"""Thread-safe record of the latest requests the emulator received."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

DEFAULT_SIZE = 10_000
"""How many requests a log keeps by default: an emulator serving for months stays small."""
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
"""Headers whose values are credentials (their scheme, e.g. `nadeo_v1`, is kept)."""
SECRET_FIELDS = frozenset(
    {"password", "client_secret", "refresh_token", "access_token", "token", "ticket"}
)
"""Body fields (JSON keys or form names) whose values are credentials."""

Mask = Callable[[str], str]
"""What replaces a secret in the log (see :meth:`RequestLog.redacted`)."""


def redact_headers(headers: Mapping[str, str], mask: Mask) -> dict[str, str]:
    """`headers` (lower-case names) with credentials masked: `Authorization: nadeo_v1 t=...`
    becomes `nadeo_v1 t=<redacted ...>`, so a test still sees which kind of credential was
    sent (and, through the mask, which one)."""
    out = dict(headers)
    for name in SECRET_HEADERS & out.keys():
        scheme, _, rest = out[name].partition(" ")
        if not rest:
            out[name] = mask(scheme)
        elif rest.startswith("t="):
            out[name] = f"{scheme} t={mask(rest[2:])}"
        else:
            out[name] = f"{scheme} {mask(rest)}"
    return out


def _redact_json(value: object, mask: Mask) -> object:
    if isinstance(value, dict):
        return {
            k: mask(str(v))
            if isinstance(k, str) and k.lower() in SECRET_FIELDS
            else _redact_json(v, mask)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_redact_json(v, mask) for v in value]
    return value


def redact_body(body: bytes, content_type: str, mask: Mask) -> bytes:
    """`body` with the values of its credential fields masked (a JSON document or an
    url-encoded form; any other body is kept as it is: no route of the services takes a
    credential in another form)."""
    lowered = body.lower()
    if not any(field.encode() in lowered for field in SECRET_FIELDS):
        return body  # the usual case: nothing to look for, nothing to parse
    if "x-www-form-urlencoded" in content_type:
        try:
            pairs = parse_qsl(body.decode(), keep_blank_values=True)
        except UnicodeDecodeError:
            return body
        return urlencode(
            [(n, mask(v) if n.lower() in SECRET_FIELDS else v) for n, v in pairs]
        ).encode()
    try:
        parsed = json.loads(body)
    except (UnicodeDecodeError, ValueError):
        return body
    redacted = _redact_json(parsed, mask)
    if redacted == parsed:
        return body
    return json.dumps(redacted, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass(frozen=True)
class LoggedRequest:
    """One request as the emulator saw it, with the status it answered.

    ``status`` is 0 when the connection was dropped on purpose; ``account_id``
    is the ``sub`` of a valid token that authenticated the request. No secret is kept:
    ``headers`` and ``body`` show each credential as :meth:`RequestLog.redacted` masks it.
    """

    time: float
    wall: float
    api: str
    method: str
    path: str
    query: str
    params: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    status: int
    account_id: str | None


class RequestLog:
    """A thread-safe ring of the latest :class:`LoggedRequest` entries.

    It keeps the last ``size`` requests (``None``: all of them, for short tests only; ``0``:
    none, the log is off); :attr:`total` counts every request seen.

    Credentials never reach it: :meth:`redacted` says what stands in their place.
    """

    def __init__(self, size: int | None = DEFAULT_SIZE) -> None:
        if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 0):
            raise ValueError(f"log size must be an int >= 0 or None (got {size!r})")
        self._lock = threading.Lock()
        self._entries: deque[LoggedRequest] = deque(maxlen=size)
        self._listeners: list[Callable[[LoggedRequest], None]] = []
        self.size = size
        self.total = 0
        # A key of this log only, so that a mask cannot be matched against guessed passwords.
        self._key = secrets.token_bytes(16)

    def redacted(self, secret: str) -> str:
        """What this log shows in place of `secret` (a password, token, refresh token, client
        secret): `<redacted 1a2b3c4d>`, the same for the same secret, so a test can tell which
        credential was sent without the log holding any."""
        digest = hmac.new(self._key, secret.encode(), hashlib.sha256).hexdigest()
        return f"<redacted {digest[:8]}>"

    def append(self, entry: LoggedRequest) -> None:
        """Add one entry (the oldest goes when the log is full), and tell the listeners."""
        with self._lock:
            self.total += 1
            if self.size != 0:
                self._entries.append(entry)
            listeners = list(self._listeners)
        for listener in listeners:
            listener(entry)

    def subscribe(self, listener: Callable[[LoggedRequest], None]) -> None:
        """Call `listener` with every request from now on, kept or not (e.g. an access log)."""
        with self._lock:
            self._listeners.append(listener)

    @property
    def entries(self) -> list[LoggedRequest]:
        """A copy of the entries kept, in the order the requests completed."""
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        """Forget all entries."""
        with self._lock:
            self._entries.clear()

    def filter(
        self,
        *,
        api: str | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> list[LoggedRequest]:
        """Entries matching every given criterion (``method`` is case-insensitive)."""
        wanted_method = method.upper() if method is not None else None
        return [
            e
            for e in self.entries
            if (api is None or e.api == api)
            and (wanted_method is None or e.method == wanted_method)
            and (path is None or e.path == path)
        ]

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __iter__(self) -> Iterator[LoggedRequest]:
        return iter(self.entries)
