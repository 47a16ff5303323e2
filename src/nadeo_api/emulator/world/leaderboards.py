"""Lazily generated map leaderboards.

A leaderboard is a handful of numbers: its size, a monotone score curve and
an affine permutation from positions to world players. Any record can be
computed on demand, so no list of records is ever held.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import hashing as h

if TYPE_CHECKING:
    from . import MapInfo, World, Zone

POPULATION = 1_000_003
"""Number of world players (a prime, so every affine map mod it is a permutation)."""
MIN_SIZE = 15_000
MAX_SIZE = 80_000
SEASONAL_MIN_SIZE = 120_000
SEASONAL_MAX_SIZE = 400_000
"""Official seasonal campaign maps are played by many more players than other maps."""
READABLE_POSITIONS = 10_000
"""The top endpoint never reveals records past this position."""
ZONE_SCAN_LIMIT = 50_000


@dataclass(frozen=True)
class Record:
    """One leaderboard entry; ``score`` is -1 under a secret threshold."""

    account_id: str
    zone_id: str
    zone_name: str
    position: int
    score: int
    timestamp: int

    def to_json(self, position: int | None = None) -> dict[str, Any]:
        """The entry as the top endpoint shows it (optionally re-numbered)."""
        return {
            "accountId": self.account_id,
            "zoneId": self.zone_id,
            "zoneName": self.zone_name,
            "position": self.position if position is None else position,
            "score": self.score,
            "timestamp": self.timestamp,
        }


class Leaderboard:
    """The records of one map, computed per position on demand."""

    def __init__(self, world: World, info: MapInfo) -> None:
        seed = world.seed
        uid = info.uid
        self.world = world
        self.info = info
        self.uid = uid
        seasonal = info.kind == "seasonal"
        low = SEASONAL_MIN_SIZE if seasonal else MIN_SIZE
        high = SEASONAL_MAX_SIZE if seasonal else MAX_SIZE
        self.size: int = low + h.uint(seed, "lb-size", uid) % (high - low + 1)
        at = info.author_time
        self.best: int = int(at * (0.955 + 0.035 * h.unit(seed, "lb-best", uid)))
        self.spread: int = int(at * (0.6 + 0.9 * h.unit(seed, "lb-spread", uid)))
        self._a = 1 + h.uint(seed, "lb-a", uid) % (POPULATION - 1)
        self._b = h.uint(seed, "lb-b", uid) % POPULATION
        self._a_inv = pow(self._a, -1, POPULATION)
        has_secret = h.uint(seed, "lb-secret", uid) % 20 == 0
        self.secret_positions: int = 3 + h.uint(seed, "lb-secret-n", uid) % 150 if has_secret else 0
        """Number of leading entries whose score is hidden (-1); 0 for most maps."""
        self._start = info.start_timestamp
        self._span = max(1, int(world.now) - self._start)
        self._account_positions: dict[str, int] = {}
        self._position_accounts: dict[int, str] = {}
        for account in world.accounts:
            if account.kind != "service":
                continue
            drawn = h.uint(seed, "lb-account", uid, account.account_id)
            pos = 1000 + drawn % (self.size - 1000)
            hidden = h.uint(seed, "lb-hidden", uid, account.account_id) % 4 == 0
            if self.secret_positions and hidden:
                # On some maps under a secret threshold the account's own time is hidden too.
                pos = 1 + drawn % self.secret_positions
            while pos in self._position_accounts:
                pos = pos % self.size + 1
            self._account_positions[account.account_id] = pos
            self._position_accounts[pos] = account.account_id

    def true_score(self, position: int) -> int:
        """The score at a position (ignoring any secret threshold): a time in milliseconds,
        points on a Stunt map (more is better), respawns on a Platform map (fewer is better)."""
        x = (position - 1) / max(1, self.size - 1)
        curve = 0.15 * math.sqrt(x) + 0.85 * x * x
        if self.info.map_type.endswith("TM_Stunt"):
            return max(0, self.best // 10 - int(self.spread // 10 * curve))
        if self.info.map_type.endswith("TM_Platform"):
            return int(60 * curve)
        return self.best + int(self.spread * curve)

    def better(self, score: int, than: int) -> bool:
        """Whether `score` beats `than` on this map (more points on Stunt maps, else less)."""
        return score > than if self.info.map_type.endswith("TM_Stunt") else score < than

    def shown_score(self, position: int) -> int:
        """The score the API shows at a position."""
        return -1 if position <= self.secret_positions else self.true_score(position)

    def player_at(self, position: int) -> int:
        """World player index at a position (configured accounts aside)."""
        return (self._a * (position - 1) + self._b) % POPULATION

    def account_at(self, position: int) -> str:
        """Account id at a position."""
        account = self._position_accounts.get(position)
        if account is not None:
            return account
        return self.world.player_account_id(self.player_at(position))

    def zone_at(self, position: int) -> Zone:
        """Region of the account at a position."""
        account = self._position_accounts.get(position)
        if account is not None:
            return self.world.account_zone(account)
        return self.world.player_zone(self.player_at(position))

    def record(self, position: int) -> Record:
        """The record at a 1-based position (must be within ``size``)."""
        zone = self.zone_at(position)
        stamp = self._start + h.uint(self.world.seed, "lb-ts", self.uid, position) % self._span
        return Record(
            self.account_at(position),
            zone.zone_id,
            zone.name,
            position,
            self.shown_score(position),
            stamp,
        )

    def records(self, offset: int, length: int) -> list[Record]:
        """Records after skipping ``offset``, at most ``length``, capped at the readable limit."""
        end = min(offset + length, self.size, READABLE_POSITIONS)
        return [self.record(p) for p in range(offset + 1, end + 1)]

    def zone_top(self, zone_id: str, count: int = 5) -> list[Record]:
        """The best ``count`` records of players in a zone, in world order."""
        out: list[Record] = []
        for position in range(1, min(self.size, ZONE_SCAN_LIMIT) + 1):
            if len(out) >= count:
                break
            zone = self.zone_at(position)
            if self.world.is_in_zone(zone.zone_id, zone_id):
                out.append(self.record(position))
        return out

    def position_of_account(self, account_id: str) -> int | None:
        """World position of an account's record, if it has one."""
        pos = self._account_positions.get(account_id)
        if pos is not None:
            return pos
        if self.world.configured_account(account_id) is not None:
            return None
        index = self.world.player_index(account_id)
        if index is None:
            return None
        pos = (index - self._b) * self._a_inv % POPULATION + 1
        if pos > self.size or pos in self._position_accounts:
            return None
        return pos

    def position_for_score(self, score: int) -> int:
        """Position a new record of ``score`` would take (1 + records strictly better)."""
        lo, hi = 0, self.size
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.better(self.true_score(mid), score):
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    def zone_position(self, world_position: int, zone_id: str) -> int:
        """Approximate position inside a zone of a record at ``world_position``."""
        share = self.world.zone_share(zone_id)
        return 1 + int((world_position - 1) * share)
