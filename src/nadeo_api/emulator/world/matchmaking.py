"""The emulated Meet API's matchmaking: types, divisions, rankings, matches and queues.

A ranking is a permutation of the world players over its first `cardinal` ranks with a
decreasing score curve, so any rank or player is computed on demand. Queues live in the
instance's stores: heartbeats move an account from `pending` to `queued` to `match_ready`,
when a match is made for it (and its party) and served by the match routes. Joining happens in
the game, never through the API: an account that leaves its found match unjoined for
`JOIN_SECONDS` is penalised, kept out of matchmaking until its `banEndDate`.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import World
from . import hashing as h
from .competitions import live_id
from .leaderboards import POPULATION

if TYPE_CHECKING:
    from ..serving.routing import AppState


RANKED_3V3, ROYAL, SUPER_ROYAL, RANKED_2V2 = 2, 3, 4, 5
TYPES: dict[int, int] = {RANKED_3V3: 3, ROYAL: 3, SUPER_ROYAL: 3, RANKED_2V2: 2}
"""Team size by matchmaking type id."""
TYPE_NAMES = {"ranked-3v3": RANKED_3V3, "ranked-2v2": RANKED_2V2}
"""The string forms the routes accept in place of an id."""
TOP_POINTS = 4500
TRACKMASTER_POINTS = 4000
TRACKMASTER_RANK = 10
MATCH_EVERY = 37
"""Seconds between two generated matchmaking matches."""
MATCH_SECONDS = 1800
MATCHMAKING_MATCH_BASE = 200_000_000
CREATED_MATCH_BASE = 300_000_000
"""Matches made for queued accounts take ids from here."""
HEARTBEATS_TO_MATCH = 3
"""The heartbeat that finds a match (the first ones answer `pending`, then `queued`)."""
WAITING_TIME = 60
JOIN_SECONDS = 60
"""How long a found match waits for the account to join, on the world's clock."""
PENALTY_SECONDS = 900
"""How long an account that did not join its found match is kept out of matchmaking (the
service's durations are not documented)."""

# (first points, last points) of each ranked division below Trackmaster.
_RANKED_RANGES = (
    (0, 299), (300, 599), (600, 999), (1000, 1299), (1300, 1599), (1600, 1999),
    (2000, 2299), (2300, 2599), (2600, 2999), (3000, 3299), (3300, 3599), (3600, None),
)  # fmt: skip
_ROYAL_RANGES = ((0, 9), (10, 49), (50, 199), (200, None))
_ROYAL_TOP = 1000


def matchmaking_type(ref: str) -> int | None:
    """The type id of a path's `matchmakingType` (an id or a string form)."""
    number = int(ref) if ref.isdigit() else TYPE_NAMES.get(ref)
    return number if number in TYPES else None


def _division_id(type_id: int, position: int) -> str:
    # Division ids are the same in every world.
    return h.uuid_str(0, "division", type_id, position)


def divisions(type_id: int) -> list[dict[str, Any]]:
    """The display rules of a type's divisions, lowest first."""
    royal = type_id in (ROYAL, SUPER_ROYAL)
    out = []
    for position, (low, high) in enumerate(_ROYAL_RANGES if royal else _RANKED_RANGES, 1):
        out.append(_rule(type_id, position, "victories_range" if royal else "points_range"))
        if royal:
            out[-1].update(displayRuleMinimumVictories=low, displayRuleMaximumVictories=high)
        else:
            out[-1].update(displayRuleMinimumPoints=low, displayRuleMaximumPoints=high)
    if not royal:
        out.append(_rule(type_id, len(out) + 1, "minimum_rank_and_points"))
        out[-1].update(
            displayRuleMinimumPoints=TRACKMASTER_POINTS, displayRuleMinimumRank=TRACKMASTER_RANK
        )
    return out


def _rule(type_id: int, position: int, kind: str) -> dict[str, Any]:
    return {
        "id": _division_id(type_id, position),
        "position": position,
        "displayRuleType": kind,
        "displayRuleMinimumPoints": None,
        "displayRuleMaximumPoints": None,
        "displayRuleMinimumRank": None,
        "displayRuleMinimumVictories": None,
        "displayRuleMaximumVictories": None,
    }


class Ranking:
    """The ranking of one matchmaking type."""

    def __init__(self, world: World, type_id: int) -> None:
        self.world = world
        self.type_id = type_id
        seed = world.seed
        self.cardinal = 300_000 + h.uint(seed, "mm-cardinal", type_id) % 600_000
        self._mul = 1 + h.uint(seed, "mm-mul", type_id) % (POPULATION - 1)
        self._add = h.uint(seed, "mm-add", type_id) % POPULATION
        self._top = _ROYAL_TOP if type_id in (ROYAL, SUPER_ROYAL) else TOP_POINTS

    def score(self, rank: int) -> int:
        """The points (or victories) at a rank: a decreasing curve down to 0."""
        return math.floor(self._top * (1 - (rank - 1) / self.cardinal) ** 3)

    def player(self, rank: int) -> str:
        return self.world.player_account_id((self._mul * rank + self._add) % POPULATION)

    def rank_of(self, account_id: str) -> int | None:
        """A player's rank; configured accounts rank by a score of their own (ties allowed),
        anyone else is unranked."""
        index = self.world.player_index(account_id)
        if index is not None:
            rank = ((index - self._add) * pow(self._mul, -1, POPULATION)) % POPULATION
            return rank if 1 <= rank <= self.cardinal else None
        if self.world.configured_account(account_id) is None:
            return None
        return 1 + h.uint(self.world.seed, "mm-own-rank", self.type_id, account_id) % 5000

    def entry(self, rank: int, account_id: str | None = None) -> dict[str, Any]:
        return {
            "player": account_id or self.player(rank),
            "rank": rank,
            "score": self.score(rank),
        }

    def division(self, rank: int) -> str:
        """The id of the division a rank's score falls in."""
        score = self.score(rank)
        rules = divisions(self.type_id)
        if rules[-1]["displayRuleType"] == "minimum_rank_and_points" and (
            rank <= TRACKMASTER_RANK and score >= TRACKMASTER_POINTS
        ):
            return str(rules[-1]["id"])
        low = (
            "displayRuleMinimumVictories"
            if self.type_id in (ROYAL, SUPER_ROYAL)
            else ("displayRuleMinimumPoints")
        )
        fitting = [r for r in rules if r["displayRuleType"] != "minimum_rank_and_points"]
        return str([r for r in fitting if r[low] <= score][-1]["id"])


@dataclass(frozen=True)
class MatchmakingMatch:
    """A matchmaking match: generated (one every 37 s) or made for a queued account."""

    id: int
    type_id: int
    start: int
    players: tuple[str, ...]
    map_uid: str


def generated_match(world: World, match_id: int) -> MatchmakingMatch | None:
    """Generated match `match_id`; match n started n * 37 s before the world's clock."""
    n = match_id - MATCHMAKING_MATCH_BASE
    if not 0 <= n < CREATED_MATCH_BASE - MATCHMAKING_MATCH_BASE:
        return None
    start = math.floor(world.now) - n * MATCH_EVERY
    players = tuple(
        world.player_account_id(h.uint(world.seed, "mm-match-player", n, p) % POPULATION)
        for p in range(2 * TYPES[RANKED_2V2])
    )
    return MatchmakingMatch(match_id, RANKED_2V2, start, players, _match_map(world, match_id))


def _match_map(world: World, match_id: int) -> str:
    maps = world.totd_maps()
    return maps[h.uint(world.seed, "mm-match-map", match_id) % len(maps)]


@dataclass
class Queue:
    """One account's queue for one matchmaking type."""

    heartbeats: int = 0
    status: str = "canceled"
    creation: int | None = None
    match_id: int | None = None
    last: dict[str, Any] | None = None
    ready_at: int | None = None
    """When the match was found."""


@dataclass
class Matchmaking:
    """The queues and made matches of one emulator instance."""

    world: World
    lock: threading.Lock = field(default_factory=threading.Lock)
    queues: dict[tuple[str, int], Queue] = field(default_factory=dict)
    made: dict[int, MatchmakingMatch] = field(default_factory=dict)
    bans: dict[str, int] = field(default_factory=dict)
    """The end of each penalised account's ban (Unix seconds)."""

    def _settle(self, account_id: str, queue: Queue) -> None:
        """Penalise the account if its found match waited past the join window (the lock is
        held)."""
        if queue.status != "match_ready" or queue.ready_at is None:
            return
        missed = queue.ready_at + JOIN_SECONDS
        if self.world.now < missed:
            return
        self.bans[account_id] = max(self.bans.get(account_id, 0), missed + PENALTY_SECONDS)
        queue.status, queue.heartbeats, queue.creation = "canceled", 0, None
        queue.match_id = queue.ready_at = None
        queue.last = _heartbeat_json(queue, self.bans[account_id])

    def ban_end(self, account_id: str) -> int | None:
        """The end of the account's ban, while it lasts (the lock is held)."""
        end = self.bans.get(account_id)
        return end if end is not None and self.world.now < end else None

    def penalty(self, account_id: str, type_id: int) -> dict[str, Any] | None:
        """The account's current penalty, for its player status (None when free)."""
        with self.lock:
            queue = self.queues.get((account_id, type_id))
            if queue is not None:
                self._settle(account_id, queue)
            end = self.ban_end(account_id)
            return None if end is None else {"banEndDate": end}

    def heartbeat(self, account_id: str, type_id: int, party: list[str]) -> dict[str, Any]:
        """Queue (or keep queueing) an account; the answer of the heartbeat. A penalised
        account is not queued: it gets `canceled` with its `banEndDate`."""
        with self.lock:
            queue = self.queues.setdefault((account_id, type_id), Queue())
            self._settle(account_id, queue)
            banned = self.ban_end(account_id)
            if banned is not None:
                queue.status, queue.heartbeats, queue.creation = "canceled", 0, None
                queue.last = _heartbeat_json(queue, banned)
                return queue.last
            if queue.status != "match_ready":
                if queue.status == "canceled":
                    queue.heartbeats = 0
                    queue.creation = math.floor(self.world.now)
                queue.heartbeats += 1
                queue.status = "pending" if queue.heartbeats == 1 else "queued"
                if queue.heartbeats >= HEARTBEATS_TO_MATCH:
                    queue.status = "match_ready"
                    queue.match_id = self._make_match(account_id, type_id, party).id
                    queue.ready_at = math.floor(self.world.now)
            queue.last = _heartbeat_json(queue)
            return queue.last

    def _make_match(self, account_id: str, type_id: int, party: list[str]) -> MatchmakingMatch:
        match_id = CREATED_MATCH_BASE + len(self.made)
        size = 2 * TYPES[type_id]
        fill = [
            self.world.player_account_id(
                h.uint(self.world.seed, "mm-fill", match_id, p) % POPULATION
            )
            for p in range(size)
        ]
        players = tuple(dict.fromkeys([account_id, *party, *fill]))[:size]
        made = MatchmakingMatch(
            match_id,
            type_id,
            math.floor(self.world.now),
            players,
            _match_map(self.world, match_id),
        )
        self.made[match_id] = made
        return made

    def cancel(self, account_id: str, type_id: int) -> None:
        """Leave the queue; a found match is kept (it must be played)."""
        with self.lock:
            queue = self.queues.get((account_id, type_id))
            if queue is not None:
                self._settle(account_id, queue)
            if queue is not None and queue.status != "match_ready":
                queue.status, queue.heartbeats, queue.creation = "canceled", 0, None
                queue.last = _heartbeat_json(queue, self.ban_end(account_id))

    def current(self, account_id: str, type_id: int) -> dict[str, Any] | None:
        """The answer of the account's last heartbeat (None if it never queued)."""
        with self.lock:
            queue = self.queues.get((account_id, type_id))
            if queue is not None:
                self._settle(account_id, queue)
            return None if queue is None else queue.last

    def match(self, match_id: int) -> MatchmakingMatch | None:
        """A generated or made matchmaking match."""
        if match_id >= CREATED_MATCH_BASE:
            with self.lock:
                return self.made.get(match_id)
        return generated_match(self.world, match_id)


def _heartbeat_json(queue: Queue, ban_end: int | None = None) -> dict[str, Any]:
    ready = queue.status == "match_ready"
    return {
        "banEndDate": ban_end,
        "status": queue.status,
        "matchLiveId": live_id("MTCH", queue.match_id) if ready and queue.match_id else None,
        "matchmakingWaitingTime": WAITING_TIME if queue.status == "queued" else None,
        "creationDate": None if ready else queue.creation,
    }


_STORE_KEY = "meet-matchmaking"
_LOCK = threading.Lock()


def matchmaking(state: AppState) -> Matchmaking:
    """The instance's matchmaking state."""
    with _LOCK:
        found = state.stores.get(_STORE_KEY)
        if found is None:
            found = state.stores[_STORE_KEY] = Matchmaking(state.world)
    assert isinstance(found, Matchmaking)
    return found
