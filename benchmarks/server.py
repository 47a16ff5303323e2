"""The emulator in a process of its own, so that its work never shares the measured process's
CPU time or GIL.

`RemoteEmulator(**options)` starts `python server.py` (options as for `Emulator`), which serves
and answers one JSON command per line on stdin: set traffic options, clear or read the request
log, list the Track of the Day maps. Arrival times in the log are `time.monotonic()` of the
server, a clock every process of the machine shares.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import nadeo_api

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Arrival:
    """One request as the emulator logged it."""

    time: float
    api: str
    path: str
    query: str
    status: int


class RemoteEmulator:
    """A client of `server.py`, with the URLs and the few controls the measurements use."""

    def __init__(self, **options: Any) -> None:
        self._process = subprocess.Popen(
            [sys.executable, str(HERE / "server.py"), json.dumps(options)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1,
        )
        self.url: str = self._answer()["url"]
        self.core_url, self.live_url = self.url + "/core", self.url + "/live"
        self.meet_url, self.oauth_url = self.url + "/meet", self.url + "/oauth"

    def _answer(self) -> Any:
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError("the emulator process ended")
        return json.loads(line)

    def command(self, op: str, **args: Any) -> Any:
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps({"op": op, **args}) + "\n")
        return self._answer()

    def configure(self, **traffic: Any) -> None:
        """Set traffic options (latency, error_rate, drop_rate, ...) for the next requests."""
        self.command("configure", options=traffic)

    def clear_log(self) -> None:
        self.command("clear")

    def arrivals(self) -> list[Arrival]:
        """Every request received since the last `clear_log()`."""
        return [Arrival(*entry) for entry in self.command("log")]

    def totd_maps(self) -> list[str]:
        """Map UIDs of every Track of the Day, oldest first."""
        maps: list[str] = self.command("totd_maps")
        return maps

    def settings(self, **overrides: Any) -> nadeo_api.Settings:
        """Client settings that reach this emulator (rate limit, token store and cache off: the
        figures measure what a request costs, and a kept answer sends none)."""
        values: dict[str, Any] = {
            "core_url": self.core_url, "live_url": self.live_url, "meet_url": self.meet_url,
            "oauth_url": self.oauth_url, "rate_limit": None, "token_store": "off",
            "cache": "off",
        }
        return nadeo_api.Settings(**{**values, **overrides})

    def close(self) -> None:
        if self._process.poll() is None:
            assert self._process.stdin is not None
            self._process.stdin.close()
            try:
                self._process.wait(15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()

    def __enter__(self) -> RemoteEmulator:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def serve(options: dict[str, Any]) -> None:
    from nadeo_api.emulator import Emulator

    with Emulator(**options) as emu:
        print(json.dumps({"url": emu.url}), flush=True)
        for line in sys.stdin:
            command = json.loads(line)
            op = command["op"]
            answer: Any = None
            if op == "configure":
                for name, value in command["options"].items():
                    setattr(emu.config, name, value)
            elif op == "clear":
                emu.log.clear()
            elif op == "log":
                answer = [[e.time, e.api, e.path, e.query, e.status] for e in emu.log.entries]
            elif op == "totd_maps":
                answer = emu.world.totd_maps()
            print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    serve(json.loads(sys.argv[1]))
