"""Requests per job: jobs users run, scripted on the emulator, each counted on the emulator's
request log against the least number of requests the API allows for it, and against the same
job written naively on the raw functions.

    .venv/bin/python benchmarks/jobs.py     # or: make bench-jobs

Run alone, it prints the table and replaces the "Requests per job" section of RESULTS.md (the
rest of the file is left as it is); `run.py` runs it with the other measurements.

Each job is a `Job`: its name, the least number of requests it can take (computed from the
service's documented limits), and two scripts that do it, one with the library as a user would
call it, one naively on the raw functions. Token requests are not counted: only the job's own
requests (the `paths` of the job). The target is the library within 1.05 times the least.
"""

from __future__ import annotations

import asyncio
import datetime
import math
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from measures import Result, result

from nadeo_api import AsyncClient, Client, auth
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import OAUTH_CLIENT, SERVICE_ACCOUNT, Emulator
from nadeo_api.endpoints.live.leaderboards import LEADERBOARD_PAGE
from nadeo_api.endpoints.oauth.accounts import MAX_NAMES
from nadeo_api.watch import Watch

HERE = Path(__file__).resolve().parent
RESULTS_FILE = HERE / "RESULTS.md"
AGENT = "bench / nadeo_api"
TODAY = datetime.date(2026, 6, 15)
"""The emulator's day: the same world (campaigns, players) on every run."""
TARGET = 1.05
SECTION = "## Requests per job"

ACCOUNTS = 10_000
TOP = 1_000


@dataclass
class World:
    """What the scripts work with: the emulator, clients on it, and tokens."""

    emu: Emulator
    client: Client
    clock: FakeClock
    oauth_token: auth.OAuthToken
    live_token: auth.ServiceToken


@dataclass(frozen=True)
class Job:
    """One job: `least` requests at best; `library` and `naive` do it and return what they got
    (both must get the same); `paths` are the routes its requests go to."""

    name: str
    least: Callable[[World], int]
    how_least: str
    library: Callable[[World], Any]
    naive: Callable[[World], Any]
    paths: Callable[[World], set[str]]
    naive_is: str


def _accounts(world: World) -> list[str]:
    return [world.emu.world.player_account_id(i) for i in range(ACCOUNTS)]


def names_library(world: World) -> Any:
    return world.client.oauth.get_display_names(world.oauth_token, _accounts(world))


def names_naive(world: World) -> Any:
    names: dict[str, str] = {}
    for account in _accounts(world):
        names.update(world.client.oauth.get_display_names(world.oauth_token, [account]))
    return names


def _campaign(world: World) -> tuple[str, ...]:
    return world.emu.world.seasonal_campaigns()[-1].map_uids


def tops_library(world: World) -> Any:
    """Every map's top 1,000 with the async iterators, the maps crawled side by side."""
    settings = world.client.settings

    async def crawl() -> list[list[int]]:
        async with AsyncClient(settings) as client:

            async def top(uid: str) -> list[int]:
                records = client.live.iter_map_leaderboard(world.live_token, uid, limit=TOP)
                return [record["position"] async for record in records]

            return list(await asyncio.gather(*(top(uid) for uid in _campaign(world))))

    return asyncio.run(crawl())


def tops_naive(world: World) -> Any:
    """Pages of 100 (the most a request takes), offset by offset, map after map."""
    tops = []
    for uid in _campaign(world):
        positions: list[int] = []
        for offset in range(0, TOP, LEADERBOARD_PAGE):
            page = world.client.live.get_map_leaderboard(
                world.live_token, uid, length=LEADERBOARD_PAGE, offset=offset
            )
            positions += [record["position"] for record in page["tops"][0]["top"]]
        tops.append(positions)
    return tops


WEEK = 7 * 86_400
DAY = 86_400
START = datetime.datetime.combine(TODAY, datetime.time(12), datetime.timezone.utc)
"""Timed jobs start at noon of the emulator's day, five hours before its Track of the Day."""
NAIVE_POLL = 600
"""How often the naive Track of the Day bot asks (seconds)."""
WATCHED_MAPS = 100
RECORDS_EVERY = 600
"""How often the record watcher reads its maps' tops (seconds), library and naive alike."""


def _newest_totd(answer: dict[str, Any], now: float) -> str | None:
    """The map of the newest Track of the Day that has started in a `get_maps_totd` answer."""
    started = [
        day for month in answer.get("monthList", [])[:1] for day in month.get("days", [])
        if day.get("mapUid") and day.get("startTimestamp", now + 1) <= now
    ]
    return str(started[-1]["mapUid"]) if started else None


def totd_library(world: World) -> Any:
    """The feed of `nadeo_api.watch`, following the Track of the Day alone, for a week."""
    watch = Watch(world.live_token, campaigns=(), cups=False, client=world.client)
    until = START.timestamp() + WEEK
    return [event.map_uid for event in watch.events(until=until)]


def totd_naive(world: World) -> Any:
    """Ask for this month's Tracks of the Day every ten minutes, and say when the newest one
    changes (nothing kept between asks, as on a client without a cache)."""
    clock, client = world.clock, world.client.with_options(cache=False)
    seen = _newest_totd(client.live.get_maps_totd(world.live_token, length=1), clock.time())
    found = []
    while clock.time() + NAIVE_POLL <= START.timestamp() + WEEK:
        clock.sleep(NAIVE_POLL)
        newest = _newest_totd(
            client.live.get_maps_totd(world.live_token, length=1), clock.time()
        )
        if newest is not None and newest != seen:
            found.append(newest)
            seen = newest
    return found


def _watched(world: World) -> list[str]:
    """The world's first maps (new ones are added as its clock moves: these stay the same)."""
    return world.emu.world.map_uids()[:WATCHED_MAPS]


def records_library(world: World) -> Any:
    """The feed of `nadeo_api.watch` on 100 maps' world records, for a day."""
    watch = Watch(
        world.live_token, totd=False, campaigns=(), cups=False, maps=_watched(world), depth=1,
        records_every=RECORDS_EVERY, client=world.client,
    )
    until = START.timestamp() + DAY
    return [(event.map_uid, event.score) for event in watch.events(until=until)]


def records_naive(world: World) -> Any:
    """Read each map's first record every ten minutes, and say when one changes."""
    clock, client = world.clock, world.client.with_options(cache=False)
    best: dict[str, int] = {}
    found = []
    while True:
        for uid in _watched(world):
            top = client.live.get_map_leaderboard(world.live_token, uid, length=1)["tops"][0]
            score = top["top"][0]["score"] if top["top"] else None
            if uid in best and score is not None and score < best[uid]:
                found.append((uid, score))
            if score is not None:
                best[uid] = score
        if clock.time() + RECORDS_EVERY > START.timestamp() + DAY:
            return found
        clock.sleep(RECORDS_EVERY)


JOBS: list[Job] = [
    Job(
        name=f"names of {ACCOUNTS:,} accounts",
        least=lambda world: math.ceil(ACCOUNTS / MAX_NAMES),
        how_least=f"ceil({ACCOUNTS:,} / {MAX_NAMES})",
        library=names_library,
        naive=names_naive,
        paths=lambda world: {"/api/display-names"},
        naive_is="one `get_display_names` call per account",
    ),
    Job(
        name=f"a campaign's 25 top-{TOP:,}s",
        least=lambda world: len(_campaign(world)) * math.ceil(TOP / LEADERBOARD_PAGE),
        how_least=f"25 maps x ceil({TOP:,} / {LEADERBOARD_PAGE})",
        library=tops_library,
        naive=tops_naive,
        paths=lambda world: {
            f"/api/token/leaderboard/group/Personal_Best/map/{uid}/top"
            for uid in _campaign(world)
        },
        naive_is=f"`get_map_leaderboard` pages of {LEADERBOARD_PAGE}, one after the other",
    ),
    Job(
        name="a Track of the Day bot over a simulated week",
        least=lambda world: 1 + 7,
        how_least="1 to start + 1 per new Track of the Day",
        library=totd_library,
        naive=totd_naive,
        paths=lambda world: {"/api/token/campaign/month"},
        naive_is=f"`get_maps_totd` every {NAIVE_POLL // 60} minutes, nothing kept",
    ),
    Job(
        name=f"a world-record watcher on {WATCHED_MAPS} maps over a simulated day",
        least=lambda world: WATCHED_MAPS * (1 + DAY // RECORDS_EVERY),
        how_least=(
            f"{WATCHED_MAPS} maps x a reading every {RECORDS_EVERY // 60} minutes"
            f" ({1 + DAY // RECORDS_EVERY}), the first record a request"
        ),
        library=records_library,
        naive=records_naive,
        paths=lambda world: {
            f"/api/token/leaderboard/group/Personal_Best/map/{uid}/top"
            for uid in _watched(world)
        },
        naive_is=f"`get_map_leaderboard(length=1)` on each map every {RECORDS_EVERY // 60} minutes",
    ),
]


@dataclass(frozen=True)
class Row:
    """One job's counts."""

    job: Job
    least: int
    library: int
    naive: int | None
    same_answer: bool

    @property
    def ratio(self) -> float:
        return self.library / self.least

    @property
    def naive_text(self) -> str:
        if self.naive is None:
            return "not run"
        return f"{self.naive} ({self.job.naive_is}), {self.naive / self.least:.2f} x the least"


LAST_ROWS: list[Row] = []
"""The rows of the last run, for `run.py` to write their table."""


def _count(world: World, job: Job, script: Callable[[World], Any]) -> tuple[int, Any]:
    world.emu.log.clear()
    answer = script(world)
    paths = job.paths(world)
    return sum(1 for entry in world.emu.log.entries if entry.path in paths), answer


@contextmanager
def fresh_world() -> Iterator[World]:
    """An emulator whose log keeps every request, and a client, sharing a fake clock that
    stands at `START` (scripts that wait move it: a simulated week takes no time)."""
    clock = FakeClock(START)
    emu = Emulator(clock=clock, log_size=None)
    with emu, Client(emu.settings(token_store="off")) as client:
        yield World(
            emu, client, clock,
            auth.OAuthToken.get(
                OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret, AGENT, client=client
            ),
            auth.ServiceToken.get(
                "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
            ),
        )


def _run(job: Job, script: Callable[[World], Any]) -> tuple[int, int, Any]:
    """(requests, least, answer) of `script` doing `job` in a world of its own."""
    with fresh_world() as world:
        count, answer = _count(world, job, script)
        return count, job.least(world), answer


def run_jobs(naive: bool = True) -> list[Row]:
    """Run every job with the library, and (if `naive`) naively, each in a fresh world."""
    rows = []
    for job in JOBS:
        library, least, got = _run(job, job.library)
        naive_count, _, wanted = _run(job, job.naive) if naive else (None, least, got)
        rows.append(Row(job, least, library, naive_count, got == wanted))
    return rows


def requests_per_job(mutant: str | None = None) -> list[Result]:
    """Each job's requests through the library against the least the API allows (a figure
    each, bound `TARGET`); the naive count is in the notes (not run under a mutant, which
    changes only the library)."""
    rows = run_jobs(naive=mutant is None)
    LAST_ROWS[:] = rows
    return [
        result(
            f"requests per job: {row.job.name} (library / least)", row.ratio, "<=", TARGET, "x",
            f"library {row.library}, least {row.least} ({row.job.how_least}); naive"
            f" {row.naive_text}"
            + ("" if row.naive is None else
               "; the same answer" if row.same_answer else "; ANSWERS DIFFER"),
            sound=row.same_answer,
        )
        for row in rows
    ]


def table(rows: list[Row]) -> list[str]:
    """The "Requests per job" section of RESULTS.md."""
    return [
        SECTION,
        "",
        "Jobs scripted on the emulator (its world from "
        f"{START:%Y-%m-%d %H:%M} UTC, on a fake clock the waiting scripts move), requests"
        " counted on its log (token requests left out), run alone"
        " by `make bench-jobs` (`benchmarks/jobs.py`). Target: the library within"
        f" {TARGET} times the least the API allows.",
        "",
        "| Job | Library | Least | Library / least | Naive on the raw functions | Result |",
        "|---|---|---|---|---|---|",
        *(
            f"| {row.job.name} | {row.library} | {row.least} ({row.job.how_least})"
            f" | {row.ratio:.3f} x | {row.naive_text}"
            f" | {'PASS' if row.ratio <= TARGET and row.same_answer else '**FAIL**'} |"
            for row in rows
        ),
        "",
    ]


def replace_section(text: str, lines: list[str]) -> str:
    """`text` (a RESULTS.md) with its "Requests per job" section replaced by `lines`; without
    one yet, the section goes before the closing paragraph on what each figure measures."""
    old = text.splitlines()
    closing = next(
        (i for i, line in enumerate(old) if line.startswith("What each figure measures")),
        len(old),
    )
    if SECTION in old:
        start = old.index(SECTION)
        end = next(
            (i for i in range(start + 1, len(old)) if old[i].startswith("## ")), closing
        )
    else:
        start = end = closing
    return "\n".join([*old[:start], *lines, *old[end:]]) + "\n"


def main() -> int:
    figures = requests_per_job()
    for figure in figures:
        print(f"{'PASS' if figure.ok else 'FAIL'}  {figure.name}: {figure.value_text}"
              f"  (bound {figure.bound_text})\n      {figure.notes}")
    text = RESULTS_FILE.read_text() if RESULTS_FILE.exists() else ""
    RESULTS_FILE.write_text(replace_section(text, table(LAST_ROWS)))
    print(f"written to {RESULTS_FILE.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
