"""The base of every token, as the request pipeline sees it: how a request is authorized, and how
a token renews once for all its callers.

The kinds of tokens (`nadeo_api.auth`) build on it; the client and the declarations only need
this much of them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import ClassVar, TypeVar

from . import _checks as check
from ._errors import AudienceError, AuthenticationError
from ._pipeline import Flow, Locked, Policy, RenewalLock
from ._store import TokenStore
from .clock import SYSTEM, Clock

__all__ = ["Credential", "key_lock", "run_now"]

_T = TypeVar("_T")

logger = logging.getLogger("nadeo_api")


class Credential:
    """What the request pipeline needs of a token: authorize requests, renew when due (under one
    lock per account in the process, and the token store's across processes), and refuse an API
    or an endpoint it cannot be used on. `nadeo_api.auth.Token` is the public base class."""

    #: APIs (`core`, `live`, `meet`, `oauth`) this kind of token may be used on.
    apis: ClassVar[frozenset[str]] = frozenset()

    def __init__(
        self,
        *,
        agent: str,
        store: TokenStore | None = None,
        store_key: str | None = None,
        clock: Clock = SYSTEM,
    ) -> None:
        self.agent = check.agent(agent)
        #: The clock its lifetimes are read on (the settings' of the client that obtained it).
        self.clock = clock
        self._store = store if store_key is not None else None
        self._store_key = store_key
        # Every token kept under one key renews under one lock in this process.
        self.renewal_lock = key_lock(store_key) if store_key is not None else RenewalLock()

    @property
    def expires_at(self) -> float | None:
        """Unix time the access token expires at, if known."""
        raise NotImplementedError

    @property
    def expired(self) -> bool:
        """Whether the access token is past its expiry."""
        expires = self.expires_at
        return expires is not None and self.clock.time() >= expires

    @property
    def needs_renewal(self) -> bool:
        """Whether the token should be renewed before its next use."""
        return self.expired

    @property
    def can_renew(self) -> bool:
        """Whether the library can renew this token by itself."""
        return False

    def authorization(self) -> str:
        """The `Authorization` header value. A secret: never log it."""
        raise NotImplementedError

    def check_api(self, api: str) -> None:
        """Refuse, before any request, a token that cannot be used on `api`."""
        if api not in self.apis:
            raise AudienceError(
                f"a {type(self).__name__} cannot be used on the {api} API"
                f" (it serves: {', '.join(sorted(self.apis)) or 'none'})"
            )

    def require_user(self, what: str) -> None:
        """Refuse, before any request, a token that does not stand for a user where `what` (an
        endpoint) needs one. Each token class knows what a user is; by default nothing is
        refused."""

    def renew_flow(
        self, policy: Policy, *, stale: str | None = None, force: bool = False
    ) -> Flow[None]:
        """Renew the token under its lock, unless another caller already did.

        Many threads and tasks may find the token expired (or get a 401) at once: the first to
        take the lock renews, the others find the token changed and send nothing. `stale` is the
        `authorization()` a caller saw refused; `force` renews even when the token looks fresh.
        """
        yield Locked(
            self.renewal_lock, self._renew_if_needed(policy, stale, force), guard=self._guard()
        )

    def _renew_if_needed(self, policy: Policy, stale: str | None, force: bool) -> Flow[None]:
        self._adopt_stored()
        if stale is not None:
            if self.authorization() != stale:
                return
        elif not force and not self.needs_renewal:
            return
        yield from self._renew(policy)
        self._save()

    def _guard(self) -> AbstractContextManager[object] | None:
        """A lock shared with other processes, held while renewing (the token store's)."""
        if self._store is None or self._store_key is None:
            return None
        return self._store.lock(self._store_key)

    def _adopt_stored(self) -> None:
        """Take up tokens another process renewed meanwhile, if any."""
        if self._store is None or self._store_key is None:
            return
        self._take_entry(self._store.load(self._store_key) or {})

    def _save(self) -> bool:
        """Keep the renewed tokens for later runs, if there is somewhere to keep them; whether
        they were kept."""
        if self._store is None or self._store_key is None:
            return False
        try:
            self._store.save(self._store_key, self._entry())
        except OSError as exc:
            logger.warning("could not store the renewed %s: %s", type(self).__name__, exc)
            return False
        return True

    def _saved_flow(self) -> Flow[bool]:
        """Store the tokens under the lock renewals take (for a token just obtained)."""
        saved: bool = yield Locked(self.renewal_lock, run_now(self._save), guard=self._guard())
        return saved

    def _entry(self) -> dict[str, str]:
        """What the store keeps of this token (never a password or client secret)."""
        raise NotImplementedError

    def _take_entry(self, entry: Mapping[str, str]) -> None:
        """Adopt the stored entry (empty if none) if it holds newer tokens than this one's."""

    def _renew(self, policy: Policy) -> Flow[None]:
        raise AuthenticationError(f"this {type(self).__name__} cannot be renewed")
        yield  # pragma: no cover - makes this a generator


_key_locks: dict[str, RenewalLock] = {}
_key_locks_guard = threading.Lock()


def key_lock(key: str) -> RenewalLock:
    """The renewal lock of every token of one account and audience in this process."""
    with _key_locks_guard:
        lock = _key_locks.get(key)
        if lock is None:
            lock = _key_locks[key] = RenewalLock()
        return lock


def run_now(action: Callable[[], _T]) -> Flow[_T]:
    """A flow that only calls `action`: to run it under a `Locked`."""
    return action()
    yield  # pragma: no cover - makes this a generator
