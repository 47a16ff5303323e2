"""Rows out: a table on a terminal, CSV, JSON or JSON lines elsewhere; and progress bars."""

from __future__ import annotations

import csv
import enum
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from .. import text

Row = dict[str, Any]
Update = Callable[..., None]
"""`update(done, total=None)`: moves a progress bar."""

PROGRESS_AFTER = 3
"""Jobs of more requests than this show a progress bar (on a terminal)."""


class Format(str, enum.Enum):
    """How rows are written."""

    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


@dataclass(frozen=True)
class Column:
    """One column: its key in the rows, its title, whether it holds styled text."""

    key: str
    title: str
    styled: bool = False
    justify: Literal["left", "right"] = "left"


def default_format(console: Console) -> Format:
    """A table on a terminal, CSV for files and pipes."""
    return Format.table if console.is_terminal else Format.csv


def emit(
    console: Console,
    rows: Sequence[Row],
    columns: Sequence[Column],
    fmt: Format | None,
    *,
    title: str | None = None,
) -> None:
    """Write `rows`. Styled columns show in colour in a table; in files they are plain text,
    with the styled original beside them as `<key>_styled`."""
    fmt = fmt or default_format(console)
    if fmt is Format.table:
        table = Table(title=title)
        for column in columns:
            table.add_column(column.title, justify=column.justify)
        for row in rows:
            table.add_row(*(_cell(row.get(c.key), c.styled) for c in columns))
        console.print(table)
        return
    records = [_record(row, columns) for row in rows]
    out = sys.stdout
    if fmt is Format.csv:
        keys = list(records[0]) if records else _keys(columns)
        writer = csv.DictWriter(out, fieldnames=keys, lineterminator="\n")
        writer.writeheader()
        writer.writerows(records)
    elif fmt is Format.json:
        json.dump(records, out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()


def _keys(columns: Sequence[Column]) -> list[str]:
    keys: list[str] = []
    for column in columns:
        keys.append(column.key)
        if column.styled:
            keys.append(column.key + "_styled")
    return keys


def _record(row: Row, columns: Sequence[Column]) -> Row:
    record: Row = {}
    for column in columns:
        value = row.get(column.key)
        if column.styled:
            record[column.key] = None if value is None else text.plain(str(value))
            record[column.key + "_styled"] = value
        else:
            record[column.key] = value
    return record


def _cell(value: Any, styled: bool) -> Any:
    if value is None:
        return ""
    if isinstance(value, Text):
        return value
    if styled:
        return text.to_rich(str(value))
    return str(value)


@contextmanager
def progress(console: Console, enabled: bool = True) -> Iterator[Callable[..., Update]]:
    """Progress bars with an estimated time left, on `console` when it is a terminal.

    Yields `task(description, total)`, which returns `update(done, total=None)`.
    """
    if not (enabled and console.is_terminal):
        yield lambda description, total=None: _ignore
        return
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )

    def task(description: str, total: int | None = None) -> Callable[..., None]:
        ident = bar.add_task(description, total=total)

        def update(done: int, total: int | None = None) -> None:
            if total is not None:
                bar.update(ident, total=total)
            bar.update(ident, completed=done)

        return update

    with bar:
        yield task


def _ignore(done: int, total: int | None = None) -> None:
    del done, total
