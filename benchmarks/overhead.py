"""What one blocking call costs the caller's process, against what a user would otherwise write.

Over loopback, the emulator answers from a process of its own, so the client process's CPU
time (`time.process_time`) is the library's and httpx's work alone; wall time per call, most of
it the emulator's, is in the notes. With the network removed (`httpx.MockTransport` replaying
the real answer's status, headers and bytes), the library's own cost is the whole difference;
it is CPU time too, which the machine's other load disturbs less than wall time.

Every variant runs `rounds` rounds of `calls` calls, in an order that rotates each round, so
that drifts and the machine's other load hit all alike; a figure is the ratio of the medians.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx
from measures import Result, login, result
from mutants import applied
from server import RemoteEmulator

import nadeo_api

Call = Callable[[], Any]


def _measure(variants: dict[str, tuple[Call, str | None]], rounds: int, calls: int,
             warmup: int, per_round: dict[str, list[float]] | None = None,
             ) -> dict[str, tuple[float, float]]:
    """Median (CPU, wall) seconds per call of each variant; a variant may run under a mutant.
    `per_round`, if given, receives each variant's CPU seconds per call of every round."""
    cpu: dict[str, list[float]] = {name: [] for name in variants}
    wall: dict[str, list[float]] = {name: [] for name in variants}
    names = list(variants)
    for call, mutant in variants.values():
        with applied(mutant):
            for _ in range(warmup):
                call()
    for turn in range(rounds):
        shift = turn % len(names)
        for name in names[shift:] + names[:shift]:
            call, mutant = variants[name]
            with applied(mutant):
                cpu_start, wall_start = time.process_time(), time.perf_counter()
                for _ in range(calls):
                    call()
                cpu[name].append((time.process_time() - cpu_start) / calls)
                wall[name].append((time.perf_counter() - wall_start) / calls)
    if per_round is not None:
        per_round.update(cpu)
    return {name: (statistics.median(cpu[name]), statistics.median(wall[name]))
            for name in names}


# Under a mutant, only the part whose figures it is meant to fail is measured again.
OFFLINE_MUTANTS = ("+50 µs a call", "old hot path")


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


def per_call_overhead(mutant: str | None = None) -> list[Result]:
    """Client CPU per call over loopback: nadeo_api, bare httpx, requests.Session and plain
    requests.get (a new connection each time, as the seed library does); then CPU per call
    with the network removed, where the hot path as it was is measured too."""
    import requests

    online = mutant not in OFFLINE_MUTANTS
    offline = mutant is None or mutant in OFFLINE_MUTANTS
    figures: list[Result] = []
    with RemoteEmulator() as emu, nadeo_api.Client(emu.settings()) as client:
        token = login(client)
        expected = client.live.get_maps_totd(token)
        sent = emu.arrivals()[-1]
        url = f"{emu.live_url}{sent.path}?{sent.query}"
        headers = {"Authorization": token.authorization(), "User-Agent": token.agent,
                   "Accept": "application/json"}
        with httpx.Client() as bare, requests.Session() as session:
            raw = bare.get(url, headers=headers)

            def library() -> Any:
                return client.live.get_maps_totd(token)

            def direct() -> Any:
                response = bare.get(url, headers=headers)
                response.raise_for_status()
                return response.json()

            def pooled() -> Any:
                response = session.get(url, headers=headers)
                response.raise_for_status()
                return response.json()

            def plain() -> Any:
                response = requests.get(url, headers=headers)
                response.raise_for_status()
                return response.json()

            same = all(call() == expected for call in (direct, pooled, plain))
            if online:
                loop = _measure({
                    "nadeo_api": (library, None), "httpx": (direct, None),
                    "requests.Session": (pooled, None), "requests.get": (plain, None),
                }, rounds=12, calls=30, warmup=40)
                figures += _online_figures(loop, same)
    if offline:
        figures += _offline_figures(mutant, raw, url, headers, emu.settings(), token, expected)
    return figures


def _online_figures(loop: dict[str, tuple[float, float]], same: bool) -> list[Result]:
    cpu = {name: value[0] for name, value in loop.items()}
    wall = {name: value[1] for name, value in loop.items()}
    walls = ", ".join(f"{name} {us(value)}" for name, value in wall.items())
    cpus = ", ".join(f"{name} {us(value)}" for name, value in cpu.items())
    notes = f"client CPU per call: {cpus}; wall per call: {walls}; 12 rounds x 30 calls"
    return [
        result("client CPU per call, loopback (nadeo_api / bare httpx.Client)",
               cpu["nadeo_api"] / cpu["httpx"], "<=", 1.10, "x", notes, sound=same),
        result("client CPU per call, loopback (nadeo_api / requests.Session)",
               cpu["nadeo_api"] / cpu["requests.Session"], "<=", 1.0, "x",
               "a keep-alive requests.Session, as a user might write", sound=same),
        result("client CPU per call, loopback (nadeo_api / plain requests.get)",
               cpu["nadeo_api"] / cpu["requests.get"], "<=", 1.0, "x",
               "requests.get opens a new connection for each call (what the seed library"
               f" does); wall {us(wall['requests.get'])} against {us(wall['nadeo_api'])}",
               sound=same),
    ]


def _offline_figures(mutant: str | None, raw: httpx.Response, url: str,
                     headers: dict[str, str], settings: nadeo_api.Settings, token: Any,
                     expected: Any) -> list[Result]:
    def replay(request: httpx.Request) -> httpx.Response:
        return httpx.Response(raw.status_code, headers=raw.headers.multi_items(),
                              content=raw.content)

    transport = httpx.MockTransport(replay)
    parsed = httpx.URL(url)
    with nadeo_api.Client(settings) as offline, httpx.Client(transport=transport) as fake:
        offline._http.close()
        offline._http = httpx.Client(transport=transport)

        def library() -> Any:
            return offline.live.get_maps_totd(token)

        def direct() -> Any:
            response = fake.get(parsed, headers=headers)
            response.raise_for_status()
            return response.json()

        def direct_text() -> Any:
            response = fake.get(url, headers=headers)
            response.raise_for_status()
            return response.json()

        same = library() == expected == direct() == direct_text()
        rounds: dict[str, list[float]] = {}
        mock = _measure({
            "nadeo_api": (library, None), "httpx": (direct, None),
            "httpx, URL as text": (direct_text, None),
            "nadeo_api before": (library, "old hot path" if mutant is None else mutant),
        }, rounds=30, calls=100, warmup=300, per_round=rounds)
    # Each round of the library against the round of httpx in the same turn: neighbours in
    # time share the machine's load.
    paired = statistics.median(
        ours / theirs for ours, theirs in zip(rounds["nadeo_api"], rounds["httpx"], strict=True)
    )
    after, bare, text, old = (
        mock[name][0] for name in ("nadeo_api", "httpx", "httpx, URL as text", "nadeo_api before")
    )
    before = (
        f" before (Signature.bind, URL parsed every call): {us(old)}, {old / bare:.3f} x"
        if mutant is None else f" under the mutant again: {us(old)}"
    )
    return [result(
        "per call, network removed (nadeo_api / bare httpx.Client, MockTransport)",
        paired, "<=", 1.15, "x",
        f"median of per-turn ratios; CPU per call: nadeo_api {us(after)}, httpx {us(bare)} with"
        f" its URL parsed once, {us(text)} with the URL as text;{before}; 30 rounds x 100"
        " calls", sound=same,
    )]
