"""Thread-safe record of the latest requests the emulator received."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass

DEFAULT_SIZE = 10_000
"""How many requests a log keeps by default: an emulator serving for months stays small."""


@dataclass(frozen=True)
class LoggedRequest:
    """One request as the emulator saw it, with the status it answered.

    ``status`` is 0 when the connection was dropped on purpose; ``account_id``
    is the ``sub`` of a valid token that authenticated the request.
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
    """

    def __init__(self, size: int | None = DEFAULT_SIZE) -> None:
        if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size < 0):
            raise ValueError(f"log size must be an int >= 0 or None (got {size!r})")
        self._lock = threading.Lock()
        self._entries: deque[LoggedRequest] = deque(maxlen=size)
        self._listeners: list[Callable[[LoggedRequest], None]] = []
        self.size = size
        self.total = 0

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
