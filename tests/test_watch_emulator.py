"""The event feed against the emulator living on the same `FakeClock`: a week of its Tracks of
the Day, campaigns and cups in no time, every request counted on the emulator's log."""

from __future__ import annotations

import datetime
from collections import Counter

from nadeo_api import Client, auth
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.watch import TrackOfTheDay, Watch

from .conftest import AGENT

UTC = datetime.timezone.utc
START = datetime.datetime(2026, 6, 15, 18, 0, tzinfo=UTC)
WEEK = datetime.timedelta(days=7)


def test_a_week_of_the_emulators_tracks_of_the_day() -> None:
    clock = FakeClock(START)
    with Emulator(clock=clock) as emu, Client(emu.settings()) as client:
        token = auth.ServiceToken.get("live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password,
                                      AGENT, client=client)
        emu.log.clear()
        watch = Watch(token, campaigns=(), cups=False, client=client)
        events = list(watch.events(until=START + WEEK))
        assert [e.map_uid for e in events if isinstance(e, TrackOfTheDay)] == [
            emu.world.totd_for(datetime.date(2026, 6, 16 + i)).map_uid  # type: ignore[union-attr]
            for i in range(7)
        ]
        paths = Counter(entry.path for entry in emu.log)
    # The least: one answer to start, one per new Track; the token's renewals besides.
    assert paths["/api/token/campaign/month"] == 1 + 7
    assert set(paths) <= {"/api/token/campaign/month", "/v2/authentication/token/refresh",
                          "/v2/authentication/token/basic", "/v2/authentication/token/ubiservices",
                          "/v2/authentication/token/nadeoservices"}


def test_a_week_of_everything_on_the_emulator() -> None:
    clock = FakeClock(START)
    with Emulator(clock=clock) as emu, Client(emu.settings()) as client:
        token = auth.ServiceToken.get("live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password,
                                      AGENT, client=client)
        emu.log.clear()
        events = list(Watch(token, client=client).events(until=START + WEEK))
        paths = Counter(entry.path for entry in emu.log)
    kinds = Counter(e.kind for e in events)
    assert kinds["track-of-the-day"] == 7
    assert kinds["campaign"] == 2  # Monday's Weekly Short and Weekly Grand
    assert kinds["cup-started"] == 21 and kinds["cup-ended"] == 21  # the first was on at 18:00
    assert paths["/api/campaign/weekly-shorts"] == 1 + 1
    assert paths["/api/campaign/weekly-grands"] == 1 + 1
    assert paths["/api/cup-of-the-day/current"] == 1 + 21 + 21
