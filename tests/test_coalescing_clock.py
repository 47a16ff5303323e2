"""Identical reads share one request on a fake clock too: a caller waiting for another's request
is waiting for another thread or task, which the clock is told of, so that the clock moves on
while the first caller sleeps for its rate slot."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from nadeo_api import AsyncClient, Client, auth
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import emulator_settings

from .clock import fake_clock, together
from .conftest import AGENT

CALLERS = 6


@pytest.fixture
def clock() -> FakeClock:
    return fake_clock()


@pytest.fixture
def timed(clock: FakeClock) -> Iterator[Emulator]:
    with Emulator(clock=clock) as running:
        yield running


def test_threads_waiting_for_a_shared_request_let_the_clock_move(
    timed: Emulator, clock: FakeClock
) -> None:
    # A slow budget: the shared request waits for its slot after the login took the burst.
    settings = emulator_settings(timed, rate_limit=0.5, rate_burst=1, cache="off")
    answers: list[Any] = []
    with Client(settings) as client:
        token = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
        )
        timed.log.clear()
        together(clock, *(lambda: answers.append(client.live.get_maps_totd(token))
                          for _ in range(CALLERS)))
    assert len(answers) == CALLERS and all(a == answers[0] for a in answers)
    assert len(timed.log.entries) == 1  # one request for every caller
    assert timed.log.entries[0].time >= 2.0 - 1e-6  # it waited for its slot on the clock


def test_tasks_waiting_for_a_shared_request_let_the_clock_move(
    timed: Emulator, clock: FakeClock
) -> None:
    async def main() -> list[Any]:
        settings = emulator_settings(timed, rate_limit=0.5, rate_burst=1, cache="off")
        async with AsyncClient(settings) as client:
            token = await auth.ServiceToken.aget(
                "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
            )
            timed.log.clear()
            tasks = [clock.task(client.live.get_maps_totd(token)) for _ in range(CALLERS)]
            return list(await asyncio.gather(*tasks))

    answers = asyncio.run(main())
    assert len(answers) == CALLERS and all(a == answers[0] for a in answers)
    assert len(timed.log.entries) == 1
    assert timed.log.entries[0].time >= 2.0 - 1e-6
