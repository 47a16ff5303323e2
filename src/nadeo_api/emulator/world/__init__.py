"""The emulator's deterministic world: zones, players, maps, campaigns, clubs.

Everything is derived from the seed with stable hashes, and from the time the world's clock
shows: two worlds with the same seed whose clocks show the same time answer every question
identically. The world lives on its clock (:attr:`World.now`): a Track of the Day starts at
17:00 UTC each day, cups, seasonal campaigns and weekly campaigns start on their schedule, and
every ``relative*`` field counts from the clock. Scheduled content is made the first time a
world of the seed asks for it after it is due, once per process (`schedule`), so moving a clock
forward by weeks costs only the new days, and a new world costs next to nothing.
"""

from __future__ import annotations

import bisect
import calendar
import datetime
import functools
import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from ...clock import SYSTEM, Clock, FakeClock
from . import hashing as h
from .accounts import SERVER_ACCOUNT, SERVICE_ACCOUNT, Account
from .leaderboards import POPULATION, Leaderboard, Record
from .schedule import (
    DAY,
    RACE,
    TOTD_FIRST_DAY,
    TOTD_SCHEDULED_HOUR,
    TOTD_START_HOUR,
    UTC,
    Campaign,
    Item,
    MapEntry,
    MapKind,
    Series,
    TotdDay,
    at_hour,
    schedule,
    ts,
)

REVIEW_TYPES = ("totd", "weekly-shorts", "royal")
PERSONAL_BEST = "Personal_Best"
WORLD_ZONE_ID = "301e1b69-7e13-11e8-8060-e284abfd2bc4"

# A small fixed zone tree: World > continents > countries > regions.
_ZONE_TREE: tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    (
        "Europe",
        (
            ("France", ("Île-de-France", "Corrèze", "Bretagne", "Auvergne-Rhône-Alpes")),
            ("Germany", ("Bayern", "Berlin", "Nordrhein-Westfalen")),
            ("Netherlands", ("Noord-Holland", "Utrecht")),
            ("United Kingdom", ("England", "Scotland")),
            ("Finland", ("Uusimaa",)),
            ("Poland", ("Mazowieckie",)),
        ),
    ),
    (
        "North America",
        (
            ("United States", ("Colorado", "California", "Texas", "New York")),
            ("Canada", ("Québec", "Ontario")),
        ),
    ),
    (
        "South America",
        (("Brazil", ("São Paulo", "Rio de Janeiro")), ("Argentina", ("Buenos Aires",))),
    ),
    ("Asia", (("Japan", ("Tokyo", "Osaka")), ("South Korea", ("Seoul",)))),
    ("Oceania", (("Australia", ("New South Wales", "Victoria")), ("New Zealand", ("Auckland",)))),
)

_SYLLABLES = (
    "ka", "ro", "mi", "zen", "tor", "vex", "li", "sha", "dra", "no",
    "qu", "fi", "bel", "gar", "tu", "xi", "lo", "pra", "sen", "wyn",
)  # fmt: skip
_STYLED_MAP_NAMES = ("{} {}", "$o$f80{}$fff {}", "$i$<$0cf{}$> $t{}", "$w$f00{}$z $$ {}")
"""How map names are styled: plain, coloured and bold, pushed and popped, and a literal `$`."""
_ADJECTIVES = (
    "Frosty", "Golden", "Hidden", "Rapid", "Silent", "Crimson", "Lucky", "Broken",
    "Electric", "Velvet", "Savage", "Tiny", "Endless", "Neon", "Dusty", "Wild",
)  # fmt: skip
_NOUNS = (
    "Canyon", "Loop", "Drift", "Valley", "Circuit", "Harbor", "Summit", "Tunnel",
    "Rush", "Garden", "Factory", "Bridge", "Sprint", "Maze", "Coast", "Spiral",
)  # fmt: skip
_MAP_STYLES = ("Tech", "Dirt", "Ice", "FullSpeed", "SpeedTech", "Puzzle", "Water", "Mixed")


STUNT = "TrackMania\\TM_Stunt"
PLATFORM = "TrackMania\\TM_Platform"
GAME_MODES = {STUNT: "Stunt", PLATFORM: "Platform"}
"""The Core records' `gameMode` of the map types that need one."""


@functools.lru_cache(maxsize=64)
def _club_members(seed: int, club: int) -> tuple[int, ...]:
    """The world players in the `club`th club of every world of `seed` (derived once per
    process, as the schedule is)."""
    count = 30 + h.uint(seed, "club-members", club) % 200
    return tuple(sorted({h.uint(seed, "club-member", club, m) % POPULATION for m in range(count)}))


@functools.lru_cache(maxsize=256)
def _club_map_uids(seed: int, club: int, campaign: int, count: int) -> tuple[str, ...]:
    """The map UIDs of a club campaign of every world of `seed`."""
    return tuple(h.map_uid(seed, "club", club, campaign, p) for p in range(count))


@dataclass(frozen=True)
class Zone:
    """A zone of the tree; ``depth`` is 0 for World, then continent, country, region."""

    zone_id: str
    name: str
    parent_id: str | None
    depth: int


@dataclass(frozen=True)
class MapInfo:
    """What the world knows about one map."""

    uid: str
    name: str
    kind: MapKind
    author_time: int
    start_timestamp: int
    group_uid: str
    campaign_id: int
    author_account_id: str
    map_type: str = "TrackMania\\TM_Race"
    """`TrackMania\\TM_Race`, `TrackMania\\TM_Stunt` (score: points, more is better) or
    `TrackMania\\TM_Platform` (score: respawns, fewer is better)."""
    has_clones: bool = False
    """Whether the map has clones (its Core records then need `gameMode=TimeAttackClone`)."""
    submitter_account_id: str = ""
    """Who uploaded the map, when not its author (who made or last saved it)."""

    @property
    def submitter(self) -> str:
        """The account that uploaded the map."""
        return self.submitter_account_id or self.author_account_id


@dataclass(frozen=True)
class ClubCampaign:
    """A campaign activity of a club."""

    campaign_id: int
    activity_id: int
    club_id: int
    name: str
    season_uid: str
    private: bool
    map_uids: tuple[str, ...]
    playlist_ids: tuple[int, ...]
    publication_timestamp: int
    edition_timestamp: int
    creator_account_id: str
    media_id: str


@dataclass(frozen=True)
class Club:
    """A club. Configured service accounts are members iff ``accounts_are_members``."""

    club_id: int
    name: str
    accounts_are_members: bool
    member_players: tuple[int, ...]
    campaigns: tuple[ClubCampaign, ...]

    def campaign(self, campaign_id: int) -> ClubCampaign | None:
        """The campaign with that id, if the club has it."""
        for campaign in self.campaigns:
            if campaign.campaign_id == campaign_id:
                return campaign
        return None


@dataclass(frozen=True)
class SubmittedMap:
    """A map an account submitted to an official map review."""

    uid: str
    map_id: str
    name: str
    author_time: int
    creation_timestamp: int
    submission_timestamp: int
    upload_timestamp: int
    stars: tuple[int, int, int, int, int]
    nominated: bool
    styles: tuple[str, ...]


@dataclass(frozen=True)
class ServerAccountInfo:
    """A dedicated server account owned by a player."""

    account_id: str
    login: str
    already_used: bool
    club_room_id: int | None
    club_room_name: str | None


class World:
    """The deterministic content served by the emulator, living on a clock.

    Args:
        seed: every identifier and number derives from it.
        today: shorthand for a clock pinned at 18:00 UTC that day (after that day's Track of
            the Day has started).
        accounts: configured accounts; service accounts get records on every
            map, club memberships and submitted maps.
        now: shorthand for a clock pinned at that Unix time (wins over ``today``).
        clock: the clock the world reads (`nadeo_api.clock`); the real one unless ``today``
            or ``now`` pin a `FakeClock`. Give either ``clock`` or the shorthands.
    """

    def __init__(
        self,
        seed: int = 0,
        today: datetime.date | None = None,
        accounts: Sequence[Account] = (SERVICE_ACCOUNT, SERVER_ACCOUNT),
        *,
        now: float | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.seed = seed
        self.clock: Clock = pinned_clock(today, now) if clock is None else clock
        """What the world reads the time from."""
        if clock is not None and (today is not None or now is not None):
            raise ValueError("give a clock, or today/now to pin one, not both")
        self.origin: int = math.floor(self.clock.time())
        """The clock's time when the world was made: content with no schedule (clubs' first
        campaigns) is laid out before it."""
        self.accounts: tuple[Account, ...] = tuple(accounts)
        self._accounts_by_id = {a.account_id: a for a in self.accounts}
        self._accounts_by_name = {a.display_name: a for a in self.accounts}
        # An odd multiplier makes index -> id tail a bijection on 32 bits.
        self._tail_mul = h.uint(seed, "player-mul") & 0xFFFFFFFF | 1
        self._tail_inv = pow(self._tail_mul, -1, 1 << 32)
        self._tail_add = h.uint(seed, "player-add") & 0xFFFFFFFF

        self._build_zones()
        self._maps: dict[str, MapEntry] = {}
        """Known maps; their names and authors are derived when first asked for."""
        self._groups: set[str] = {PERSONAL_BEST}
        self._lock = threading.RLock()
        self._totd: list[TotdDay] = []
        self._royal: list[TotdDay] = []
        self._seasonal: list[Campaign] = []
        self._weekly_shorts: list[Campaign] = []
        self._weekly_grands: list[Campaign] = []
        self._schedule = schedule(seed)
        self._due = -math.inf
        """When the next scheduled content starts (nothing to make before then)."""
        self._catch_up()
        self.clubs: tuple[Club, ...] = self._build_clubs()
        """The world's clubs (ids are small integers)."""
        self._clubs_by_id = {c.club_id: c for c in self.clubs}

    @property
    def now(self) -> float:
        """The clock's time (Unix seconds)."""
        return self.clock.time()

    @property
    def today(self) -> datetime.date:
        """The clock's UTC date."""
        return datetime.datetime.fromtimestamp(self.now, UTC).date()

    def _catch_up(self) -> float:
        """Take the scheduled content that has started by now from the seed's schedule; the
        time read."""
        now = self.now
        if now < self._due:
            return now
        with self._lock:
            self._due = min(
                self._take(self._schedule.totd, self._totd, now),
                self._take(self._schedule.royal, self._royal, now),
                self._take(self._schedule.seasonal, self._seasonal, now),
                self._take(self._schedule.weekly_shorts, self._weekly_shorts, now),
                self._take(self._schedule.weekly_grands, self._weekly_grands, now),
            )
        return now

    def _take(self, series: Series[Item], mine: list[Item], now: float) -> float:
        """Add the items of `series` started by `now` (with their maps and groups) to `mine`;
        when the next one starts."""
        count, due = series.reach(now)
        have = len(mine)
        if count > have:
            mine.extend(series.items[have:count])
            self._groups.update(series.groups[have:count])
            self._maps.update(series.maps[series.map_counts[have] : series.map_counts[count]])
        return due

    def _started(self, items: list[TotdDay] | list[Campaign]) -> int:
        """How many of `items` (oldest first) have started by now."""
        now = self._catch_up()
        if not items or items[-1].start_timestamp <= now:
            return len(items)
        # Only a clock that went back (the real one, rarely) gets here.
        return bisect.bisect_right(items, now, key=lambda i: i.start_timestamp)

    def _build_zones(self) -> None:
        world = Zone(WORLD_ZONE_ID, "World", None, 0)
        zones = [world]
        suffix = WORLD_ZONE_ID[8:]

        def make(path: str, name: str, parent: Zone) -> Zone:
            # Stable across seeds: real zone ids do not depend on anything.
            zid = h.digest(0, "zone", path, size=4).hex() + suffix
            zone = Zone(zid, name, parent.zone_id, parent.depth + 1)
            zones.append(zone)
            return zone

        leaves: list[Zone] = []
        for continent, countries in _ZONE_TREE:
            c_zone = make(continent, continent, world)
            for country, regions in countries:
                k_zone = make(f"{continent}/{country}", country, c_zone)
                for region in regions:
                    leaves.append(make(f"{continent}/{country}/{region}", region, k_zone))
        self.zones: tuple[Zone, ...] = tuple(zones)
        """Every zone, World first."""
        self.world_zone = world
        """The root zone."""
        self._zones_by_id = {z.zone_id: z for z in zones}
        assert len(self._zones_by_id) == len(zones)
        self.leaf_zones: tuple[Zone, ...] = tuple(leaves)
        """The regions, where players live."""
        self._chains: dict[str, tuple[Zone, ...]] = {}
        for leaf in leaves:
            chain = [leaf]
            while chain[-1].parent_id is not None:
                chain.append(self._zones_by_id[chain[-1].parent_id])
            self._chains[leaf.zone_id] = tuple(reversed(chain))
        self._leaf_count_under: dict[str, int] = {}
        for zone_path in self._chains.values():
            for zone in zone_path:
                self._leaf_count_under[zone.zone_id] = (
                    self._leaf_count_under.get(zone.zone_id, 0) + 1
                )

    def zone(self, zone_id: str) -> Zone | None:
        """The zone with that id."""
        return self._zones_by_id.get(zone_id)

    def zone_chain(self, leaf_id: str) -> tuple[Zone, ...]:
        """World, continent, country, region of a region id."""
        return self._chains[leaf_id]

    def zone_share(self, zone_id: str) -> float:
        """Fraction of the players living under a zone."""
        return self._leaf_count_under.get(zone_id, 0) / len(self.leaf_zones)

    def is_in_zone(self, leaf_id: str, zone_id: str) -> bool:
        """Whether a region lies under (or is) a zone."""
        return any(z.zone_id == zone_id for z in self._chains[leaf_id])

    def player_account_id(self, index: int) -> str:
        """Account id of the world player ``index`` (0 <= index < population).

        The index is recoverable from the id, so no table of players is kept.
        """
        raw = bytearray(h.digest(self.seed, "player", index, size=16))
        raw[6] = (raw[6] & 0x0F) | 0x40
        raw[8] = (raw[8] & 0x3F) | 0x80
        tail = (index * self._tail_mul + self._tail_add) & 0xFFFFFFFF
        raw[12:16] = tail.to_bytes(4, "big")
        b = raw.hex()
        return f"{b[:8]}-{b[8:12]}-{b[12:16]}-{b[16:20]}-{b[20:]}"

    def player_index(self, account_id: str) -> int | None:
        """Inverse of :meth:`player_account_id` (``None`` for other ids)."""
        hexa = account_id.lower().replace("-", "")
        if len(hexa) != 32 or len(account_id) != 36:
            return None
        try:
            index = ((int(hexa[24:], 16) - self._tail_add) * self._tail_inv) & 0xFFFFFFFF
        except ValueError:
            return None
        if index >= POPULATION or self.player_account_id(index) != account_id.lower():
            return None
        return index

    def player_name(self, index: int) -> str:
        """Display name of the world player ``index``; names end with the index."""
        raw = h.digest(self.seed, "player-name", index, size=8)
        core = "".join(_SYLLABLES[b % len(_SYLLABLES)] for b in raw[1 : 3 + raw[0] % 2])
        style = raw[5] % 3
        if style == 0:
            return f"{core.capitalize()}{index}"
        if style == 1:
            return f"{core}_{index}"
        return f"x{core.capitalize()}x{index}"

    def player_zone(self, index: int) -> Zone:
        """The region a world player lives in."""
        return self.leaf_zones[h.uint(self.seed, "player-zone", index) % len(self.leaf_zones)]

    def account_zone(self, account_id: str) -> Zone:
        """The region of any account id (world player or configured account)."""
        index = self.player_index(account_id)
        if index is not None:
            return self.player_zone(index)
        return self.leaf_zones[h.uint(self.seed, "account-zone", account_id) % len(self.leaf_zones)]

    def configured_account(self, account_id: str) -> Account | None:
        """The configured account with that id."""
        return self._accounts_by_id.get(account_id)

    def display_name(self, account_id: str) -> str | None:
        """Display name of a configured account or world player."""
        account = self._accounts_by_id.get(account_id)
        if account is not None:
            return account.display_name
        index = self.player_index(account_id)
        return None if index is None else self.player_name(index)

    def account_id_for_name(self, name: str) -> str | None:
        """Account id of a display name (configured accounts first)."""
        account = self._accounts_by_name.get(name)
        if account is not None:
            return account.account_id
        digits = len(name) - len(name.rstrip("0123456789"))
        if digits == 0 or digits > 7 or name[-digits] == "0" and digits > 1:
            return None
        index = int(name[-digits:])
        if index < POPULATION and self.player_name(index) == name:
            return self.player_account_id(index)
        return None

    def _add_map(
        self,
        uid: str,
        name: str | None,
        kind: MapKind,
        start: int,
        group: str,
        campaign_id: int,
        map_type: str = RACE,
        clones: bool = False,
    ) -> None:
        self._maps[uid] = (name, kind, start, group, campaign_id, map_type, clones)

    def _map_info(self, uid: str, entry: MapEntry) -> MapInfo:
        name, kind, start, group, campaign_id, map_type, clones = entry
        author_time = 22000 + h.uint(self.seed, "author-time", uid) % 60000
        author = self.player_account_id(h.uint(self.seed, "map-author", uid) % POPULATION)
        name = self._map_name(uid) if name is None else name
        return MapInfo(
            uid, name, kind, author_time, start, group, campaign_id, author, map_type, clones
        )

    def _map_name(self, uid: str) -> str:
        raw = h.digest(self.seed, "map-name", uid, size=2)
        adjective, noun = _ADJECTIVES[raw[0] % len(_ADJECTIVES)], _NOUNS[raw[1] % len(_NOUNS)]
        # Most maps carry Trackmania's `$` styling, as real map names do.
        pattern = _STYLED_MAP_NAMES[h.uint(self.seed, "map-name-style", uid) % 4]
        return pattern.format(adjective, noun)

    def is_known_map(self, uid: str) -> bool:
        """Whether a map UID belongs to the world (any campaign or TOTD)."""
        return self.map_info(uid) is not None

    def map_info(self, uid: str) -> MapInfo | None:
        """Metadata of a known map (one whose campaign or day has started)."""
        now = self._catch_up()
        entry = self._maps.get(uid)
        if entry is None or entry[2] > now:
            return None
        return self._map_info(uid, entry)

    def map_uids(self) -> list[str]:
        """Every known map UID, in creation order."""
        self._catch_up()
        return list(self._maps)

    def is_valid_group(self, group_uid: str) -> bool:
        """Whether a leaderboard group UID exists (``Personal_Best`` or a season)."""
        self._catch_up()
        return group_uid in self._groups

    def leaderboard(self, uid: str) -> Leaderboard | None:
        """The lazily generated leaderboard of a known map."""
        info = self.map_info(uid)
        if info is None:
            return None
        return Leaderboard(self, info)

    def leaderboard_size(self, uid: str) -> int:
        """Number of records on a map (0 for unknown maps)."""
        board = self.leaderboard(uid)
        return 0 if board is None else board.size

    def record(self, uid: str, position: int) -> Record | None:
        """The world record at ``position`` (1-based) of a map, if any."""
        board = self.leaderboard(uid)
        if board is None or not 1 <= position <= board.size:
            return None
        return board.record(position)

    def totd_days(self) -> list[TotdDay]:
        """Every Track of the Day already started, oldest first."""
        return self._totd[: self._started(self._totd)]

    def totd_maps(self) -> list[str]:
        """Map UIDs of every Track of the Day, oldest first."""
        return [d.map_uid for d in self.totd_days()]

    def totd_for(self, day: datetime.date) -> TotdDay | None:
        """The Track of the Day of a date, if it has started."""
        index = (day - TOTD_FIRST_DAY).days
        if 0 <= index < self._started(self._totd):
            return self._totd[index]
        return None

    def royal_days(self) -> list[TotdDay]:
        """Every Royal map (five a month, July 2020 to June 2025), oldest first."""
        return self._royal[: self._started(self._royal)]

    def months(self) -> list[tuple[int, int]]:
        """(year, month) from the current month back to July 2020, newest first."""
        out: list[tuple[int, int]] = []
        year, month = self.today.year, self.today.month
        while (year, month) >= (TOTD_FIRST_DAY.year, TOTD_FIRST_DAY.month):
            out.append((year, month))
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        return out

    def month_days(self, year: int, month: int, *, royal: bool = False) -> list[TotdDay]:
        """Started TOTDs (or Royal maps) of one month, oldest first."""
        source = self.royal_days() if royal else self.totd_days()
        return [d for d in source if d.date.year == year and d.date.month == month]

    def next_totd_start(self) -> int:
        """Start of the next Track of the Day after :attr:`now`, or -1 while it is not
        scheduled yet (from 17:00 to 20:00 UTC on a month's last day, see
        `TOTD_SCHEDULED_HOUR`)."""
        now = self.now
        day = datetime.datetime.fromtimestamp(now, UTC).date()
        start = at_hour(day, TOTD_START_HOUR)
        if start > now:
            return start
        last_of_month = (day + datetime.timedelta(days=1)).day == 1
        if last_of_month and now < at_hour(day, TOTD_SCHEDULED_HOUR):
            return -1
        return start + DAY

    def seasonal_campaigns(self) -> list[Campaign]:
        """Seasonal campaigns already started, oldest first (Summer 2020 first)."""
        return self._seasonal[: self._started(self._seasonal)]

    def weekly_shorts(self) -> list[Campaign]:
        """Weekly shorts campaigns already started, oldest first."""
        return self._weekly_shorts[: self._started(self._weekly_shorts)]

    def weekly_grands(self) -> list[Campaign]:
        """Weekly grands campaigns already started, oldest first."""
        return self._weekly_grands[: self._started(self._weekly_grands)]

    def _build_clubs(self) -> tuple[Club, ...]:
        clubs: list[Club] = []
        next_campaign_id = 1 + h.uint(self.seed, "club-campaign-base") % 50
        next_activity_id = 300000 + h.uint(self.seed, "club-activity-base") % 50000
        oldest = ts(datetime.datetime(2021, 1, 1, tzinfo=UTC))
        newest = max(oldest + DAY, self.origin - 30 * DAY)
        # Accounts are members of clubs 0 and 2; club 1 hides a private campaign. Club 2's maps
        # have clones; club 3 has a campaign of Stunt maps and one of Platform maps.
        layout = (
            (True, (False, True, False)),
            (False, (True, False)),
            (True, (False,)),
            (False, (False, False)),
        )
        for k, (members, privacy) in enumerate(layout):
            club_id = 10 + k * 1000 + h.uint(self.seed, "club-id", k) % 900
            players = _club_members(self.seed, k)
            campaigns: list[ClubCampaign] = []
            for j, private in enumerate(privacy):
                campaign_id = next_campaign_id
                activity_id = next_activity_id
                next_campaign_id += 1 + h.uint(self.seed, "club-campaign-step", k, j) % 40
                next_activity_id += 1000 + h.uint(self.seed, "club-activity-step", k, j) % 9000
                name = f"{_ADJECTIVES[(k * 3 + j) % len(_ADJECTIVES)]} Cup {j + 1}"
                group = "NLS-" + h.alnum(self.seed, 35, "club-group", k, j)
                self._groups.add(group)
                published = oldest + h.uint(self.seed, "club-published", k, j) % (newest - oldest)
                count = 5 + h.uint(self.seed, "club-map-count", k, j) % 21
                uids = _club_map_uids(self.seed, k, j, count)
                map_type = (STUNT, PLATFORM)[j] if k == 3 else RACE
                for p, uid in enumerate(uids):
                    self._add_map(
                        uid,
                        f"{name} #{p + 1}",
                        "club",
                        published,
                        group,
                        campaign_id,
                        map_type,
                        clones=k == 2,
                    )
                creator = self.player_account_id(players[0])
                campaigns.append(
                    ClubCampaign(
                        campaign_id,
                        activity_id,
                        club_id,
                        name,
                        group,
                        private,
                        uids,
                        tuple(300000 + campaign_id * 100 + p for p in range(count)),
                        published,
                        published + h.uint(self.seed, "club-edited", k, j) % (5 * DAY),
                        creator,
                        h.uuid_str(self.seed, "club-media", k, j),
                    )
                )
            clubs.append(
                Club(club_id, f"$s$0afEmulated$z Club {k + 1}", members, players, tuple(campaigns))
            )
        return tuple(clubs)

    def club(self, club_id: int) -> Club | None:
        """The club with that id."""
        return self._clubs_by_id.get(club_id)

    def is_club_member(self, club: Club, account_id: str) -> bool:
        """Whether an account (configured service account or world player) is a member."""
        account = self._accounts_by_id.get(account_id)
        if account is not None:
            return club.accounts_are_members and account.kind == "service"
        index = self.player_index(account_id)
        return index is not None and index in club.member_players

    def club_members(self, club: Club) -> list[str]:
        """Account ids of a club's members."""
        ids = [self.player_account_id(i) for i in club.member_players]
        if club.accounts_are_members:
            ids.extend(a.account_id for a in self.accounts if a.kind == "service")
        return ids

    def submitted_maps(self, account_id: str, review_type: str) -> list[SubmittedMap]:
        """Maps a configured service account submitted to a review type (newest first)."""
        account = self._accounts_by_id.get(account_id)
        if account is None or account.kind != "service" or review_type not in REVIEW_TYPES:
            return []
        count = 3 + h.uint(self.seed, "submitted-count", account_id, review_type) % 8
        out: list[SubmittedMap] = []
        for i in range(count):
            key = (account_id, review_type, i)
            uid = h.map_uid(self.seed, "submitted", *key)
            created = (
                int(self.now)
                - (i + 1) * 9 * DAY
                - h.uint(self.seed, "sub-created", *key) % (5 * DAY)
            )
            submitted = created + h.uint(self.seed, "sub-submitted", *key) % (4 * DAY)
            uploaded = submitted + h.uint(self.seed, "sub-uploaded", *key) % DAY
            raw = h.digest(self.seed, "sub-stars", *key, size=5)
            stars = (raw[0] % 3, raw[1] % 4, raw[2] % 6, raw[3] % 10, raw[4] % 20)
            styles = (_MAP_STYLES[raw[0] % len(_MAP_STYLES)],)
            out.append(
                SubmittedMap(
                    uid,
                    h.uuid_str(self.seed, "submitted-map-id", *key),
                    f"{review_type[:1].upper()}{i + 1:02d}",
                    22000 + h.uint(self.seed, "sub-at", *key) % 50000,
                    created,
                    submitted,
                    uploaded,
                    stars,
                    raw[4] % 7 == 0,
                    styles,
                )
            )
        return out

    def server_accounts_of(self, account_id: str) -> list[ServerAccountInfo]:
        """Dedicated server accounts owned by a configured service account."""
        account = self._accounts_by_id.get(account_id)
        if account is None or account.kind != "service":
            return []
        out = [
            ServerAccountInfo(a.account_id, a.login, False, None, None)
            for a in self.accounts
            if a.kind == "server"
        ]
        room = 1000 + h.uint(self.seed, "server-room", account_id) % 9000
        out.append(
            ServerAccountInfo(
                h.uuid_str(self.seed, "owned-server", account_id),
                f"{account.login}-room",
                True,
                room,
                f"{account.display_name}'s room",
            )
        )
        return out

    def waiting_seconds(self, review_type: str) -> int:
        """Current waiting time of a review server (a multiple of 180)."""
        return 180 * (h.uint(self.seed, "waiting", review_type) % 8)

    def join_link(self, account_id: str, review_type: str) -> str:
        """A join link for a review server."""
        return "#qjoin=" + h.alnum(self.seed, 22, "join", account_id, review_type)

    @staticmethod
    def last_day(year: int, month: int) -> int:
        """Number of days of a month."""
        return calendar.monthrange(year, month)[1]

    def relative(self, timestamp: int) -> int:
        """``timestamp`` minus the world's clock, in whole seconds."""
        return timestamp - math.floor(self.now)


def pinned_clock(today: datetime.date | None, now: float | None) -> Clock:
    """The clock `today`/`now` stand for: a `FakeClock` at `now`, else at 18:00 UTC on
    `today`, else (neither given) the real clock."""
    if now is not None:
        return FakeClock(now)
    if today is not None:
        return FakeClock(at_hour(today, 18))
    return SYSTEM
