"""A feed of what changes on Nadeo's services, asking only when something can have changed.

    from nadeo_api import auth
    from nadeo_api.watch import Watch, TrackOfTheDay

    token = auth.ServiceToken.get("live", login, password, "My bot / @me")
    watch = Watch(token, maps=["map UID", ...], depth=10)
    for event in watch.events():          # blocks; sleeps until the next change can happen
        print(event.describe())
    async for event in watch.async_events():   # the same on an AsyncClient
        ...
    watch.run(print, DiscordWebhook(url))      # every event to each sink

Between asks the feed sleeps, on the client's clock (`Settings.clock`), exactly until the service
says its answer can change: the next Track of the Day (17:00 UTC), the end of the current Weekly
Short, Weekly Grand or season, the end of the Cup of the Day being played. Just after such a
moment the real service may still answer the old list: the feed asks again after 15 s, 30 s,
1 min... until the change shows. Leaderboards give no such hint: the top `depth` records of each
watched map are read every `records_every` seconds (never more often than half the client's rate
budget allows) and compared with the previous reading, which yields `WorldRecord` and
`PersonalBest` events.

The first answer of each source is taken as what there is already: the feed yields changes
from then on. Failures that the client's own retries did not overcome (network, 5xx, 429) are
logged and the source is asked again later; bad credentials or arguments are raised.
"""

from __future__ import annotations

import datetime
import inspect
import logging
import math
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from . import _checks as check
from ._errors import (
    ArgumentError,
    InvalidResponseError,
    RateLimitedError,
    ServerError,
    TransportError,
)
from ._watch import (
    BUDGET_SHARE,
    CAMPAIGNS,
    Cups,
    Poll,
    Records,
    Source,
    announced_sources,
)
from ._watch_events import (
    CampaignPublished,
    CupEnded,
    CupStarted,
    Event,
    PersonalBest,
    TrackOfTheDay,
    WorldRecord,
)
from ._webhook import DiscordWebhook
from .auth import WebServicesToken
from .endpoints.live.leaderboards import LEADERBOARD_DEPTH

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from .clock import Clock

__all__ = [
    "CAMPAIGNS",
    "CampaignPublished",
    "CupEnded",
    "CupStarted",
    "DiscordWebhook",
    "Event",
    "PersonalBest",
    "Sink",
    "TrackOfTheDay",
    "Watch",
    "WorldRecord",
]

logger = logging.getLogger("nadeo_api.watch")

Sink = Callable[[Event], Any]
"""Called with each event; an async function's result is awaited by `async_run`."""

# What a poll may fail with and still be tried again later: the service or the network, once
# the client's own retries are spent. Anything else (bad credentials, arguments) is raised.
_PASSING = (TransportError, ServerError, RateLimitedError, InvalidResponseError)


class Watch:
    """A feed of events from the Track of the Day, official campaigns, the Cup of the Day and
    the leaderboards of some maps.

    Args:
        token: a `ServiceToken` or `DedicatedServerToken` of the `live` audience (the Meet API
            takes the same).
        totd: follow the Track of the Day.
        campaigns: the official campaigns to follow, among `weekly-short`, `weekly-grand` and
            `seasonal`.
        cups: follow the Cup of the Day (started, ended).
        maps: UIDs of maps whose leaderboards are watched for records.
        depth: how deep each watched leaderboard is read, 1 to 10,000 (100 records a request).
        group: the leaderboard group (`Personal_Best`: the global one).
        accounts: yield `PersonalBest` only for these account IDs (default: anyone within
            `depth`); world records are always yielded.
        records_every: seconds between readings of the watched leaderboards (raised when the
            maps and depth would take more than half the client's rate budget).
        client: the `Client` of `events`/`run` (default: the process's shared client).
        async_client: the `AsyncClient` of `async_events`/`async_run` (default: the event
            loop's shared one).
        clock: the clock slept on (default: the client's `settings.clock`).
    """

    def __init__(
        self,
        token: WebServicesToken,
        *,
        totd: bool = True,
        campaigns: Sequence[str] = ("weekly-short", "weekly-grand", "seasonal"),
        cups: bool = True,
        maps: Iterable[str] = (),
        depth: int = 10,
        group: str = "Personal_Best",
        accounts: Iterable[str] | None = None,
        records_every: float = 300.0,
        client: Client | None = None,
        async_client: AsyncClient | None = None,
        clock: Clock | None = None,
    ) -> None:
        if not isinstance(token, WebServicesToken):
            raise ArgumentError(
                "token must be a ServiceToken or DedicatedServerToken of the live audience "
                f"(got {type(token).__name__})"
            )
        check.flag("totd", totd)
        check.flag("cups", cups)
        if isinstance(campaigns, str):
            raise ArgumentError(f"campaigns must be a list of names (got {campaigns!r})")
        kinds = [check.choice("campaigns[]", kind, list(CAMPAIGNS)) for kind in campaigns]
        if isinstance(maps, str):
            raise ArgumentError(f"maps must be a list of map UIDs, not one string ({maps!r})")
        uids = list(dict.fromkeys(check.map_uid("maps[]", uid) for uid in maps))
        check.count("depth", depth, minimum=1, maximum=LEADERBOARD_DEPTH)
        check.uid("group", group)
        watched = None
        if accounts is not None:
            if isinstance(accounts, str):
                raise ArgumentError(f"accounts must be a list of account IDs ({accounts!r})")
            watched = frozenset(check.account_id("accounts[]", a).lower() for a in accounts)
        every = check.seconds("records_every", records_every, maximum=7 * 86400)
        self._token = token
        self._client = client
        self._async_client = async_client
        self._clock = clock
        self._sources: list[Source] = announced_sources(totd, kinds)
        if cups:
            self._sources.append(Cups())
        self._records = Records(uids, depth, group, watched, every) if uids else None
        if self._records is not None:
            self._sources.append(self._records)
        if not self._sources:
            raise ArgumentError("nothing to watch: enable totd, campaigns, cups or give maps")
        self._records_every = every

    def __repr__(self) -> str:
        return f"Watch({', '.join(source.name for source in self._sources)})"

    def events(self, *, until: datetime.datetime | float | None = None) -> Iterator[Event]:
        """Yield events as they happen, sleeping in between; forever, or until the clock
        passes `until` (a timezone-aware datetime or Unix seconds)."""
        from ._client import default_client

        # Not from the cache: the feed asks when the service says its answer changes, and a kept
        # answer would hide a change that shows late from the asks that follow.
        client = (self._client or default_client()).with_options(cache=False)
        clock = self._prepare(client.settings)
        for wait, source in self._schedule(clock, until):
            if wait > 0:
                clock.sleep(wait)
            flow = source.poll(self._token, clock.time)
            try:
                call = next(flow)
                while True:
                    declared, args = call
                    call = flow.send(client.call(declared, *args))
            except StopIteration as done:
                yield from done.value
            except _PASSING as error:
                self._failed(source, clock.time(), error)

    async def async_events(
        self, *, until: datetime.datetime | float | None = None
    ) -> AsyncIterator[Event]:
        """`events` on an `AsyncClient`."""
        from ._client import default_async_client

        client = (self._async_client or default_async_client()).with_options(cache=False)
        clock = self._prepare(client.settings)
        for wait, source in self._schedule(clock, until):
            if wait > 0:
                await clock.sleep_async(wait)
            flow: Poll = source.poll(self._token, clock.time)
            found: list[Event] = []
            try:
                call = next(flow)
                while True:
                    declared, args = call
                    call = flow.send(await client.call(declared, *args))
            except StopIteration as done:
                found = done.value
            except _PASSING as error:
                self._failed(source, clock.time(), error)
            for event in found:
                yield event

    def run(self, *sinks: Sink, until: datetime.datetime | float | None = None) -> None:
        """Hand every event to each sink (a function, a `DiscordWebhook`...), in order."""
        _check_sinks(sinks)
        for event in self.events(until=until):
            for sink in sinks:
                sink(event)

    async def async_run(
        self, *sinks: Sink, until: datetime.datetime | float | None = None
    ) -> None:
        """`run` on an `AsyncClient`; a `DiscordWebhook` posts without blocking, and the results
        of async sinks are awaited."""
        _check_sinks(sinks)
        async for event in self.async_events(until=until):
            for sink in sinks:
                if isinstance(sink, DiscordWebhook):
                    await sink.send_async(event)
                    continue
                result = sink(event)
                if inspect.isawaitable(result):
                    await result

    def _schedule(
        self, clock: Clock, until: datetime.datetime | float | None
    ) -> Iterator[tuple[float, Source]]:
        """The source due next and how long to sleep before polling it, until `until`: the
        order of both drivers."""
        stop = _until(until)
        while True:
            source = min(self._sources, key=lambda s: s.next_at)
            if source.next_at > stop:
                return
            wait = source.next_at - clock.time()
            if wait > 0:
                logger.debug("watch: %s due in %.0f s", source.name, wait)
            yield wait, source

    def _prepare(self, settings: Any) -> Clock:
        clock: Clock = self._clock or settings.clock
        if self._records is not None:
            rate = settings.rate_limit
            floor = 0.0 if rate is None else self._records.requests_per_round / (
                BUDGET_SHARE * rate)
            if floor > self._records_every:
                logger.info("watch: leaderboards read every %.0f s (the rate budget's pace)",
                            floor)
            self._records.interval = max(self._records_every, floor)
        return clock

    def _failed(self, source: Source, now: float, error: Exception) -> None:
        source.failed(now)
        logger.warning("watch: %s failed (%s: %s); asking again in %.0f s",
                       source.name, type(error).__name__, error, source.next_at - now)


def _until(until: datetime.datetime | float | None) -> float:
    if until is None:
        return math.inf
    if isinstance(until, datetime.datetime):
        if until.tzinfo is None:
            raise ArgumentError(f"until must be timezone-aware (got {until!r})")
        return until.timestamp()
    if isinstance(until, bool) or not isinstance(until, (int, float)) or math.isnan(until):
        raise ArgumentError(f"until must be a datetime or Unix seconds (got {until!r})")
    return float(until)


def _check_sinks(sinks: Sequence[object]) -> None:
    for index, sink in enumerate(sinks):
        if not callable(sink):
            raise ArgumentError(f"sinks[{index}] must be callable (got {sink!r})")

