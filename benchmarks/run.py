"""nadeo_api's benchmarks: run every measurement against the emulator on loopback (the
emulator in a process of its own), print each figure with its bound and PASS/FAIL, and write
`benchmarks/RESULTS.md`.

    make bench                      # or: .venv/bin/python benchmarks/run.py
    make bench-sensitivity          # or: benchmarks/run.py --check-sensitivity

With `--check-sensitivity`, each measurement is run again under each of its mutants
(`mutants.py`: the library made worse on purpose), and every figure must fail under its
mutant: a bound that a worse library still meets would show nothing. The table of what each
mutant did is written to RESULTS.md too.

A measurement, not a test: the exit code is 0 even when a bound is missed (what missed is
printed at the end), except that `--check-sensitivity` exits 1 when a figure did not fail under
its mutant.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import jobs
import measures
import mutants
from installed import async_cpu, import_time
from measures import Result, result
from overhead import per_call_overhead
from redis_limiter import redis_limiter

import nadeo_api

HERE = Path(__file__).resolve().parent
RESULTS_FILE = HERE / "RESULTS.md"


def machine() -> dict[str, str]:
    """What the figures were measured on."""

    def first(path: str, key: str) -> str:
        try:
            for line in Path(path).read_text().splitlines():
                name, _, value = line.partition(":" if ":" in line else "=")
                if name.strip() == key:
                    return value.strip().strip('"')
        except OSError:
            pass
        return "unknown"

    memory_kib = first("/proc/meminfo", "MemTotal").split()[0]
    memory = f"{int(memory_kib) / 1024**2:.1f} GiB" if memory_kib.isdigit() else "unknown"
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {
        "CPU": first("/proc/cpuinfo", "model name"),
        "Cores": f"{os.cpu_count()} ({usable} usable by this process)",
        "Memory": memory,
        "OS": f"{first('/etc/os-release', 'PRETTY_NAME')}, kernel {platform.release()}",
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "httpx": httpx.__version__,
        "nadeo_api": f"{nadeo_api.__version__}, {revision()}",
    }


def revision() -> str:
    """The git commit measured, and whether src/ had uncommitted changes."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, text=True,
                              capture_output=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "../src"], cwd=HERE,
                               text=True, capture_output=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "commit unknown"
    return f"commit {head}" + (" + uncommitted changes in src/" if dirty else "")


Measure = Callable[[str | None], list[Result]]


def redis_budget(mutant: str | None) -> list[Result]:
    """The Redis budget's cost per reservation and its use from 4 processes (`redis_limiter`);
    it has no mutant of its own yet."""
    return redis_limiter()


# Each measurement, and its mutants with the figures (by the start of their names) that each
# must make fail.
MEASUREMENTS: list[tuple[Measure, dict[str, list[str]]]] = [
    (per_call_overhead, {
        "+500 µs a call": ["client CPU per call, loopback (nadeo_api / bare httpx"],
        "+50 µs a call": ["per call, network removed"],
        "old hot path": ["per call, network removed"],
        "+2 ms a call": ["client CPU per call, loopback (nadeo_api / requests"],
    }),
    (async_cpu, {
        "no sniffio": ["async client CPU per call, one environment"],
        "+2 ms a call": ["async client CPU per call, each as installed"],
    }),
    (import_time, {"+100 ms import": ["import time"]}),
    (measures.budget_use, {
        "slow pacing": ["budget use"],
        "fast pacing": ["rate bound"],
    }),
    (measures.faults, {
        "gives up": ["faults: crawls with every record"],
        "every page twice": ["faults: page requests"],
        "first page twice": ["faults: requests beyond"],
    }),
    (measures.memory, {"holds the listing": ["memory"]}),
    (measures.renewals, {"unlocked renewal": ["renewals"]}),
    (measures.limiter_choice, {
        "slow pacing": ["limiter pacing"],
        "costly booking": ["limiter cost"],
    }),
    (measures.model_decoding, {"decodes twice": ["typed call"]}),
    (jobs.requests_per_job, {
        "small parts": ["requests per job: names"],
        "every page twice": ["requests per job: a campaign"],
    }),
    (redis_budget, {}),
]


@dataclass(frozen=True)
class Check:
    """One figure under one mutant: it should have failed."""

    mutant: str
    figure: Result | None
    wanted: str

    @property
    def caught(self) -> bool:
        return self.figure is not None and not self.figure.ok


def measure_once(measure: Measure, mutant: str | None = None) -> list[Result]:
    """Run one measurement (under `mutant`); a crash is reported as a failed figure."""
    name = measure.__name__ + (f" under the mutant {mutant!r}" if mutant else "")
    print(f"\n== {name}", flush=True)
    started = time.monotonic()
    try:
        with mutants.applied(mutant):
            figures = measure(mutant)
    except Exception as exc:
        traceback.print_exc()
        figures = [result(f"{measure.__name__} (crashed)", float("nan"), "==", 0, "",
                          f"{type(exc).__name__}: {exc}", sound=False)]
    for figure in figures:
        print(f"  {'PASS' if figure.ok else 'FAIL'}  {figure.name}: {figure.value_text}"
              f"  (bound {figure.bound_text})\n        {figure.notes}", flush=True)
    print(f"  ({time.monotonic() - started:.1f} s)")
    return figures


def run_all(sensitivity: bool) -> tuple[list[Result], list[Check]]:
    """Every measurement on the library, and (if asked) again under each of its mutants."""
    results: list[Result] = []
    checks: list[Check] = []
    for measure, its_mutants in MEASUREMENTS:
        results.extend(measure_once(measure))
        if not sensitivity:
            continue
        for mutant, wanted in its_mutants.items():
            figures = measure_once(measure, mutant)
            for prefix in wanted:
                hits = [f for f in figures if f.name.startswith(prefix)]
                checks.extend(Check(mutant, f, prefix) for f in hits)
                if not hits:
                    checks.append(Check(mutant, None, prefix))
    return results, checks


def write_results(results: list[Result], checks: list[Check], when: datetime.datetime,
                  took: float, command: str) -> None:
    lines = [
        "# nadeo_api benchmarks",
        "",
        f"Measured {when:%Y-%m-%d %H:%M %Z} in {took:.0f} s by `{command}`, against the"
        " emulator on loopback (127.0.0.1), in a process of its own.",
        "",
        "| Machine | |",
        "|---|---|",
        *(f"| {key} | {value} |" for key, value in machine().items()),
        "",
        "| Figure | Value | Bound | Result | Notes |",
        "|---|---|---|---|---|",
        *(
            f"| {r.name} | {r.value_text} | {r.bound_text} | {'PASS' if r.ok else '**FAIL**'}"
            f" | {r.notes.replace('|', '/')} |"
            for r in results
        ),
        "",
    ]
    if checks:
        lines += [
            "## Sensitivity: each figure under a mutant of the library",
            "",
            "Each mutant (`benchmarks/mutants.py`) makes the library worse in one way; the figure"
            " must fail under it.",
            "",
            "| Mutant: the library... | Figure | Value under the mutant | Bound | Failed |",
            "|---|---|---|---|---|",
            *(
                f"| {mutants.MUTANTS[c.mutant].does} | {c.figure.name if c.figure else c.wanted}"
                f" | {c.figure.value_text if c.figure else 'missing'}"
                f" | {c.figure.bound_text if c.figure else ''}"
                f" | {'yes' if c.caught else '**NO**'} |"
                for c in checks
            ),
            "",
        ]
    if jobs.LAST_ROWS:
        lines += jobs.table(jobs.LAST_ROWS)
    lines += [
        "What each figure measures, and how, is in the docstrings of the measuring functions"
        " (`benchmarks/overhead.py`, `installed.py`, `measures.py`, `limiter_choice.py`,"
        " `model_decoding.py`, `jobs.py`).",
        "",
    ]
    RESULTS_FILE.write_text("\n".join(lines))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check-sensitivity", action="store_true",
                        help="also run each measurement under its mutants")
    args = parser.parse_args()
    when = datetime.datetime.now(datetime.timezone.utc)
    started = time.monotonic()
    results, checks = run_all(args.check_sensitivity)
    took = time.monotonic() - started
    command = "make bench" + (" ARGS=--check-sensitivity" if args.check_sensitivity else "")
    write_results(results, checks, when, took, command)
    missed = [r for r in results if not r.ok]
    print(f"\n{len(results) - len(missed)} of {len(results)} figures within bounds"
          f" ({took:.0f} s); written to {RESULTS_FILE.relative_to(HERE.parent)}")
    for r in missed:
        print(f"  MISSED: {r.name}: {r.value_text} (bound {r.bound_text}); {r.notes}")
    if not checks:
        return 0
    blind = [c for c in checks if not c.caught]
    print(f"sensitivity: {len(checks) - len(blind)} of {len(checks)} figures failed under"
          " their mutants")
    for c in blind:
        shown = f"{c.figure.value_text} (bound {c.figure.bound_text})" if c.figure else "missing"
        print(f"  NOT CAUGHT: {c.wanted} under {c.mutant!r}: {shown}")
    return 1 if blind else 0


if __name__ == "__main__":
    sys.exit(main())
