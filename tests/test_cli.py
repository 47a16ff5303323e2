"""The `nadeo-api` command: the endpoint listing, checked against the documentation's catalogue."""

from __future__ import annotations

import json

import pytest

from .cli_run import nadeo, outside_environment
from .docs import catalogue


def listing() -> list[dict[str, str]]:
    result = nadeo(outside_environment(), "endpoints", "--json")
    assert result.returncode == 0, result.stderr
    rows: list[dict[str, str]] = json.loads(result.stdout)
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
    result = nadeo(outside_environment(), "emulator", "--help")
    assert result.returncode == 0, result.stderr
    assert "--port" in result.stdout and "--error-rate" in result.stdout


def test_every_documented_endpoint_is_covered() -> None:
    listed = {(r["api"], r["method"], r["route"]) for r in listing()}
    current = [e for e in catalogue() if not e["deprecated"]]
    missing = [e["doc"] for e in current if (e["api"], e["method"], e["route"]) not in listed]
    assert current and missing == []


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
