"""Which test reproduces which remark of the documentation.

Every page of the community documentation ends with *Remarks*: the quirks of its endpoint. Each
one is either reproduced by the emulator (a test here says so with `@remark(page, number)`),
not a behaviour at all (`not_behaviour(page, number, why=...)` beside the page's tests: a
pointer to another page, advice), or a
behaviour the emulator does not reproduce (listed in the README's page for testers, with why).
`test_coverage.py` checks that every remark is in exactly one of the three.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from ..docs import reference

F = TypeVar("F", bound=Callable[..., Any])

REPRODUCED: dict[tuple[str, int], str] = {}
"""(page, remark number) -> the test that reproduces it."""


def remarks(page: str) -> list[str]:
    """The remarks of a page (e.g. `live/leaderboards/surround.md`), in order."""
    found: list[str] = reference()["pages"][page]["remarks"]
    return found


def test_name_prefix(page: str) -> str:
    """What the name of a test of `page`'s remarks starts with: `test_` and the page's name
    (`live/leaderboards/surround.md` -> `test_surround`)."""
    stem = page.rsplit("/", 1)[-1].removesuffix(".md")
    return "test_" + re.sub(r"\W", "_", stem)


def remark(page: str, *numbers: int) -> Callable[[F], F]:
    """Mark a test as reproducing remark `number` (counted from 1) of `page`."""

    def mark(test: F) -> F:
        if page not in reference()["pages"]:
            raise LookupError(f"{page} is not a documented page")
        count = len(remarks(page))
        if not numbers:
            raise ValueError("name at least one remark number")
        for number in numbers:
            if not 1 <= number <= count:
                raise LookupError(f"{page} has {count} remarks; there is no remark {number}")
            if (page, number) in REPRODUCED:
                # Several tests may show one remark; the first is the one named.
                continue
            REPRODUCED[(page, number)] = f"{test.__module__}.{test.__qualname__}"
        prefix = test_name_prefix(page)
        if not test.__name__.startswith(prefix):
            raise NameError(f"{test.__name__} reproduces {page}: name it {prefix}_...")
        return test

    return mark


NOT_BEHAVIOUR: dict[tuple[str, int], str] = {}
"""(page, remark number) -> why there is nothing to reproduce."""


def not_behaviour(page: str, *numbers: int, why: str) -> None:
    """Say that remarks `numbers` of `page` describe no behaviour of the service (a pointer to
    another page, advice to the reader, history), and why. Called beside the page's tests."""
    count = len(remarks(page))
    if not why.strip():
        raise ValueError("say why")
    for number in numbers:
        if not 1 <= number <= count:
            raise LookupError(f"{page} has {count} remarks; there is no remark {number}")
        NOT_BEHAVIOUR[(page, number)] = why
