"""The world's scheduled content: Tracks of the Day, Royal maps, seasonal and weekly campaigns.

Each item is a pure function of the seed and its place in its series, so every world of one
seed in a process shares one copy of each series, made in order the first time any world's
clock reaches it. A world then takes the items its own clock has reached: a new emulator five
years into the schedule copies them instead of deriving them again (a test suite starts
hundreds).
"""

from __future__ import annotations

import bisect
import datetime
import functools
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from . import hashing as h

UTC = datetime.timezone.utc
DAY = 86400
WEEK = 7 * DAY

TOTD_FIRST_DAY = datetime.date(2020, 7, 1)
TOTD_START_HOUR = 17
TOTD_SCHEDULED_HOUR = 20
"""A month's Tracks of the Day are scheduled at 20:00 UTC on the previous month's last day:
between that day's Track of the Day (17:00) and then, no next one is scheduled and the month
list says ``nextRequestTimestamp: -1``, as the documentation warns it may."""
ROYAL_FIRST_MONTH = (2020, 7)
ROYAL_LAST_MONTH = (2025, 6)
ROYAL_MONTH_DAYS = (1, 7, 13, 19, 25)
SEASONAL_FIRST_START = datetime.date(2020, 7, 1)
SEASONAL_START_HOUR = 15
SEASONAL_MAP_COUNT = 25
WEEKLY_FIRST_START = datetime.datetime(2024, 12, 15, 17, tzinfo=UTC)
WEEKLY_SHORT_MAP_COUNT = 5

RACE = "TrackMania\\TM_Race"

MapKind = Literal["totd", "royal", "seasonal", "weekly-shorts", "weekly-grands", "club"]
CampaignKind = Literal["seasonal", "weekly-shorts", "weekly-grands"]

MapEntry = tuple[str | None, MapKind, int, str, int, str, bool]
"""A known map: its name (None: made from its UID), kind, start, group, campaign, map type and
whether it has clones."""


@dataclass(frozen=True)
class TotdDay:
    """One Track of the Day (or one Royal map, which has the same shape)."""

    date: datetime.date
    campaign_id: int
    map_uid: str
    season_uid: str
    start_timestamp: int
    end_timestamp: int


@dataclass(frozen=True)
class Campaign:
    """An official campaign: seasonal, weekly shorts or weekly grands."""

    kind: CampaignKind
    index: int
    id: int
    season_uid: str
    name: str
    start_timestamp: int
    end_timestamp: int
    edition_timestamp: int
    year: int
    week: int
    map_uids: tuple[str, ...]
    playlist_ids: tuple[int, ...]
    media_url: str


def ts(moment: datetime.datetime) -> int:
    """Unix seconds of a timezone-aware moment."""
    return int(moment.timestamp())


def at_hour(day: datetime.date, hour: int) -> int:
    """Unix seconds of `day` at `hour`:00 UTC."""
    return ts(datetime.datetime(day.year, day.month, day.day, hour, tzinfo=UTC))


_TOTD_FIRST_START = at_hour(TOTD_FIRST_DAY, TOTD_START_HOUR)

Item = TypeVar("Item", TotdDay, Campaign)
Made = tuple[Item, list[tuple[str, MapEntry]]]
"""An item of a series and its maps (UID and entry), in order."""


class Series(Generic[Item]):
    """One kind of scheduled content of one seed, made in order as far as any clock reached.

    Thread-safe; what it has made never changes, so readers slice it without the lock."""

    def __init__(self, make: Callable[[int], Made[Item] | None]) -> None:
        self._make: Callable[[int], Made[Item] | None] = make
        self._lock = threading.Lock()
        self._ended = False
        self.items: list[Item] = []
        self.starts: list[int] = []
        self.groups: list[str] = []
        """Each item's leaderboard group (its season)."""
        self.maps: list[tuple[str, MapEntry]] = []
        self.map_counts: list[int] = [0]
        """How many of `maps` belong to the first k items, for each k."""

    def reach(self, now: float) -> tuple[int, float]:
        """How many items have started by `now`, and when the next one starts (inf: never)."""
        with self._lock:
            while not self._ended and (not self.starts or self.starts[-1] <= now):
                made = self._make(len(self.items))
                if made is None:
                    self._ended = True
                    break
                item, maps = made
                self.maps.extend(maps)
                self.map_counts.append(len(self.maps))
                self.groups.append(item.season_uid)
                self.starts.append(item.start_timestamp)
                self.items.append(item)
            count = bisect.bisect_right(self.starts, now)
            return count, self.starts[count] if count < len(self.starts) else math.inf


@dataclass(frozen=True)
class Schedule:
    """Every series of one seed, in the order a world takes them."""

    totd: Series[TotdDay]
    royal: Series[TotdDay]
    seasonal: Series[Campaign]
    weekly_shorts: Series[Campaign]
    weekly_grands: Series[Campaign]


@functools.lru_cache(maxsize=16)
def schedule(seed: int) -> Schedule:
    """The schedule every world of `seed` in this process shares."""
    return Schedule(
        Series(functools.partial(_totd, seed)),
        Series(functools.partial(_royal, seed)),
        Series(functools.partial(_seasonal, seed)),
        Series(functools.partial(_weekly, seed, "weekly-shorts")),
        Series(functools.partial(_weekly, seed, "weekly-grands")),
    )


def _totd(seed: int, index: int) -> Made[TotdDay]:
    start = _TOTD_FIRST_START + index * DAY  # UTC: every day is as long
    day = TOTD_FIRST_DAY + datetime.timedelta(days=index)
    campaign_id = 9000 + index * 30 + h.uint(seed, "totd-campaign", index) % 30
    uid, season = h.map_uid(seed, "totd", index), h.uuid_str(seed, "totd-season", index)
    entry: MapEntry = (None, "totd", start, season, campaign_id, RACE, False)
    return TotdDay(day, campaign_id, uid, season, start, start + DAY), [(uid, entry)]


def _royal(seed: int, index: int) -> Made[TotdDay] | None:
    months, slot = divmod(index, len(ROYAL_MONTH_DAYS))
    months += ROYAL_FIRST_MONTH[1] - 1
    year, month = ROYAL_FIRST_MONTH[0] + months // 12, months % 12 + 1
    if (year, month) > ROYAL_LAST_MONTH:
        return None
    day = datetime.date(year, month, ROYAL_MONTH_DAYS[slot])
    start = at_hour(day, TOTD_START_HOUR)
    campaign_id = 4000 + index
    uid, season = h.map_uid(seed, "royal", index), h.uuid_str(seed, "royal-season", index)
    entry: MapEntry = (None, "royal", start, season, campaign_id, RACE, False)
    return TotdDay(day, campaign_id, uid, season, start, start + 6 * DAY), [(uid, entry)]


def _seasonal(seed: int, index: int) -> Made[Campaign]:
    months = SEASONAL_FIRST_START.month - 1 + 3 * index
    start_day = datetime.date(SEASONAL_FIRST_START.year + months // 12, months % 12 + 1, 1)
    months += 3
    end_day = datetime.date(SEASONAL_FIRST_START.year + months // 12, months % 12 + 1, 1)
    season_name = {1: "Winter", 4: "Spring", 7: "Summer", 10: "Fall"}[start_day.month]
    return _campaign(
        seed, "seasonal", index, 20000 + index * 7, f"{season_name} {start_day.year}",
        at_hour(start_day, SEASONAL_START_HOUR), at_hour(end_day, SEASONAL_START_HOUR), -1, -1,
    )  # fmt: skip


def _weekly(seed: int, kind: CampaignKind, index: int) -> Made[Campaign]:
    start_moment = WEEKLY_FIRST_START + datetime.timedelta(weeks=index)
    start = ts(start_moment)
    iso = (start_moment + datetime.timedelta(days=1)).isocalendar()
    if kind == "weekly-shorts":
        name, base = f"Week {index + 1}", 80000 + index * 11
    else:
        name, base = f"Week Grand {index + 1}", 90000 + index * 11
    return _campaign(seed, kind, index, base, name, start, start + WEEK, iso[0], iso[1])


def _campaign(
    seed: int,
    kind: CampaignKind,
    index: int,
    campaign_id: int,
    name: str,
    start: int,
    end: int,
    year: int,
    week: int,
) -> Made[Campaign]:
    count = {
        "seasonal": SEASONAL_MAP_COUNT,
        "weekly-shorts": WEEKLY_SHORT_MAP_COUNT,
        "weekly-grands": 1,
    }[kind]
    season = h.uuid_str(seed, kind, "season", index)
    uids = tuple(h.map_uid(seed, kind, index, pos) for pos in range(count))
    media = h.uuid_str(seed, kind, "media", index)
    maps: list[tuple[str, MapEntry]] = [
        (uid, (f"{name} - {pos + 1:02d}" if kind == "seasonal" else None, kind, start, season,
               campaign_id, RACE, False))
        for pos, uid in enumerate(uids)
    ]  # fmt: skip
    playlist_base = 900000 + campaign_id * 30
    edition = start - DAY - h.uint(seed, kind, "edition", index) % (6 * DAY)
    campaign = Campaign(
        kind,
        index,
        campaign_id,
        season,
        name,
        start,
        end,
        edition,
        year,
        week,
        uids,
        tuple(playlist_base + p for p in range(count)),
        f"https://trackmania-prod-media-s3.cdn.ubi.com/media/image/live-api/{media}/original.jpg",
    )
    return campaign, maps
