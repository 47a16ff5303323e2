"""The `nadeo-api` command: the endpoint listing, checked against the documentation's catalogue."""

from __future__ import annotations

import json
import subprocess
import sys

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


def test_every_documented_live_endpoint_is_covered() -> None:
    listed = {(r["api"], r["method"], r["route"]) for r in listing()}
    live = [e for e in catalogue() if e["api"] == "live" and not e["deprecated"]]
    missing = [e["doc"] for e in live if (e["api"], e["method"], e["route"]) not in listed]
    assert len(live) == 79
    assert missing == []
