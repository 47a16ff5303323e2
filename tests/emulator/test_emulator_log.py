"""The request log is a bounded ring: an emulator left serving keeps its latest requests only."""

from __future__ import annotations

import pytest
from emulator_testlib import TODAY
from tests import raw

from nadeo_api.emulator import Emulator, RequestLog
from nadeo_api.emulator.serving.log import LoggedRequest


def entry(number: int) -> LoggedRequest:
    return LoggedRequest(
        time=float(number), wall=float(number), api="live", method="GET", path=f"/{number}",
        query="", params={}, headers={}, body=b"", status=200, account_id=None,
    )  # fmt: skip


def test_the_log_keeps_the_latest_requests() -> None:
    log = RequestLog(3)
    for number in range(10):
        log.append(entry(number))
    assert [e.path for e in log.entries] == ["/7", "/8", "/9"]
    assert (len(log), log.total) == (3, 10)


def test_a_log_of_size_zero_is_off_and_none_keeps_all() -> None:
    off, everything = RequestLog(0), RequestLog(None)
    for number in range(20_001):
        off.append(entry(number))
        everything.append(entry(number))
    assert (len(off), off.total) == (0, 20_001)
    assert len(everything) == 20_001


@pytest.mark.parametrize("size", [-1, True, 1.5])
def test_a_log_size_is_checked(size: object) -> None:
    with pytest.raises(ValueError):
        RequestLog(size)  # type: ignore[arg-type]


def test_the_emulator_log_has_a_size() -> None:
    with Emulator(today=TODAY, log_size=2) as emu:
        for _ in range(5):
            raw.get(f"{emu.live_url}/api/campaign/official?length=1&offset=0")
        assert len(emu.log) == 2 and emu.log.total == 5
    assert Emulator(today=TODAY).log.size == 10_000
