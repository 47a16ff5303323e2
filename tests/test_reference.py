"""The test data taken from the community documentation is what `tools/sync_reference.py` writes:
the same as the documentation beside the repository when it is there, and never edited by hand."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .docs import DATA

TOOLS = Path(__file__).resolve().parents[1] / "tools"
sys.path.insert(0, str(TOOLS))
import sync_reference  # noqa: E402


def test_test_data_is_what_the_tool_writes() -> None:
    stored = json.loads(DATA.read_text(encoding="utf-8"))
    content = {key: value for key, value in stored.items() if key != "digest"}
    assert stored["digest"] == sync_reference.digest(content), "edited by hand: run the tool"
    assert DATA.read_text(encoding="utf-8") == sync_reference.render(stored)


def test_test_data_follows_the_documentation_when_it_is_beside_the_repository() -> None:
    if not (sync_reference.REFERENCE / "endpoints.json").is_file():
        # A clone alone: the file's own digest (checked above) is all there is to compare.
        assert DATA.is_file()
        return
    assert sync_reference.main(["--check"]) == 0, "run tools/sync_reference.py"


def test_every_catalogued_page_has_its_facts() -> None:
    stored = json.loads(DATA.read_text(encoding="utf-8"))
    assert {entry["doc"] for entry in stored["catalogue"]} == set(stored["pages"])
