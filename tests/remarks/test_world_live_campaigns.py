"""Remarks of the Live campaign pages that the living clock shows."""

from __future__ import annotations

from datetime import datetime, timezone

from .. import raw
from .emulated import at, served, user_headers
from .registry import remark


def _stamp(*moment: int) -> int:
    return int(datetime(*moment, tzinfo=timezone.utc).timestamp())  # type: ignore[misc]


@remark("live/campaigns/totds.md", 1)
def test_totds_next_request_is_minus_one_while_the_next_is_not_scheduled() -> None:
    # A month's Tracks of the Day are scheduled at 20:00 UTC on the previous month's last day.
    clock = at(2026, 6, 30, 16, 59)
    with served(clock) as emu, raw.client(timeout=10) as http:
        url = f"{emu.live_url}/api/token/campaign/month"
        headers = user_headers(http, emu)
        before = http.get(url, headers=headers).json()
        assert before["nextRequestTimestamp"] == _stamp(2026, 6, 30, 17)
        assert before["relativeNextRequest"] == 60
        clock.advance(60)
        unscheduled = http.get(url, headers=headers).json()
        assert unscheduled["nextRequestTimestamp"] == -1
        assert unscheduled["relativeNextRequest"] == -1
        assert unscheduled["monthList"][0]["days"][-1]["monthDay"] == 30
        clock.set(datetime(2026, 6, 30, 20, tzinfo=timezone.utc))
        headers = user_headers(http, emu)  # the first token has expired
        scheduled = http.get(url, headers=headers).json()
        assert scheduled["nextRequestTimestamp"] == _stamp(2026, 7, 1, 17)
        assert scheduled["relativeNextRequest"] == 21 * 3600
