"""The `nadeo-api` commands against an emulator with a pinned clock, their environment the one a
user's shell has after pasting `nadeo-api emulator`'s lines: run in this process, but for the
few that need a real process (the emulator serving until Ctrl-C, Ctrl-C itself)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from nadeo_api import Client, Settings, __version__, auth
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.text import plain

from . import raw
from .cli_run import (
    NOW,
    SCRIPT,
    TODAY,
    UUID,
    environment,
    held,
    nadeo,
    nadeo_process,
    no_traceback,
    outside_environment,
    rows,
    totd_map,
)


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(seed=3, today=TODAY, now=NOW) as running:
        yield running


@pytest.fixture(scope="module")
def env(emu: Emulator) -> dict[str, str]:
    return environment(emu)


def test_version(env: dict[str, str]) -> None:
    result = nadeo(env, "--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"nadeo-api {__version__}")


def test_totd_lists_the_month_with_names_authors_and_medals(
    emu: Emulator, env: dict[str, str]
) -> None:
    result = nadeo(env, "totd", "--format", "csv")
    assert result.returncode == 0, result.stderr
    listed = rows(result.stdout)
    assert [r["date"] for r in listed] == [f"2026-03-{d:02d}" for d in range(1, 11)]
    first = listed[0]
    info = emu.world.map_info(first["map_uid"])
    assert info is not None
    assert first["name_styled"] == info.name and first["name"] == plain(info.name)
    assert first["author"] == emu.world.display_name(info.author_account_id)
    assert re.fullmatch(r"\d:\d\d\.\d{3}", first["author_time"])
    assert any(r["name"] != r["name_styled"] for r in listed)  # styled names made plain
    assert not any("$" in r["name"] and "$ " not in r["name"] for r in listed)


def test_totd_of_an_earlier_month(env: dict[str, str]) -> None:
    result = nadeo(env, "totd", "2026-01", "-F", "jsonl")
    assert result.returncode == 0, result.stderr
    days = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(days) == 31 and days[0]["date"] == "2026-01-01"


@pytest.mark.parametrize("month", ["2026-13", "March", "2027-01"])
def test_totd_refuses_a_bad_month(env: dict[str, str], month: str) -> None:
    result = nadeo(env, "totd", month)
    assert result.returncode == 2 and "month" in result.stderr
    no_traceback(result)


def test_leaderboard_top_1000_to_csv_has_names(
    emu: Emulator, env: dict[str, str], tmp_path: Path
) -> None:
    uid = totd_map(emu)
    emu.log.clear()
    target = tmp_path / "top.csv"
    with target.open("w") as out:
        result = nadeo(env, "leaderboard", uid, "--top", "1000", "--format", "csv", stdout=out)
    assert result.returncode == 0, result.stderr
    lines = target.read_text().splitlines()
    assert lines[0] == "position,name,time,zone,account_id"
    listed = rows(target.read_text())
    assert len(listed) == 1000
    assert [int(r["position"]) for r in listed] == sorted(int(r["position"]) for r in listed)
    for record in listed:
        assert record["name"] == emu.world.display_name(record["account_id"])
        assert not UUID.fullmatch(record["name"])
    pages = emu.log.filter(api="live", path=f"/api/token/leaderboard/group/Personal_Best/map/"
                           f"{uid}/top")
    names = emu.log.filter(api="oauth", path="/api/display-names")
    assert (len(pages), len(names)) == (10, 20)


def test_leaderboard_json_and_table(emu: Emulator, env: dict[str, str]) -> None:
    uid = totd_map(emu)
    records = json.loads(nadeo(env, "leaderboard", uid, "-n", "3", "-F", "json").stdout)
    assert [r["position"] for r in records] == [1, 2, 3]
    table = nadeo(env, "leaderboard", uid, "-n", "3", "-F", "table").stdout
    assert "Player" in table and records[0]["name"] in table and "┃" in table


def test_leaderboard_refuses_a_bad_top(emu: Emulator, env: dict[str, str]) -> None:
    result = nadeo(env, "leaderboard", totd_map(emu), "--top", "10001")
    assert result.returncode == 2 and "--top" in result.stderr
    no_traceback(result)


def test_names_without_an_oauth_client_shows_account_ids(
    emu: Emulator, env: dict[str, str]
) -> None:
    bare = {k: v for k, v in env.items() if not k.startswith("NADEO_OAUTH")}
    result = nadeo(bare, "leaderboard", totd_map(emu), "-n", "2", "-F", "csv")
    assert result.returncode == 0, result.stderr
    assert all(r["name"] == r["account_id"] for r in rows(result.stdout))


@pytest.mark.parametrize("command", [["season"], ["campaign"], ["campaign", "--kind",
                                                                  "weekly-short"]])
def test_campaigns(emu: Emulator, env: dict[str, str], command: list[str]) -> None:
    result = nadeo(env, *command, "-F", "csv")
    assert result.returncode == 0, result.stderr
    listed = rows(result.stdout)
    assert listed and [int(r["position"]) for r in listed] == list(range(1, len(listed) + 1))
    assert all(emu.world.is_known_map(r["map_uid"]) for r in listed)
    assert all(r["author"] and not UUID.fullmatch(r["author"]) for r in listed)


def test_campaign_refuses_an_unknown_kind(env: dict[str, str]) -> None:
    result = nadeo(env, "campaign", "--kind", "monthly")
    assert result.returncode == 2 and "--kind" in result.stderr


def test_map(emu: Emulator, env: dict[str, str]) -> None:
    uid = totd_map(emu)
    info = emu.world.map_info(uid)
    assert info is not None
    shown = json.loads(nadeo(env, "map", uid, "-F", "json").stdout)[0]
    assert (shown["map_uid"], shown["name_styled"]) == (uid, info.name)
    assert shown["author"] == emu.world.display_name(info.author_account_id)
    table = nadeo(env, "map", uid, "-F", "table").stdout
    assert plain(info.name).lower() in table.lower() and "$" not in table.replace("$ ", "")


def test_unknown_map_is_a_clean_error(env: dict[str, str]) -> None:
    result = nadeo(env, "map", "NoSuchMapUid123")
    assert result.returncode == 1 and result.stderr.startswith("error:")
    assert "NoSuchMapUid123" in result.stderr  # the service answers a 500 here
    no_traceback(result)


def test_names_both_ways(emu: Emulator, env: dict[str, str]) -> None:
    ids = [emu.world.player_account_id(i) for i in (5, 6)]
    name = str(emu.world.display_name(emu.world.player_account_id(7)))
    result = nadeo(env, "names", *ids, name, "Nobody Here", "-F", "jsonl")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == [
        {"account_id": ids[0], "display_name": emu.world.display_name(ids[0])},
        {"account_id": ids[1], "display_name": emu.world.display_name(ids[1])},
        {"account_id": emu.world.player_account_id(7), "display_name": name},
        {"account_id": None, "display_name": "Nobody Here"},
    ]


def test_records_of_a_player_on_the_season(emu: Emulator, env: dict[str, str]) -> None:
    season = rows(nadeo(env, "season", "-F", "csv").stdout)
    best = rows(nadeo(env, "leaderboard", season[0]["map_uid"], "-n", "1", "-F",
                      "csv").stdout)[0]
    result = nadeo(env, "records", best["name"], "-F", "csv")  # by display name
    assert result.returncode == 0, result.stderr
    listed = rows(result.stdout)
    assert [r["map_uid"] for r in listed] == [r["map_uid"] for r in season]
    assert listed[0]["time"] == best["time"]
    by_id = rows(nadeo(env, "records", best["account_id"], "--map", season[0]["map_uid"],
                       "-F", "csv").stdout)
    assert [r["time"] for r in by_id] == [best["time"]]


def test_records_of_an_unknown_name(env: dict[str, str]) -> None:
    result = nadeo(env, "records", "Nobody Here")
    assert result.returncode == 1 and "Nobody Here" in result.stderr
    no_traceback(result)


def test_call_like_gh_api(env: dict[str, str]) -> None:
    result = nadeo(env, "call", "GET", "live", "/api/token/campaign/month", "-f", "length=2")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["monthList"]) == 2
    zones = json.loads(nadeo(env, "call", "get", "core", "zones/").stdout)
    assert any(zone["name"] == "World" for zone in zones)


@pytest.mark.parametrize(
    ("args", "word"),
    [
        (["FETCH", "live", "/x"], "METHOD"),
        (["GET", "club", "/x"], "API"),
        (["GET", "live", "/x", "-f", "novalue"], "--field"),
        (["POST", "live", "/x", "--input", "/no/such/file.json"], "--input"),
    ],
)
def test_call_refuses_bad_input(env: dict[str, str], args: list[str], word: str) -> None:
    result = nadeo(env, "call", *args)
    assert result.returncode == 2 and word in result.stderr
    no_traceback(result)


def test_plot_leaderboard_png(emu: Emulator, env: dict[str, str], tmp_path: Path) -> None:
    from matplotlib import image

    target = tmp_path / "times.png"
    result = nadeo(env, "plot", "leaderboard", totd_map(emu), "--top", "500", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = image.imread(str(target))
    assert pixels.shape[:2] == (450, 800)
    assert pixels[..., :3].std() > 0  # not a blank picture


def test_plot_leaderboard_in_the_terminal(emu: Emulator, env: dict[str, str]) -> None:
    result = nadeo(env, "plot", "leaderboard", totd_map(emu), "--top", "200")
    assert result.returncode == 0, result.stderr
    bars = [line for line in result.stdout.splitlines() if "█" in line]
    assert len(bars) >= 10
    counts = [int(line.split()[1]) for line in result.stdout.splitlines()
              if re.match(r"\s*\d:\d\d\.\d{3}\s+\d+", line)]
    assert sum(counts) == 200


def test_plot_refuses_other_files(emu: Emulator, env: dict[str, str], tmp_path: Path) -> None:
    result = nadeo(env, "plot", "leaderboard", totd_map(emu), "-n", "5",
                   "-o", str(tmp_path / "x.jpg"))
    assert result.returncode == 2 and ".png" in result.stderr


def test_missing_credentials_are_named(env: dict[str, str]) -> None:
    bare = {k: v for k, v in env.items() if k not in ("NADEO_LOGIN", "NADEO_PASSWORD")}
    result = nadeo(bare, "totd")
    assert result.returncode == 2
    assert "NADEO_LOGIN and NADEO_PASSWORD" in result.stderr
    no_traceback(result)


def test_wrong_password_is_a_clean_error(env: dict[str, str]) -> None:
    result = nadeo({**env, "NADEO_PASSWORD": "wrong"}, "totd")
    assert result.returncode == 1 and result.stderr.startswith("error:")
    assert "wrong" not in result.stderr
    no_traceback(result)


def test_network_failure_is_a_clean_error(env: dict[str, str]) -> None:
    import socket

    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    clock = FakeClock(NOW)  # the retries' waits pass on it at once
    result = nadeo({**env, "NADEO_BASE_URL": f"http://127.0.0.1:{port}"}, "totd", clock=clock)
    assert result.returncode == 3 and "network failure" in result.stderr
    assert len(clock.sleeps) == Settings().max_attempts - 1  # it did retry before giving up
    no_traceback(result)


def test_closed_pipe_is_quiet(env: dict[str, str]) -> None:
    """`nadeo-api endpoints | head -1`: the reader goes away after the first line."""
    read, write = os.pipe()
    first: list[str] = []

    def head() -> None:
        with open(read, encoding="utf-8") as pipe:
            first.append(pipe.readline())

    reader = threading.Thread(target=head)
    reader.start()
    try:
        with open(write, "w", encoding="utf-8") as out:
            result = nadeo(env, "endpoints", stdout=out)
    finally:
        reader.join(timeout=30)
    # 0 when everything fitted in the pipe before the reader left, 141 when it did not.
    assert result.returncode in (0, 141)
    assert re.fullmatch(r"(core|live|meet|oauth) +[A-Z]+ +/\S* .*\n", first[0])
    assert result.stderr == ""


def test_ctrl_c_stops_cleanly() -> None:
    """Ctrl-C in the middle of a crawl, in a real process: exit code 130, one line."""
    release = threading.Event()
    with Emulator(seed=3, today=TODAY, now=NOW) as emu:
        crawling, hold = held(release, lambda entry: entry.api == "live")  # the first page
        emu.log.subscribe(hold)
        process = subprocess.Popen(
            [SCRIPT, "leaderboard", totd_map(emu), "--top", "10000", "-F", "csv"],
            env=environment(emu), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            assert crawling.wait(timeout=60)
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=30)
        finally:
            release.set()
            if process.poll() is None:
                process.kill()
                process.wait()
    assert process.returncode == 130
    assert "interrupted" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "word"),
    [(["--port", "80000"], "--port"), (["--today", "yesterday"], "--today"),
     (["--error-rate", "2"], "--error-rate"), (["--now", "soon"], "--now")],
)
def test_emulator_refuses_bad_options(env: dict[str, str], args: list[str], word: str) -> None:
    result = nadeo(env, "emulator", *args)
    assert result.returncode == 2 and word in result.stderr
    no_traceback(result)


def test_emulator_command_serves_and_points_clients_at_itself_until_interrupted() -> None:
    """`nadeo-api emulator` in a real process: its lines, a library client and the installed
    command pointed at it by them, its access log, and Ctrl-C stopping it."""
    process = subprocess.Popen(
        [SCRIPT, "emulator", "--port", "0", "--seed", "7", "--today", "2026-03-10", "--now",
         "2026-03-10T18:00", "--access-lifetime", "600", "--access-log"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout is not None
        lines: list[str] = []
        while not lines or lines[-1] not in ("", "# Press Ctrl-C to stop.\n"):
            lines.append(process.stdout.readline())  # "" when the process has ended
        assert lines[-1] == "# Press Ctrl-C to stop.\n", (lines, process.stderr.read())
        first = re.fullmatch(r"# Nadeo API emulator running at (http://127\.0\.0\.1:\d+)\n",
                             lines[0])
        assert first is not None, lines[0]
        url = first.group(1)
        exported = dict(
            line.removeprefix("export ").strip().split("=", 1)
            for line in lines if line.startswith("export ")
        )
        assert exported["NADEO_BASE_URL"] == url
        health = raw.get(url + "/health", timeout=5).json()
        assert health["status"] == "ok" and health["today"] == "2026-03-10"
        settings = Settings(core_url=url + "/core", live_url=url + "/live", rate_limit=None,
                            token_store="off")
        with Client(settings) as client:
            token = auth.ServiceToken.get(
                "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, "cli test", client=client
            )
            assert client.live.get_maps_totd(token)["monthList"]
        env = outside_environment()
        env.update({k: v.strip("'") for k, v in exported.items()})
        result = nadeo_process(env, "totd", "-F", "csv")
        assert result.returncode == 0, result.stderr
        assert len(rows(result.stdout)) == 10  # the pinned 10th of March
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=15)
        assert process.returncode == 0
        assert re.search(r"GET /live/api/token/campaign/month\?\S* 200", err)
        assert "/health" not in err
        with pytest.raises(httpx.TransportError):  # nothing answers after Ctrl-C
            raw.get(url + "/live/api/campaign/official", timeout=2)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
