"""`Emulator.transport()`: the emulator in the client's process, without sockets, answering as
it does over loopback."""

from __future__ import annotations

import asyncio
import datetime

import httpx
import pytest
from tests.clock import HeldClock

from nadeo_api import AsyncClient, Client, auth
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

TODAY = datetime.date(2026, 6, 15)
AGENT = "nadeo_api tests / @tests / tests@example.com"
TOTD = "/api/token/campaign/month?length=1&offset=0"


def token(client: Client) -> auth.ServiceToken:
    return auth.ServiceToken.get(
        "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
    )


def test_the_same_answers_and_log_as_over_loopback() -> None:
    seen = []
    for in_memory in (False, True):
        with Emulator(today=TODAY) as emu:
            extra = {"transport": emu.transport()} if in_memory else {}
            with Client(emu.settings(), **extra) as client:  # type: ignore[arg-type]
                user = token(client)
                answer = client.live.get_maps_totd(user, 1, 0)
                club = client.live.get_club(user, emu.world.clubs[0].club_id)
            entries = [
                (e.method, e.path, e.query, e.status, sorted(e.headers)) for e in emu.log.entries
            ]
            seen.append((answer, club, entries))
    assert seen[0] == seen[1]


def test_a_dropped_connection_is_what_httpx_raises_for_a_server_that_drops() -> None:
    with (
        Emulator(today=TODAY, drop_rate=1.0) as emu,
        httpx.Client(transport=emu.transport()) as http,
    ):
        with pytest.raises(httpx.RemoteProtocolError):
            http.get(emu.live_url + TOTD)
        assert [e.status for e in emu.log.entries] == [0]


def test_the_read_timeout_still_applies() -> None:
    """The answer waits on a held clock that the test moves only once the client gave up."""
    clock = HeldClock(datetime.datetime(2026, 6, 15, 18, tzinfo=datetime.timezone.utc))
    with Emulator(clock=clock, latency=30) as emu:
        with (
            httpx.Client(transport=emu.transport(), timeout=httpx.Timeout(5, read=0.01)) as http,
            pytest.raises(httpx.ReadTimeout),
        ):
            http.get(emu.live_url + TOTD)

        async def late() -> None:
            async with httpx.AsyncClient(
                transport=emu.transport(), timeout=httpx.Timeout(5, read=0.01)
            ) as http:
                await http.get(emu.live_url + TOTD)

        with pytest.raises(httpx.ReadTimeout):
            asyncio.run(late())
        clock.asleep(2)  # both requests still wait for their answers
        clock.advance(30)


def test_a_stopped_emulator_refuses_the_connection() -> None:
    emu = Emulator(today=TODAY)
    transport = emu.transport()
    with httpx.Client(transport=transport) as http:
        with pytest.raises(httpx.ConnectError, match="not running"):
            http.get("http://127.0.0.1:1/live" + TOTD)
        with emu:
            url = emu.live_url + TOTD
            assert http.get(url).status_code == 401  # no token, but served
        with pytest.raises(httpx.ConnectError, match="not running"):
            http.get(url)


def test_async_clients_reach_it_from_their_own_loop() -> None:
    async def main(emu: Emulator) -> list[object]:
        async with AsyncClient(emu.settings(), transport=emu.transport()) as client:
            user = await auth.ServiceToken.aget(
                "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
            )
            return list(
                await asyncio.gather(
                    *(client.live.get_maps_totd(user, 1, offset) for offset in range(3))
                )
            )

    with Emulator(today=TODAY) as emu:
        answers = asyncio.run(main(emu))
    assert len(answers) == 3 and all(isinstance(a, dict) and a["monthList"] for a in answers)
    assert len(emu.log.filter(path="/api/token/campaign/month")) == 3
