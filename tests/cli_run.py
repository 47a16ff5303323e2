"""Running `nadeo-api` in tests: in this process (the usual way, no interpreter to start), or as
the installed console script in a subprocess (for what only a real process shows: signals,
closed pipes, a terminal).

Both take the environment a user's shell would have after pasting `nadeo-api emulator`'s lines,
and give a `subprocess.CompletedProcess` with the exit code and what was written.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import io
import logging
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any
from unittest import mock

from nadeo_api import Settings, _client, cli
from nadeo_api.cli import _context
from nadeo_api.cli._emulator import exports
from nadeo_api.clock import Clock
from nadeo_api.emulator import OAUTH_CLIENT, SERVER_ACCOUNT, Emulator, LoggedRequest

TODAY = datetime.date(2026, 3, 10)
NOW = datetime.datetime(2026, 3, 10, 18, 0, tzinfo=datetime.timezone.utc).timestamp()
UUID = re.compile(r"[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}")

SCRIPT = str(Path(sys.executable).with_name("nadeo-api"))
"""The console script `pip install` wrote beside this interpreter."""


def outside_environment() -> dict[str, str]:
    """This process's environment without the library's settings (the test clock's kept)."""
    return {k: v for k, v in os.environ.items()
            if not k.startswith("NADEO_") or k.startswith("NADEO_TEST_")}


def environment(emu: Emulator) -> dict[str, str]:
    """The variables `nadeo-api emulator` tells a user to export."""
    env = outside_environment()
    for line in exports(emu.url, SERVER_ACCOUNT.login, SERVER_ACCOUNT.password,
                        OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret):
        name, _, value = line.removeprefix("export ").partition("=")
        env[name] = value.strip("'")
    env["COLUMNS"] = "200"
    return env


def _shared_state() -> tuple[object, ...]:
    """What a run must leave as it found it: the default clients and logging handlers."""
    return (_client._settings, _client._sync_client, dict(_client._async_clients),
            tuple(logging.getLogger().handlers), tuple(logging.getLogger("nadeo_api").handlers))


@contextlib.contextmanager
def _clock_of_the_run(clock: Clock | None) -> Iterator[None]:
    if clock is None:
        yield
        return
    with mock.patch.object(_context.Context, "settings", property(
            lambda self: Settings.from_env(self.env, clock=clock))):
        yield


def nadeo(
    env: dict[str, str], *args: str, stdout: IO[str] | None = None, clock: Clock | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `nadeo-api ARGS` in this process with exactly the environment `env` (restored
    afterwards), stdout and stderr captured (stdout written to `stdout` when given), the
    client on `clock` when given."""
    out = io.StringIO() if stdout is None else stdout
    err = io.StringIO()
    before = _shared_state()
    with (mock.patch.dict(os.environ, env, clear=True), _clock_of_the_run(clock),
          contextlib.redirect_stdout(out), contextlib.redirect_stderr(err)):
        code = cli.main(list(args))
    assert _shared_state() == before, "the command left shared state behind"
    written = out.getvalue() if isinstance(out, io.StringIO) else ""
    return subprocess.CompletedProcess(["nadeo-api", *args], code, written, err.getvalue())


def nadeo_process(
    env: dict[str, str], *args: str, stdout: Any = subprocess.PIPE
) -> subprocess.CompletedProcess[str]:
    """Run the installed `nadeo-api ARGS` in a subprocess, to its end."""
    return subprocess.run([SCRIPT, *args], env=env, stdout=stdout, stderr=subprocess.PIPE,
                          text=True, timeout=120)


def rows(output: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(output)))


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr and "Error:" not in result.stderr.replace(
        "error:", ""), result.stderr


def totd_map(emu: Emulator) -> str:
    return emu.world.totd_maps()[0]


def held(
    release: threading.Event, wanted: Callable[[LoggedRequest], bool], nth: int = 1
) -> tuple[threading.Event, Callable[[LoggedRequest], None]]:
    """For `Emulator.log.subscribe`: a listener that keeps the `nth` request matching `wanted`
    unanswered until `release` is set (the emulator answers once its listeners return), and an
    event set when that request has arrived. The command is then known to be waiting there."""
    arrived = threading.Event()
    seen = 0
    lock = threading.Lock()

    def hold(entry: LoggedRequest) -> None:
        nonlocal seen
        if not wanted(entry):
            return
        with lock:
            seen += 1
            if seen != nth:
                return
        arrived.set()
        release.wait(timeout=60)

    return arrived, hold
