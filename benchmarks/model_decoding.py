"""What typed models cost a caller: the library's `.typed(...)` call against the same call
returning plain JSON, end to end, on two real answers of the emulator (a 100-record leaderboard
page and a 100-map `get-multiple` answer).

The network is removed (`httpx.MockTransport` replays each recorded answer), so that decoding
is a large part of what is measured. Rounds of each call alternate; the figure is the ratio of
the medians of CPU time per call. A typed call may cost no more than the untyped one; on the
72 KB answer, where decoding is most of the call, clearly less (at most 0.8). The bare
decoders' times (`msgspec.json.decode` into the model, `json.loads`) are in the notes.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from typing import Any

import httpx
import msgspec
from measures import Result, login, result
from server import RemoteEmulator

from nadeo_api import Client, _declared

ROUNDS = 15
CALLS = 150


def _per_call(call: Callable[[], object], calls: int = CALLS) -> float:
    """CPU seconds per call (the machine's other load disturbs CPU time less than wall time)."""
    started = time.process_time()
    for _ in range(calls):
        call()
    return (time.process_time() - started) / calls


def _replaying(answer: httpx.Response) -> httpx.MockTransport:
    def replay(request: httpx.Request) -> httpx.Response:
        return httpx.Response(answer.status_code, headers=answer.headers.multi_items(),
                              content=answer.content)

    return httpx.MockTransport(replay)


def model_decoding() -> list[Result]:
    """Typed against untyped calls (see the module docstring)."""
    with RemoteEmulator() as emu, Client(emu.settings()) as client:
        token = login(client)
        maps = emu.totd_maps()[-100:]
        cases: list[tuple[str, str, tuple[Any, ...], dict[str, Any], float]] = [
            ("a 100-record leaderboard page", "get_map_leaderboard", (token, maps[0]),
             {"length": 100, "offset": 0}, 1.0),
            ("a 100-map get-multiple answer", "get_maps_info", (token, maps), {}, 0.8),
        ]
        answers = []
        for _, name, args, kwargs, _ in cases:
            getattr(client.live, name)(*args, **kwargs)
            sent = emu.arrivals()[-1]
            headers = {"Authorization": token.authorization(), "User-Agent": token.agent}
            answers.append(httpx.get(f"{emu.live_url}{sent.path}?{sent.query}", headers=headers))
    return [_compare(emu.settings(), what, name, args, kwargs, bound, answer)
            for (what, name, args, kwargs, bound), answer in zip(cases, answers, strict=True)]


def _compare(settings: Any, what: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any],
             bound: float, answer: httpx.Response) -> Result:
    """One case: `.typed` against the untyped call, the recorded `answer` replayed."""
    model = _declared.DECLARATIONS["live"][name].model_type()
    with Client(settings) as offline:
        offline._http.close()
        offline._http = httpx.Client(transport=_replaying(answer))
        function = getattr(offline.live, name)

        def untyped() -> Any:
            return function(*args, **kwargs)

        def typed() -> Any:
            return function.typed(*args, **kwargs)

        sound = untyped() == json.loads(answer.content) and isinstance(typed(), model)
        times: dict[str, list[float]] = {"untyped": [], "typed": []}
        for _ in range(20):
            untyped(), typed()
        for turn in range(ROUNDS):
            for kind in ("untyped", "typed") if turn % 2 == 0 else ("typed", "untyped"):
                times[kind].append(_per_call(untyped if kind == "untyped" else typed))
    body = answer.content
    plain = min(_per_call(lambda: json.loads(body)) for _ in range(5))
    direct = min(_per_call(lambda: msgspec.json.decode(body, type=model)) for _ in range(5))
    typed_time, untyped_time = (statistics.median(times[k]) for k in ("typed", "untyped"))
    return result(
        f"typed call, {what} (.typed / untyped call, network removed)",
        typed_time / untyped_time, "<=", bound, "x",
        f"{len(body)} bytes: untyped call {untyped_time * 1e6:.0f} µs, .typed"
        f" {typed_time * 1e6:.0f} µs; bare decoders: json.loads {plain * 1e6:.1f} µs,"
        f" msgspec into {model.__name__} {direct * 1e6:.1f} µs",
        sound=sound,
    )
