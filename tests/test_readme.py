"""What the README says of the project stays true: the endpoint counts follow the catalogue."""

from __future__ import annotations

import collections
import re
from pathlib import Path

from .docs import catalogue

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
NAMES = {"core": "Core", "live": "Live", "meet": "Meet", "oauth": "OAuth"}


def current_counts() -> dict[str, int]:
    counts = collections.Counter(e["api"] for e in catalogue() if not e["deprecated"])
    return {NAMES[api]: count for api, count in counts.items()}


def test_the_endpoint_counts_follow_the_catalogue() -> None:
    named = re.findall(r"\b(Core|Live|Meet|OAuth)(?: API)?\s+\((\d+)\)", README)
    said = {name: int(count) for name, count in named}
    assert said == current_counts()


def test_every_covered_share_is_whole() -> None:
    shares = re.findall(r"\((\d+) of (\d+);", README)
    assert shares, "the README says how many endpoints are covered"
    live = current_counts()["Live"]
    assert all(int(covered) == int(total) == live for covered, total in shares)
