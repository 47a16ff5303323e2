"""`nadeo-api` in a real terminal (a tmux pane): tables, colours and the progress bar.

The tmux commands run without a timeout of their own (a `subprocess` wait with one polls):
pytest-timeout ends a test that hangs."""

from __future__ import annotations

import contextlib
import os
import re
import select
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from nadeo_api.emulator import Emulator

from .cli_run import NOW, SCRIPT, TODAY, environment, held

LEADERBOARD_PAGE_SHOWN_PENDING = 3
"""The leaderboard's page the emulator keeps unanswered while the test looks at the bar."""


@pytest.fixture
def tmux() -> Iterator[list[str]]:
    if shutil.which("tmux") is None:
        if os.environ.get("CI"):
            pytest.fail("tmux is missing: .ci/run installs it")
        pytest.skip("tmux is not installed (CI installs it)")
    command = ["tmux", "-L", f"nadeo-api-test-{os.getpid()}", "-f", "/dev/null"]
    yield command
    subprocess.run([*command, "kill-server"], capture_output=True)


def capture(tmux: list[str]) -> str:
    """The pane with its colours as escape sequences, and its scrolled-off history."""
    return subprocess.run(
        [*tmux, "capture-pane", "-p", "-e", "-J", "-S", "-", "-t", "cli"],
        capture_output=True, text=True, check=True,
    ).stdout


def without_colours(pane: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", pane)


@contextlib.contextmanager
def streamed(tmux: list[str], directory: Path) -> Iterator[int]:
    """The pane's output from now on, as it is written: `tmux pipe-pane` copies it into a FIFO
    whose end to read is yielded (kept open for writing too, so that a read waits for output
    rather than finding the end of a stream nobody writes yet)."""
    fifo = directory / "pane"
    os.mkfifo(fifo)
    read_end = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    write_end = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    try:
        subprocess.run([*tmux, "pipe-pane", "-t", "cli", f"exec cat > {fifo}"],
                       check=True)
        yield read_end
    finally:
        subprocess.run([*tmux, "pipe-pane", "-t", "cli"], check=True)
        os.close(write_end)
        os.close(read_end)


def shown_once(tmux: list[str], output: int, text: str, timeout: float = 60) -> str:
    """The pane (without colours) once `text` has been written to it: its output (`streamed`)
    is read as it comes, for `timeout` seconds at most (a safety net, not a measure)."""
    written = b""
    deadline = time.monotonic() + timeout
    while text not in without_escapes(written.decode(errors="replace")):
        ready, _, _ = select.select([output], [], [], max(0.0, deadline - time.monotonic()))
        assert ready, f"{text!r} never shown"
        written += os.read(output, 65536)
    return without_colours(capture(tmux))


def without_escapes(output: str) -> str:
    """Terminal output without its control sequences (colours, cursor moves)."""
    return re.sub(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][0-9A-Za-z]", "", output)


def type_and_wait(tmux: list[str], line: str) -> None:
    """Type `line` in the pane's shell and wait until it has run."""
    subprocess.run([*tmux, "send-keys", "-t", "cli", f"{line}; tmux -L {tmux[2]} wait-for -S ran",
                    "Enter"], check=True)
    subprocess.run([*tmux, "wait-for", "ran"], check=True)


def test_tables_colours_and_progress_bar_in_a_terminal(tmux: list[str], tmp_path: Path) -> None:
    release = threading.Event()
    with Emulator(seed=3, today=TODAY, now=NOW) as emu:
        env = environment(emu)
        env.pop("COLUMNS")
        env.pop("NO_COLOR", None)
        env.update(TERM="xterm-256color", COLORTERM="truecolor")
        subprocess.run(
            [*tmux, "new-session", "-d", "-s", "cli", "-x", "200", "-y", "50",
             "bash --norc --noprofile"],
            env=env, check=True,
        )

        type_and_wait(tmux, f"{SCRIPT} totd")
        shown = capture(tmux)
        assert "Track of the Day, 2026-03" in shown
        assert "┃ Date" in without_colours(shown)  # a table, not CSV
        assert "\x1b[" in shown and ("38;2;" in shown or "38;5;" in shown)  # map colours

        # Two pages read, the third kept pending: the bar stands at 200/400 until released.
        pending, hold = held(release, lambda entry: entry.api == "live"
                             and entry.path.endswith("/top"), LEADERBOARD_PAGE_SHOWN_PENDING)
        emu.log.subscribe(hold)
        uid = emu.world.totd_maps()[0]
        try:
            with streamed(tmux, tmp_path) as output:
                subprocess.run([*tmux, "send-keys", "-t", "cli",
                                f"clear; {SCRIPT} leaderboard {uid} --top 400; "
                                f"tmux -L {tmux[2]} wait-for -S ran", "Enter"],
                               check=True)
                assert pending.wait(timeout=120)
                during = shown_once(tmux, output, "200/400")
        finally:
            release.set()
        assert "records" in during and "ETA" in during and "200/400" in during, during
        subprocess.run([*tmux, "wait-for", "ran"], check=True)
        after = without_colours(capture(tmux))
        assert "ETA" not in after  # the bar goes away once done
        assert "┃ Player" in after and re.search(r"│ 400 │ \S+ +│ \d:\d\d\.\d{3} │", after)


def test_watch_in_a_terminal_stops_on_ctrl_c(tmux: list[str]) -> None:
    with Emulator(seed=3, today=TODAY, now=NOW) as emu:
        env = environment(emu)
        env.update(TERM="xterm-256color")
        subprocess.run(
            [*tmux, "new-session", "-d", "-s", "cli", "-x", "160", "-y", "20",
             "bash --norc --noprofile"],
            env=env, check=True,
        )
        asleep = threading.Event()
        # The watched map's leaderboard is the last of the first answers the feed reads.
        emu.log.subscribe(lambda entry: asleep.set() if entry.path.endswith("/top") else None)
        subprocess.run([*tmux, "send-keys", "-t", "cli",
                        f"{SCRIPT} watch --map "
                        f"{emu.world.totd_maps()[0]}; echo exit=$?; "
                        f"tmux -L {tmux[2]} wait-for -S ran", "Enter"], check=True)
        assert asleep.wait(timeout=60)
        subprocess.run([*tmux, "send-keys", "-t", "cli", "C-c"], check=True)
        subprocess.run([*tmux, "wait-for", "ran"], check=True)
        shown = without_colours(capture(tmux))
        assert "watching: Watch(track-of-the-day, weekly-short, weekly-grand, seasonal, " \
            "cup-of-the-day, records)" in shown
        assert "error: interrupted" in shown and "exit=130" in shown
        assert "Traceback" not in shown
