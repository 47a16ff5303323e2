"""The event feed against the emulator at a pinned moment: it sleeps exactly until the moment
the emulator's answers announce, and asks nothing before."""

from __future__ import annotations

import datetime

from nadeo_api import Client, auth
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.watch import Watch

from .conftest import AGENT

UTC = datetime.timezone.utc
NOW = datetime.datetime(2026, 6, 17, 18, 0, tzinfo=UTC)  # a Wednesday evening


def test_the_feed_sleeps_until_the_emulators_next_track_of_the_day() -> None:
    clock = FakeClock(NOW)
    with Emulator(today=NOW.date(), now=NOW.timestamp()) as emu, \
            Client(emu.settings(clock=clock)) as client:
        token = auth.ServiceToken.get("live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password,
                                      AGENT, client=client)
        announced = client.live.get_maps_totd(token)["relativeNextRequest"]
        emu.log.clear()
        watch = Watch(token, campaigns=(), cups=False, client=client)
        # Until just past the announced moment: one answer to start, one at that moment (the
        # emulator's world stands still, so the next ask, 15 s later, is past the end).
        assert list(watch.events(until=NOW.timestamp() + announced + 1)) == []
    assert announced == 23 * 3600
    assert clock.sleeps == [announced]
    assert [entry.path for entry in emu.log] == ["/api/token/campaign/month"] * 2


def test_the_feed_sleeps_until_the_emulators_weekly_short_ends() -> None:
    clock = FakeClock(NOW)
    with Emulator(today=NOW.date(), now=NOW.timestamp()) as emu, \
            Client(emu.settings(clock=clock)) as client:
        token = auth.ServiceToken.get("live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password,
                                      AGENT, client=client)
        end = client.live.get_maps_weekly_short(token)["campaignList"][0]["endTimestamp"]
        emu.log.clear()
        watch = Watch(token, totd=False, campaigns=["weekly-short"], cups=False, client=client)
        assert list(watch.events(until=end + 1)) == []
    assert clock.sleeps == [end - NOW.timestamp()]
    assert len(emu.log) == 2
