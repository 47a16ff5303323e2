"""Display names of many accounts, and accounts of many display names, with few requests.

    from nadeo_api import auth
    from nadeo_api.names import Names

    token = auth.OAuthToken.get(client_id, client_secret, "My tool / @me")
    names = Names(token)
    names.display_names(account_ids)   # {accountId: displayName}, 50 IDs per request
    names.account_ids(["Player1"])     # {displayName: accountId}
    await names.async_display_names(account_ids)   # the same, on an AsyncClient

    board = with_names(live.get_map_leaderboard(token, map_uid, length=100), names)
    for record, name in with_names(live.iter_map_leaderboard(token, map_uid), names):
        ...

The public OAuth API converts at most 50 IDs or names per request. `Names` asks only for what
it does not already know, 50 at a time, and remembers each answer (and each unknown account)
for a day; an answer in one direction also serves the other. `with_names` puts names beside
the records of any leaderboard answer or iterator, with the same few requests. One `Names` may
be shared by threads and tasks: its cache is guarded by a lock (never held while a request is
out).
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from typing import TYPE_CHECKING, Any, TypeVar, overload

from ._declared import DECLARATIONS
from ._errors import ArgumentError
from .endpoints.oauth import accounts as oauth_accounts

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from .auth import OAuthToken

__all__ = ["ACCOUNT_FIELDS", "BATCH", "DAY", "NAME_FIELD", "Names", "with_names"]

BATCH = oauth_accounts.MAX_NAMES
"""The most IDs or names one request converts."""
DAY = 24 * 3600.0
"""How long an answer is kept by default, in seconds."""

ACCOUNT_FIELDS = ("accountId", "player", "participant")
"""The fields naming a record's account: Live's `accountId`, Meet's `player` or `participant`
(models spell them `account_id`, `player`, `participant`)."""
NAME_FIELD = "displayName"
"""The field `with_names` adds to each record of an answer."""

T = TypeVar("T")

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
        declared = DECLARATIONS["oauth"][endpoint]
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

    def _knows(self, account_id: str) -> bool:
        """Whether the name of `account_id` is at hand (asking for it sends nothing)."""
        return self._fresh(self._names.get(account_id.lower()), self._clock())


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


@overload
def with_names(source: Mapping[str, Any], names: Names) -> dict[str, Any]: ...  # type: ignore[overload-overlap]
@overload
def with_names(source: AsyncIterable[T], names: Names) -> AsyncIterator[tuple[T, str | None]]: ...
@overload
def with_names(source: Iterable[T], names: Names) -> Iterator[tuple[T, str | None]]: ...


def with_names(source: Any, names: Names) -> Any:
    """Display names beside the records of a leaderboard (or any list of accounts' records),
    resolved through `names`: 50 accounts a request, and none it already knows.

    - An answer (a dict, e.g. `live.get_map_leaderboard(...)`) comes back as a copy whose
      records each carry a `displayName` (None for an unknown account).
    - An iterator or list of records (dicts or models, e.g. `live.iter_map_leaderboard(...)`,
      `meet.get_competition_leaderboard(...)`) gives `(record, display name or None)` pairs, in
      order; the names are asked as records come, 50 new accounts at a time. An async iterator
      gives them asynchronously, through `Names.async_display_names`.

    A record's account is its `accountId`, `player` or `participant` (`account_id`... on
    models); records without one pair with None. For a typed answer, pass its records (e.g.
    `board.world` of a `MapLeaderboard`).
    """
    if isinstance(source, Mapping):
        return _answer_with_names(source, names)
    if isinstance(source, AsyncIterable):
        return _async_pairs(source, names)
    if isinstance(source, (str, bytes)) or not isinstance(source, Iterable):
        raise ArgumentError(
            "source must be an answer (dict), a list or an iterator of records "
            f"(got {type(source).__name__})"
        )
    return _pairs(source, names)


def account_of(record: Any) -> str | None:
    """The account ID a record is about (None when it names none)."""
    for field in ACCOUNT_FIELDS:
        if isinstance(record, Mapping):
            value = record.get(field)
        else:
            value = getattr(record, "account_id" if field == "accountId" else field, None)
        if isinstance(value, str) and value:
            return value
    return None


def _answer_with_names(answer: Mapping[str, Any], names: Names) -> dict[str, Any]:
    copied: dict[str, Any] = copy.deepcopy(dict(answer))
    records = list(_records_in(copied))
    found = names.display_names({a for r in records if (a := account_of(r)) is not None})
    for record in records:
        account = account_of(record)
        record[NAME_FIELD] = None if account is None else found.get(account.lower())
    return copied


def _records_in(value: Any) -> Iterator[dict[str, Any]]:
    """Every dict in `value` (nested at any depth) that names an account."""
    if isinstance(value, dict):
        if account_of(value) is not None:
            yield value
        for inner in value.values():
            yield from _records_in(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _records_in(inner)


class _Batches:
    """Records held back until 50 of their accounts have unknown names (or the source ends),
    so each request asks for a full batch."""

    def __init__(self, names: Names) -> None:
        self.names = names
        self.held: list[Any] = []
        self.unknown: set[str] = set()

    def add(self, record: Any) -> bool:
        """Hold `record`; True when a full batch of unknown accounts is waiting."""
        self.held.append(record)
        account = account_of(record)
        if account is not None and not self.names._knows(account):
            self.unknown.add(account.lower())
        return len(self.unknown) >= BATCH

    def release(self, found: dict[str, str]) -> list[tuple[Any, str | None]]:
        pairs = []
        for record in self.held:
            account = account_of(record)
            pairs.append((record, None if account is None else found.get(account.lower())))
        self.held, self.unknown = [], set()
        return pairs

    def accounts(self) -> set[str]:
        return {a.lower() for r in self.held if (a := account_of(r)) is not None}


def _pairs(source: Iterable[Any], names: Names) -> Iterator[tuple[Any, str | None]]:
    batches = _Batches(names)
    for record in source:
        if batches.add(record):
            yield from batches.release(names.display_names(batches.accounts()))
    if batches.held:
        yield from batches.release(names.display_names(batches.accounts()))


async def _async_pairs(
    source: AsyncIterable[Any], names: Names
) -> AsyncIterator[tuple[Any, str | None]]:
    batches = _Batches(names)
    async for record in source:
        if batches.add(record):
            for pair in batches.release(await names.async_display_names(batches.accounts())):
                yield pair
    if batches.held:
        for pair in batches.release(await names.async_display_names(batches.accounts())):
            yield pair
