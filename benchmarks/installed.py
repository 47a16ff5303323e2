"""Figures measured in clean environments (`cleanenv.py`), as a user who installed the library
(or bare httpx) would see them: the async path's CPU per call, and import time."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import cleanenv
from measures import Result, login, result
from mutants import ENV
from server import RemoteEmulator

import nadeo_api

HERE = Path(__file__).resolve().parent


def _child_env(mutant: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONPYCACHEPREFIX", "PYTHONDONTWRITEBYTECODE", ENV)}
    if mutant:
        env[ENV] = mutant
    return env


# ------------------------------------------------------------------ async CPU per call


def async_cpu(mutant: str | None = None, cycles: int = 3) -> list[Result]:
    """Client CPU per async call (`time.process_time` of the client process; the emulator is a
    process of its own), in four runs: nadeo_api and a bare `httpx.AsyncClient` each as
    installed (`pip install nadeo_api`, `pip install httpx`: neither had sniffio before), bare
    httpx in nadeo_api's environment (sniffio installed, so the library's own cost is the
    difference), and nadeo_api without its sniffio dependency (the library before). Under the
    "no sniffio" mutant, the library runs in that last environment in the first three. Each
    child warms up, then times 3 rounds of 50 calls; the runs rotate `cycles` times, and
    figures are ratios of the least CPU per call of any round (the machine's other load only
    adds to CPU time; medians are in the notes). Failed `import sniffio` searches per call
    are counted after.
    """
    library_env = "nadeo_api without sniffio" if mutant == "no sniffio" else "nadeo_api"
    runs = {
        "nadeo_api": (library_env, "nadeo_api"),
        "httpx as installed": ("httpx", "httpx"),
        "httpx beside nadeo_api": ("nadeo_api", "httpx"),
        "nadeo_api without sniffio": ("nadeo_api without sniffio", "nadeo_api"),
    }
    if mutant is not None:  # only the runs of the figure the mutant is meant to fail
        baseline = "httpx beside nadeo_api" if mutant == "no sniffio" else "httpx as installed"
        runs = {name: runs[name] for name in ("nadeo_api", baseline)}
    pythons = {env: cleanenv.python(env) for env, _ in runs.values()}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    wall: dict[str, list[float]] = {name: [] for name in runs}
    searches: dict[str, float] = {}
    with RemoteEmulator() as emu, nadeo_api.Client(emu.settings()) as client:
        token = login(client)
        client.live.get_maps_totd(token)
        sent = emu.arrivals()[-1]
        base = {
            "live_url": emu.live_url, "url": f"{emu.live_url}{sent.path}?{sent.query}",
            "access": token.access_token.encoded, "refresh": token.refresh_token.encoded,
            "warmup": 30, "rounds": 3, "calls": 50,
        }
        names = list(runs)
        for cycle in range(cycles):
            for name in names[cycle % len(names):] + names[:cycle % len(names)]:
                env, variant = runs[name]
                config = {**base, "variant": variant,
                          "mutant": mutant if variant == "nadeo_api" else None}
                done = subprocess.run(
                    [str(pythons[env]), "-I", str(HERE / "async_child.py")],
                    input=json.dumps(config), capture_output=True, text=True, timeout=300,
                    check=False, env=_child_env(None),
                )
                if done.returncode != 0:
                    raise RuntimeError(f"the async child ({name}) failed: {done.stderr[-2000:]}")
                report = json.loads(done.stdout)
                cpu[name].extend(report["cpu"])
                wall[name].extend(report["wall"])
                searches[name] = report["sniffio_searches"]
    # The least CPU time per call of any round: the machine's other load only ever adds to it.
    least = {name: min(values) for name, values in cpu.items()}
    median = {name: statistics.median(values) for name, values in cpu.items()}

    def us(seconds: float) -> str:
        return f"{seconds * 1e6:.0f} µs"

    per_call = "; ".join(
        f"{name} {us(least[name])} CPU (median {us(median[name])}),"
        f" {us(statistics.median(wall[name]))} wall, {searches[name]:g} failed `import sniffio`"
        " a call" for name in runs
    )
    if "nadeo_api without sniffio" in least:
        per_call += ("; before (without sniffio) / after ="
                     f" {least['nadeo_api without sniffio'] / least['nadeo_api']:.3f}")
    per_call += f"; {cycles} x 3 rounds x 50 calls per run"
    figures = []
    if "httpx as installed" in least:
        figures.append(result(
            "async client CPU per call, each as installed (nadeo_api / bare httpx,"
            " no sniffio preinstalled)", least["nadeo_api"] / least["httpx as installed"],
            "<=", 1.10, "x", per_call))
    if "httpx beside nadeo_api" in least:
        figures.append(result(
            "async client CPU per call, one environment (nadeo_api / bare httpx)",
            least["nadeo_api"] / least["httpx beside nadeo_api"], "<=", 1.10, "x",
            "bare httpx.AsyncClient in nadeo_api's own clean environment, with sniffio"
            + ("" if "httpx as installed" in least else f"; {per_call}")))
    return figures


# ------------------------------------------------------------------ import time

IMPORTS = {
    "from nadeo_api import auth, live": "from nadeo_api import auth, live",
    "import nadeo_api.aio": "import nadeo_api.aio",
}
# nadeo_api.aio imports the async twins of every API at once. The bounds leave room for this
# figure's run-to-run spread on a loaded machine (about 0.1 either way).
IMPORTS_BOUND = {"from nadeo_api import auth, live": 1.4, "import nadeo_api.aio": 1.5}


SPIN = ("import time\nend = time.process_time() + 0.1\n"
        "while time.process_time() < end:\n    pass\n")


def _import_seconds(python: Path, statement: str) -> float:
    """CPU time of `statement` in a fresh interpreter (isolated: no user site, no PYTHON*
    variables), after the interpreter's own start. CPU time, not wall time: the machine's
    other load delays an import more than it makes it work more."""
    code = (f"import time\nstarted = time.process_time()\n{statement}\n"
            "print(time.process_time() - started)")
    done = subprocess.run([str(python), "-I", "-c", code], capture_output=True, text=True,
                          check=True)
    return float(done.stdout)


def _jwt_adds(repetitions: int = 9) -> float:
    """What `import jwt` (PyJWT) would add to `from nadeo_api import auth, live`: the median of
    its cumulative time in `python -X importtime`, imported after the library (so modules both
    need count once), in this (development) environment, where PyJWT is installed."""
    code = IMPORTS["from nadeo_api import auth, live"] + "\nimport jwt"
    times = []
    for _ in range(repetitions):
        done = subprocess.run([sys.executable, "-I", "-X", "importtime", "-c", code],
                              capture_output=True, text=True, check=True)
        for line in done.stderr.splitlines():
            fields = line.split("|")
            if len(fields) == 3 and fields[2].rstrip() == " jwt":
                times.append(int(fields[1]) / 1e6)
    return statistics.median(times)


def import_time(mutant: str | None = None, repetitions: int = 15) -> list[Result]:
    """What users import, against `import httpx`, each in fresh interpreters of nadeo_api's clean
    environment (bytecode compiled by pip, as after any install), interleaved, `repetitions`
    times after one discarded run of each; figures are ratios of the median CPU times (the
    least are in the notes). Under the "+100 ms import" mutant, importing the library costs
    100 ms more CPU."""
    python = cleanenv.python("nadeo_api")
    statements = {"httpx": "import httpx"}
    for name, statement in IMPORTS.items():
        if mutant == "+100 ms import":
            statement = SPIN + statement
        statements[name] = statement
    times: dict[str, list[float]] = {name: [] for name in statements}
    for statement in statements.values():
        _import_seconds(python, statement)
    names = list(statements)
    for turn in range(repetitions):
        for name in names[turn % len(names):] + names[:turn % len(names)]:
            times[name].append(_import_seconds(python, statements[name]))
    least = {name: min(values) for name, values in times.items()}
    median = {name: statistics.median(values) for name, values in times.items()}
    jwt = _jwt_adds()
    figures = []
    for name in IMPORTS:
        notes = (f"median CPU {median[name] * 1e3:.1f} ms, httpx {median['httpx'] * 1e3:.1f} ms"
                 f" (least {least[name] * 1e3:.1f} and {least['httpx'] * 1e3:.1f} ms, ratio"
                 f" {least[name] / least['httpx']:.3f}); {repetitions} each, interleaved")
        if name == "from nadeo_api import auth, live":
            notes += (f"; PyJWT would add {jwt * 1e3:.1f} ms to it (`-X importtime` of `import jwt`"
                      " after it, median, in the development environment)")
        figures.append(result(f"import time, `{name}` / `import httpx`",
                              median[name] / median["httpx"], "<=", IMPORTS_BOUND[name], "x",
                              notes))
    return figures


