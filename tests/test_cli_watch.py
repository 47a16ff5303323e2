"""`nadeo-api watch`, `call` on the OAuth API, and closed pipes under every format.

The feed's own runs use the clock-driven service of `watch_service.py` (a simulated week in no
time); the Ctrl-C and OAuth runs are against the emulator, with the environment a user's shell
has. All run in this process but one: a closed pipe, as a real process meets it."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import threading
from collections.abc import Iterator

import pytest

from nadeo_api import Client, auth
from nadeo_api.cli import _context
from nadeo_api.cli._main import run
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import Emulator

from .cli_run import NOW, SCRIPT, TODAY, environment, nadeo, no_traceback, outside_environment
from .stub import Answer, StubServer
from .watch_service import Service, client_on

UTC = datetime.timezone.utc
MONDAY_18H = datetime.datetime(2026, 6, 15, 18, 0, tzinfo=UTC)


@pytest.fixture
def simulated(
    monkeypatch: pytest.MonkeyPatch, token: auth.ServiceToken
) -> Iterator[Service]:
    """The command's client answers from a simulated service on a fake clock."""
    service = Service(FakeClock(MONDAY_18H))
    with client_on(service) as client:
        monkeypatch.setattr(_context.Context, "client", property(lambda self: client))
        monkeypatch.setattr(_context.Context, "settings",
                            property(lambda self: client.settings))
        monkeypatch.setattr(_context.Context, "token", lambda self, audience="live": token)
        for name in ("NADEO_OAUTH_CLIENT_ID", "NADEO_OAUTH_CLIENT_SECRET", WEBHOOK_ENV):
            monkeypatch.delenv(name, raising=False)
        yield service


WEBHOOK_ENV = "NADEO_DISCORD_WEBHOOK"


def test_watch_writes_json_lines(simulated: Service, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(["watch", "--no-campaigns", "--no-cups", "--count", "3", "-F", "jsonl"])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["kind"] for line in lines] == ["track-of-the-day"] * 3
    assert [line["date"] for line in lines] == ["2026-06-16", "2026-06-17", "2026-06-18"]
    assert simulated.requests["/api/token/campaign/month"] == 1 + 3
    assert "watching" in err


def test_watch_names_the_new_track_on_a_terminal(
    simulated: Service, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(["watch", "--no-campaigns", "--no-cups", "--count", "1", "-F", "table"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip() == "2026-06-16 17:00:00 Track of the Day 2026-06-16: Red Totd20260616 " \
        "by 00000000-0000-0000-0000-0000000000aa"
    assert simulated.requests["/api/token/map/Totd20260616"] == 1


def test_watch_shows_lines_on_a_terminal(
    simulated: Service, capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(["watch", "--no-totd", "--campaign", "weekly-short", "--no-cups", "--count", "1",
                "-F", "table"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.strip() == "2026-06-22 17:00:00 New Weekly Shorts: Week 26 (5 maps, until " \
        "2026-06-29 17:00 UTC)"


def test_watch_posts_to_the_webhook_in_the_environment(
    simulated: Service, stub: StubServer, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    hook = "/api/webhooks/9/very-secret"
    stub.script(hook, Answer(204, b""))
    before = len(stub.requests(hook))
    monkeypatch.setenv(WEBHOOK_ENV, stub.url + hook)
    code = run(["watch", "--no-campaigns", "--no-cups", "--count", "2", "--discord-webhook",
                "-F", "jsonl"])
    out, err = capsys.readouterr()
    assert code == 0, err
    posted = [json.loads(seen.body)["content"] for seen in stub.requests(hook)[before:]]
    assert posted == ["Track of the Day 2026-06-16: Totd20260616",
                      "Track of the Day 2026-06-17: Totd20260617"]
    assert "very-secret" not in out + err


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (["--discord-webhook"], WEBHOOK_ENV),
        (["-F", "csv"], "table or jsonl"),
        (["--campaign", "daily"], "campaigns[] must be one of"),
        (["--map", "not a uid"], "maps[]"),
    ],
)
def test_watch_refuses_bad_input(
    simulated: Service, capsys: pytest.CaptureFixture[str], args: list[str], word: str
) -> None:
    assert run(["watch", *args]) == 2
    assert word in capsys.readouterr().err
    assert sum(simulated.requests.values()) == 0


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(seed=3, today=TODAY, now=NOW) as running:
        yield running


class CtrlCWhileAsleep(FakeClock):
    """A clock on which the first sleep is cut short by Ctrl-C."""

    def sleep(self, seconds: float) -> None:
        super().sleep(seconds)
        raise KeyboardInterrupt


def test_watch_stops_cleanly_on_ctrl_c(emu: Emulator) -> None:
    emu.log.clear()
    clock = CtrlCWhileAsleep(NOW)
    result = nadeo(environment(emu), "watch", "-F", "jsonl", clock=clock)
    assert emu.log.filter(api="meet", path="/api/cup-of-the-day/current")  # where things stand
    assert len(clock.sleeps) == 1 and clock.sleeps[0] > 0  # then it slept, until Ctrl-C
    assert result.returncode == 130
    assert result.stdout == "" and "interrupted" in result.stderr
    no_traceback(result)


def test_call_reaches_the_oauth_api(emu: Emulator) -> None:
    env = environment(emu)
    ids = [emu.world.player_account_id(i) for i in range(2)]
    result = nadeo(env, "call", "GET", "oauth", "/api/display-names",
                   "-f", f"accountId[]={ids[0]}", "-f", f"accountId[]={ids[1]}")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {i: emu.world.display_name(i) for i in ids}
    refused = nadeo(env, "call", "POST", "oauth", "/api/display-names")
    assert refused.returncode == 2 and "only answers GET" in refused.stderr
    no_traceback(refused)


def test_call_on_the_oauth_api_needs_its_client(emu: Emulator) -> None:
    env = {k: v for k, v in environment(emu).items() if "OAUTH_CLIENT" not in k}
    result = nadeo(env, "call", "GET", "oauth", "/api/display-names")
    assert result.returncode == 2 and "NADEO_OAUTH_CLIENT_ID" in result.stderr


@pytest.mark.parametrize("fmt", ["table", "csv", "json", "jsonl", None])
def test_a_closed_pipe_ends_every_format_alike(fmt: str | None) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before anything is written
    with open(write, "w", encoding="utf-8") as out:
        result = nadeo(outside_environment(), "endpoints", *(["-F", fmt] if fmt else []),
                       stdout=out)
    assert result.returncode == 141
    assert result.stderr == ""


def test_a_closed_pipe_ends_the_process_with_141() -> None:
    """The same in a real process: nothing said either when the interpreter exits."""
    read, write = os.pipe()
    os.close(read)
    try:
        result = subprocess.run([SCRIPT, "endpoints"], stdout=write, stderr=subprocess.PIPE,
                                text=True, timeout=60, env=outside_environment())
    finally:
        os.close(write)
    assert result.returncode == 141
    assert result.stderr == ""


def test_names_can_be_shared_by_threads(emu: Emulator) -> None:
    from nadeo_api.emulator import OAUTH_CLIENT
    from nadeo_api.names import Names

    from .conftest import AGENT

    ids = [emu.world.player_account_id(i) for i in range(200)]
    with Client(emu.settings()) as client:
        token = auth.OAuthToken.get(OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret, AGENT,
                                    client=client)
        names = Names(token, client=client)
        answers: list[dict[str, str]] = []
        failures: list[BaseException] = []

        def ask(first: int) -> None:
            try:
                answers.append(names.display_names(ids[first : first + 120]))
            except BaseException as error:  # noqa: BLE001 (reported by the test)
                failures.append(error)

        threads = [threading.Thread(target=ask, args=(i * 10,)) for i in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert not failures
        for first, answer in zip(sorted(range(0, 80, 10)), sorted(
                answers, key=lambda a: ids.index(next(iter(a)))), strict=True):
            assert answer == {i: emu.world.display_name(i) for i in ids[first : first + 120]}
        emu.log.clear()
        assert len(names.display_names(ids[:190])) == 190
        assert len(emu.log) == 0  # every one of them is known now
