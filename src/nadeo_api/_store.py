"""Where tokens survive restarts: the `TokenStore` interface and the default file store.

A restarted program that logs in with the same account and audience reuses the stored tokens
instead of logging in again, and renewals are written back. A user's OAuth token is kept the same
way, by OAuth client and user, and loaded again by the user's account ID. Only tokens are stored,
never a password or a client secret.

`FileTokenStore` keeps one JSON file (mode 0600, replaced atomically) in the user's cache
directory, guarded by a lock file per key, so that processes sharing it never both log in (or
refresh) for the same account and audience, or OAuth user: the second one waits, then finds the
first one's tokens.
A corrupted or foreign file is ignored with a warning and replaced on the next save.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import tempfile
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from .clock import SYSTEM, Clock

if TYPE_CHECKING:
    pass

__all__ = [
    "FileTokenStore",
    "MemoryTokenStore",
    "TokenStore",
    "oauth_store_key",
    "store_key",
]

logger = logging.getLogger("nadeo_api")

FORMAT = "nadeo_api.tokens/1"
STORE_ENV = "NADEO_TOKEN_STORE"
"""A directory for the default file store, or `off` to store nothing."""


@runtime_checkable
class TokenStore(Protocol):
    """Somewhere to keep token pairs between runs, by key.

    `lock(key)` must exclude every other holder of the same key, in this process and (for a
    store shared between processes) in others; the library holds it while it loads, logs in or
    renews, and saves.
    """

    def load(self, key: str) -> Mapping[str, str] | None:
        """The stored entry for `key` (`access_token`, `refresh_token`), or None."""
        ...

    def save(self, key: str, entry: Mapping[str, str]) -> None:
        """Store `entry` for `key`, replacing what was there.

        An empty entry forgets the key: the library reads an empty entry as no entry, and a
        store may (as the file and memory stores do) keep nothing at all under the key.
        """
        ...

    def lock(self, key: str) -> contextlib.AbstractContextManager[object]:
        """A lock held around load, login or renewal, and save."""
        ...


def store_key(base_url: str, login: str, audience: str) -> str:
    """The key of one account's tokens for one audience on one Core service.

    Hashed, so the store file does not list logins in clear.
    """
    return hashlib.sha256(f"{base_url}\n{login}\n{audience}".encode()).hexdigest()[:32]


def oauth_store_key(oauth_url: str, client_id: str, account_id: str) -> str:
    """The key of one user's OAuth token for one OAuth application (client) on one OAuth API.

    Hashed like `store_key`, and apart from it: no Core key can be an OAuth key.
    """
    text = f"oauth\n{oauth_url}\n{client_id}\n{account_id}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


class MemoryTokenStore:
    """A store that lives as long as the process (shared by its clients and threads)."""

    def __init__(self) -> None:
        self._entries: dict[str, dict[str, str]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def load(self, key: str) -> Mapping[str, str] | None:
        with self._guard:
            entry = self._entries.get(key)
            return dict(entry) if entry is not None else None

    def save(self, key: str, entry: Mapping[str, str]) -> None:
        with self._guard:
            if entry:
                self._entries[key] = dict(entry)
            else:
                self._entries.pop(key, None)

    def lock(self, key: str) -> contextlib.AbstractContextManager[object]:
        with self._guard:
            return self._locks.setdefault(key, threading.Lock())


class FileTokenStore:
    """Tokens in one JSON file, shared safely between threads and processes.

    Args:
        directory: where `tokens.json` and its lock live (created, mode 0700, if missing).
        lock_timeout: the longest wait for another process's lock, in seconds.

    A store that cannot be used (an unwritable or missing home, a file where the directory
    should be, a lock file that is a symbolic link, a lock held past `lock_timeout`) does not
    stop the program: with a warning, the store keeps tokens in memory from then on.
    """

    def __init__(
        self,
        directory: str | os.PathLike[str],
        *,
        lock_timeout: float = 60.0,
        clock: Clock = SYSTEM,
    ) -> None:
        self.directory = Path(directory)
        self.clock = clock
        self.path = self.directory / "tokens.json"
        self.lock_timeout = lock_timeout
        self._guard = threading.Lock()
        self._memory: MemoryTokenStore | None = None

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.directory)!r})"

    def _degrade(self, doing: str, exc: OSError) -> MemoryTokenStore:
        """The memory store this store falls back to, for good, after `exc`."""
        with self._guard:
            if self._memory is None:
                logger.warning(
                    "the token store %s cannot be used (%s while %s): tokens are kept in memory"
                    " only", self.directory, exc.strerror or exc, doing,
                )  # fmt: skip
                self._memory = MemoryTokenStore()
            return self._memory

    def lock(self, key: str) -> contextlib.AbstractContextManager[object]:
        from filelock import FileLock

        if self._memory is not None:
            return self._memory.lock(key)
        try:
            # One lock file per key: different accounts never wait for each other.
            path = self._lock_path(f".{key}.lock")
        except OSError as exc:
            return self._degrade("preparing its lock", exc).lock(key)
        # Not thread-local: an async caller may take it in a worker thread and give it back
        # from the event loop's thread. Each call makes its own lock object, so threads of this
        # process still exclude each other.
        file_lock = FileLock(str(path), timeout=self.lock_timeout, mode=0o600, thread_local=False)
        return _FileOrMemoryLock(self, key, file_lock)

    def load(self, key: str) -> Mapping[str, str] | None:
        if self._memory is not None:
            return self._memory.load(key)
        entry = self._read().get(key)
        return dict(entry) if isinstance(entry, dict) else None

    def save(self, key: str, entry: Mapping[str, str]) -> None:
        if self._memory is not None:
            self._memory.save(key, entry)
            return
        try:
            self._save(key, entry)
        except OSError as exc:
            self._degrade("saving", exc).save(key, entry)

    def _save(self, key: str, entry: Mapping[str, str]) -> None:
        from filelock import FileLock

        # The file holds every key: writers of different keys take turns on it.
        path = self._lock_path(".tokens.json.lock")
        with self._guard, FileLock(str(path), timeout=self.lock_timeout, mode=0o600):
            now = self.clock.time()
            entries = {k: v for k, v in self._read().items() if not _spent(v, now)}
            if entry:
                entries[key] = {**entry, "saved_at": str(int(now))}
            else:
                entries.pop(key, None)
            self._write({"format": FORMAT, "tokens": entries})

    def _lock_path(self, name: str) -> Path:
        """A lock file's path in the store's directory (made if missing); never a symbolic
        link, which locking would follow (and truncate its target)."""
        self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self.directory / name
        if path.is_symlink():
            raise OSError(errno.ELOOP, "a lock file is a symbolic link", str(path))
        return path

    def _read(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            logger.warning("ignoring the token store %s: %s", self.path, exc.strerror)
            return {}
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("not a nadeo_api token store")
            tokens = data.get("tokens")
            if not isinstance(tokens, dict):
                raise ValueError("no token table")
        except (ValueError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
            logger.warning(
                "ignoring the token store %s (%s); it will be replaced", self.path, reason
            )
            return {}
        return tokens

    def _write(self, data: dict[str, Any]) -> None:
        descriptor, temporary = tempfile.mkstemp(
            prefix=".tokens.", suffix=".tmp", dir=self.directory
        )
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                os.chmod(temporary, 0o600)
                json.dump(data, handle)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise


class _FileOrMemoryLock:
    """A store's file lock, or, if the file cannot be locked, the memory lock of the store it
    falls back to."""

    def __init__(self, store: FileTokenStore, key: str, file_lock: Any) -> None:
        self._store, self._key, self._file_lock = store, key, file_lock
        self._held: contextlib.AbstractContextManager[object] | None = None

    def __enter__(self) -> object:
        try:
            self._file_lock.acquire()
        except OSError as exc:  # filelock's Timeout is an OSError too
            self._held = self._store._degrade("taking its lock", exc).lock(self._key)
            return self._held.__enter__()
        return self._file_lock

    def __exit__(self, *exc: object) -> None:
        if self._held is None:
            self._file_lock.release()
        else:
            self._held.__exit__(None, None, None)
            self._held = None


def _spent(entry: object, now: float) -> bool:
    """Whether a stored entry can no longer be used at `now` (its refresh token has expired)."""
    if not isinstance(entry, dict):
        return True
    expires = entry.get("refresh_expires")
    try:
        return expires is not None and float(expires) < now
    except (TypeError, ValueError):
        return True
