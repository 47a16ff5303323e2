"""Stopping an emulator: at once when idle, after the requests in flight are answered."""

from __future__ import annotations

import datetime
import socket
import threading

import httpx
from tests import raw
from tests.clock import HeldClock

from nadeo_api.emulator import Emulator

TODAY = datetime.date(2026, 6, 15)


def test_a_request_in_flight_is_answered_before_the_emulator_stops() -> None:
    clock = HeldClock(datetime.datetime(2026, 6, 15, 12, tzinfo=datetime.timezone.utc))
    emu = Emulator(clock=clock, latency=1).start()
    server = emu._server
    assert server is not None
    answers: list[httpx.Response] = []
    sender = threading.Thread(
        target=lambda: answers.append(raw.get(emu.live_url + "/api/campaign/official"))
    )
    sender.start()
    clock.asleep(1)  # the request is being handled: it waits out the latency on the clock
    stopping = threading.Event()
    shutdown = server.shutdown

    async def shutting_down(sockets: list[socket.socket] | None = None) -> None:
        stopping.set()  # the loop runs on without yielding until the shutdown's first wait
        await shutdown(sockets)

    server.shutdown = shutting_down  # type: ignore[method-assign]
    stopper = threading.Thread(target=emu.stop)
    stopper.start()
    assert stopping.wait(10), "the emulator never began to stop"
    clock.advance(1)  # the latency ends while the emulator stops
    stopper.join(10)
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
