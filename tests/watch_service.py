"""A small imitation of the routes a `Watch` reads, living on a `FakeClock`: a Track of the Day
every day at 17:00 UTC (optionally answered late, as the real service sometimes is), a Weekly
Short every Monday, three Cups of the Day a day, and leaderboards that change at set moments.
Served through `httpx.MockTransport`, it counts every request by path."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from nadeo_api import AsyncClient, Client, Settings
from nadeo_api.clock import FakeClock

DAY = 86400
UTC = datetime.timezone.utc
LIVE, MEET = "https://live.test", "https://meet.test"
TOTD_HOUR = 17
CUP_HOURS = (1, 9, 17)
CUP_LENGTH = 2 * 3600 + 600


def at(day: datetime.date, hour: int, minute: int = 0) -> int:
    return int(datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
               .timestamp())


@dataclass
class Service:
    clock: FakeClock
    late: int = 0
    """Seconds after 17:00 during which the service still answers yesterday's list (and -1)."""
    stale_hint: bool = False
    """While late, announce tomorrow's 17:00 (as a stale copy would) instead of -1."""
    boards: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    """map UID -> [(account ID, score)]; sorted by score when served."""
    changes: list[tuple[float, str, str, int]] = field(default_factory=list)
    """(when, map UID, account ID, new score): applied once the clock reaches `when`."""
    requests: Counter[str] = field(default_factory=Counter)
    outage: tuple[float, float] = (0.0, 0.0)
    """From when to when every route answers 503."""

    def now(self) -> int:
        return int(self.clock.time())

    def answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.requests[path] += 1
        params = dict(request.url.params)
        if self.outage[0] <= self.now() < self.outage[1]:
            return httpx.Response(503, json={"error": "maintenance"})
        if path == "/api/token/campaign/month":
            return httpx.Response(200, json=self._months())
        if path == "/api/campaign/weekly-shorts":
            return httpx.Response(200, json=self._weekly(5000, 5))
        if path == "/api/campaign/weekly-grands":
            return httpx.Response(200, json=self._weekly(6000, 1))
        if path == "/api/campaign/official":
            return httpx.Response(200, json=self._season())
        if path == "/api/cup-of-the-day/current":
            cup = self._cup(current=True)
            return httpx.Response(204) if cup is None else httpx.Response(200, json=cup)
        if path == "/api/cups-of-the-day":
            cup = self._cup(current=False)
            return httpx.Response(200, json={"COTDs": [] if cup is None else [cup]})
        if path.startswith("/api/token/map/"):
            uid = path.rsplit("/", 1)[1]
            return httpx.Response(200, json={"uid": uid, "name": f"$f00Red $fff{uid}",
                                             "author": "00000000-0000-0000-0000-0000000000aa"})
        if path.endswith("/top"):
            uid = path.split("/map/")[1].split("/")[0]
            return httpx.Response(200, json=self._top(uid, int(params["length"]),
                                                       int(params["offset"])))
        return httpx.Response(404, json={"error": "not here"})

    def _months(self) -> dict[str, Any]:
        now = self.now()
        today = datetime.datetime.fromtimestamp(now, UTC).date()
        newest = today if now >= at(today, TOTD_HOUR) + self.late else today - datetime.timedelta(1)
        first = newest.replace(day=1)
        days = []
        for number in range(1, newest.day + 1):
            day = first.replace(day=number)
            start = at(day, TOTD_HOUR)
            days.append({"campaignId": 1000 + day.toordinal() % 1000, "mapUid": f"Totd{day:%Y%m%d}",
                         "monthDay": number, "startTimestamp": start,
                         "endTimestamp": start + DAY, "relativeStart": start - now,
                         "relativeEnd": start + DAY - now})
        after = at(today, TOTD_HOUR)
        if now >= after:
            after += DAY
        late = at(today, TOTD_HOUR) <= now < at(today, TOTD_HOUR) + self.late
        if late and self.stale_hint:
            late, after = False, at(today, TOTD_HOUR) + DAY
        return {"monthList": [{"year": first.year, "month": first.month, "days": days}],
                "nextRequestTimestamp": -1 if late else after,
                "relativeNextRequest": -1 if late else after - now}

    def _weekly(self, first_id: int, maps: int) -> dict[str, Any]:
        now = self.now()
        today = datetime.datetime.fromtimestamp(now, UTC).date()
        monday = today - datetime.timedelta(today.weekday())
        start = at(monday, TOTD_HOUR)
        if now < start:
            start -= 7 * DAY
        week = datetime.datetime.fromtimestamp(start, UTC).isocalendar()[1]
        campaign = {"id": first_id + week, "name": f"Week {week}", "startTimestamp": start,
                    "endTimestamp": start + 7 * DAY,
                    "playlist": [{"position": i, "mapUid": f"W{first_id}x{week}x{i}"}
                                 for i in range(maps)]}
        return {"campaignList": [campaign], "nextRequestTimestamp": start + 7 * DAY,
                "relativeNextRequest": start + 7 * DAY - now}

    def _season(self) -> dict[str, Any]:
        """A season a quarter, from the 1st of January, April, July and October at 15:00."""
        now = self.now()
        today = datetime.datetime.fromtimestamp(now, UTC).date()
        starts = [at(datetime.date(year, month, 1), 15) for year in (today.year - 1, today.year,
                  today.year + 1) for month in (1, 4, 7, 10)]
        start = max(s for s in starts if s <= now)
        end = min(s for s in starts if s > now)
        name = datetime.datetime.fromtimestamp(start, UTC).strftime("Season %Y-%m")
        campaign = {"id": start // DAY, "name": name, "startTimestamp": start,
                    "endTimestamp": end,
                    "playlist": [{"position": i, "mapUid": f"S{start}x{i}"} for i in range(25)]}
        return {"campaignList": [campaign], "nextRequestTimestamp": end,
                "relativeNextRequest": end - now}

    def _cup(self, *, current: bool) -> dict[str, Any] | None:
        now = self.now()
        today = datetime.datetime.fromtimestamp(now, UTC).date()
        starts = [at(today + datetime.timedelta(d), h, 1) for d in (-1, 0) for h in CUP_HOURS]
        started = [s for s in starts if s <= now]
        if not started:
            return None
        start = max(started)
        if current and now >= start + CUP_LENGTH:
            return None
        name = datetime.datetime.fromtimestamp(start, UTC).strftime("COTD %Y-%m-%d %H")
        return {"id": start // 3600, "competition": {"name": name}, "startDate": start,
                "endDate": start + CUP_LENGTH}

    def _top(self, uid: str, length: int, offset: int) -> dict[str, Any]:
        now = self.now()
        for change in [c for c in self.changes if c[0] <= now]:
            self.changes.remove(change)
            _, map_uid, account, score = change
            board = [entry for entry in self.boards.get(map_uid, []) if entry[0] != account]
            self.boards[map_uid] = [*board, (account, score)]
        ranked = sorted(self.boards.get(uid, []), key=lambda entry: entry[1])
        top = [{"accountId": account, "score": score, "position": offset + i + 1,
                "timestamp": now, "zoneName": "World"}
               for i, (account, score) in enumerate(ranked[offset : offset + length])]
        return {"groupUid": "Personal_Best", "mapUid": uid,
                "tops": [{"zoneId": "world", "zoneName": "World", "top": top}]}

    def requests_to(self, path_end: str) -> int:
        return sum(n for path, n in self.requests.items() if path.endswith(path_end))


def settings(clock: FakeClock, **changes: Any) -> Settings:
    return Settings(live_url=LIVE, meet_url=MEET, clock=clock, **{"rate_limit": None, **changes})


@contextmanager
def client_on(service: Service, **changes: Any) -> Iterator[Client]:
    with Client(settings(service.clock, **changes)) as client:
        client._http.close()
        client._http = httpx.Client(transport=httpx.MockTransport(service.answer))
        yield client


@contextmanager
def async_client_on(service: Service, **changes: Any) -> Iterator[AsyncClient]:
    client = AsyncClient(settings(service.clock, **changes))
    client._http = httpx.AsyncClient(transport=httpx.MockTransport(service.answer))
    yield client

