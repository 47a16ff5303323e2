"""The event feed: it sleeps on the clock until the service says something can change, and asks
no more than that (requests counted on a simulated service living on a `FakeClock`)."""

from __future__ import annotations

import asyncio
import base64
import datetime
import json
import logging
from collections import Counter

import pytest

from nadeo_api import ArgumentError, auth
from nadeo_api.clock import FakeClock
from nadeo_api.watch import (
    CampaignPublished,
    CupEnded,
    CupStarted,
    DiscordWebhook,
    Event,
    PersonalBest,
    TrackOfTheDay,
    Watch,
    WorldRecord,
)

from .stub import Answer, StubServer, forged_jwt, forged_pair
from .watch_service import DAY, Service, async_client_on, client_on

UTC = datetime.timezone.utc
MONDAY_18H = datetime.datetime(2026, 6, 15, 18, 0, tzinfo=UTC)  # after that day's Track
WEEK_LATER = MONDAY_18H + datetime.timedelta(days=7)
TOTD = "/api/token/campaign/month"


def week_of_totd(service: Service, token: auth.ServiceToken) -> list[Event]:
    with client_on(service) as client:
        watch = Watch(token, campaigns=(), cups=False, client=client)
        return list(watch.events(until=WEEK_LATER))


def test_a_week_of_tracks_of_the_day_takes_one_request_per_track(
    token: auth.ServiceToken,
) -> None:
    clock = FakeClock(MONDAY_18H)
    service = Service(clock)
    events = week_of_totd(service, token)
    assert [type(e) for e in events] == [TrackOfTheDay] * 7
    assert [e.date for e in events] == [  # type: ignore[attr-defined]
        datetime.date(2026, 6, 16) + datetime.timedelta(days=i) for i in range(7)
    ]
    # The least possible: one answer to learn where things stand, one per new Track.
    assert service.requests[TOTD] == 1 + 7
    # Every sleep ended exactly at 17:00 UTC, and the clock never went past the last Track.
    assert clock.sleeps == [23 * 3600.0] + [DAY * 1.0] * 6
    assert clock.now() == datetime.datetime(2026, 6, 22, 17, 0, tzinfo=UTC)


def test_a_late_track_is_asked_again_until_it_shows(token: auth.ServiceToken) -> None:
    # Just after 17:00 the service still answers yesterday's list, announcing -1 (the
    # remark of the Tracks of the Day page): the feed asks again after 15 s, then 30 s.
    clock = FakeClock(MONDAY_18H)
    service = Service(clock, late=40)
    events = week_of_totd(service, token)
    assert len(events) == 7
    assert service.requests[TOTD] == 1 + 7 * 3
    assert [e.map_uid for e in events] == [  # type: ignore[attr-defined]
        f"Totd202606{day}" for day in range(16, 23)]
    # Each day: 17:00 (yesterday's list, -1), 17:00:15 (still), 17:00:45 (there).
    assert clock.sleeps[:4] == [23 * 3600.0, 15.0, 30.0, DAY - 45.0]


def test_a_late_track_is_not_hidden_by_the_clients_cache() -> None:
    # The late answer announces tomorrow: the client would keep it that long, but the feed
    # asks the service itself.
    access, refresh = forged_pair()
    payload = json.loads(base64.urlsafe_b64decode(access.split(".")[1] + "=="))
    access = forged_jwt({**payload, "sub": "00000000-0000-0000-0000-0000000000bb"})
    token = auth.ServiceToken(access, refresh, agent="watch tests / @tests")
    assert token.account_id  # its answers may be kept
    clock = FakeClock(MONDAY_18H)
    service = Service(clock, late=40, stale_hint=True)
    with client_on(service, cache="memory") as client:
        watch = Watch(token, campaigns=(), cups=False, client=client)
        events = list(watch.events(until=WEEK_LATER))
    assert len(events) == 7
    assert service.requests[TOTD] == 1 + 7 * 3


def test_an_outage_is_waited_out(
    token: auth.ServiceToken, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock(MONDAY_18H)
    thursday = datetime.datetime(2026, 6, 18, 17, tzinfo=UTC).timestamp()
    service = Service(clock, outage=(thursday, thursday + 600))
    with client_on(service, max_attempts=1) as client, caplog.at_level(logging.WARNING):
        watch = Watch(token, campaigns=(), cups=False, client=client)
        events = list(watch.events(until=WEEK_LATER))
    assert [e.date.day for e in events] == list(range(16, 23))  # type: ignore[attr-defined]
    # Thursday: asked at 17:00 and 15 s, 45 s, 1:45, 3:45 and 7:45 later (all 503), then at
    # 12:45, after the outage.
    assert service.requests[TOTD] == 1 + 7 + 6
    assert caplog.text.count("track-of-the-day failed (ServerError") == 6


def test_the_async_feed_asks_the_same(token: auth.ServiceToken) -> None:
    clock = FakeClock(MONDAY_18H)
    service = Service(clock)

    async def main() -> list[Event]:
        with async_client_on(service) as client:
            watch = Watch(token, campaigns=(), cups=False, async_client=client)
            found = [event async for event in watch.async_events(until=WEEK_LATER)]
            await client.aclose()
            return found

    events = asyncio.run(main())
    assert [e.date.day for e in events] == list(range(16, 23))  # type: ignore[attr-defined]
    assert service.requests[TOTD] == 1 + 7


def test_a_week_of_everything_costs_one_request_per_change(token: auth.ServiceToken) -> None:
    # A week across the turn of a month and of a season, with the default sources.
    start = datetime.datetime(2026, 6, 29, 18, 0, tzinfo=UTC)
    clock = FakeClock(start)
    service = Service(clock)
    with client_on(service) as client:
        events = list(Watch(token, client=client).events(until=start + datetime.timedelta(7)))
    kinds = Counter(e.kind for e in events)
    assert kinds == {"track-of-the-day": 7, "campaign": 3, "cup-started": 21, "cup-ended": 21}
    totds = [e for e in events if isinstance(e, TrackOfTheDay)]
    assert [e.date.isoformat() for e in totds[:2]] == ["2026-06-30", "2026-07-01"]
    campaigns = {e.campaign for e in events if isinstance(e, CampaignPublished)}
    assert campaigns == {"weekly-short", "weekly-grand", "seasonal"}
    # The least: one answer per source to learn where things stand, then one per change (a
    # cup's end is asked, not assumed from its announced end).
    assert dict(service.requests) == {
        "/api/token/campaign/month": 1 + 7,
        "/api/campaign/weekly-shorts": 1 + 1,
        "/api/campaign/weekly-grands": 1 + 1,
        "/api/campaign/official": 1 + 1,
        "/api/cup-of-the-day/current": 1 + 21 + 21,
    }


def test_a_new_weekly_short_at_the_end_of_the_last(token: auth.ServiceToken) -> None:
    clock = FakeClock(MONDAY_18H)
    service = Service(clock)
    with client_on(service) as client:
        watch = Watch(token, totd=False, campaigns=["weekly-short"], cups=False, client=client)
        events = list(watch.events(until=MONDAY_18H + datetime.timedelta(days=14)))
    assert [type(e) for e in events] == [CampaignPublished] * 2
    first = events[0]
    assert isinstance(first, CampaignPublished)
    assert first.campaign == "weekly-short" and len(first.map_uids) == 5
    assert first.start == int(datetime.datetime(2026, 6, 22, 17, tzinfo=UTC).timestamp())
    assert service.requests_to("weekly-shorts") == 1 + 2


def test_cups_start_and_end_on_their_schedule(token: auth.ServiceToken) -> None:
    clock = FakeClock(MONDAY_18H)  # the 17:01 cup is on
    service = Service(clock)
    with client_on(service) as client:
        watch = Watch(token, totd=False, campaigns=(), client=client)
        events = list(watch.events(until=MONDAY_18H + datetime.timedelta(days=1)))
    kinds = [type(e) for e in events]
    # The cup on at the start ends; then three cups start and two of them end within the day.
    assert kinds == [CupEnded, CupStarted, CupEnded, CupStarted, CupEnded, CupStarted]
    started = [e for e in events if isinstance(e, CupStarted)]
    assert [datetime.datetime.fromtimestamp(e.start, UTC).hour for e in started] == [1, 9, 17]
    # One answer at the start (the cup on says when the next can start), then one at each end
    # and each start.
    assert service.requests_to("/current") == 1 + 6
    assert service.requests_to("/cups-of-the-day") == 0


def test_with_no_cup_on_the_next_is_counted_from_the_last(token: auth.ServiceToken) -> None:
    clock = FakeClock(datetime.datetime(2026, 6, 15, 14, 0, tzinfo=UTC))
    service = Service(clock)
    with client_on(service) as client:
        watch = Watch(token, totd=False, campaigns=(), client=client)
        events = list(watch.events(until=MONDAY_18H))
    assert [type(e) for e in events] == [CupStarted]
    assert clock.sleeps == [3 * 3600 + 60.0]  # to 17:01, eight hours after the 09:01 cup
    assert service.requests_to("/current") == 2
    assert service.requests_to("/cups-of-the-day") == 1


def test_world_records_and_personal_bests(token: auth.ServiceToken) -> None:
    clock = FakeClock(MONDAY_18H)
    start = clock.time()
    players = [f"00000000-0000-0000-0000-{i:012d}" for i in range(1, 8)]
    service = Service(clock, boards={"MapA": [(p, 40_000 + i * 100)
                                               for i, p in enumerate(players[:6])]})
    service.changes = [
        (start + 100, "MapA", players[3], 40_050),   # #4 improves to #2
        (start + 700, "MapA", players[6], 39_900),   # a newcomer takes the record
        (start + 1300, "MapA", players[5], 40_600),  # slower than before: not a PB
    ]
    with client_on(service) as client:
        watch = Watch(token, totd=False, campaigns=(), cups=False, maps=["MapA"], depth=5,
                      records_every=600, client=client)
        events = list(watch.events(until=start + 1800))
    assert [type(e) for e in events] == [PersonalBest, WorldRecord]
    best, record = events
    assert isinstance(best, PersonalBest) and isinstance(record, WorldRecord)
    assert (best.account_id, best.score, best.position, best.previous_score) == (
        players[3], 40_050, 2, 40_300)
    assert (record.account_id, record.previous_account_id, record.previous_score) == (
        players[6], players[0], 40_000)
    assert service.requests_to("/top") == 4  # one page per reading, every 600 s


def test_only_watched_accounts_get_personal_bests(token: auth.ServiceToken) -> None:
    clock = FakeClock(MONDAY_18H)
    start = clock.time()
    players = [f"00000000-0000-0000-0000-{i:012d}" for i in range(1, 5)]
    service = Service(clock, boards={"MapA": [(p, 50_000 + i) for i, p in enumerate(players)]})
    service.changes = [(start + 1, "MapA", players[2], 50_000 + 1 - 1),
                       (start + 1, "MapA", players[3], 50_001)]
    with client_on(service) as client:
        watch = Watch(token, totd=False, campaigns=(), cups=False, maps=["MapA"],
                      accounts=[players[3]], records_every=60, client=client)
        events = list(watch.events(until=start + 60))
    assert [(type(e), e.account_id) for e in events] == [  # type: ignore[attr-defined]
        (PersonalBest, players[3])]


def test_deep_boards_are_read_within_half_the_rate_budget(token: auth.ServiceToken) -> None:
    clock = FakeClock(MONDAY_18H)
    service = Service(clock)
    maps = [f"Map{i}" for i in range(100)]
    with client_on(service, rate_limit=2.0, rate_burst=400) as client:
        watch = Watch(token, totd=False, campaigns=(), cups=False, maps=maps, depth=1000,
                      records_every=60, client=client)
        list(watch.events(until=clock.time() + 1))
    # 100 maps x 10 pages = 1,000 requests a reading: at most 1/s, so every 1,000 s.
    assert watch._records is not None and watch._records.interval == 1000
    # Empty boards end after their first short page.
    assert service.requests_to("/top") == 100


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"campaigns": ["weekly"]}, "campaigns[] must be one of"),
        ({"maps": "MapA"}, "maps must be a list"),
        ({"maps": ["bad uid!"]}, "maps[]"),
        ({"depth": 0, "maps": ["MapA"]}, "depth must be"),
        ({"records_every": 0}, "records_every"),
        ({"accounts": ["nobody"]}, "accounts[]"),
        ({"totd": False, "campaigns": (), "cups": False}, "nothing to watch"),
    ],
)
def test_bad_arguments_are_refused(
    token: auth.ServiceToken, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(ArgumentError, match=message.replace("[", r"\[").replace("]", r"\]")):
        Watch(token, **changes)  # type: ignore[arg-type]


def test_events_as_json_and_text() -> None:
    event = TrackOfTheDay(map_uid="Abc", date=datetime.date(2026, 6, 16), start=1, end=2)
    assert event.to_json() == {"kind": "track-of-the-day", "map_uid": "Abc",
                               "date": "2026-06-16", "start": 1, "end": 2, "campaign_id": None}
    assert event.describe() == "Track of the Day 2026-06-16: Abc"
    record = WorldRecord(map_uid="Abc", account_id="x", score=61_234, previous_account_id=None,
                         previous_score=62_000, display_name="$f00Red")
    assert record.describe() == "World record on Abc: 1:01.234 by $f00Red (was 1:02.000)"


HOOK = "/api/webhooks/123/secret-token-part"


def test_events_are_posted_to_a_discord_webhook(
    stub: StubServer, token: auth.ServiceToken, caplog: pytest.LogCaptureFixture
) -> None:
    stub.script(HOOK, Answer(204, b""))
    before = len(stub.requests(HOOK))
    clock = FakeClock(MONDAY_18H)
    service = Service(clock)
    hook = DiscordWebhook(stub.url + HOOK, username="TOTD bot")
    with client_on(service) as client, caplog.at_level(logging.DEBUG):
        Watch(token, campaigns=(), cups=False, client=client).run(
            hook, until=MONDAY_18H + datetime.timedelta(days=2))
    posts = [json.loads(seen.body) for seen in stub.requests(HOOK)[before:]]
    assert [p["content"] for p in posts] == [
        "Track of the Day 2026-06-16: Totd20260616", "Track of the Day 2026-06-17: Totd20260617"]
    assert all(p["username"] == "TOTD bot" and p["allowed_mentions"] == {"parse": []}
               for p in posts)
    assert hook.posted == 2
    assert "secret-token-part" not in repr(hook) + caplog.text


def test_a_rate_limited_post_is_retried_once_and_a_failure_is_dropped(
    stub: StubServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock(MONDAY_18H)
    hook = DiscordWebhook(stub.url + HOOK, clock=clock)
    event = CupEnded(cup_id=1, name="COTD", end=0)
    stub.script(HOOK, Answer(429, b'{"retry_after": 2.5}'), Answer(204, b""))
    assert hook(event) is True
    assert clock.sleeps == [2.5]
    stub.script(HOOK, Answer(404, b'{"message": "Unknown Webhook"}'))
    with caplog.at_level(logging.WARNING):
        assert hook(event) is False
    assert "status 404" in caplog.text and "secret-token-part" not in caplog.text
    assert hook.posted == 1


def test_the_async_run_posts_without_blocking(stub: StubServer, token: auth.ServiceToken) -> None:
    stub.script(HOOK, Answer(204, b""))
    before = len(stub.requests(HOOK))
    clock = FakeClock(MONDAY_18H)
    service = Service(clock)
    seen: list[Event] = []

    async def remember(event: Event) -> None:
        seen.append(event)

    async def main() -> None:
        with async_client_on(service) as client:
            watch = Watch(token, campaigns=(), cups=False, async_client=client)
            await watch.async_run(remember, DiscordWebhook(stub.url + HOOK),
                                  until=MONDAY_18H + datetime.timedelta(days=1))
            await client.aclose()

    asyncio.run(main())
    assert len(seen) == 1 and len(stub.requests(HOOK)) == before + 1


def test_a_webhook_url_is_checked_without_showing_it() -> None:
    with pytest.raises(ArgumentError) as raised:
        DiscordWebhook("discord.com/api/webhooks/1/hush")
    assert "hush" not in str(raised.value)
