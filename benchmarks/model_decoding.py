"""What typed models cost: decoding an answer into models against `json.loads` of the same
bytes, on two real answers of the emulator: a 100-record leaderboard page and a 100-map
`get-multiple` answer.

The typed twins decode straight from the response bytes with msgspec (`Endpoint.model_type()`),
so the figure is `msgspec.json.decode(body, type=Model)` time over `json.loads(body)` time,
best of several rounds each, interleaved.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import msgspec
from measures import AGENT, Result, result

from nadeo_api import Client, _live_all, auth
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import emulator_settings

ROUNDS = 15
CALLS = 2_000


def _raw_answer(emu: Emulator, token: auth.ServiceToken, path: str, **params: Any) -> bytes:
    headers = {"Authorization": token.authorization(), "User-Agent": AGENT}
    return httpx.get(emu.live_url + path, params=params, headers=headers).content


def _best(decode: Callable[[], object]) -> float:
    started = time.perf_counter()
    for _ in range(CALLS):
        decode()
    return (time.perf_counter() - started) / CALLS


def _ratio(body: bytes, model: Any) -> tuple[float, float, float]:
    plain, typed = [], []
    for _ in range(ROUNDS):
        plain.append(_best(lambda: json.loads(body)))
        typed.append(_best(lambda: msgspec.json.decode(body, type=model)))
    return min(typed) / min(plain), min(plain) * 1e6, min(typed) * 1e6


def model_decoding() -> list[Result]:
    """Typed decoding against json.loads (see the module docstring)."""
    figures = []
    with Emulator() as emu, Client(emulator_settings(emu)) as client:
        token = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
        )
        maps = emu.world.totd_maps()[-100:]
        board = f"/api/token/leaderboard/group/Personal_Best/map/{maps[0]}/top"
        cases = [
            ("a 100-record leaderboard page", "get_map_leaderboard",
             _raw_answer(emu, token, board, onlyWorld="true", length=100, offset=0)),
            ("a 100-map get-multiple answer", "get_maps_info",
             _raw_answer(emu, token, "/api/token/map/get-multiple", mapUidList=",".join(maps))),
        ]
    for what, name, body in cases:
        model = _live_all.DECLARATIONS[name].model_type()
        ratio, plain, typed = _ratio(body, model)
        figures.append(result(
            f"model decoding, {what} (models / json.loads)", ratio, "<=", 1.5, "x",
            f"{len(body)} bytes: json.loads {plain:.1f} µs, {model.__name__} {typed:.1f} µs",
        ))
    return figures
