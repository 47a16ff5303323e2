"""The measurements `run.py` makes: one function each, every one against the emulator on loopback.

Each function returns a list of `Result`s (a measurement may report a figure per mode). A
figure's `ok` says whether it is within its bound and its run was sound (every record received,
no call failed); `notes` say what else was seen.
"""

from __future__ import annotations

import asyncio
import json
import math
import operator
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import mutants
from server import RemoteEmulator

import nadeo_api
from nadeo_api._pipeline import Policy
from nadeo_api._ratelimit import RateLimiter
from nadeo_api.auth import REFRESH_ROUTE, ServiceToken
from nadeo_api.emulator import SERVICE_ACCOUNT

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


WINDOWS = (0.5, 1.0, 2.0, 5.0)


def most_in_window(times: list[float], window: float) -> int:
    """The most of `times` (sorted) in any closed window of `window` seconds."""
    best, first = 0, 0
    for last, moment in enumerate(times):
        while times[first] < moment - window:
            first += 1
        best = max(best, last - first + 1)
    return best


def most_beyond_rate(times: list[float], rate: float,
                     windows: tuple[float, ...] = WINDOWS) -> float:
    """The most arrivals beyond `rate` x w in any sliding window of w seconds, for each w of
    `windows`: a server counting requests in such windows, allowing burst + rate x w, accepts
    them all when this is at most the burst."""
    return max(most_in_window(times, window) - rate * window for window in windows)


# ------------------------------------------------------------------ budget use and rate bound


async def _budget_async(emu: RemoteEmulator, settings: nadeo_api.Settings, uid: str,
                        latency: float) -> list[dict[str, Any]]:
    async with nadeo_api.AsyncClient(settings) as client:
        own_budget(client)
        token = await alogin(client)
        emu.configure(latency=latency)
        return [record async for record in client.live.iter_map_leaderboard(token, uid)]


def _budget_threads(emu: RemoteEmulator, settings: nadeo_api.Settings, uid: str,
                    latency: float, threads: int = 8) -> list[dict[str, Any]]:
    with nadeo_api.Client(settings) as client:
        own_budget(client)
        token = login(client)
        emu.configure(latency=latency)
        pages: dict[int, list[dict[str, Any]]] = {}

        def fetch(share: range) -> None:
            for offset in share:
                answer = client.live.get_map_leaderboard(token, uid, length=PAGE, offset=offset)
                pages[offset] = top_of(answer)

        offsets = range(0, RECORDS, PAGE)
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(fetch, [offsets[i::threads] for i in range(threads)]))
        return [record for offset in sorted(pages) for record in pages[offset]]


def budget_use(mutant: str | None = None, rate: float = 20.0, burst: int = 1,
               latency: float = 0.3) -> list[Result]:
    """How much of a rate budget a 10,000-record crawl (100 pages) uses, and that a server
    counting arrivals would never see it exceeded: `rate` requests/s, burst `burst`, each
    answer `latency` s late (set after logging in), crawled (a) by the async iterator with 8
    pages in flight and (b) by 8 threads sharing one `Client`, each fetching every 8th page.

    Times are the emulator's arrival times (its log, in its own process). Use = page requests /
    (last arrival - first arrival) / rate. The rate bound: in every sliding window of w = 0.5,
    1, 2 and 5 s, at most burst + rate x w arrivals (`most_beyond_rate` <= burst), as a server
    counting requests in such windows would. The limiter's headroom (3%) is what absorbs send
    jitter here. Between two single requests no client can promise the full interval under
    load (one late request and the next on time come closer): the shortest gap between
    arrivals is in the notes.
    """
    settings_of = {"rate_limit": rate, "rate_burst": burst, "page_concurrency": 8}
    modes: dict[str, Callable[[RemoteEmulator, nadeo_api.Settings, str],
                              list[dict[str, Any]]]] = {
        "async iterator, 8 in flight": lambda emu, settings, uid: asyncio.run(
            _budget_async(emu, settings, uid, latency)
        ),
        "8 threads, one Client": lambda emu, settings, uid: _budget_threads(
            emu, settings, uid, latency
        ),
    }
    results = []
    with RemoteEmulator() as emu:
        maps = emu.totd_maps()
        for index, (mode, crawl) in enumerate(modes.items()):
            uid = maps[-1 - index]
            emu.clear_log()
            emu.configure(latency=0.0)
            try:
                records = crawl(emu, emu.settings(**settings_of), uid)
            finally:
                emu.configure(latency=0.0)
            sound, what = check_positions(records)
            path = LEADERBOARD_PATH.format(uid)
            starts = sorted(e.time for e in emu.arrivals() if e.path == path)
            span = starts[-1] - starts[0]
            use = len(starts) / span / rate
            beyond = most_beyond_rate(starts, rate)
            gaps = [later - earlier for earlier, later in zip(starts, starts[1:], strict=False)]
            notes = (
                f"{len(starts)} page requests in {span:.2f} s; (n-1)/span ="
                f" {(len(starts) - 1) / span / rate:.3f} of the budget; {what}"
            )
            results.append(result(f"budget use, {mode} ({rate:g}/s, burst {burst})", use, ">=",
                                  0.95, "of budget", notes, sound))
            results.append(result(
                f"rate bound on the server's clock, {mode}: most arrivals beyond rate x w in"
                " any window of w = 0.5, 1, 2, 5 s", beyond, "<=", burst, "requests",
                "most in a window: " + ", ".join(
                    f"{most_in_window(starts, w)} in {w:g} s" for w in WINDOWS
                ) + f"; shortest gap between arrivals {min(gaps) * 1e3:.1f} ms, the budget's"
                f" interval {1e3 / rate:.1f} ms", sound,
            ))
    return results


# ------------------------------------------------------------------ faults


async def _crawl(settings: nadeo_api.Settings, token: ServiceToken,
                 uid: str) -> list[dict[str, Any]]:
    async with nadeo_api.AsyncClient(settings) as client:
        return [record async for record in client.live.iter_map_leaderboard(token, uid)]


def faults(mutant: str | None = None, crawls: int | None = None, error_rate: float = 0.10,
           drop_rate: float = 0.02) -> list[Result]:
    """Crawls through injected faults: `error_rate` 5xx answers and `drop_rate` dropped
    connections, latency 0, no budget, fast backoff (0.01 s base, 0.1 s cap, 6 attempts).

    The emulator's dice are fixed by its seed, so each run draws `crawls` fresh seeds (named in
    the notes, to replay a run) and the figures are over that sample. Every crawl must yield
    positions 1..10,000, none twice; no request may be sent beyond the pages and the injected
    faults; and the mean page requests per crawl must stay within what the faults explain:
    pages / (1 - 0.12) plus three standard errors of the mean of `crawls` crawls, from the
    larger of the sample's spread and the geometric model's (variance 0.12 / 0.88**2 per page;
    crawls vary more than that, with 8 pages in flight). Under a mutant, 3 crawls show enough.
    """
    if crawls is None:
        crawls = 8 if mutant is None else 3
    seeds = random.Random().sample(range(1, 1_000_000), crawls)
    settings_of = {"backoff_base": 0.01, "backoff_max": 0.1, "max_attempts": 6,
                   "page_concurrency": 8}
    counts: list[int] = []
    extras: list[int] = []
    pages_seen: list[int] = []
    problems: list[str] = []
    for seed in seeds:
        with RemoteEmulator(seed=seed) as emu:
            settings = emu.settings(**settings_of)
            with nadeo_api.Client(settings) as client:
                token = login(client)
            uid = emu.totd_maps()[-1]
            emu.configure(error_rate=error_rate, drop_rate=drop_rate)
            try:
                records = asyncio.run(_crawl(settings, token, uid))
            except Exception as exc:  # reported, not raised: the other seeds still run
                records = []
                problems.append(f"seed {seed}: {type(exc).__name__}")
            path = LEADERBOARD_PATH.format(uid)
            pages = [e for e in emu.arrivals() if e.path == path]
        injected = sum(1 for e in pages if e.status == 0 or e.status >= 500)
        succeeded = len({e.query for e in pages if e.status == 200})
        counts.append(len(pages))
        pages_seen.append(succeeded)
        extras.append(len(pages) - succeeded - injected)
        if records:
            sound, what = check_positions(records)
            if not sound:
                problems.append(f"seed {seed}: {what}")
    fault = error_rate + drop_rate
    pages = max(pages_seen)
    expected = pages / (1 - fault)
    spread_sd = max(math.sqrt(pages * fault / (1 - fault) ** 2), statistics.stdev(counts))
    bound = round(expected + 3 * spread_sd / math.sqrt(crawls), 1)
    mean = statistics.mean(counts)
    spread = (f"per crawl {', '.join(map(str, counts))} (seeds {', '.join(map(str, seeds))});"
              f" mean {mean:.1f}, sd {statistics.stdev(counts):.1f}, range"
              f" {min(counts)}-{max(counts)}; expected {pages}/{1 - fault:.2f} = {expected:.1f}")
    return [
        result("faults: crawls with every record exactly once", len(seeds) - len(problems), "==",
               len(seeds), f"of {len(seeds)}",
               "; ".join(problems) or "positions 1..10,000, none twice"),
        result(f"faults: page requests per {pages}-page crawl (mean of {crawls})", mean, "<=",
               bound, "requests", spread, sound=not problems),
        result("faults: requests beyond pages + injected faults", sum(extras), "==", 0,
               "requests", f"per crawl {', '.join(map(str, extras))}"),
    ]


# ------------------------------------------------------------------ memory


def memory(mutant: str | None = None, modes: tuple[str, ...] = ("sync", "async")) -> list[Result]:
    """Peak RSS growth of a 10,000-record crawl, measured in a fresh child process
    (`crawl_child.py`) so that neither the emulator (a process of its own) nor the measuring
    code's history counts. The child builds its client and token, crawls a few pages of another
    leaderboard first (so that lazy imports and first-use caches are paid), resets its RSS
    high-water mark, crawls, and reports VmHWM - VmRSS(before). 10,000 records held at once
    take about 10 MiB, which the bound is set to catch."""
    results = []
    with RemoteEmulator() as emu:
        with nadeo_api.Client(emu.settings()) as client:
            token = login(client)
        maps = emu.totd_maps()
        env = {k: v for k, v in os.environ.items() if k != mutants.ENV}
        if mutant:
            env[mutants.ENV] = mutant
        for index, mode in enumerate(modes):
            config = {
                "mode": mode,
                "core_url": emu.core_url,
                "live_url": emu.live_url,
                "access": token.access_token.encoded,
                "refresh": token.refresh_token.encoded,
                "map_uid": maps[-1 - index],
                "warmup_uid": maps[-3 - index],
            }
            done = subprocess.run(
                [sys.executable, str(HERE / "crawl_child.py")], input=json.dumps(config),
                capture_output=True, text=True, timeout=120, check=False, env=env,
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
                                  5, "MiB", notes, sound=report["records"] == RECORDS))
    return results


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


def renewals(mutant: str | None = None, tasks: int = 100, threads: int = 16,
             refresh_after: float = 2.0) -> list[Result]:
    """Renewing under contention: with tokens that ask to be refreshed `refresh_after` s after
    they are issued (and expire 1 s later), log in, wait until the token's `rat` has passed,
    then let many callers use it at once: `tasks` asyncio tasks, `threads` threads, and both
    together. Exactly one refresh request may reach the emulator within `refresh_after` s of
    the first (the renewed token is not due before then; a storm slowed down by the machine's
    load may legitimately renew it again later, which the notes report)."""
    modes = {
        f"{tasks} asyncio tasks": (tasks, 0),
        f"{threads} threads": (0, threads),
        f"{tasks} tasks + {threads} threads together": (tasks, threads),
    }
    results = []
    with RemoteEmulator(access_lifetime=refresh_after + 1, refresh_after=refresh_after) as emu:
        settings = emu.settings()
        for mode, (n_tasks, n_threads) in modes.items():
            with nadeo_api.Client(settings) as client:
                token = login(client)
            _await_refresh_time(token)
            emu.clear_log()
            answers = _storm(settings, token, n_tasks, n_threads)
            after = emu.arrivals()
            renewed = [e.time for e in after if e.api == "core" and e.path == REFRESH_ROUTE]
            refreshes = sum(1 for moment in renewed if moment - renewed[0] < refresh_after)
            logins = sum(1 for e in after if e.api == "core" and e.path != REFRESH_ROUTE)
            failed = [a for a in answers if isinstance(a, BaseException)]
            span = after[-1].time - after[0].time if after else 0.0
            notes = (f"{len(answers) - len(failed)} of {n_tasks + n_threads} calls answered in"
                     f" {span:.2f} s; {len(renewed)} refresh requests in all")
            if failed:
                notes += f"; first failure: {failed[0]!r}"
            if logins:
                notes += f"; {logins} other Core requests (logins)"
            results.append(result(f"renewals: refresh requests, {mode}", refreshes, "==", 1,
                                  "", notes, sound=not failed and not logins))
    return results


def limiter_choice(mutant: str | None = None) -> list[Result]:
    """nadeo_api's rate limiter against pyrate-limiter: see `limiter_choice.py`."""
    from limiter_choice import limiter_choice as measure

    return measure()


def model_decoding(mutant: str | None = None) -> list[Result]:
    """The library's typed calls against its untyped ones: see `model_decoding.py`."""
    from model_decoding import model_decoding as measure

    return measure()
