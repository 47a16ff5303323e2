"""The emulated Meet API's competitions: official cups and club competitions, their qualifier
challenges, rounds, matches, participants and results.

Official cups follow a fixed schedule (three Cups of the Day a day on that day's Track of the
Day, a Cup of the Week on each Weekly Shorts campaign, a Grand Enduro Race each season); their
participants are world players drawn by an affine permutation, so any seed, match or rank is
computed on demand. Club competitions are those of the club state, played by club members.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import heapq
import math
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import World
from . import hashing as h
from .clubs import ADMIN, CREATOR, Competition, club_state
from .leaderboards import POPULATION
from .schedule import DAY, UTC, schedule

if TYPE_CHECKING:
    from ..serving.routing import AppState


NADEO_CREATOR = "afe7e1c1-7086-48f7-bde9-a7e320647510"
"""The account that creates official competitions."""
CUP_KINDS = ("cotd", "cotw", "grand_race")
PLATFORM = "luna"
"""The partition of the platform-exclusive cups (as in the documented example)."""
CUP_MATCH_SIZE = 64
CLUB_MATCH_SIZE = 4
CLUB_MAX_PLAYERS = 16
QUALIFIER_SECONDS = 900
MATCH_RETENTION = 30 * DAY
"""Match information is kept for about a month."""

# Disjoint id ranges: club competitions (and their challenges) take ids below 100,000.
CUP_ID_BASE = 1_000
"""Cups have an id of their own besides their competition's."""
CLUB_COMPETITION_OFFSET = 850
"""A club competition's own id is its competition id minus this."""
CUP_COMPETITION_BASE = 100_000
CUP_CHALLENGE_BASE = 200_000
CUP_LEADERBOARD_BASE = 300_000
CUP_ROUND_BASE = 400_000
CLUB_LEADERBOARD_BASE = 50_000
CUP_MATCH_BASE = 20_000_000
CLUB_MATCH_FACTOR = 1_000
REGULAR_MATCH_OFFSET = 50_000_000
"""A competition match's regular (server) match id is its id plus this."""

_LIVE_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"
_LIVE_WIDTH = 15
_LIVE_SPACE: int = 36**_LIVE_WIDTH
_LIVE_MUL = 0x5DEECE66D  # odd and not a multiple of 3: invertible modulo 36**15
_LIVE_INV: int = pow(_LIVE_MUL, -1, _LIVE_SPACE)
_LIVE_ADD = 0x2F1E_3D4C_5B6A_7988_A7B6


def live_id(prefix: str, number: int) -> str:
    """A `LID-<prefix>-...` live id that encodes `number` reversibly."""
    value = (number * _LIVE_MUL + _LIVE_ADD) % _LIVE_SPACE
    chars = []
    for _ in range(_LIVE_WIDTH):
        value, digit = divmod(value, 36)
        chars.append(_LIVE_ALPHABET[digit])
    return f"LID-{prefix}-{''.join(chars)}"


def parse_ref(ref: str, prefix: str) -> int | None:
    """The number behind a numeric id or a `LID-<prefix>-...` live id (None if neither)."""
    if ref.isdigit():
        return int(ref)
    head = f"LID-{prefix}-"
    tail = ref[len(head) :]
    if not ref.startswith(head) or len(tail) != _LIVE_WIDTH:
        return None
    if any(c not in _LIVE_ALPHABET for c in tail):
        return None
    value: int = sum(_LIVE_ALPHABET.index(c) * 36**i for i, c in enumerate(tail))
    return ((value - _LIVE_ADD) * _LIVE_INV) % _LIVE_SPACE


def zone_path(world: World, account_id: str) -> str:
    """An account's zone as the Meet API writes it: `World|Europe|France|Bretagne`."""
    chain = world.zone_chain(world.account_zone(account_id).zone_id)
    return "|".join(zone.name for zone in chain)


@dataclass(frozen=True)
class Comp:
    """One competition: an official cup (`index` >= 0) or a club competition."""

    id: int
    kind: str
    """`cotd`, `cotw`, `grand_race` or `club`."""
    name: str
    edition: int
    map_uid: str
    qualifier_start: int
    start: int
    end: int
    nb_players: int
    index: int = -1
    team: bool = False
    club_id: int | None = None
    activity_id: int | None = None
    creator: str = NADEO_CREATOR
    members: tuple[str, ...] = ()
    creation: int = 0
    partition: str = "crossplay"
    """The players it is for: `crossplay`, or one platform's (`luna`) for platform cups."""

    @property
    def is_cup(self) -> bool:
        return self.index >= 0

    @property
    def challenge_id(self) -> int:
        return CUP_CHALLENGE_BASE + self.index if self.is_cup else self.id

    @property
    def leaderboard_id(self) -> int:
        base = CUP_LEADERBOARD_BASE + 2 * self.index if self.is_cup else None
        return base if base is not None else CLUB_LEADERBOARD_BASE + 2 * self.id

    @property
    def round_count(self) -> int:
        return 1 if self.is_cup else 2

    @property
    def match_size(self) -> int:
        return CUP_MATCH_SIZE if self.is_cup else CLUB_MATCH_SIZE

    def round_id(self, position: int) -> int:
        return CUP_ROUND_BASE + self.index if self.is_cup else self.id * 10 + position

    def round_times(self, position: int) -> tuple[int, int]:
        if self.is_cup:
            return self.start, self.end
        half = (self.end - self.start) // 2
        return (
            (self.start, self.start + half - 300)
            if position == 0
            else (self.start + half, self.end)
        )

    def match_id(self, position: int, match: int) -> int:
        if self.is_cup:
            return CUP_MATCH_BASE + self.index * 100 + match
        return self.id * CLUB_MATCH_FACTOR + position * 100 + match

    def match_count(self, position: int) -> int:
        if position >= self.round_count:
            return 0
        if position == 0:
            return -(-self.nb_players // self.match_size)
        return 1 if self.match_count(0) > 1 else 0

    def started_by(self, now: float) -> bool:
        """Whether it has started by the time `now`."""
        return now >= self.start


@dataclass(frozen=True)
class CompMatch:
    """One match of a competition round."""

    comp: Comp
    round_position: int
    position: int

    @property
    def id(self) -> int:
        return self.comp.match_id(self.round_position, self.position)

    @property
    def regular_id(self) -> int:
        return self.id + REGULAR_MATCH_OFFSET

    @property
    def live_id(self) -> str:
        return live_id("MTCH", self.regular_id)

    @property
    def times(self) -> tuple[int, int]:
        return self.comp.round_times(self.round_position)


class Competitions:
    """Every competition of one emulator instance, looked up by id, live id or schedule."""

    def __init__(self, state: AppState) -> None:
        self.state = state
        self.world = state.world
        self._cups = _cup_schedule(self.world.seed)
        self._seeds: dict[CompMatch, tuple[int, ...]] = {}
        """Each match's seeds in finishing order, once asked (pages of a leaderboard ask for
        the same matches again)."""
        self._rankings: dict[Comp, tuple[int, ...]] = {}
        """Each non-cup competition's final ranking of seeds, once asked."""

    @property
    def cups(self) -> list[Comp]:
        """Every official cup whose qualifier has started, oldest first (new ones join as the
        world's clock reaches them, so a cup's index never changes)."""
        return self._cups.reach(math.floor(self.world.now))

    def clubs(self) -> list[Comp]:
        """The club competitions of existing clubs, by id."""
        clubs = club_state(self.state)
        out = []
        with clubs.lock:
            for record in clubs.clubs():
                # Admins register first, then the members in the club's order.
                staff = [a for a, m in record.members.items() if m.role in (CREATOR, ADMIN)]
                others = [a for a in record.members if a not in staff]
                members = tuple(staff + others)[:CLUB_MAX_PLAYERS]
                out += [self._club_comp(record.id, members, c) for c in record.competitions]
        return sorted(out, key=lambda comp: comp.id)

    def _club_comp(self, club_id: int, members: tuple[str, ...], c: Competition) -> Comp:
        world, key = self.world, c.competition_id
        start = c.creation_timestamp + 7 * DAY + h.uint(world.seed, "club-comp", key) % (20 * DAY)
        start -= start % 900
        maps = world.totd_maps()
        return Comp(
            id=key,
            kind="club",
            name=c.name,
            edition=1,
            map_uid=maps[h.uint(world.seed, "club-comp-map", key) % len(maps)],
            qualifier_start=start - 3600,
            start=start,
            end=start + 3900,
            nb_players=len(members) - len(members) % 2,
            team=key % 2 == 1,
            club_id=club_id,
            activity_id=c.activity_id,
            creator=c.creator_account_id,
            members=members,
            creation=c.creation_timestamp,
        )

    def newest_first(self, kinds: tuple[str, ...] | None = None) -> list[Comp]:
        """Competitions newest first (by id): cups, then club competitions."""
        cups = [c for c in self.cups if kinds is None or c.kind in kinds]
        extra = self.clubs() if kinds is None else []
        return cups[::-1] + extra[::-1]

    def find(self, ref: str) -> Comp | None:
        """The competition of a numeric id or a `LID-COMP-` live id."""
        number = parse_ref(ref, "COMP")
        if number is None:
            return None
        if number >= CUP_COMPETITION_BASE:
            index = number - CUP_COMPETITION_BASE
            return self.cups[index] if index < len(self.cups) else None
        return next((c for c in self.clubs() if c.id == number), None)

    def find_challenge(self, challenge_id: int) -> Comp | None:
        """The competition a qualifier challenge belongs to."""
        if challenge_id >= CUP_CHALLENGE_BASE:
            index = challenge_id - CUP_CHALLENGE_BASE
            return self.cups[index] if index < len(self.cups) else None
        return next((c for c in self.clubs() if c.challenge_id == challenge_id), None)

    def find_by_activity(self, activity_id: int) -> Comp | None:
        return next((c for c in self.clubs() if c.activity_id == activity_id), None)

    def find_round(self, round_id: int) -> tuple[Comp, int] | None:
        if round_id >= CUP_ROUND_BASE:
            index = round_id - CUP_ROUND_BASE
            return (self.cups[index], 0) if index < len(self.cups) else None
        comp = self.find(str(round_id // 10))
        position = round_id % 10
        if comp is None or comp.is_cup or position >= comp.round_count:
            return None
        return comp, position

    def find_match(self, match_id: int) -> CompMatch | None:
        """The competition match of a (competition) match id."""
        if match_id >= CUP_MATCH_BASE:
            index, position = divmod(match_id - CUP_MATCH_BASE, 100)
            if index >= len(self.cups):
                return None
            comp, round_position = self.cups[index], 0
        else:
            comp_id, rest = divmod(match_id, CLUB_MATCH_FACTOR)
            round_position, position = divmod(rest, 100)
            found = self.find(str(comp_id)) if comp_id < CUP_COMPETITION_BASE else None
            if found is None or found.is_cup:
                return None
            comp = found
        if round_position >= comp.round_count or position >= comp.match_count(round_position):
            return None
        return CompMatch(comp, round_position, position)

    # Participants -----------------------------------------------------------------------

    def _affine(self, comp: Comp) -> tuple[int, int]:
        a = 1 + h.uint(self.world.seed, "cup-mul", comp.index) % (POPULATION - 1)
        return a, h.uint(self.world.seed, "cup-add", comp.index) % POPULATION

    def participant(self, comp: Comp, seed: int) -> str:
        """The account at a seed (1-based: the qualifier rank)."""
        if not comp.is_cup:
            return comp.members[seed - 1]
        a, b = self._affine(comp)
        return self.world.player_account_id((a * seed + b) % POPULATION)

    def seed_of(self, comp: Comp, account_id: str) -> int | None:
        """The seed of a participant (None for others)."""
        if not comp.is_cup:
            members = comp.members[: comp.nb_players]
            return members.index(account_id) + 1 if account_id in members else None
        index = self.world.player_index(account_id)
        if index is None:
            return None
        a, b = self._affine(comp)
        seed = ((index - b) * pow(a, -1, POPULATION)) % POPULATION
        return seed if 1 <= seed <= comp.nb_players else None

    def team_of(self, comp: Comp, seed: int) -> str | None:
        """The team id of a seed in a team competition."""
        if not comp.team:
            return None
        return h.uuid_str(self.world.seed, "meet-team", comp.id, (seed - 1) // 2)

    # Matches ----------------------------------------------------------------------------

    def match_seeds(self, match: CompMatch) -> tuple[int, ...]:
        """The seeds playing a match, in their finishing order."""
        found = self._seeds.get(match)
        if found is None:
            if len(self._seeds) >= _KEPT:
                self._seeds.clear()
            found = self._seeds[match] = self._finishing_order(match)
        return found

    def _finishing_order(self, match: CompMatch) -> tuple[int, ...]:
        comp, size = match.comp, match.comp.match_size
        if match.round_position == 0:
            first = match.position * size + 1
            seeds = list(range(first, min(comp.nb_players, first + size - 1) + 1))
        else:
            seeds = [self.match_seeds(CompMatch(comp, 0, m))[0] for m in range(comp.match_count(0))]
        key = (self.world.seed, "meet-order", match.id)
        return tuple(sorted(seeds, key=lambda s: h.uint(*key, s)))

    def matches_of(self, comp: Comp, account_id: str) -> list[CompMatch]:
        """The matches a participant played, round by round."""
        seed = self.seed_of(comp, account_id)
        if seed is None:
            return []
        out = [CompMatch(comp, 0, (seed - 1) // comp.match_size)]
        if comp.match_count(1) and self.match_seeds(out[0])[0] == seed:
            out.append(CompMatch(comp, 1, 0))
        return out

    def ranking(self, comp: Comp, offset: int, length: int) -> list[tuple[int, int]]:
        """(rank, seed) pairs of the competition's final ranking, from rank `offset + 1`."""
        if comp.is_cup:
            out = []
            for rank in range(offset + 1, min(comp.nb_players, offset + length) + 1):
                match = CompMatch(comp, 0, (rank - 1) // comp.match_size)
                out.append((rank, self.match_seeds(match)[(rank - 1) % comp.match_size]))
            return out
        ordered = self._rankings.get(comp)
        if ordered is None:
            if len(self._rankings) >= _KEPT:
                self._rankings.clear()
            ordered = self._rankings[comp] = self._final_ranking(comp)
        return [(offset + i + 1, s) for i, s in enumerate(ordered[offset : offset + length])]

    def _final_ranking(self, comp: Comp) -> tuple[int, ...]:
        """The final's seeds in their order, then everyone else by their first-round place."""
        final = self.match_seeds(CompMatch(comp, 1, 0)) if comp.match_count(1) else ()
        first_round = [
            (place, m, s)
            for m in range(comp.match_count(0))
            for place, s in enumerate(self.match_seeds(CompMatch(comp, 0, m)))
        ]
        in_final = set(final)
        return (*final, *(s for _, _, s in sorted(first_round) if s not in in_final))


_Pending = tuple[int, str, int, str, datetime.date, str]
"""A cup waiting for its qualifier: start, kind, edition, map UID, date and partition."""


class _CupSchedule:
    """The official cups of every world of one seed, made in order of their qualifiers as far
    as any world's clock reached (each from the seed's schedule: see `schedule.Series`).

    A cup comes after the Track of the Day or campaign it is played on, so the cups made by any
    time are those of the schedule up to then, in the order of their starts, whoever asks."""

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._schedule = schedule(seed)
        self._lock = threading.Lock()
        self._cups: list[Comp] = []
        self._pending: list[_Pending] = []
        self._sources = (0, 0, 0)
        """How many Tracks of the Day, weekly shorts and seasons have their cups made or
        pending."""

    def reach(self, now: int) -> list[Comp]:
        """The cups whose qualifier has started by `now`, oldest first."""
        with self._lock:
            pending, cups = self._pending, self._cups
            days, shorts, seasons = (
                self._schedule.totd,
                self._schedule.weekly_shorts,
                self._schedule.seasonal,
            )
            seen_days, seen_shorts, seen_seasons = self._sources
            days_now, shorts_now, seasons_now = (
                days.reach(now)[0],
                shorts.reach(now)[0],
                seasons.reach(now)[0],
            )
            for day in days.items[seen_days:days_now]:
                for edition, hour in ((1, 17), (2, 25), (3, 33)):
                    start = _at(day.date, hour) + 60
                    heapq.heappush(
                        pending, (start, "cotd", edition, day.map_uid, day.date, "crossplay")
                    )
                # The last rerun also has a platform-exclusive instance, at the same time.
                start = _at(day.date, 33) + 60
                heapq.heappush(pending, (start, "cotd", 3, day.map_uid, day.date, PLATFORM))
            for campaign in shorts.items[seen_shorts:shorts_now]:
                start = campaign.start_timestamp + 2 * DAY + 2 * 3600 + 60
                date = datetime.datetime.fromtimestamp(start, UTC).date()
                heapq.heappush(pending, (start, "cotw", 1, campaign.map_uids[0], date, "crossplay"))
            for campaign in seasons.items[seen_seasons:seasons_now]:
                start = campaign.start_timestamp + 14 * DAY + 3 * 3600 + 60
                date = datetime.datetime.fromtimestamp(start, UTC).date()
                heapq.heappush(
                    pending, (start, "grand_race", 1, campaign.map_uids[-1], date, "crossplay")
                )
            self._sources = (
                max(seen_days, days_now),
                max(seen_shorts, shorts_now),
                max(seen_seasons, seasons_now),
            )
            while pending and pending[0][0] <= now:
                cups.append(_cup(self._seed, len(cups), *heapq.heappop(pending)))
            if cups and cups[-1].qualifier_start > now:
                # Another world's clock, or this one's before it went back, got further.
                return cups[: bisect.bisect_right(cups, now, key=lambda c: c.qualifier_start)]
            return list(cups)


@functools.lru_cache(maxsize=16)
def _cup_schedule(seed: int) -> _CupSchedule:
    """The cups every world of `seed` in this process shares."""
    return _CupSchedule(seed)


def _cup(
    seed: int, index: int, start: int, kind: str, edition: int, map_uid: str,
    date: datetime.date, partition: str,
) -> Comp:  # fmt: skip
    label = {"cotd": "COTD", "cotw": "COTW", "grand_race": "Grand Enduro Race"}[kind]
    suffix = "" if partition == "crossplay" else f" {partition}"
    length = 7200 if kind == "cotd" else 10800
    return Comp(
        id=CUP_COMPETITION_BASE + index,
        kind=kind,
        name=f"{label} {date} #{edition}{suffix}",
        partition=partition,
        edition=edition,
        map_uid=map_uid,
        qualifier_start=start,
        start=start + QUALIFIER_SECONDS + 30,
        end=start + QUALIFIER_SECONDS + 30 + length,
        nb_players=800 + h.uint(seed, "cup-players", index) % 3200,
        index=index,
    )


def _at(day: datetime.date, hour: int) -> int:
    """`hour` o'clock UTC counted from the start of `day` (hours past 23 fall the next day)."""
    midnight = datetime.datetime(day.year, day.month, day.day, tzinfo=UTC)
    return int(midnight.timestamp()) + hour * 3600


_KEPT = 4096
"""How many matches' and competitions' orders an emulator keeps before it forgets them all
(derived again when asked), so that a long run's memory stays bounded."""

_STORE_KEY = "meet-competitions"
_LOCK = threading.Lock()


def competitions(state: AppState) -> Competitions:
    """The instance's competitions (the cup schedule is built once)."""
    with _LOCK:
        found = state.stores.get(_STORE_KEY)
        if found is None:
            found = state.stores[_STORE_KEY] = Competitions(state)
    assert isinstance(found, Competitions)
    return found
