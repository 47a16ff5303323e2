"""The child process of the memory measurement: one 10,000-record crawl, and its peak RSS.

Reads a JSON object on stdin (mode "sync" or "async", core_url, live_url, the access and
refresh tokens' encoded strings, map_uid, warmup_uid); prints a JSON object: records,
before_kib, peak_kib and how the peak was taken. The emulator runs in a process of its own, so
only the crawl's memory counts. A mutant named in `BENCH_MUTANT` is applied to the crawls.
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mutants  # noqa: E402

import nadeo_api  # noqa: E402
from nadeo_api.auth import ServiceToken  # noqa: E402

STATUS = Path("/proc/self/status")


def kib(field: str) -> int:
    """A `/proc/self/status` figure (VmRSS, VmHWM) in KiB."""
    for line in STATUS.read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"no {field} in {STATUS}")


def reset_high_water_mark() -> bool:
    """Reset VmHWM to the current RSS (Linux: `echo 5 > /proc/self/clear_refs`)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return kib("VmHWM") <= kib("VmRSS") + 64


class Sampler(threading.Thread):
    """Samples VmRSS every millisecond: the fallback where VmHWM cannot be reset."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = kib("VmRSS")
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.001):
            self.peak = max(self.peak, kib("VmRSS"))


def crawl(config: dict[str, str], settings: nadeo_api.Settings, token: ServiceToken,
          uid: str, limit: int | None = None) -> int:
    """Count the records of a crawl (up to `limit`), keeping none of them."""
    if config["mode"] == "sync":
        with nadeo_api.Client(settings) as client:
            return sum(1 for _ in client.live.iter_map_leaderboard(token, uid, limit=limit))

    async def run() -> int:
        async with nadeo_api.AsyncClient(settings) as client:
            listing = client.live.iter_map_leaderboard(token, uid, limit=limit)
            return sum([1 async for _ in listing])

    return asyncio.run(run())


def main() -> None:
    config = json.loads(sys.stdin.read())
    settings = nadeo_api.Settings(
        core_url=config["core_url"], live_url=config["live_url"], rate_limit=None,
        token_store="off", page_concurrency=8, cache="off",
    )
    token = ServiceToken(config["access"], config["refresh"], agent="bench / nadeo_api")
    with mutants.applied(mutants.from_environment()):
        crawl(config, settings, token, config["warmup_uid"], limit=1_000)
        sampler = Sampler()
        sampler.start()
        reset = reset_high_water_mark()
        before = kib("VmRSS")
        records = crawl(config, settings, token, config["map_uid"])
    sampler.stop.set()
    sampler.join()
    peak = max(sampler.peak, kib("VmHWM")) if reset else sampler.peak
    how = "VmHWM after a reset, and 1 ms VmRSS samples" if reset else "1 ms VmRSS samples"
    print(json.dumps({"records": records, "before_kib": before, "peak_kib": peak, "how": how}))


if __name__ == "__main__":
    main()
