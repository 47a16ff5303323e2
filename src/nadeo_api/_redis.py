"""One rate budget and one token store for many processes and machines, kept in Redis.

Chosen by `Settings(redis_url=...)` (or `NADEO_REDIS_URL` read by `Settings.from_env()`): every
process that uses the same Redis server and `redis_namespace` draws from one budget (one per
account with `rate_limit_per_account`) and shares one token store, so a fleet of workers logs
in once, renews once, and never sends more than the budget together.

The budget is the GCRA of `_ratelimit.RateLimiter`, run inside Redis as one Lua script (atomic),
with one difference: it never books a start more than `HORIZON` seconds ahead. A caller further
back is told when to ask again (callers sent away wait in a line, so they come back spread out
and in order: about two round trips per request under a long queue). That bound is what lets
the budget survive a Redis restart without breaking: a server that lost its state (the
namespace's `born` key is missing) holds every budget back until the slots booked before the
loss are past.

Time: with the real clock (`nadeo_api.clock.SYSTEM`, the default), the budget and the token
locks run on the Redis server's clock, the one clock every machine of a fleet sees. With any
other `Settings.clock` (a `FakeClock` in tests) they run on that clock's wall time, which every
process sharing the keys must then share. Either way the times are values kept in Redis, and
key lifetimes only clear away keys nobody uses any more: nothing waits for a key to expire.
The outage timing (probes, `retry_deadline`) follows `Settings.clock`.

When Redis does not answer within `redis_timeout` (slow or gone), a process cannot know what
the others send, and any local allowance, summed over enough processes, could exceed the budget.
So it sends nothing over the shared budget: requests wait for Redis, which is asked again every
`PROBE_INTERVAL` seconds, and fail with `NadeoConnectionError` once Redis has been silent for
`retry_deadline` seconds. Tokens meanwhile live in the process's memory (logins and renewals
are coordinated within the process only), and are written back to Redis when it answers again.
Each outage is logged once as a warning, and its end once more.

The Redis calls block: an `AsyncClient` makes them on its event loop (one round trip, about
0.2 ms on loopback, never longer than `redis_timeout`). Redis must keep these keys: no
`allkeys-*` eviction policy on the server. redis-py is imported only when a Redis backend is
first used.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import math
import threading
import urllib.parse
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from ._errors import ArgumentError
from ._ratelimit import BudgetUnavailable
from ._store import MemoryTokenStore
from .clock import SYSTEM, Clock, SystemClock

if TYPE_CHECKING:
    import redis

    from ._settings import Settings

__all__ = ["HORIZON", "PROBE_INTERVAL", "RedisBudget", "RedisTokenStore", "redis_budget",
           "redis_store"]

logger = logging.getLogger("nadeo_api")

HORIZON = 1.0
"""The furthest ahead, in seconds, that the shared budget books a start."""

PROBE_INTERVAL = 0.5
"""How often, in seconds, a process asks an unreachable Redis again."""

LOCK_TTL = 15.0
"""Seconds a token lock outlives its holder: a process that dies holding it frees it then
(a living holder keeps renewing it)."""

_SPARE_MS = 60_000
"""How long, in milliseconds, a key outlives the times it holds: Redis then clears it away. The
times themselves say when a booking or a lock ends, so a key kept longer changes nothing."""

T = TypeVar("T")

# The time in both scripts: ARGV[1] in microseconds since the epoch, or when it is empty the
# server's clock.
_NOW = """
-- Before Redis 5, a script reading the clock must say so before it writes.
if redis.replicate_commands then redis.replicate_commands() end
local now = tonumber(ARGV[1])
if not now then
  local clock = redis.call('TIME')
  now = tonumber(clock[1]) * 1000000 + tonumber(clock[2])
end
"""

# KEYS: the budget's theoretical arrival time, the namespace's birth time, the line of callers
# sent away (microseconds). ARGV: the time (see _NOW), interval, tolerance, horizon
# (microseconds), a pause length or -1 to book a start, and how long keys outlive their times
# (ms). Returns microseconds: the wait before the booked start, or (negative) minus the wait
# before asking again.
_BUDGET_SCRIPT = _NOW + """
local interval = tonumber(ARGV[2])
local tolerance = tonumber(ARGV[3])
local horizon = tonumber(ARGV[4])
local pause = tonumber(ARGV[5])
local spare = tonumber(ARGV[6])
local tat = tonumber(redis.call('GET', KEYS[1]))
if not tat then
  local born = tonumber(redis.call('GET', KEYS[2]))
  if not born then
    -- A new or restarted server: starts booked before may lie up to `horizon` ahead.
    born = now
    redis.call('SET', KEYS[2], string.format('%d', born))
  end
  tat = math.max(now, born + horizon + tolerance + interval)
end
local result = 0
if pause >= 0 then
  tat = math.max(tat, now + pause + tolerance)
else
  local arrival = math.max(tat, now)
  local start = math.max(now, arrival - tolerance)
  if start - now > horizon then
    -- Not booked. Callers sent away queue in a line of their own, one interval apart, and
    -- come back when their place in it is within the horizon: they return spread out, in
    -- order, instead of all at once whenever a slot opens.
    local line = math.max(tonumber(redis.call('GET', KEYS[3])) or 0, arrival)
    local place = math.max(now, line - tolerance)
    redis.call('SET', KEYS[3], string.format('%d', line + interval),
               'PX', math.floor((line + interval - now) / 1000) + spare)
    result = -(place - now - horizon)
  else
    tat = arrival + interval
    result = start - now
  end
end
redis.call('SET', KEYS[1], string.format('%d', tat), 'PX', math.floor((tat - now) / 1000) + spare)
return result
"""

# KEYS: a lock, held as "<end in microseconds> <holder>". ARGV: the time (see _NOW), what to do
# ("take", "keep" or "release"), the holder's token, how long the lock lasts from now (us), and
# how long the key outlives it (ms). Returns 1 when done, 0 when the lock is another's (or, to
# keep it, over).
_LOCK_SCRIPT = _NOW + """
local action, holder = ARGV[2], ARGV[3]
local held = redis.call('GET', KEYS[1])
local ends, owner
if held then
  local text
  text, owner = string.match(held, '^(%d+) (.+)$')
  ends = tonumber(text)
end
if action == 'take' then
  -- An entry that is not ours and says nothing of its end is held until Redis clears it.
  if held and owner ~= holder and (not ends or ends > now) then return 0 end
elseif owner ~= holder or (action == 'keep' and ends <= now) then
  return 0
elseif action == 'release' then
  return redis.call('DEL', KEYS[1])
end
local lasts = tonumber(ARGV[4])
redis.call('SET', KEYS[1], string.format('%d %s', now + lasts, holder),
           'PX', math.floor(lasts / 1000) + tonumber(ARGV[5]))
return 1
"""


def now_argument(clock: Clock) -> str:
    """The time the scripts book in: empty for the real clock (the Redis server's clock is used
    then), else `clock`'s wall time in microseconds."""
    return "" if isinstance(clock, SystemClock) else str(int(clock.time() * 1_000_000))


def where(url: str) -> str:
    """Where a Redis URL points, without its password: `host:port/db` or the socket path."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "unix":
        return f"unix:{parts.path}"
    database = parts.path.strip("/") or "0"
    return f"{parts.hostname or 'localhost'}:{parts.port or 6379}/{database}"


class _Link:
    """One Redis server as this process sees it: its client, and whether it answers.

    Every call goes through `run`, which bounds it by the client's timeout, skips it while an
    outage is known and not due for another probe, and logs the start and end of an outage.
    """

    def __init__(self, url: str, timeout: float, clock: Clock = SYSTEM) -> None:
        try:
            import redis
            from redis.backoff import NoBackoff
            from redis.retry import Retry
        except ImportError:
            raise ArgumentError(
                "redis_url needs redis-py: pip install 'nadeo-client[redis]'"
            ) from None

        self.where = where(url)
        self.clock = clock
        # No retries inside redis-py: a silent server costs one timeout, then the caller's own
        # plan (wait and ask again) applies.
        self.client: redis.Redis = redis.Redis.from_url(
            url,
            socket_timeout=timeout,
            socket_connect_timeout=timeout,
            retry=Retry(NoBackoff(), 0),
        )
        self._error: type[Exception] = redis.RedisError
        self._guard = threading.Lock()
        self._down_since: float | None = None
        self._next_probe = 0.0
        self._on_return: list[Callable[[], None]] = []

    def run(self, call: Callable[[redis.Redis], T], *, probe: bool = False) -> T | None:
        """`call(client)`, or None when Redis is (known to be) unreachable; during an outage
        Redis is asked again every `PROBE_INTERVAL` seconds, or now with `probe`."""
        with self._guard:
            if self._down_since is not None:
                now = self.clock.monotonic()
                if not probe and now < self._next_probe:
                    return None
                # One caller asks; the others hear its answer (a silent server costs a timeout).
                self._next_probe = now + PROBE_INTERVAL
        try:
            value = call(self.client)
        except self._error as exc:
            self._failed(exc)
            return None
        self._answered()
        return value

    def down_for(self) -> float:
        """Seconds since Redis stopped answering (0 while it answers)."""
        with self._guard:
            since = self._down_since
        return 0.0 if since is None else self.clock.monotonic() - since

    def on_return(self, callback: Callable[[], None]) -> None:
        """Call `callback` each time Redis answers again after an outage."""
        with self._guard:
            self._on_return.append(callback)

    def _failed(self, exc: Exception) -> None:
        with self._guard:
            now = self.clock.monotonic()
            self._next_probe = now + PROBE_INTERVAL
            if self._down_since is not None:
                return
            self._down_since = now
        logger.warning(
            "Redis at %s does not answer (%s): requests wait for it, tokens stay in this"
            " process's memory", self.where, type(exc).__name__,
        )

    def _answered(self) -> None:
        with self._guard:
            since, self._down_since = self._down_since, None
            callbacks = list(self._on_return) if since is not None else []
        if since is not None:
            logger.warning(
                "Redis at %s answers again after %.1f s", self.where,
                self.clock.monotonic() - since,
            )
        for callback in callbacks:
            callback()


class RedisBudget:
    """`rate` requests per second, `burst` back to back, shared through Redis by every process
    that uses the same key. The same `reserve()`/`pause()` as `RateLimiter`; `reserve()` may
    also answer "ask again in x seconds" as `-x`, and raises `BudgetUnavailable` once Redis has
    been silent for `max_outage` seconds."""

    def __init__(
        self, link: _Link, keys: tuple[str, str, str], rate: float, burst: int,
        max_outage: float,
    ) -> None:
        self.rate = float(rate)
        self.burst = int(burst)
        self.max_outage = max_outage
        self._link = link
        self._keys = keys
        interval = 1_000_000 / self.rate
        # Rounded towards the slower budget, never the faster one.
        self._interval = math.ceil(interval)
        self._tolerance = int((self.burst - 1) * interval)
        self._horizon = int(HORIZON * 1_000_000)
        self._script: Any = link.client.register_script(_BUDGET_SCRIPT)

    def __repr__(self) -> str:
        return f"RedisBudget({self._link.where!r}, rate={self.rate:g}, burst={self.burst})"

    def _call(self, pause_us: int, *, probe: bool = False) -> int | None:
        def book(client: redis.Redis) -> int:
            args = [now_argument(self._link.clock), self._interval, self._tolerance,
                    self._horizon, pause_us, _SPARE_MS]
            answer: int = self._script(self._keys, args, client)
            return answer

        return self._link.run(book, probe=probe)

    def reserve(self) -> float:
        """Book a start slot; the seconds to wait for it, or minus the seconds to wait before
        asking again (the budget is booked beyond its horizon, or Redis does not answer)."""
        micros = self._call(-1)
        if micros is None and self._link.down_for() > self.max_outage:
            micros = self._call(-1, probe=True)  # before failing a call, ask Redis once more
        if micros is not None:
            return int(micros) / 1_000_000
        silent = self._link.down_for()
        if silent > self.max_outage:
            raise BudgetUnavailable(
                f"the shared rate budget in Redis at {self._link.where} has not answered for"
                f" {silent:.0f} s"
            )
        return -PROBE_INTERVAL

    def pause(self, seconds: float) -> None:
        """Hold every process back for `seconds` (after a 429). Best effort: skipped while Redis
        does not answer, since nothing is sent then anyway."""
        self._call(max(0, int(seconds * 1_000_000)))


class RedisTokenStore:
    """A `TokenStore` in Redis: one entry per key, and a lock per key that expires
    `LOCK_TTL` seconds after its holder stops renewing it (a process that dies frees it).

    Every entry loaded or saved is also kept in this process's memory, which answers while Redis
    does not. The locks are then this process's only, and entries saved meanwhile are written
    back when Redis answers again, unless another process has saved that key since (an empty
    entry, which forgets the key, is written back in any case).

    Args:
        lock_timeout: the longest wait for another process's lock, in seconds.
        lock_ttl: how long, in seconds, a lock outlives a holder that stopped renewing it.
    """

    def __init__(
        self, link: _Link, namespace: str, *, lock_timeout: float = 60.0,
        lock_ttl: float = LOCK_TTL,
    ) -> None:
        self.lock_timeout = lock_timeout
        self.lock_ttl = lock_ttl
        self._link = link
        self._prefix = f"{namespace}:tokens:"
        self._memory = MemoryTokenStore()
        self._clock = link.clock
        self._unsaved: dict[str, dict[str, str]] = {}
        self._local_locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self._lock_script: Any = link.client.register_script(_LOCK_SCRIPT)
        link.on_return(self._write_back)

    def __repr__(self) -> str:
        return f"RedisTokenStore({self._link.where!r})"

    def load(self, key: str) -> Mapping[str, str] | None:
        answer = self._link.run(lambda client: (client.get(self._prefix + key),))
        if answer is None:
            # Redis is silent: what this process last saved or saw, if anything.
            return self._memory.load(key)
        raw = answer[0]
        entry: Any = None
        if raw is not None:
            try:
                entry = json.loads(raw)
            except ValueError:
                entry = None
            if not isinstance(entry, dict):
                logger.warning(
                    "ignoring an unreadable token entry in Redis at %s", self._link.where
                )
                entry = None
        entry = {str(k): str(v) for k, v in entry.items()} if entry else {}
        self._memory.save(key, entry)
        return entry or None

    def save(self, key: str, entry: Mapping[str, str]) -> None:
        entry = dict(entry)
        self._memory.save(key, entry)
        if self._link.run(lambda client: self._put(client, key, entry, only_new=False)) is None:
            with self._guard:
                self._unsaved[key] = entry

    def lock(self, key: str) -> contextlib.AbstractContextManager[object]:
        return _RedisLock(self, key)

    def _local_lock(self, key: str) -> threading.Lock:
        with self._guard:
            return self._local_locks.setdefault(key, threading.Lock())

    def _put(
        self, client: redis.Redis, key: str, entry: Mapping[str, str], *, only_new: bool
    ) -> bool:
        lifetime = _lifetime(entry, self._clock)
        if not entry or (lifetime is not None and lifetime <= 0):
            # Forgotten (a forget wins over what was saved meanwhile), or spent.
            client.delete(self._prefix + key)
            return True
        return bool(client.set(
            self._prefix + key, json.dumps(entry),
            ex=None if lifetime is None else max(1, int(lifetime)), nx=only_new,
        ))

    def _write_back(self) -> None:
        with self._guard:
            unsaved, self._unsaved = self._unsaved, {}
        for key, entry in unsaved.items():
            self._link.run(functools.partial(self._put, key=key, entry=entry, only_new=True))


def _lifetime(entry: Mapping[str, str], clock: Clock) -> float | None:
    expires = entry.get("refresh_expires")
    try:
        return None if expires is None else float(expires) - clock.time()
    except ValueError:
        return None


class _RedisLock:
    """One holding of a token key's lock: this process's lock for the key, then Redis's."""

    def __init__(self, store: RedisTokenStore, key: str) -> None:
        self._store = store
        self._key = f"{store._prefix}{key}:lock"
        self._local = store._local_lock(key)
        self._holder = uuid.uuid4().hex
        self._held = False
        self._stop = threading.Event()
        self._keeper: threading.Thread | None = None

    def __enter__(self) -> object:
        if not self._local.acquire(timeout=self._store.lock_timeout):
            raise TimeoutError(f"the token lock was not free within {self._store.lock_timeout} s")
        try:
            self._held = self._take()
        except BaseException:
            self._local.release()
            raise
        if self._held:
            self._keeper = threading.Thread(target=self._keep, daemon=True, name="nadeo-lock")
            self._keeper.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            if self._held:
                self._stop.set()
                self._store._link.run(lambda client: self._run(client, "release"))
        finally:
            self._local.release()

    def _run(self, client: redis.Redis, action: str) -> bool:
        """Take, keep or release the Redis lock; whether that was done."""
        lasts = int(self._store.lock_ttl * 1_000_000)
        args = [now_argument(self._store._clock), action, self._holder, lasts, _SPARE_MS]
        return bool(self._store._lock_script([self._key], args, client))

    def _take(self) -> bool:
        """Whether the Redis lock was taken; False when Redis is silent (the process's lock
        alone is held then)."""
        clock = self._store._clock
        deadline = clock.monotonic() + self._store.lock_timeout
        while True:
            taken = self._store._link.run(lambda client: self._run(client, "take"))
            if taken is None:
                return False
            if taken:
                return True
            if clock.monotonic() >= deadline:
                raise TimeoutError(
                    f"the token lock in Redis at {self._store._link.where} was not free within"
                    f" {self._store.lock_timeout} s"
                )
            clock.sleep(0.02)

    def _keep(self) -> None:
        """Extend the lock while it is held: every third of its lifetime, in real seconds
        whatever the clock (what matters is that the holder is alive)."""
        while not self._stop.wait(self._store.lock_ttl / 3):
            self._store._link.run(lambda client: self._run(client, "keep"))


_links: dict[tuple[str, float, Clock], _Link] = {}
_budgets: dict[tuple[Any, ...], RedisBudget] = {}
_stores: dict[tuple[str, float, Clock, str], RedisTokenStore] = {}
_registry_lock = threading.Lock()


def _link(settings: Settings) -> _Link:
    key = (settings.redis_url, settings.redis_timeout, settings.clock)
    link = _links.get(key)
    if link is None:
        link = _links[key] = _Link(settings.redis_url, settings.redis_timeout, settings.clock)
    return link


def redis_budget(settings: Settings, account: str | None = None) -> RedisBudget:
    """The budget every process using `settings.redis_url` and `redis_namespace` shares (one
    per account when `account` is given)."""
    assert settings.rate_limit is not None
    namespace = settings.redis_namespace
    name = f"{namespace}:budget"
    if account:
        # Hashed, so Redis does not list logins in clear.
        name += ":" + hashlib.sha256(account.encode()).hexdigest()[:32]
    key = (settings.redis_url, settings.redis_timeout, settings.clock, name, settings.rate_limit,
           settings.rate_burst, settings.retry_deadline)
    with _registry_lock:
        budget = _budgets.get(key)
        if budget is None:
            budget = _budgets[key] = RedisBudget(
                _link(settings), (name, f"{namespace}:born", f"{name}:line"), settings.rate_limit,
                settings.rate_burst, settings.retry_deadline,
            )
        return budget


def redis_store(settings: Settings) -> RedisTokenStore:
    """The token store every process using `settings.redis_url` and `redis_namespace`
    shares."""
    key = (settings.redis_url, settings.redis_timeout, settings.clock, settings.redis_namespace)
    with _registry_lock:
        store = _stores.get(key)
        if store is None:
            store = _stores[key] = RedisTokenStore(_link(settings), settings.redis_namespace)
        return store
