"""Every remark of every documented page is reproduced by a test, or is not a behaviour, or is
in the README's list of what the emulator does not reproduce: exactly one of the three."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from ..docs import reference
from .registry import NOT_BEHAVIOUR, REPRODUCED

HERE = Path(__file__).parent
README = HERE.parents[1] / "README.md"
LISTED = re.compile(r"^- `([\w/.-]+\.md)` remark (\d+)(, in part)?:", flags=re.M)


def load_all() -> None:
    for module in sorted(HERE.glob("test_*.py")):
        importlib.import_module(f"{__package__}.{module.stem}")


def every_remark() -> set[tuple[str, int]]:
    return {
        (page, number)
        for page, facts in reference()["pages"].items()
        for number in range(1, len(facts["remarks"]) + 1)
    }


def readme(in_part: bool) -> set[tuple[str, int]]:
    """The remarks the README's page for testers says the emulator does not reproduce (or, with
    `in_part`, reproduces only in part)."""
    text = README.read_text(encoding="utf-8")
    return {
        (page, int(number)) for page, number, part in LISTED.findall(text)
        if bool(part) == in_part
    }


def test_every_remark_is_accounted_for_once() -> None:
    load_all()
    reproduced, skipped, listed = set(REPRODUCED), set(NOT_BEHAVIOUR), readme(in_part=False)
    assert not reproduced & listed, "reproduced, yet listed as not reproduced"
    assert not reproduced & skipped, "reproduced, yet said not to be a behaviour"
    assert not skipped & listed, "said not to be a behaviour, yet listed as not reproduced"
    missing = sorted(every_remark() - reproduced - skipped - listed)
    assert not missing, f"{len(missing)} remarks unaccounted for, first: {missing[:10]}"
    assert not (reproduced | skipped | listed) - every_remark()


def test_what_the_readme_says_is_reproduced_in_part_is_tested() -> None:
    load_all()
    in_part = readme(in_part=True)
    assert in_part, "the README lists what is reproduced in part"
    assert in_part <= set(REPRODUCED), "listed as reproduced in part, but no test shows it"


def test_the_readme_counts_the_remarks_as_they_are() -> None:
    load_all()
    text = " ".join(README.read_text(encoding="utf-8").split())
    assert f"Every remark of the documentation's pages ({len(every_remark())})" in text
    assert f"the {len(REPRODUCED)} that describe a behaviour" in text
    assert f"the {len(NOT_BEHAVIOUR)} that describe none" in text
