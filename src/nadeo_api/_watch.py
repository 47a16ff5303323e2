"""What a `Watch` asks and when, without I/O: one source per kind of news.

Each source says when it is next due (`next_at`, on the watch's clock) and, when polled, yields
the calls it needs (`(endpoint, args)`), is sent each answer, and returns the events it found.
It reads the time after an answer arrives, so that a wait the answer announces counts from then.
The sync and async drivers in `watch.py` only send the calls and sleep until the next source is
due, so both run this one logic.

When to ask again comes from the answers wherever the service says it:
- Tracks of the Day and official campaigns: `relativeNextRequest` (seconds until the service
  expects its answer to change). Just after that moment the real service may still answer the
  old list for a while (and announce `-1`, "not scheduled yet"): the source then asks again
  after 15 s, 30 s, 1 min... (at most 5 min apart) until the new entry shows, for up to an hour.
- The Cup of the Day: while one is on, its `endDate`; when none is, the next slot of the
  cups' eight-hour cadence counted from the last cup's `startDate`, retried the same way.
- Leaderboards of watched maps: the service gives no hint, so they are read every
  `records_every` seconds, never more often than half the client's rate budget allows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass
from typing import Any

from ._endpoint import Endpoint
from ._watch_events import (
    CampaignPublished,
    CupEnded,
    CupStarted,
    Event,
    PersonalBest,
    TrackOfTheDay,
    WorldRecord,
)
from .endpoints.live import campaigns as live_campaigns
from .endpoints.live import leaderboards as live_leaderboards
from .endpoints.live.leaderboards import LEADERBOARD_PAGE
from .endpoints.meet import competitions as meet_competitions

RETRY_WAITS = (15.0, 30.0, 60.0, 120.0, 240.0, 300.0)
"""Seconds between asks while an announced change has not shown yet (the last one repeats)."""
RETRY_FOR = 3600.0
"""How long after an announced moment the change is still waited for, in seconds."""
CUP_CADENCE = 8 * 3600.0
"""Seconds between the starts of consecutive Cups of the Day (three a day)."""
BUDGET_SHARE = 0.5
"""The most of the client's rate budget that reading leaderboards may take."""

Call = tuple[Endpoint[Any], tuple[Any, ...]]
Poll = Generator[Call, Any, list[Event]]
Now = Callable[[], float]
"""The watch's clock: Unix seconds."""


class Source:
    """One kind of news: when it is next due, and how to poll it."""

    name = "source"

    def __init__(self) -> None:
        self.next_at = -math.inf  # due at once
        self.retries = 0

    def poll(self, token: Any, clock: Now) -> Poll:
        raise NotImplementedError

    def retry(self, now: float) -> None:
        """Ask again soon: the next of `RETRY_WAITS`."""
        self.next_at = now + RETRY_WAITS[min(self.retries, len(RETRY_WAITS) - 1)]
        self.retries += 1

    def failed(self, now: float) -> None:
        """The poll failed (the client's own retries included): try again later."""
        self.retry(now)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


class Announced(Source):
    """A newest-first list whose answers say when they will change (`relativeNextRequest`):
    the Tracks of the Day, and each kind of official campaign."""

    def __init__(
        self,
        name: str,
        declared: Endpoint[Any],
        entries: Callable[[dict[str, Any]], list[tuple[int, Event]]],
    ) -> None:
        super().__init__()
        self.name = name
        self.declared = declared
        self.entries = entries
        self.newest: int | None = None
        """The start of the newest entry seen (None before the first answer)."""
        self.expected_at: float | None = None
        """The announced moment the source was woken for, while the change has not shown."""

    def poll(self, token: Any, clock: Now) -> Poll:
        answer = yield self.declared, (token, 1, 0)
        now = clock()
        found = sorted(self.entries(answer if isinstance(answer, dict) else {}),
                       key=lambda entry: entry[0])
        events: list[Event] = []
        if self.newest is None:  # the first answer is what there is already
            self.newest = found[-1][0] if found else -1
        else:
            events = [event for start, event in found if start > self.newest]
            if events:
                self.newest = found[-1][0]
        relative = _number(answer.get("relativeNextRequest")) if isinstance(answer, dict) else None
        waiting = (not events and self.expected_at is not None
                   and now - self.expected_at < RETRY_FOR)
        if waiting or relative is None or relative <= 0:
            # The announced change has not shown yet, or the next one is not scheduled (-1).
            self.retry(now)
            return events
        self.retries = 0
        self.next_at = now + relative
        self.expected_at = self.next_at
        return events


def totd_entries(answer: dict[str, Any]) -> list[tuple[int, Event]]:
    """The Tracks of the Day of the newest month that have started."""
    import datetime

    months = answer.get("monthList") or []
    if not months:
        return []
    month = months[0]
    out: list[tuple[int, Event]] = []
    for day in month.get("days") or []:
        start = _number(day.get("startTimestamp"))
        relative = _number(day.get("relativeStart"))
        if not day.get("mapUid") or start is None or (relative is not None and relative > 0):
            continue
        try:
            date = datetime.date(int(month["year"]), int(month["month"]), int(day["monthDay"]))
        except (KeyError, TypeError, ValueError):
            date = datetime.datetime.fromtimestamp(start, datetime.timezone.utc).date()
        end = _number(day.get("endTimestamp"))
        event = TrackOfTheDay(
            map_uid=str(day["mapUid"]), date=date, start=int(start),
            end=int(end) if end is not None else int(start) + 86400,
            campaign_id=day.get("campaignId"),
        )
        out.append((int(start), event))
    return out


def campaign_entries(kind: str) -> Callable[[dict[str, Any]], list[tuple[int, Event]]]:
    """The newest campaign of a `campaignList` answer, as a `CampaignPublished` of `kind`."""

    def entries(answer: dict[str, Any]) -> list[tuple[int, Event]]:
        out: list[tuple[int, Event]] = []
        for campaign in answer.get("campaignList") or []:
            start = _number(campaign.get("startTimestamp"))
            if start is None:
                continue
            playlist = sorted(campaign.get("playlist") or [],
                              key=lambda entry: entry.get("position", 0))
            event = CampaignPublished(
                campaign=kind, campaign_id=int(campaign.get("id", 0)),
                name=str(campaign.get("name", "")),
                map_uids=tuple(str(entry.get("mapUid")) for entry in playlist),
                start=int(start), end=int(_number(campaign.get("endTimestamp")) or 0),
            )
            out.append((int(start), event))
        return out

    return entries


CAMPAIGNS: dict[str, Endpoint[Any]] = {
    "weekly-short": live_campaigns.get_maps_weekly_short,
    "weekly-grand": live_campaigns.get_maps_weekly_grand,
    "seasonal": live_campaigns.get_maps_seasonal,
}
"""The official campaigns a watch can follow, by name."""


def announced_sources(totd: bool, campaigns: Sequence[str]) -> list[Source]:
    sources: list[Source] = []
    if totd:
        sources.append(Announced("track-of-the-day", live_campaigns.get_maps_totd, totd_entries))
    for kind in campaigns:
        sources.append(Announced(kind, CAMPAIGNS[kind], campaign_entries(kind)))
    return sources


@dataclass(frozen=True)
class _Cup:
    id: int
    name: str
    start: int
    end: int


def _cup(answer: object) -> _Cup | None:
    if not isinstance(answer, dict) or answer.get("id") is None:
        return None  # 204: no Cup of the Day on
    competition = answer.get("competition") or {}
    start = _number(answer.get("startDate")) or 0.0
    end = _number(answer.get("endDate")) or _number(competition.get("endDate")) or start
    return _Cup(int(answer["id"]), str(competition.get("name") or f"Cup {answer['id']}"),
                int(start), int(end))


class Cups(Source):
    """The Cup of the Day: started when the current cup changes, ended when it goes."""

    name = "cup-of-the-day"

    def __init__(self) -> None:
        super().__init__()
        self.current: _Cup | None = None
        self.polled = False
        self.last_start: float | None = None
        self.expected_at: float | None = None

    def poll(self, token: Any, clock: Now) -> Poll:
        cup = _cup((yield meet_competitions.get_cup_of_the_day, (token,)))
        now = clock()
        events: list[Event] = []
        before = self.current
        if before is not None and (cup is None or cup.id != before.id):
            events.append(CupEnded(cup_id=before.id, name=before.name, end=before.end))
        if cup is not None and self.polled and (before is None or cup.id != before.id):
            events.append(CupStarted(cup_id=cup.id, name=cup.name, start=cup.start, end=cup.end))
        self.current = cup
        self.polled = True
        if cup is not None:
            self.last_start = cup.start
            self.expected_at = None
            if cup.end > now:
                self.retries = 0
                self.next_at = float(cup.end)
            else:
                self.retry(now)
            return events
        if self.last_start is None:
            # Once: the last cup's start, from which the next ones are counted.
            listed = yield meet_competitions.get_cups_of_the_day, (token, "cotd", 1, 0)
            cups = listed.get("COTDs") if isinstance(listed, dict) else None
            if cups:
                self.last_start = _number(cups[0].get("startDate"))
        if self.expected_at is not None and now - self.expected_at < RETRY_FOR:
            self.retry(now)  # the cup is late
            return events
        if self.last_start is None:
            self.next_at = now + CUP_CADENCE / 8
            return events
        slots = math.floor((now - self.last_start) / CUP_CADENCE) + 1
        self.retries = 0
        self.next_at = self.last_start + slots * CUP_CADENCE
        self.expected_at = self.next_at
        return events


@dataclass(frozen=True)
class _Record:
    score: int
    position: int
    timestamp: int | None


class Records(Source):
    """The top `depth` records of each watched map, read every `interval` seconds and compared
    with the previous reading."""

    name = "records"

    def __init__(
        self, maps: Sequence[str], depth: int, group: str, accounts: frozenset[str] | None,
        interval: float,
    ) -> None:
        super().__init__()
        self.maps = list(maps)
        self.depth = depth
        self.group = group
        self.accounts = accounts
        self.interval = interval
        self.boards: dict[str, dict[str, _Record]] = {}

    @property
    def requests_per_round(self) -> int:
        return len(self.maps) * math.ceil(self.depth / LEADERBOARD_PAGE)

    def poll(self, token: Any, clock: Now) -> Poll:
        self.next_at = clock() + self.interval  # a reading's rounds start `interval` apart
        events: list[Event] = []
        for map_uid in self.maps:
            board: dict[str, _Record] = {}
            for offset in range(0, self.depth, LEADERBOARD_PAGE):
                length = min(LEADERBOARD_PAGE, self.depth - offset)
                answer = yield live_leaderboards.get_map_leaderboard, (
                    token, map_uid, self.group, True, length, offset)
                tops = answer.get("tops") if isinstance(answer, dict) else None
                page = (tops or [{}])[0].get("top") or []
                for record in page:
                    score = _number(record.get("score"))
                    account = record.get("accountId")
                    if score is None or score < 0 or not account or account in board:
                        continue  # a secret score (-1), or a player seen on an earlier page
                    stamp = _number(record.get("timestamp"))
                    board[str(account).lower()] = _Record(
                        int(score), int(record.get("position") or len(board) + 1),
                        None if stamp is None else int(stamp))
                if len(page) < length:
                    break  # the end of the leaderboard
            events.extend(self._compare(map_uid, board))
        self.retries = 0
        return events

    def _compare(self, map_uid: str, board: dict[str, _Record]) -> list[Event]:
        before = self.boards.get(map_uid)
        self.boards[map_uid] = board
        if before is None or not board:
            return []  # the first reading is what there is already
        events: list[Event] = []
        first_id, first = min(board.items(), key=lambda item: (item[1].score, item[1].position))
        old = min(before.items(), key=lambda item: (item[1].score, item[1].position),
                  default=None)
        record_holder = None
        if old is None or first.score < old[1].score:
            record_holder = first_id
            events.append(WorldRecord(
                map_uid=map_uid, account_id=first_id, score=first.score,
                previous_account_id=None if old is None else old[0],
                previous_score=None if old is None else old[1].score,
                timestamp=first.timestamp,
            ))
        # A player new to a full top only improved if they beat its slowest time; otherwise
        # they moved up because records above were removed.
        full = len(before) >= self.depth
        slowest = max((r.score for r in before.values()), default=None)
        for account_id, record in sorted(board.items(), key=lambda item: item[1].position):
            if account_id == record_holder:
                continue
            if self.accounts is not None and account_id not in self.accounts:
                continue
            previous = before.get(account_id)
            if previous is not None:
                improved = record.score < previous.score
            else:
                improved = not full or slowest is None or record.score < slowest
            if improved:
                events.append(PersonalBest(
                    map_uid=map_uid, account_id=account_id, score=record.score,
                    position=record.position,
                    previous_score=None if previous is None else previous.score,
                    timestamp=record.timestamp,
                ))
        return events
