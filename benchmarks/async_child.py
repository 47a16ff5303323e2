"""The child process of the async measurement, run by an interpreter of a clean environment
(`cleanenv.py`): CPU time per async call of nadeo_api or of a bare `httpx.AsyncClient`.

Reads a JSON object on stdin: variant ("nadeo_api" or "httpx"), live_url, url (the full URL
of the call, for httpx), access and refresh (the tokens' encoded strings), warmup, rounds,
calls, mutant (or null). Prints a JSON object: cpu and wall (seconds per call, one value per
round), and sniffio_searches (failed `import sniffio` searches per call, counted after the
timed rounds with an audit hook).
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import httpx  # noqa: E402


async def measure(config: dict[str, Any]) -> dict[str, Any]:
    headers = {"Authorization": "nadeo_v1 t=" + config["access"], "User-Agent": "bench / async",
               "Accept": "application/json"}
    call: Callable[[], Awaitable[Any]]
    if config["variant"] == "nadeo_api":
        import nadeo_api
        from nadeo_api.auth import ServiceToken

        settings = nadeo_api.Settings(live_url=config["live_url"], rate_limit=None,
                                      token_store="off", cache="off")
        client: Any = nadeo_api.AsyncClient(settings)
        token = ServiceToken(config["access"], config["refresh"], agent="bench / async")

        def call() -> Awaitable[Any]:
            return client.live.get_maps_totd(token)

        close = client.aclose
    else:
        bare = httpx.AsyncClient()

        async def call() -> Any:
            response = await bare.get(config["url"], headers=headers)
            response.raise_for_status()
            return response.json()

        close = bare.aclose
    for _ in range(config["warmup"]):
        await call()
    cpu, wall = [], []
    for _ in range(config["rounds"]):
        cpu_start, wall_start = time.process_time(), time.perf_counter()
        for _ in range(config["calls"]):
            await call()
        cpu.append((time.process_time() - cpu_start) / config["calls"])
        wall.append((time.perf_counter() - wall_start) / config["calls"])
    searches = 0

    def count(event: str, args: tuple[Any, ...]) -> None:
        nonlocal searches
        if event == "import" and args[0] == "sniffio":
            searches += 1

    sys.addaudithook(count)
    counted = 20
    for _ in range(counted):
        await call()
    await close()
    return {"cpu": cpu, "wall": wall, "sniffio_searches": searches / counted}


def main() -> None:
    config = json.loads(sys.stdin.read())
    if config.get("mutant"):
        from mutants import applied

        with applied(config["mutant"]):
            report = asyncio.run(measure(config))
    else:
        report = asyncio.run(measure(config))
    print(json.dumps(report))


if __name__ == "__main__":
    main()
