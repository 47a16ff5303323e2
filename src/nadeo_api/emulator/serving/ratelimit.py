"""Token-bucket rate limiting per client address."""

from __future__ import annotations

import math
import threading

from ...clock import SYSTEM, Clock


class RateLimiter:
    """One token bucket per key; rate and burst are passed on every call so
    that configuration changes apply immediately."""

    def __init__(self, clock: Clock = SYSTEM) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}

    def acquire(self, key: str, rate: float, burst: int) -> float:
        """Take one token for ``key``.

        Returns 0 when the request may pass, else the number of seconds until a
        token becomes available.
        """
        capacity = float(max(1, burst))
        now = self._clock.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (capacity, now))
            tokens = min(capacity, tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / rate if rate > 0 else math.inf
