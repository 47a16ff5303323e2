"""nadeo_api's benchmarks: run every measurement against the emulator on loopback, print each
figure with its bound and PASS/FAIL, and write `benchmarks/RESULTS.md`.

    make bench        # or: .venv/bin/python benchmarks/run.py

A measurement, not a test: the exit code is 0 even when a bound is missed (what missed is
printed at the end). The measurements themselves are in `measures.py`.
"""

from __future__ import annotations

import datetime
import os
import platform
import subprocess
import sys
import time
import traceback
from pathlib import Path

import httpx
from measures import MEASUREMENTS, Result, result
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


def run_all() -> list[Result]:
    """Run each measurement; one that crashes is reported as a failed figure."""
    results: list[Result] = []
    for measure in [*MEASUREMENTS, redis_limiter]:
        print(f"\n== {measure.__name__}", flush=True)
        started = time.monotonic()
        try:
            figures = measure()
        except Exception as exc:
            traceback.print_exc()
            figures = [result(f"{measure.__name__} (crashed)", float("nan"), "==", 0, "",
                              f"{type(exc).__name__}: {exc}", sound=False)]
        for figure in figures:
            print(f"  {'PASS' if figure.ok else 'FAIL'}  {figure.name}: {figure.value_text}"
                  f"  (bound {figure.bound_text})\n        {figure.notes}", flush=True)
        print(f"  ({time.monotonic() - started:.1f} s)")
        results.extend(figures)
    return results


def write_results(results: list[Result], when: datetime.datetime, took: float) -> None:
    lines = [
        "# nadeo_api benchmarks",
        "",
        f"Measured {when:%Y-%m-%d %H:%M %Z} in {took:.0f} s by `benchmarks/run.py` (`make bench`),"
        " against the emulator on loopback (127.0.0.1).",
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
        "What each figure measures, and how, is in the docstrings of `benchmarks/measures.py`.",
        "",
    ]
    RESULTS_FILE.write_text("\n".join(lines))


def main() -> int:
    when = datetime.datetime.now(datetime.timezone.utc)
    started = time.monotonic()
    results = run_all()
    took = time.monotonic() - started
    write_results(results, when, took)
    missed = [r for r in results if not r.ok]
    print(f"\n{len(results) - len(missed)} of {len(results)} figures within bounds"
          f" ({took:.0f} s); written to {RESULTS_FILE.relative_to(HERE.parent)}")
    for r in missed:
        print(f"  MISSED: {r.name}: {r.value_text} (bound {r.bound_text}); {r.notes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
