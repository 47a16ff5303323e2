"""The `nadeo-api` command: the endpoint listing, checked against the documentation's catalogue."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from . import raw
from .docs import catalogue


def listing() -> list[dict[str, str]]:
    out = subprocess.run(
        [sys.executable, "-m", "nadeo_api.cli", "endpoints", "--json"],
        check=True, capture_output=True, text=True,
    ).stdout
    rows: list[dict[str, str]] = json.loads(out)
    return rows


def test_every_listed_endpoint_is_documented() -> None:
    documented = {(e["api"], e["method"], e["route"]) for e in catalogue()}
    listed = {(r["api"], r["method"], r["route"]) for r in listing()}
    assert listed and listed <= documented, sorted(listed - documented)


def test_listing_names_the_functions() -> None:
    import nadeo_api

    for row in listing():
        assert hasattr(getattr(nadeo_api, row["api"]), row["name"]), row


def test_emulator_command_needs_no_network_to_show_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "nadeo_api.cli", "emulator", "--help"],
        check=True, capture_output=True, text=True,
    )
    assert "--port" in result.stdout and "--error-rate" in result.stdout


def test_every_documented_endpoint_is_covered() -> None:
    listed = {(r["api"], r["method"], r["route"]) for r in listing()}
    current = [e for e in catalogue() if not e["deprecated"]]
    missing = [e["doc"] for e in current if (e["api"], e["method"], e["route"]) not in listed]
    assert current and missing == []


def test_emulator_command_serves_until_interrupted() -> None:
    import signal

    import httpx

    from nadeo_api import Client, Settings, auth
    from nadeo_api.emulator import SERVICE_ACCOUNT

    process = subprocess.Popen(
        [sys.executable, "-m", "nadeo_api.cli", "emulator", "--port", "0", "--seed", "7"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()  # "Nadeo API emulator running at http://127.0.0.1:N"
        url = first.strip().rsplit(" ", 1)[-1]
        assert url.startswith("http://127.0.0.1:")
        settings = Settings(core_url=url + "/core", live_url=url + "/live", rate_limit=None,
                            token_store="off")
        with Client(settings) as client:
            token = auth.ServiceToken.get(
                "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, "cli test", client=client
            )
            assert client.live.get_maps_totd(token)["monthList"]
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
        try:
            raw.get(url + "/live/api/campaign/official", timeout=2)
        except httpx.TransportError:
            pass
        else:
            raise AssertionError("the emulator still answers after Ctrl-C")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_without_the_cli_extra_the_command_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import builtins

    from nadeo_api import cli

    real_import = builtins.__import__

    def no_typer(name: str, *args: object, **kwargs: object) -> object:
        if name == "_main" or name.split(".")[0] == "typer":  # cli's `from ._main import run`
            raise ModuleNotFoundError("No module named 'typer'", name="typer")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_typer)
    assert cli.main(["totd"]) == 2
    assert "pip install 'nadeo-client[cli]'" in capsys.readouterr().err
    assert cli.main(["--version"]) == 0  # answered all the same
    assert capsys.readouterr().out.startswith("nadeo-api ")
