"""The distribution of times: a PNG (matplotlib, the `plot` extra) or a terminal chart."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..models import format_race_time
from ._context import CliError

BINS = 20


def bins(scores: Sequence[int], count: int = BINS) -> list[tuple[int, int, int]]:
    """`count` equal ranges over the scores: (low, high, how many), high excluded but the
    last range holds the slowest time."""
    low, high = min(scores), max(scores)
    width = max(1, -(-(high - low + 1) // count))
    counts = [0] * count
    for score in scores:
        counts[min(count - 1, (score - low) // width)] += 1
    return [(low + i * width, low + (i + 1) * width, n) for i, n in enumerate(counts)]


def terminal_histogram(console: Console, scores: Sequence[int], title: str) -> None:
    """A horizontal bar per range of times."""
    ranges = bins(scores)
    most = max(n for _, _, n in ranges) or 1
    width = max(10, min(60, console.width - 40))
    table = Table(title=title, show_header=True, box=None)
    table.add_column("From", justify="right")
    table.add_column("Records", justify="right")
    table.add_column("", no_wrap=True)
    for low, _, n in ranges:
        table.add_row(format_race_time(low), str(n),
                      Text("█" * round(n / most * width), style="cyan"))
    console.print(table)


def png_histogram(path: Path, scores: Sequence[int], title: str) -> None:
    """A histogram of the times in seconds, written as a PNG."""
    try:
        import matplotlib

        matplotlib.use("Agg")  # no display needed
        import matplotlib.pyplot as plt
    except ImportError:
        raise CliError(
            "a PNG needs matplotlib: pip install 'nadeo-client[plot]' "
            "(or leave out --output for a chart in the terminal)"
        ) from None
    if path.suffix.lower() != ".png":
        raise CliError(f"--output must name a .png file (got {str(path)!r})")
    figure, axes = plt.subplots(figsize=(8, 4.5), dpi=100)
    try:
        axes.hist([s / 1000 for s in scores], bins=BINS, color="#2a7fd4", edgecolor="white")
        axes.set_title(title)
        axes.set_xlabel("time (s)")
        axes.set_ylabel("records")
        figure.tight_layout()
        try:
            figure.savefig(path, format="png")
        except OSError as error:
            raise CliError(f"cannot write {path}: {error}") from None
    finally:
        plt.close(figure)
