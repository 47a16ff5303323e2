"""Display names of many accounts, and accounts of many display names, with few requests.

    from nadeo_api import auth
    from nadeo_api.names import Names

    token = auth.OAuthToken.get(client_id, client_secret, "My tool / @me")
    names = Names(token)
    names.display_names(account_ids)   # {accountId: displayName}, 50 IDs per request
    names.account_ids(["Player1"])     # {displayName: accountId}
    await names.async_display_names(account_ids)   # the same, on an AsyncClient

The public OAuth API converts at most 50 IDs or names per request. `Names` asks only for what
it does not already know, 50 at a time, and remembers each answer (and each unknown account)
for a day; an answer in one direction also serves the other. One `Names` may be shared by
threads and tasks: its cache is guarded by a lock (never held while a request is out).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Generator, Iterable
from typing import TYPE_CHECKING, Any

from . import _oauth
from ._errors import ArgumentError

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from .auth import OAuthToken

__all__ = ["BATCH", "DAY", "Names"]

BATCH = _oauth.MAX_NAMES
"""The most IDs or names one request converts."""
DAY = 24 * 3600.0
"""How long an answer is kept by default, in seconds."""

Progress = Callable[[int], None]
"""Told how many of the asked IDs or names are known so far, after each request."""


class Names:
    """A cache of display names and account IDs in front of the OAuth API's conversions.

    One cache serves both drivers: `display_names` and `account_ids` send with a `Client`,
    `async_display_names` and `async_account_ids` with an `AsyncClient`.

    Args:
        token: any `OAuthToken` (a client-credentials token is enough).
        client: the `Client` to send with (default: the process's shared client).
        async_client: the `AsyncClient` to send with (default: the event loop's shared one).
        ttl: seconds an answer is kept.
        clock: seconds, monotonic (tests pass a fake one).
    """

    def __init__(
        self,
        token: OAuthToken,
        *,
        client: Client | None = None,
        async_client: AsyncClient | None = None,
        ttl: float = DAY,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not isinstance(ttl, (int, float)) or isinstance(ttl, bool) or ttl <= 0:
            raise ArgumentError(f"ttl must be a number of seconds > 0 (got {ttl!r})")
        self._token = token
        self._client = client
        self._async_client = async_client
        self._ttl = float(ttl)
        self._clock = clock
        self._lock = threading.Lock()
        # key -> (answer or None for "no such account", when it was learnt)
        self._names: dict[str, tuple[str | None, float]] = {}
        self._ids: dict[str, tuple[str | None, float]] = {}

    def __repr__(self) -> str:
        with self._lock:
            return f"Names({len(self._names)} names, {len(self._ids)} account IDs known)"

    def display_names(
        self, account_ids: Iterable[str], *, progress: Progress | None = None
    ) -> dict[str, str]:
        """`{accountId: displayName}` for the given accounts; unknown accounts are left out.

        Account IDs are answered in lowercase, whatever their case when asked."""
        return self._drive(self._names_flow(account_ids, progress))

    def display_name(self, account_id: str) -> str | None:
        """The display name of one account, or None if there is no such account."""
        return self.display_names([account_id]).get(account_id.lower())

    def account_ids(
        self, display_names: Iterable[str], *, progress: Progress | None = None
    ) -> dict[str, str]:
        """`{displayName: accountId}` for the given names; unknown names are left out."""
        return self._drive(self._ids_flow(display_names, progress))

    async def async_display_names(
        self, account_ids: Iterable[str], *, progress: Progress | None = None
    ) -> dict[str, str]:
        """`display_names` on an `AsyncClient`."""
        return await self._async_drive(self._names_flow(account_ids, progress))

    async def async_account_ids(
        self, display_names: Iterable[str], *, progress: Progress | None = None
    ) -> dict[str, str]:
        """`account_ids` on an `AsyncClient`."""
        return await self._async_drive(self._ids_flow(display_names, progress))

    def _names_flow(self, account_ids: Iterable[str], progress: Progress | None) -> _Flow:
        wanted = _unique("account_ids", account_ids, lower=True)
        return self._resolve(wanted, self._names, self._ids, "get_display_names", progress)

    def _ids_flow(self, display_names: Iterable[str], progress: Progress | None) -> _Flow:
        wanted = _unique("display_names", display_names, lower=False)
        return self._resolve(wanted, self._ids, self._names, "get_account_ids", progress)

    def _drive(self, flow: _Flow) -> dict[str, str]:
        from ._client import default_client

        client = self._client or default_client()
        try:
            declared, batch = next(flow)
            while True:
                declared, batch = flow.send(client.call(declared, self._token, batch))
        except StopIteration as done:
            result: dict[str, str] = done.value
            return result

    async def _async_drive(self, flow: _Flow) -> dict[str, str]:
        from ._client import default_async_client

        client = self._async_client or default_async_client()
        try:
            declared, batch = next(flow)
            while True:
                declared, batch = flow.send(await client.call(declared, self._token, batch))
        except StopIteration as done:
            result: dict[str, str] = done.value
            return result

    def _resolve(
        self,
        wanted: list[str],
        cache: dict[str, tuple[str | None, float]],
        reverse: dict[str, tuple[str | None, float]],
        endpoint: str,
        progress: Progress | None,
    ) -> _Flow:
        """Yields (endpoint, batch) for what is not known yet, is sent each answer, and
        returns the result: the logic of both drivers, without I/O."""
        now = self._clock()
        with self._lock:
            missing = [key for key in wanted if not self._fresh(cache.get(key), now)]
        done = len(wanted) - len(missing)
        if progress is not None:
            progress(done)
        declared = _oauth.DECLARATIONS[endpoint]
        lower_keys = cache is self._names  # account IDs are kept in lowercase
        for start in range(0, len(missing), BATCH):
            batch = missing[start : start + BATCH]
            answer = yield declared, batch
            learnt = self._clock()
            found = {
                (str(key).lower() if lower_keys else str(key)): str(value)
                for key, value in dict(answer or {}).items()
            }
            with self._lock:
                for key in batch:
                    value = found.get(key)
                    cache[key] = (value, learnt)
                    if value is not None:
                        reverse[value if lower_keys else value.lower()] = (key, learnt)
            done += len(batch)
            if progress is not None:
                progress(done)
        result: dict[str, str] = {}
        with self._lock:
            for key in wanted:
                entry = cache.get(key)
                if entry is not None and entry[0] is not None:
                    result[key] = entry[0]
        return result

    def _fresh(self, entry: tuple[str | None, float] | None, now: float) -> bool:
        return entry is not None and now - entry[1] < self._ttl


_Flow = Generator[tuple[Any, list[str]], Any, dict[str, str]]


def _unique(name: str, values: Iterable[str], *, lower: bool) -> list[str]:
    if isinstance(values, str):
        raise ArgumentError(f"{name} must be a list of strings, not one string ({values!r})")
    out: dict[str, None] = {}
    for index, value in enumerate(values):
        if not isinstance(value, str) or not value.strip():
            raise ArgumentError(f"{name}[{index}] must be a non-empty string (got {value!r})")
        out[value.lower() if lower else value] = None
    return list(out)
