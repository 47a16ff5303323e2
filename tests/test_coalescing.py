"""Identical reads in flight at the same time share one request: counted on the stub's or the
emulator's log, never timed. The stub holds its answer until every caller is in (a gate the
test opens), so the callers overlap whatever the machine's speed."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from nadeo_api import AsyncClient, Client, NotFoundError, auth
from nadeo_api._coalesce import THREADS, TaskFlights, ThreadFlights
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

from .conftest import AGENT, FAST
from .stub import Answer, StubServer
from .test_cache import user_token

CALLERS = 32
MONTHS = "/api/token/campaign/month"
BODY = json.dumps({"monthList": [], "itemCount": 0, "nextRequestTimestamp": -1,
                   "relativeNextRequest": 3600}).encode()


def wait_until(condition: Callable[[], bool]) -> None:
    """Wait (bounded) for other threads to reach a state; the test fails after if they never
    do. A safety net, not a measure: the number of requests is what is asserted."""
    for _ in range(3000):
        if condition():
            return
        threading.Event().wait(0.01)


def in_threads(gate: threading.Event, call: Callable[[], Any], waiting: int) -> list[Any]:
    """`call` from CALLERS threads at once; the gate opens once `waiting` of them wait for
    another's request. Each result, or the error raised."""
    return in_threads_until(gate, call, lambda: THREADS.waiting() >= waiting)


def in_threads_until(
    gate: threading.Event, call: Callable[[], Any], ready: Callable[[], bool]
) -> list[Any]:
    """`call` from CALLERS threads at once; the gate opens once `ready()`."""

    def one() -> Any:
        try:
            return call()
        except Exception as exc:
            return exc

    with ThreadPoolExecutor(CALLERS) as pool:
        futures = [pool.submit(one) for _ in range(CALLERS)]
        wait_until(ready)
        gate.set()
        return [future.result() for future in futures]


def stub_client(stub: StubServer) -> Client:
    return Client(live_url=stub.url, rate_limit=None, token_store="off", cache="off", **FAST)


def test_32_threads_asking_the_same_thing_send_1_request(stub: StubServer) -> None:
    gate = threading.Event()
    stub.script(MONTHS, Answer(body=BODY, gate=gate))
    before = len(stub.requests(MONTHS))
    token = user_token("account-1")
    with stub_client(stub) as client:
        answers = in_threads(gate, lambda: client.live.get_maps_totd(token), CALLERS - 1)
    assert len(stub.requests(MONTHS)) - before == 1
    assert answers == [json.loads(BODY)] * CALLERS


def test_32_threads_share_the_error_too(stub: StubServer) -> None:
    gate = threading.Event()
    stub.script(MONTHS, Answer(404, b'{"error": "NotFound"}', gate=gate))
    before = len(stub.requests(MONTHS))
    token = user_token("account-1")
    with stub_client(stub) as client:
        outcomes = in_threads(gate, lambda: client.live.get_maps_totd(token), CALLERS - 1)
    assert len(stub.requests(MONTHS)) - before == 1
    assert all(isinstance(outcome, NotFoundError) for outcome in outcomes)


def test_typed_and_raw_callers_share_one_request(stub: StubServer) -> None:
    gate = threading.Event()
    stub.script(MONTHS, Answer(body=BODY, gate=gate))
    before = len(stub.requests(MONTHS))
    token = user_token("account-1")
    with stub_client(stub) as client:
        calls = [client.live.get_maps_totd, client.live.get_maps_totd.typed]
        turn = iter(range(CALLERS))
        lock = threading.Lock()

        def call() -> Any:
            with lock:
                index = next(turn)
            return calls[index % 2](token)

        answers = in_threads(gate, call, CALLERS - 1)
    assert len(stub.requests(MONTHS)) - before == 1
    assert sum(isinstance(answer, dict) for answer in answers) == CALLERS // 2
    assert sum(type(answer).__name__ == "MonthList" for answer in answers) == CALLERS // 2


def test_different_accounts_and_queries_do_not_share(stub: StubServer) -> None:
    gate = threading.Event()
    stub.script(MONTHS, Answer(body=BODY, gate=gate))
    before = len(stub.requests(MONTHS))
    tokens = [user_token("account-1"), user_token("account-2")]
    with stub_client(stub) as client:
        asks = [(token, offset) for token in tokens for offset in (0, 1)] * (CALLERS // 4)
        index = iter(range(CALLERS))
        lock = threading.Lock()

        def call() -> Any:
            with lock:
                token, offset = asks[next(index)]
            return client.live.get_maps_totd(token, offset=offset)

        answers = in_threads(gate, call, CALLERS - 4)
    assert len(stub.requests(MONTHS)) - before == 4
    assert answers == [json.loads(BODY)] * CALLERS


def test_writes_are_never_shared(stub: StubServer) -> None:
    path = "/api/token/club/1/edit"
    gate = threading.Event()
    stub.script(path, Answer(body=b"{}", gate=gate))
    before = len(stub.requests(path))
    token = user_token("account-1")
    with stub_client(stub) as client:
        def edit() -> Any:
            return client.live.edit_club(token, 1, description="x")

        sent = lambda: len(stub.requests(path)) - before >= CALLERS  # noqa: E731
        in_threads_until(gate, edit, sent)
    assert len(stub.requests(path)) - before == CALLERS


def test_32_tasks_asking_the_same_thing_send_1_request(emu: Emulator) -> None:
    async def main() -> list[Any]:
        settings = emu.settings(cache="off", **FAST)
        async with AsyncClient(settings) as client:
            token = await auth.ServiceToken.aget(
                "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
            )
            emu.log.clear()
            return await asyncio.gather(
                *(client.live.get_maps_totd(token) for _ in range(CALLERS))
            )

    answers = asyncio.run(main())
    assert len(emu.log.filter(path=MONTHS)) == 1
    assert all(answer == answers[0] for answer in answers)


def test_32_threads_on_the_emulator_send_1_request(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    respond = emu.app._respond

    async def held(request: Any) -> Any:
        # The emulator holds the first request until every other caller waits for it.
        for _ in range(3000):
            if request.path != MONTHS or THREADS.waiting() >= CALLERS - 1:
                break
            await asyncio.sleep(0.01)
        return await respond(request)

    with Client(emu.settings(cache="off", **FAST)) as client:
        token = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
        )
        emu.log.clear()
        monkeypatch.setattr(emu.app, "_respond", held)
        start = threading.Barrier(CALLERS)

        def call() -> Any:
            start.wait()
            return client.live.get_maps_totd(token)

        with ThreadPoolExecutor(CALLERS) as pool:
            answers = list(pool.map(lambda _: call(), range(CALLERS)))
    assert len(emu.log.filter(path=MONTHS)) == 1
    assert all(answer == answers[0] for answer in answers)


def test_a_cancelled_first_task_hands_the_request_to_a_waiting_one() -> None:
    flights = TaskFlights()
    fetches: list[str] = []

    async def stuck() -> str:
        fetches.append("first")
        await asyncio.Event().wait()  # until cancelled
        return "never"

    async def fetch() -> str:
        fetches.append("second")
        return "answer"

    async def main() -> str:
        first = asyncio.ensure_future(flights.share("key", stuck))
        second = asyncio.ensure_future(flights.share("key", fetch))
        while flights.waiting() < 1:
            await asyncio.sleep(0)
        first.cancel()
        with pytest.raises(asyncio.CancelledError):
            await first
        return await second

    assert asyncio.run(main()) == "answer"
    assert fetches == ["first", "second"]


def test_an_interrupted_first_thread_hands_the_request_to_a_waiting_one() -> None:
    class Interrupted(BaseException):
        pass

    flights = ThreadFlights()
    fetches: list[str] = []
    release = threading.Event()

    def interrupted() -> str:
        fetches.append("first")
        release.wait(30)
        raise Interrupted

    def fetch() -> str:
        fetches.append("second")
        return "answer"

    def first() -> None:
        with pytest.raises(Interrupted):
            flights.share("key", interrupted)

    leader = threading.Thread(target=first)
    leader.start()
    wait_until(lambda: fetches == ["first"])
    with ThreadPoolExecutor(1) as pool:
        follower = pool.submit(flights.share, "key", fetch)
        wait_until(lambda: flights.waiting() == 1)
        release.set()
        assert follower.result() == "answer"
    leader.join()
    assert fetches == ["first", "second"]


def test_a_failed_first_caller_shares_its_error() -> None:
    flights = ThreadFlights()
    release = threading.Event()
    fetches: list[str] = []

    def failing() -> str:
        fetches.append("first")
        release.wait(30)
        raise ValueError("the answer was wrong")

    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(flights.share, "key", failing)
        wait_until(lambda: fetches == ["first"])
        second = pool.submit(flights.share, "key", failing)
        wait_until(lambda: flights.waiting() == 1)
        release.set()
        errors = [future.exception() for future in (first, second)]
    assert fetches == ["first"]
    assert errors[0] is errors[1] and isinstance(errors[0], ValueError)
