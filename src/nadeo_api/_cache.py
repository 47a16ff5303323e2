"""Where kept answers live: in memory (bounded, least recently used first out) or in a SQLite
file that several processes may share.

An entry is an answer's status, content type and body, under a key made of the account that
asked and the URL (so one account never reads another's answer), with the Unix time it stays
fresh until and the scope (a club) whose writes make it stale. Tokens and other secrets are
never part of an entry. `_freshness` decides what is kept and for how long.

A cache never fails a call: a SQLite file that cannot be read or written (corrupt, locked,
unwritable) gives a warning and the calls go on without it.
"""

from __future__ import annotations

import os
import threading
import warnings
import weakref
from collections import OrderedDict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    import sqlite3

__all__ = ["Cache", "Entry", "MemoryCache", "SQLiteCache", "forget_everywhere", "open_cache"]

MEMORY_ENTRIES = 1024
MEMORY_BYTES = 64 * 1024 * 1024
SQLITE_ENTRIES = 100_000
# How long a SQLite statement waits for another process's write before giving up on the cache
# for that call.
_BUSY_SECONDS = 0.5


class Entry(NamedTuple):
    """A kept answer."""

    status: int
    content_type: str
    body: bytes
    expires: float
    """Unix time (of the settings' clock) the answer stays fresh until."""
    scope: str | None = None


class Cache(Protocol):
    """What the client asks of a cache."""

    def get(self, key: str, now: float) -> Entry | None:
        """The entry under `key` if still fresh at `now`."""
        ...

    def put(self, key: str, entry: Entry) -> None:
        """Keep `entry` under `key`."""
        ...

    def forget(self, scopes: Iterable[str]) -> None:
        """Drop every entry of these scopes."""
        ...


class MemoryCache:
    """Entries in this process's memory, at most `max_entries` and `max_bytes` of bodies; the
    least recently used go first. Thread-safe."""

    def __init__(self, max_entries: int = MEMORY_ENTRIES, max_bytes: int = MEMORY_BYTES) -> None:
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, Entry] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key: str, now: float) -> Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry.expires <= now:
                self._drop(key)
                return None
            self._entries.move_to_end(key)
            return entry

    def put(self, key: str, entry: Entry) -> None:
        if len(entry.body) > self.max_bytes:
            return
        with self._lock:
            self._drop(key)
            self._entries[key] = entry
            self._bytes += len(entry.body)
            while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
                self._drop(next(iter(self._entries)))

    def forget(self, scopes: Iterable[str]) -> None:
        wanted = set(scopes)
        with self._lock:
            for key in [k for k, e in self._entries.items() if e.scope in wanted]:
                self._drop(key)

    def __len__(self) -> int:
        return len(self._entries)

    def _drop(self, key: str) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= len(entry.body)

    def __repr__(self) -> str:
        return f"MemoryCache({len(self._entries)} entries)"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    key TEXT PRIMARY KEY,
    scope TEXT,
    expires REAL NOT NULL,
    status INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    body BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS answers_scope ON answers (scope);
CREATE INDEX IF NOT EXISTS answers_expires ON answers (expires);
"""


class SQLiteCache:
    """Entries in a SQLite file, shared by every process that names it (each statement is a
    transaction of its own; the file is in WAL mode, so readers do not wait for a writer).

    The file is made readable by its owner only. At most `max_entries` are kept: past that,
    the expired ones and then the soonest to expire go. Any SQLite error warns (once per cache
    object) and is otherwise ignored: a file that cannot be opened or is not a database turns
    this cache off for the process; a locked one only skips that call's use of it.
    """

    def __init__(self, path: str, max_entries: int = SQLITE_ENTRIES) -> None:
        self.path = os.path.abspath(path)
        self.max_entries = max_entries
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._pid = 0
        self._broken = False
        self._warned = False
        self._puts = 0

    def get(self, key: str, now: float) -> Entry | None:
        row = self._run(
            "SELECT status, content_type, body, expires, scope FROM answers"
            " WHERE key = ? AND expires > ?",
            (key, now),
        )
        if not row:
            return None
        status, content_type, body, expires, scope = row[0]
        return Entry(int(status), str(content_type), bytes(body), float(expires), scope)

    def put(self, key: str, entry: Entry) -> None:
        self._run(
            "INSERT OR REPLACE INTO answers (key, scope, expires, status, content_type, body)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (key, entry.scope, entry.expires, entry.status, entry.content_type, entry.body),
        )
        self._puts += 1
        if self._puts % 100 == 0:
            self._trim(entry.expires)

    def forget(self, scopes: Iterable[str]) -> None:
        for scope in set(scopes):
            self._run("DELETE FROM answers WHERE scope = ?", (scope,))

    def _trim(self, now: float) -> None:
        self._run(
            "DELETE FROM answers WHERE key IN (SELECT key FROM answers ORDER BY expires"
            " LIMIT max(0, (SELECT count(*) FROM answers) - ?))",
            (self.max_entries,),
        )

    def _connect(self) -> sqlite3.Connection:
        import sqlite3  # here: only a file cache needs it

        if self._connection is not None and self._pid == os.getpid():
            return self._connection
        # A connection made before fork() is the parent's: the child opens its own.
        if not os.path.exists(self.path):
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        connection = sqlite3.connect(
            self.path, timeout=_BUSY_SECONDS, isolation_level=None, check_same_thread=False
        )
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.executescript(_SCHEMA)
        except BaseException:
            connection.close()
            raise
        self._connection, self._pid = connection, os.getpid()
        return connection

    def _run(self, statement: str, values: tuple[object, ...]) -> list[tuple[Any, ...]]:
        import sqlite3

        with self._lock:
            if self._broken:
                return []
            try:
                return self._connect().execute(statement, values).fetchall()
            except (sqlite3.Error, OSError) as exc:
                locked = isinstance(exc, sqlite3.OperationalError) and (
                    "locked" in str(exc) or "busy" in str(exc)
                )
                if not locked:
                    self._broken = True
                self._warn(exc, locked)
                return []

    def _warn(self, exc: BaseException, locked: bool) -> None:
        if self._warned:
            return
        self._warned = True
        consequence = "skipped while locked" if locked else "off for this process"
        warnings.warn(
            f"nadeo_api: the cache file {self.path} cannot be used ({type(exc).__name__}:"
            f" {exc}); the cache is {consequence}",
            RuntimeWarning,
            stacklevel=2,
        )

    def __repr__(self) -> str:
        return f"SQLiteCache({self.path!r})"


_files: dict[str, SQLiteCache] = {}
_memories: weakref.WeakSet[MemoryCache] = weakref.WeakSet()
_files_lock = threading.Lock()


def forget_everywhere(scopes: Iterable[str]) -> None:
    """Every cache of the process (each client's memory, each SQLite file opened) forgets
    these scopes: a write through one client makes the answers the others kept stale too."""
    wanted = list(scopes)
    with _files_lock:
        caches: list[Cache] = [*_memories, *_files.values()]
    for cache in caches:
        cache.forget(wanted)


def open_cache(setting: str) -> Cache | None:
    """The cache a `Settings.cache` value names: a new `MemoryCache` for "memory", None for
    "off", else the process's one `SQLiteCache` of that file."""
    if setting == "off":
        return None
    if setting == "memory":
        memory = MemoryCache()
        with _files_lock:
            _memories.add(memory)
        return memory
    path = os.path.abspath(setting)
    with _files_lock:
        cache = _files.get(path)
        if cache is None:
            cache = _files[path] = SQLiteCache(path)
        return cache


def _after_fork() -> None:
    """In a child process: a lock another thread of the parent held at fork() stays held."""
    global _files_lock
    _files_lock = threading.Lock()
    for memory in _memories:
        memory._lock = threading.Lock()
    for file in _files.values():
        file._lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)
