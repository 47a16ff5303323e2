"""The measurements `run.py` makes: one function each, every one against the emulator on loopback.

Each function returns a list of `Result`s (a measurement may report a figure per mode). A
figure's `ok` says whether it is within its bound and its run was sound (every record received,
no call failed); `notes` say what else was seen.
"""

from __future__ import annotations

import asyncio
import json
import operator
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

import nadeo_api
from nadeo_api._pipeline import Policy
from nadeo_api._ratelimit import RateLimiter
from nadeo_api.auth import REFRESH_ROUTE, ServiceToken
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import emulator_settings

HERE = Path(__file__).resolve().parent
AGENT = "bench / nadeo_api"
RECORDS = 10_000
PAGE = 100
PAGES = RECORDS // PAGE
LEADERBOARD_PATH = "/api/token/leaderboard/group/Personal_Best/map/{}/top"

_COMPARE = {"<=": operator.le, ">=": operator.ge, "==": operator.eq}


@dataclass(frozen=True)
class Result:
    """One figure: its value, the bound it should meet, and whether it did."""

    name: str
    value: float
    op: str
    bound: float
    unit: str
    ok: bool
    notes: str = ""

    @property
    def bound_text(self) -> str:
        return f"{self.op} {_number(self.bound)}"

    @property
    def value_text(self) -> str:
        return f"{_number(self.value)}{' ' + self.unit if self.unit else ''}"


def result(
    name: str, value: float, op: str, bound: float, unit: str = "", notes: str = "",
    sound: bool = True,
) -> Result:
    """A `Result`, ok when `value op bound` holds and the run was `sound`."""
    return Result(name, value, op, bound, unit, sound and _COMPARE[op](value, bound), notes)


def _number(value: float) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.3f}" if abs(value) < 10 else f"{value:.1f}"


# ------------------------------------------------------------------ helpers


def login(client: nadeo_api.Client) -> ServiceToken:
    return ServiceToken.get(
        "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
    )


async def alogin(client: nadeo_api.AsyncClient) -> ServiceToken:
    return await ServiceToken.aget(
        "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
    )


def own_budget(client: nadeo_api.Client | nadeo_api.AsyncClient) -> None:
    """Give `client` a rate limiter of its own: clients of equal rate and burst share one per
    process, and a measurement should not inherit another's bookings."""
    settings = client.settings
    assert settings.rate_limit is not None
    client.policy = Policy(settings, RateLimiter(settings.rate_limit, settings.rate_burst))


def top_of(answer: dict[str, Any]) -> list[dict[str, Any]]:
    """The records of one leaderboard page."""
    tops = answer.get("tops") or [{}]
    records: list[dict[str, Any]] = tops[0].get("top", [])
    return records


def check_positions(records: list[dict[str, Any]]) -> tuple[bool, str]:
    """Whether `records` are positions 1..10,000, each once; and what is wrong if not."""
    positions = [record["position"] for record in records]
    twice = len(positions) - len(set(positions))
    missing = len(set(range(1, RECORDS + 1)) - set(positions))
    sound = len(positions) == RECORDS and twice == 0 and missing == 0
    what = f"{len(positions)} records, {twice} twice, {missing} of 1..{RECORDS} missing"
    return sound, what


def busiest_second(times: list[float]) -> int:
    """The most of `times` (sorted) in any closed window of one second."""
    best, first = 0, 0
    for last, moment in enumerate(times):
        while times[first] < moment - 1.0:
            first += 1
        best = max(best, last - first + 1)
    return best


# ------------------------------------------------------------------ 1. per-call overhead


def per_call_overhead(rounds: int = 30, calls: int = 100, warmup: int = 300) -> list[Result]:
    """What the library adds to one call: `client.live.get_maps_totd(token)` (rate limit off)
    against a bare keep-alive `httpx.Client` GET of the same URL with the same headers that
    also checks the status and decodes the JSON (the library returns decoded JSON, so decoding
    is not overhead).

    Both warm up, then run `rounds` rounds of `calls` calls, alternating which goes first, so
    drifts (the emulator's growing request log, CPU frequency, the other core's load) hit both
    alike. The figure is median(library round) / median(bare round).
    """
    with (
        Emulator() as emu,
        nadeo_api.Client(emulator_settings(emu)) as client,
        httpx.Client() as bare,
    ):
        token = login(client)
        expected = client.live.get_maps_totd(token)
        sent = emu.log.entries[-1]
        url = f"{emu.live_url}{sent.path}?{sent.query}"
        headers = {
            "Authorization": token.authorization(),
            "User-Agent": token.agent,
            "Accept": "application/json",
        }

        def library() -> Any:
            return client.live.get_maps_totd(token)

        def direct() -> Any:
            response = bare.get(url, headers=headers)
            response.raise_for_status()
            return response.json()

        same = direct() == expected
        for _ in range(warmup):
            library()
            direct()
        rounds_of: dict[Callable[[], Any], list[float]] = {library: [], direct: []}
        for turn in range(rounds):
            for call in (library, direct) if turn % 2 == 0 else (direct, library):
                started = time.perf_counter()
                for _ in range(calls):
                    call()
                rounds_of[call].append(time.perf_counter() - started)
    lib, raw = statistics.median(rounds_of[library]), statistics.median(rounds_of[direct])
    pairs = zip(rounds_of[library], rounds_of[direct], strict=True)
    paired = statistics.median(ours / theirs for ours, theirs in pairs)
    notes = (
        f"per call: library {lib / calls * 1e6:.0f} µs, bare httpx {raw / calls * 1e6:.0f} µs"
        f" (+{(lib - raw) / calls * 1e6:.0f} µs); median of per-round ratios {paired:.3f};"
        f" {rounds} rounds x {calls} calls, alternating"
    )
    if not same:
        notes += "; the bare GET's JSON differs from the library's answer!"
    return [result("per-call overhead (library / bare httpx)", lib / raw, "<=", 1.15, "x",
                   notes, sound=same)]


# ------------------------------------------------------------------ 2. budget use


async def _budget_async(emu: Emulator, settings: nadeo_api.Settings, uid: str,
                        latency: float) -> list[dict[str, Any]]:
    async with nadeo_api.AsyncClient(settings) as client:
        own_budget(client)
        token = await alogin(client)
        emu.config.latency = latency
        return [record async for record in client.live.iter_map_leaderboard(token, uid)]


def _budget_threads(emu: Emulator, settings: nadeo_api.Settings, uid: str, latency: float,
                    threads: int = 8) -> list[dict[str, Any]]:
    with nadeo_api.Client(settings) as client:
        own_budget(client)
        token = login(client)
        emu.config.latency = latency
        pages: dict[int, list[dict[str, Any]]] = {}

        def fetch(share: range) -> None:
            for offset in share:
                answer = client.live.get_map_leaderboard(token, uid, length=PAGE, offset=offset)
                pages[offset] = top_of(answer)

        offsets = range(0, RECORDS, PAGE)
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(fetch, [offsets[i::threads] for i in range(threads)]))
        return [record for offset in sorted(pages) for record in pages[offset]]


def budget_use(rate: float = 20.0, burst: int = 1, latency: float = 0.3) -> list[Result]:
    """How much of a rate budget a 10,000-record crawl (100 pages) uses, and that it never
    exceeds it: `rate` requests/s, burst `burst`, each answer `latency` s late (set after
    logging in), crawled (a) by the async iterator with 8 pages in flight and (b) by 8 threads
    sharing one `Client`, each fetching every 8th page.

    Times are the emulator's arrival times (its log). Use = page requests / (last start - first
    start) / rate, as specified; (pages - 1) / span, the rate of the intervals, is in the notes.
    The busiest one-second window may hold at most rate + burst starts.
    """
    settings_of = {"rate_limit": rate, "rate_burst": burst, "page_concurrency": 8}
    modes: dict[str, Callable[[Emulator, nadeo_api.Settings, str], list[dict[str, Any]]]] = {
        "async iterator, 8 in flight": lambda emu, settings, uid: asyncio.run(
            _budget_async(emu, settings, uid, latency)
        ),
        "8 threads, one Client": lambda emu, settings, uid: _budget_threads(
            emu, settings, uid, latency
        ),
    }
    results = []
    with Emulator() as emu:
        maps = emu.world.totd_maps()
        for index, (mode, crawl) in enumerate(modes.items()):
            uid = maps[-1 - index]
            emu.log.clear()
            emu.config.latency = 0.0
            try:
                records = crawl(emu, emulator_settings(emu, **settings_of), uid)
            finally:
                emu.config.latency = 0.0
            sound, what = check_positions(records)
            path = LEADERBOARD_PATH.format(uid)
            starts = sorted(e.time for e in emu.log.entries if e.path == path)
            span = starts[-1] - starts[0]
            use = len(starts) / span / rate
            busiest = busiest_second(starts)
            notes = (
                f"{len(starts)} page requests in {span:.2f} s; (n-1)/span ="
                f" {(len(starts) - 1) / span / rate:.3f} of the budget; {what}"
            )
            results.append(result(f"budget use, {mode} ({rate:g}/s, burst {burst})", use, ">=",
                                  0.95, "of budget", notes, sound))
            results.append(result(
                f"busiest 1-s window, {mode}", busiest, "<=", rate + burst, "requests",
                f"i.e. {busiest / (rate + burst):.3f} of rate + burst", sound,
            ))
    return results


# ------------------------------------------------------------------ 3. faults


async def _crawl(settings: nadeo_api.Settings, token: ServiceToken,
                 uid: str) -> list[dict[str, Any]]:
    async with nadeo_api.AsyncClient(settings) as client:
        return [record async for record in client.live.iter_map_leaderboard(token, uid)]


def faults(seeds: tuple[int, ...] = (0, 1, 2, 3, 4), error_rate: float = 0.10,
           drop_rate: float = 0.02) -> list[Result]:
    """A crawl through injected faults: `error_rate` 5xx answers and `drop_rate` dropped
    connections, latency 0, no budget, fast backoff (0.01 s base, 0.1 s cap, 6 attempts).

    Every crawl must yield positions 1..10,000, none twice. Its page requests should stay within
    1.15 x 100; but a page needs 1 / (1 - 0.12) = 1.136 requests on average (sd ~3.9 per crawl),
    so one crawl passes or misses that bound by the emulator's dice. Hence one crawl per seed,
    and the figure is their mean. That the library wastes nothing is the figure "requests beyond
    pages + faults", which must be 0.
    """
    settings_of = {"backoff_base": 0.01, "backoff_max": 0.1, "max_attempts": 6,
                   "page_concurrency": 8}
    counts: list[int] = []
    extras: list[int] = []
    problems: list[str] = []
    for seed in seeds:
        with Emulator(seed=seed) as emu:
            settings = emulator_settings(emu, **settings_of)
            with nadeo_api.Client(settings) as client:
                token = login(client)
            uid = emu.world.totd_maps()[-1]
            emu.config.error_rate, emu.config.drop_rate = error_rate, drop_rate
            try:
                records = asyncio.run(_crawl(settings, token, uid))
            except Exception as exc:  # reported, not raised: the other seeds still run
                records = []
                problems.append(f"seed {seed}: {exc!r}")
            path = LEADERBOARD_PATH.format(uid)
            pages = [e for e in emu.log.entries if e.path == path]
            injected = sum(1 for e in pages if e.status == 0 or e.status >= 500)
            succeeded = len({e.query for e in pages if e.status == 200})
            counts.append(len(pages))
            extras.append(len(pages) - succeeded - injected)
            if records:
                sound, what = check_positions(records)
                if not sound:
                    problems.append(f"seed {seed}: {what}")
    complete = len(seeds) - len(problems)
    per_crawl = ", ".join(str(count) for count in counts)
    return [
        result("faults: crawls with every record exactly once", complete, "==", len(seeds),
               f"of {len(seeds)}", "; ".join(problems) or "positions 1..10,000, none twice"),
        result("faults: page requests per 100-page crawl (mean)", statistics.mean(counts), "<=",
               1.15 * PAGES, "requests",
               f"per seed {per_crawl}; expected 100/0.88 = 113.6 at 12% faults",
               sound=not problems),
        result("faults: requests beyond pages + injected faults", sum(extras), "==", 0,
               "requests", f"per seed {', '.join(map(str, extras))}"),
    ]


# ------------------------------------------------------------------ 4. memory


def memory(modes: tuple[str, ...] = ("sync", "async")) -> list[Result]:
    """Peak RSS growth of a 10,000-record crawl, measured in a fresh child process
    (`crawl_child.py`) so that neither the emulator (here, in the parent) nor the measuring
    code's own history counts. The child builds its client and token, resets its RSS
    high-water mark, crawls, and reports VmHWM - VmRSS(before)."""
    results = []
    with Emulator() as emu:
        with nadeo_api.Client(emulator_settings(emu)) as client:
            token = login(client)
        for index, mode in enumerate(modes):
            config = {
                "mode": mode,
                "core_url": emu.core_url,
                "live_url": emu.live_url,
                "access": token.access_token.encoded,
                "refresh": token.refresh_token.encoded,
                "map_uid": emu.world.totd_maps()[-1 - index],
            }
            done = subprocess.run(
                [sys.executable, str(HERE / "crawl_child.py")], input=json.dumps(config),
                capture_output=True, text=True, timeout=120, check=False,
            )
            if done.returncode != 0:
                raise RuntimeError(f"the {mode} crawl child failed: {done.stderr[-2000:]}")
            report = json.loads(done.stdout)
            growth = (report["peak_kib"] - report["before_kib"]) / 1024
            notes = (
                f"{report['records']} records; RSS {report['before_kib'] / 1024:.1f} MiB before,"
                f" peak {report['peak_kib'] / 1024:.1f} MiB ({report['how']})"
            )
            results.append(result(f"memory: peak RSS growth, {mode} iterator", growth, "<=",
                                  30, "MiB", notes, sound=report["records"] == RECORDS))
    return results


# ------------------------------------------------------------------ 5. import time


def _import_us(module: str, env: dict[str, str]) -> int:
    """The cumulative microseconds `python -X importtime` reports for `module` itself."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True, text=True, check=True, cwd=HERE, env=env,
    )
    for line in done.stderr.splitlines():
        fields = line.split("|")
        if len(fields) == 3 and fields[2].rstrip() == f" {module}":
            return int(fields[1])
    raise RuntimeError(f"no top-level import time line for {module}")


def _import_medians(env: dict[str, str], repetitions: int) -> tuple[float, float]:
    """Median cumulative import times of nadeo_api and httpx, interleaved, after one discarded
    run of each (which writes the bytecode caches, where allowed)."""
    times: dict[str, list[int]] = {"nadeo_api": [], "httpx": []}
    for module in times:
        _import_us(module, env)
    for turn in range(repetitions):
        for module in sorted(times, reverse=turn % 2 == 1):
            times[module].append(_import_us(module, env))
    return statistics.median(times["nadeo_api"]), statistics.median(times["httpx"])


def import_time(repetitions: int = 21) -> list[Result]:
    """`import nadeo_api` against `import httpx` (its main dependency, so the ratio is at least
    1), each in fresh interpreters, `repetitions` times interleaved; the figure is the ratio of
    the medians of the cumulative time of the top-level module.

    Both import from bytecode caches, as after a `pip install` from a wheel: the children get a
    fresh `PYTHONPYCACHEPREFIX` (and no `PYTHONDONTWRITEBYTECODE`), filled by a warm-up run.
    Otherwise an editable install under `PYTHONDONTWRITEBYTECODE=1` (as in this repository's
    environment) compiles nadeo_api from source on every import while httpx, installed by pip,
    has its caches; that ratio is in the notes.
    """
    plain = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"}
    with tempfile.TemporaryDirectory(prefix="bench-pyc-") as prefix:
        cached = {**plain, "PYTHONPYCACHEPREFIX": prefix}
        cached.pop("PYTHONDONTWRITEBYTECODE", None)
        ours, theirs = _import_medians(cached, repetitions)
    as_is, httpx_as_is = _import_medians(plain, repetitions)
    setting = os.environ.get("PYTHONDONTWRITEBYTECODE")
    notes = (
        f"median nadeo_api {ours / 1000:.1f} ms, httpx {theirs / 1000:.1f} ms; {repetitions}"
        f" each. In this environment as it is (PYTHONDONTWRITEBYTECODE={setting or 'unset'}):"
        f" {as_is / 1000:.1f} vs {httpx_as_is / 1000:.1f} ms, ratio {as_is / httpx_as_is:.2f}"
    )
    return [result("import time (nadeo_api / httpx)", ours / theirs, "<=", 1.3, "x", notes)]


# ------------------------------------------------------------------ 6. renewals


def _await_refresh_time(token: ServiceToken) -> None:
    assert token.rat is not None
    time.sleep(max(0.0, token.rat - time.time() + 0.05))


async def _tasks(client: nadeo_api.AsyncClient, token: ServiceToken, n: int) -> list[Any]:
    calls = (client.live.get_maps_totd(token) for _ in range(n))
    return await asyncio.gather(*calls, return_exceptions=True)


def _storm(settings: nadeo_api.Settings, token: ServiceToken, tasks: int,
           threads: int) -> list[Any]:
    """`tasks` asyncio tasks (on one loop, in a thread of its own) and `threads` threads
    (sharing one `Client`) call with `token`, released together by a barrier."""
    answers: list[Any] = []
    gate = threading.Barrier(threads + (1 if tasks else 0))

    def run_tasks() -> None:
        async def main() -> list[Any]:
            async with nadeo_api.AsyncClient(settings) as client:
                gate.wait()
                return await _tasks(client, token, tasks)

        answers.extend(asyncio.run(main()))

    with nadeo_api.Client(settings) as client:

        def run_thread() -> None:
            gate.wait()
            try:
                answers.append(client.live.get_maps_totd(token))
            except Exception as exc:
                answers.append(exc)

        workers = [threading.Thread(target=run_thread) for _ in range(threads)]
        if tasks:
            workers.append(threading.Thread(target=run_tasks))
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    return answers


def renewals(tasks: int = 100, threads: int = 16) -> list[Result]:
    """Renewing under contention: with tokens that ask to be refreshed 1 s after they are issued
    (`access_lifetime=3, refresh_after=1`), log in, wait until the token's `rat` has passed,
    then let many callers use it at once: `tasks` asyncio tasks, `threads` threads, and both
    together. Exactly one refresh request may reach the emulator each time."""
    modes = {
        f"{tasks} asyncio tasks": (tasks, 0),
        f"{threads} threads": (0, threads),
        f"{tasks} tasks + {threads} threads together": (tasks, threads),
    }
    results = []
    with Emulator(access_lifetime=3, refresh_after=1) as emu:
        settings = emulator_settings(emu)
        for mode, (n_tasks, n_threads) in modes.items():
            with nadeo_api.Client(settings) as client:
                token = login(client)
            _await_refresh_time(token)
            before = len(emu.log)
            answers = _storm(settings, token, n_tasks, n_threads)
            after = emu.log.entries[before:]
            refreshes = sum(1 for e in after if e.api == "core" and e.path == REFRESH_ROUTE)
            logins = sum(1 for e in after if e.api == "core" and e.path != REFRESH_ROUTE)
            failed = [a for a in answers if isinstance(a, BaseException)]
            notes = f"{len(answers) - len(failed)} of {n_tasks + n_threads} calls answered"
            if failed:
                notes += f"; first failure: {failed[0]!r}"
            if logins:
                notes += f"; {logins} other Core requests (logins)"
            results.append(result(f"renewals: refresh requests, {mode}", refreshes, "==", 1,
                                  "", notes, sound=not failed and not logins))
    return results


def limiter_choice() -> list[Result]:
    """nadeo_api's rate limiter against pyrate-limiter: see `limiter_choice.py`."""
    from limiter_choice import limiter_choice as measure

    return measure()


def model_decoding() -> list[Result]:
    """Typed models against json.loads: see `model_decoding.py`."""
    from model_decoding import model_decoding as measure

    return measure()


MEASUREMENTS: list[Callable[[], list[Result]]] = [
    per_call_overhead, budget_use, faults, memory, import_time, renewals, limiter_choice,
    model_decoding,
]

__all__ = ["MEASUREMENTS", "Result", "result"]
