"""Stopping an emulator: at once when idle, after the requests in flight are answered."""

from __future__ import annotations

import datetime
import threading
import time

import httpx
from tests import raw

from nadeo_api.emulator import Emulator

TODAY = datetime.date(2026, 6, 15)


def test_a_request_in_flight_is_answered_before_the_emulator_stops() -> None:
    emu = Emulator(today=TODAY, latency=0.1).start()
    answers: list[httpx.Response] = []
    sender = threading.Thread(
        target=lambda: answers.append(raw.get(emu.live_url + "/api/campaign/official"))
    )
    sender.start()
    server = emu._server
    assert server is not None
    deadline = time.monotonic() + 10
    while not server.server_state.tasks and time.monotonic() < deadline:
        time.sleep(0.001)  # until the request is being handled (it waits out the latency)
    assert server.server_state.tasks, "the request never reached the emulator"
    emu.stop()
    sender.join(10)
    assert [a.status_code for a in answers] == [401]  # answered whole: no token was sent
    assert answers[0].json()
    assert not emu.running


def test_a_stopped_emulator_frees_its_thread_and_port() -> None:
    before = {t.name for t in threading.enumerate()}
    emu = Emulator(today=TODAY).start()
    url = emu.url
    emu.stop()
    assert {t.name for t in threading.enumerate()} <= before
    try:
        raw.get(url + "/health", timeout=2)
    except httpx.TransportError:
        pass
    else:
        raise AssertionError("the stopped emulator still answers")
