"""Where the services live and how politely and patiently the library talks to them."""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from . import _checks as check
from ._errors import ArgumentError
from .clock import SYSTEM, Clock

__all__ = ["API_NAMES", "CORE_URL", "LIVE_URL", "MEET_URL", "OAUTH_URL", "Settings"]

CORE_URL = "https://prod.trackmania.core.nadeo.online"
LIVE_URL = "https://live-services.trackmania.nadeo.live"
MEET_URL = "https://meet.trackmania.nadeo.club"
OAUTH_URL = "https://api.trackmania.com"

API_NAMES = ("core", "live", "meet", "oauth")
_REAL_URLS = {"core": CORE_URL, "live": LIVE_URL, "meet": MEET_URL, "oauth": OAUTH_URL}
_ENV = {
    "core_url": "NADEO_CORE_URL",
    "live_url": "NADEO_LIVE_URL",
    "meet_url": "NADEO_MEET_URL",
    "oauth_url": "NADEO_OAUTH_URL",
}
_REDIS_ENV = "NADEO_REDIS_URL"
_REDIS_SCHEMES = ("redis://", "rediss://", "unix://")


@dataclass(frozen=True)
class Settings:
    """Everything a `Client` is configured with. Immutable: derive variants with `replace()`.

    Attributes:
        core_url, live_url, meet_url, oauth_url: base URLs of the four APIs (the real hosts
            by default; `Settings.from_env()` reads `NADEO_CORE_URL`, `NADEO_LIVE_URL`,
            `NADEO_MEET_URL` and `NADEO_OAUTH_URL`, or `NADEO_BASE_URL` for all four at
            `<base>/core`, `<base>/live`, `<base>/meet` and `<base>/oauth`, as the emulator
            serves them).
        rate_limit: requests per second, shared by every client of the process configured with
            the same rate and burst; `None` switches it off (only sensible against the emulator).
            Nadeo's accepted ceiling is about 2/s in short bursts.
        rate_burst: how many requests may start back to back before the rate applies.
        rate_limit_per_account: give each account its own budget of `rate_limit` and
            `rate_burst` instead of one for the whole process.
        connect_timeout, read_timeout: seconds; always finite.
        max_attempts: attempts per request, the first included (1 = never retry).
        backoff_base, backoff_max: exponential backoff with full jitter between attempts:
            a random wait in [0, min(backoff_max, backoff_base * 2**retry)].
        retry_after_max: longest `Retry-After` honoured, in seconds.
        retry_deadline: longest total time spent on one call's retries, in seconds.
        page_concurrency: pages an async iterator keeps in flight (the rate budget still
            paces them).
        token_store: where `get()` keeps tokens between runs: `""` for `$NADEO_TOKEN_STORE` if
            set, else Redis with `redis_url`, else the user's cache directory; `"off"` for
            nowhere, or a directory.
        redis_url: a Redis server (`redis://`, `rediss://` or `unix://` URL; needs the `redis`
            extra) that holds the rate budget and the tokens of every process configured with
            it and the same `redis_namespace`: a fleet of workers shares one budget (one per
            account with `rate_limit_per_account`), logs in once and renews once.
            `Settings.from_env()` reads `NADEO_REDIS_URL`. `""` (default): none.
        redis_namespace: the prefix of the Redis keys: processes that share it share the
            budget and tokens; give each group of processes with a budget of its own its own.
        redis_timeout: the longest wait for one Redis answer, in seconds. When Redis does not
            answer, requests wait for it (and fail with `NadeoConnectionError` once it has been
            silent for `retry_deadline` seconds) and tokens stay in the process's memory.
        clock: the clock everything reads and waits on (`nadeo_api.clock`): the real one by
            default; a `FakeClock` in tests, shared with an `Emulator(clock=...)`.
        cache: where answers are kept while they stay fresh (see the README): `"memory"`
            (default: each client's own, bounded), `"off"`, or the path of a SQLite file
            shared by every process that names it (a `str` or `os.PathLike`; True and False
            mean "memory" and "off"). `Settings.from_env()` reads `NADEO_CACHE`. One call can
            skip it: `client.with_options(cache=False)`.
    """

    core_url: str = CORE_URL
    live_url: str = LIVE_URL
    meet_url: str = MEET_URL
    oauth_url: str = OAUTH_URL
    rate_limit: float | None = 2.0
    rate_burst: int = 2
    rate_limit_per_account: bool = False
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    max_attempts: int = 4
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    retry_deadline: float = 90.0
    page_concurrency: int = 8
    token_store: str = ""
    # Not in the repr: the URL may hold a password.
    redis_url: str = field(default="", repr=False)
    redis_namespace: str = "nadeo_api"
    redis_timeout: float = 0.25
    clock: Clock = field(default=SYSTEM, compare=False)
    cache: str | os.PathLike[str] = "memory"

    def __post_init__(self) -> None:
        for name in _ENV:
            object.__setattr__(self, name, check.url(name, getattr(self, name)).rstrip("/"))
        if not isinstance(self.token_store, str):
            raise ArgumentError(
                f"token_store must be a directory, '' or 'off' (got {self.token_store!r})"
            )
        if not isinstance(self.redis_url, str) or (
            self.redis_url and not self.redis_url.startswith(_REDIS_SCHEMES)
        ):
            # The value itself is not shown: it may hold a password.
            raise ArgumentError("redis_url must be '' or a redis://, rediss:// or unix:// URL")
        if not isinstance(self.redis_namespace, str) or not self.redis_namespace.strip():
            raise ArgumentError(
                f"redis_namespace must be a non-empty string (got {self.redis_namespace!r})"
            )
        if not isinstance(self.clock, Clock):
            raise ArgumentError(
                "clock must be a nadeo_api.clock.Clock (time, monotonic, sleep, sleep_async); "
                f"got {type(self.clock).__name__}"
            )
        object.__setattr__(self, "cache", _cache_setting(self.cache))
        if self.rate_limit is not None:
            _positive("rate_limit", self.rate_limit)
        check.count("rate_burst", self.rate_burst, minimum=1)
        check.count("page_concurrency", self.page_concurrency, minimum=1, maximum=64)
        check.count("max_attempts", self.max_attempts, minimum=1, maximum=20)
        for name in (
            "connect_timeout",
            "read_timeout",
            "backoff_max",
            "retry_after_max",
            "retry_deadline",
            "redis_timeout",
        ):
            _positive(name, getattr(self, name))
        if (
            isinstance(self.backoff_base, bool)
            or not isinstance(self.backoff_base, (int, float))
            or not 0 <= self.backoff_base < math.inf
        ):
            raise ArgumentError(f"backoff_base must be a number >= 0 (got {self.backoff_base!r})")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from the environment, then `overrides`.

        Base URLs come from `NADEO_CORE_URL`, `NADEO_LIVE_URL`, `NADEO_MEET_URL` and
        `NADEO_OAUTH_URL`; `NADEO_BASE_URL` sets the four that are not given one by one (the
        emulator's layout: `<base>/core`...). `NADEO_RATE_LIMIT` is requests per second, or
        `off` (only sensible against the emulator). `NADEO_REDIS_URL` is the Redis server of a
        fleet's shared budget and tokens. `NADEO_CACHE` is `memory`, `off` or a SQLite file.
        """
        env = os.environ if environ is None else environ
        base = env.get("NADEO_BASE_URL", "").strip().rstrip("/")
        values: dict[str, Any] = {}
        for name, var in _ENV.items():
            if env.get(var, "").strip():
                values[name] = env[var].strip()
            elif base:
                values[name] = f"{base}/{name.removesuffix('_url')}"
        if env.get(_REDIS_ENV, "").strip():
            values["redis_url"] = env[_REDIS_ENV].strip()
        if env.get("NADEO_CACHE", "").strip():
            values["cache"] = env["NADEO_CACHE"].strip()
        rate = env.get("NADEO_RATE_LIMIT", "").strip()
        if rate:
            values["rate_limit"] = _rate_from_env(rate)
        values.update(overrides)
        return cls(**values)

    def replace(self, **changes: Any) -> Settings:
        """A copy with `changes` applied (unknown names are an `ArgumentError`)."""
        known = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ArgumentError(
                f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        return dataclasses.replace(self, **changes)

    def base_url(self, api: str) -> str:
        """The base URL of `api` ("core", "live", "meet" or "oauth")."""
        if api not in API_NAMES:
            raise ArgumentError(f"api must be one of {', '.join(API_NAMES)} (got {api!r})")
        url: str = getattr(self, f"{api}_url")
        return url

    def base_urls(self, api: str) -> tuple[str, ...]:
        """The configured base URL of `api`, and the real one when they differ."""
        url = self.base_url(api)
        real = _REAL_URLS[api]
        return (url,) if url == real else (url, real)


def _rate_from_env(text: str) -> float | None:
    if text.lower() == "off":
        return None
    try:
        return float(text)
    except ValueError:
        raise ArgumentError(
            f"NADEO_RATE_LIMIT must be requests per second or 'off' (got {text!r})"
        ) from None


def _cache_setting(value: object) -> str:
    """`memory`, `off`, or a SQLite file's path as a string."""
    if value is True:
        return "memory"
    if value is False:
        return "off"
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if not isinstance(value, str) or not value.strip():
        raise ArgumentError(
            f"cache must be 'memory', 'off' or the path of a SQLite file (got {value!r})"
        )
    return value.strip()


def _positive(name: str, value: object) -> None:
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not 0 < value < math.inf
    ):
        raise ArgumentError(f"{name} must be a finite number > 0 (got {value!r})")
