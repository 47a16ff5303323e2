"""Server lifecycle, determinism and the command line."""

from __future__ import annotations

import datetime
import json
import os
import threading

import httpx
import pytest
import time_machine
from emulator_testlib import TODAY, login, nadeo
from tests import raw

from nadeo_api import cli
from nadeo_api.emulator import Emulator, World, create_app


def snapshot(emu: Emulator, client: httpx.Client) -> list[object]:
    auth = nadeo(login(client, emu)["accessToken"])
    world = emu.world
    uid = world.totd_maps()[-1]
    club = world.clubs[0]
    paths = [
        "/api/token/campaign/month?length=2",
        "/api/token/campaign/month?royal=true&offset=4",
        "/api/campaign/official?length=2",
        "/api/campaign/weekly-shorts?length=2",
        "/api/campaign/weekly-grands?length=2",
        f"/api/token/leaderboard/group/Personal_Best/map/{uid}/top?onlyWorld=true&length=20",
        f"/api/token/leaderboard/group/Personal_Best/map/{uid}/top",
        f"/api/token/club/{club.club_id}/campaign/{club.campaigns[0].campaign_id}",
        "/api/token/map/map-review/totd/submitted-map?length=10&offset=0",
        "/api/token/server/player-server/account",
        "/api/token/map-review/totd/waiting-time",
    ]
    out: list[object] = [client.get(emu.live_url + p, headers=auth).json() for p in paths]
    records = client.post(
        f"{emu.live_url}/api/token/leaderboard/group/map",
        json={"maps": [{"mapUid": uid, "groupUid": "Personal_Best"}]},
        headers=auth,
    )
    out.append(records.json())
    return out


def test_same_seed_same_answers(client: httpx.Client) -> None:
    with Emulator(seed=11, today=TODAY) as a, Emulator(seed=11, today=TODAY) as b:
        answers = snapshot(a, client)
        assert snapshot(b, client) == answers
    with Emulator(seed=12, today=TODAY) as c:
        assert snapshot(c, client) != answers


def test_world_is_deterministic() -> None:
    a, b = World(3, TODAY), World(3, TODAY)
    assert a.map_uids() == b.map_uids()
    uid = a.totd_maps()[100]
    assert [a.record(uid, p) for p in (1, 99, 9999)] == [b.record(uid, p) for p in (1, 99, 9999)]
    assert a.player_name(42) == b.player_name(42) != World(4, TODAY).player_name(42)
    assert all(
        len(u) == 27
        and set(u) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
        for u in a.map_uids()
    )
    assert len(set(a.map_uids())) == len(a.map_uids())


def test_world_defaults_to_the_real_clock() -> None:
    moment = datetime.datetime(2027, 3, 1, 3, 0, tzinfo=datetime.timezone.utc)
    with time_machine.travel(moment, tick=False):
        world = World(0)
        assert world.today == moment.date() and world.now == moment.timestamp()
        # Before 17:00 UTC the day has no Track of the Day yet: the newest is yesterday's.
        assert world.totd_days()[-1].start_timestamp <= world.now
        assert world.totd_for(moment.date()) is None


def _fds() -> int:
    return len(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else 0


def test_many_instances_leak_no_threads_or_sockets() -> None:
    # Each instance that left a thread or a socket behind would leave one more: three show it.
    threads_before = threading.active_count()
    fds_before = _fds()
    ports = set()
    for i in range(3):
        emu = Emulator(seed=i, today=TODAY)
        with emu, raw.client() as c:
            ports.add(emu.port)
            assert c.get(f"{emu.live_url}/api/campaign/official").status_code == 401
        assert not emu.running
    assert len(ports) > 1
    assert threading.active_count() == threads_before
    assert not [t for t in threading.enumerate() if t.name.startswith("nadeo-emulator")]
    assert _fds() <= fds_before


def test_restart_and_urls() -> None:
    emu = Emulator(today=TODAY)
    with pytest.raises(RuntimeError):
        _ = emu.url
    emu.start()
    try:
        assert emu.url == f"http://127.0.0.1:{emu.port}"
        assert emu.core_url == emu.url + "/core" and emu.live_url == emu.url + "/live"
        assert emu.meet_url == emu.url + "/meet" and emu.oauth_url == emu.url + "/oauth"
        with pytest.raises(RuntimeError):
            emu.start()
    finally:
        emu.stop()
    emu.stop()
    with emu, raw.client() as c:
        assert c.get(f"{emu.url}/live/x").status_code == 404


def test_busy_port_fails_clearly() -> None:
    with Emulator(today=TODAY) as first, pytest.raises(OSError):
        Emulator(today=TODAY, port=first.port).start()


def test_create_app_is_plain_asgi() -> None:
    import asyncio

    app = create_app()
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "GET",
        "path": "/live/api/campaign/official",
        "query_string": b"",
        "headers": [],
        "client": ("127.0.0.1", 1),
    }
    asyncio.run(app(scope, receive, send))  # type: ignore[arg-type]
    assert sent[0]["status"] == 401
    body = sent[1]["body"]
    assert isinstance(body, bytes) and "traceId" in json.loads(body)
    assert len(app.log) == 1


def test_cli_refuses_bad_emulator_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["emulator", "--error-rate", "2"]) == 2
    assert cli.main(["emulator", "--port", "80000"]) == 2
    assert "--port" in capsys.readouterr().err


def test_health_route_is_not_logged(emu: Emulator, client: httpx.Client) -> None:
    emu.log.clear()
    answer = client.get(emu.url + "/health")
    assert answer.status_code == 200
    assert answer.json() == {"status": "ok", "today": TODAY.isoformat(), "seed": emu.config.seed}
    assert len(emu.log) == 0


def test_cli_serves_until_interrupted(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupt(alive: object) -> None:
        raise KeyboardInterrupt

    from nadeo_api.cli import _emulator

    monkeypatch.setattr(_emulator, "_pause", interrupt)
    before = threading.active_count()
    assert cli.main(["emulator", "--port", "0", "--seed", "3"]) == 0
    out = capsys.readouterr().out
    for needle in ("export NADEO_BASE_URL=http://127.0.0.1:", "/health", "NADEO_RATE_LIMIT=off",
                   "NADEO_LOGIN=emulated-server", "NADEO_PASSWORD=server-password",
                   "NADEO_OAUTH_CLIENT_ID=emulated-client"):
        assert needle in out
    assert threading.active_count() == before


def test_cli_reports_missing_extras(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import builtins

    real_import = builtins.__import__

    def fake_import(name: str, *args: object, **kwargs: object) -> object:
        if name in ("nadeo_api.emulator", "emulator"):  # absolute, or relative from cli
            raise ModuleNotFoundError("No module named 'uvicorn'", name="uvicorn")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", fake_import)
    assert cli.main(["emulator"]) == 2
    assert "nadeo-client[emulator]" in capsys.readouterr().err
