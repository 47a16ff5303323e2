"""Environments with what a user installs and nothing else, for the figures where the
environment decides the result (import time, the async path's CPU cost).

They are made on first use under `.venv-bench/` at the repository's root (ignored by git) and
kept; one holding nadeo_api is brought up to date when `pyproject.toml` or `src/` changes:

- "nadeo_api": `pip install .`, the library and its runtime dependencies only;
- "nadeo_api without sniffio": the same, then `pip uninstall sniffio`: the library as it was
  before it depended on sniffio, in an environment that does not otherwise pull it in;
- "httpx": `pip install httpx`, what a user of bare httpx has.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PLACE = ROOT / ".venv-bench"

ENVIRONMENTS: dict[str, tuple[list[str], list[str]]] = {
    # name: (what to install, what to uninstall after)
    "nadeo_api": ([str(ROOT)], []),
    "nadeo_api without sniffio": ([str(ROOT)], ["sniffio"]),
    "httpx": (["httpx"], []),
}


def _fingerprint(name: str) -> str:
    digest = hashlib.sha256(repr(ENVIRONMENTS[name]).encode())
    if str(ROOT) in ENVIRONMENTS[name][0]:
        for path in sorted([ROOT / "pyproject.toml", *(ROOT / "src").rglob("*.py")]):
            digest.update(str(path.relative_to(ROOT)).encode() + path.read_bytes())
    return digest.hexdigest()


def _pip(python: Path, *args: str) -> None:
    subprocess.run([str(python), "-m", "pip", "--disable-pip-version-check", "--quiet", *args],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def python(name: str) -> Path:
    """The interpreter of environment `name`, made or brought up to date first."""
    place = PLACE / name.replace(" ", "-")
    interpreter = place / "bin" / "python"
    stamp = place / ".bench-fingerprint"
    wanted = _fingerprint(name)
    if stamp.exists() and stamp.read_text() == wanted:
        return interpreter
    install, uninstall = ENVIRONMENTS[name]
    if not interpreter.exists():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(place)], check=True)
    print(f"  (preparing the clean environment {place.relative_to(ROOT)})", flush=True)
    if str(ROOT) in install:  # the project itself changed: rebuild it
        _pip(interpreter, "install", "--force-reinstall", "--no-deps", str(ROOT))
    _pip(interpreter, "install", *install)
    if uninstall:
        _pip(interpreter, "uninstall", "--yes", *uninstall)
    stamp.write_text(wanted)
    return interpreter


def has(name: str, module: str) -> bool:
    """Whether `module` can be imported in environment `name`."""
    done = subprocess.run([str(python(name)), "-I", "-c", f"import {module}"],
                          capture_output=True, check=False)
    return done.returncode == 0
