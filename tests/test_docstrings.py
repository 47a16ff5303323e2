"""Every endpoint's docstring is written one way: what it does, then `Args:` naming each of its
parameters (the token aside), and nothing left unfilled."""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest

from nadeo_api import Client
from nadeo_api._declared import DECLARATIONS, LISTINGS
from nadeo_api._endpoint import typed_doc
from nadeo_api._pagination import Listing

EVERY = sorted(
    (
        (declared.name, declared)
        for api in DECLARATIONS
        for declared in [*DECLARATIONS[api].values(), *LISTINGS[api].values()]
    ),
    key=lambda pair: pair[0],
)
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def documented_arguments(doc: str) -> set[str]:
    """The names an `Args:` section documents: its lines one level in (`a, b: ...` documents
    both, and a list of names may run on to the next line)."""
    lines = inspect.cleandoc(doc).splitlines()
    if "Args:" not in lines:
        return set()
    names: set[str] = set()
    pending = ""
    for line in lines[lines.index("Args:") + 1 :]:
        if line and not line.startswith(" "):
            break  # the next section
        # An entry one level in; or, after a list of names ending in a comma, its next line.
        indent = r" {4}" if not pending else r" {4,}"
        entry = re.match(indent + r"(\w+(?:, *\w+)*,?)(:)?", line)
        if entry is None or not (entry.group(2) or entry.group(1).endswith(",")):
            pending = ""
            continue  # a description's own line, or a blank one
        pending += entry.group(1)
        if entry.group(2):
            names |= {name.strip() for name in pending.split(",") if name.strip()}
            pending = ""
    return names


@pytest.mark.parametrize(("name", "declared"), EVERY, ids=[name for name, _ in EVERY])
def test_the_docstring_documents_every_parameter(name: str, declared: Any) -> None:
    doc = declared.__doc__ or ""
    assert doc.strip(), f"{name} has no docstring"
    assert not PLACEHOLDER.search(doc), f"{name}: unfilled {PLACEHOLDER.search(doc)}"
    parameters = set(declared.signature.parameters) - {"token"}
    missing = parameters - documented_arguments(doc)
    assert not missing, f"{name}: Args does not name {sorted(missing)}"


def test_the_reader_of_args_sections_reads_lists_of_names() -> None:
    doc = """Do something.

    Args:
        first: one.
        second, third,
            fourth: three more.

    Remarks: none.
    """
    assert documented_arguments(doc) == {"first", "second", "third", "fourth"}


@pytest.mark.parametrize(("name", "declared"), EVERY, ids=[name for name, _ in EVERY])
def test_the_docstring_is_written_in_the_declaration(name: str, declared: Any) -> None:
    """One way to write one: on the declaring function, whole. Two kinds are written by a rule
    instead, each by one function: the generic verbs (`verb`) and the iterators `paged`
    declares (their endpoint's docstring, with the iterator's own arguments)."""
    if getattr(declared, "route", "listing") is None:
        assert declared.build.__module__ == "nadeo_api.endpoints._generic"
    elif declared.build.__module__ == "nadeo_api._pagination":
        assert isinstance(declared, Listing)
    else:
        assert declared.__doc__ is declared.build.__doc__, f"{name}: docstring given elsewhere"


def test_a_typed_twin_has_one_docstring_wherever_it_is_reached() -> None:
    from nadeo_api import aio, live

    client = Client()
    try:
        for function, namespace, listing in (
            (live.get_map_leaderboard, client.live.get_map_leaderboard, False),
            (live.iter_map_leaderboard, client.live.iter_map_leaderboard, True),
        ):
            declared = {**DECLARATIONS["live"], **LISTINGS["live"]}[function.__name__]
            expected = typed_doc(declared, listing)
            assert expected.startswith(f"`{declared.name}`, ")
            assert function.typed.__doc__ == namespace.typed.__doc__ == expected
            assert getattr(aio.live, function.__name__).typed.__doc__ == expected
    finally:
        client.close()
