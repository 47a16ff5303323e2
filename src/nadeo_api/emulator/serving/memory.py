"""Requests handed to a running emulator's app in the same process, without sockets.

Each request runs on the emulator's own event loop, as one served over loopback does: the same
app, log, faults, latency and clock. What it skips is the network's part (a connection, HTTP
bytes written and parsed twice), most of the time a request costs a test that runs its client
and its emulator in one process. A connection the emulator drops on purpose raises what httpx
raises when a server does, and the client's read timeout still applies.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Callable, MutableMapping
from typing import Any

import httpx

from .app import EmulatorApp
from .faults import DroppedConnection

_Answer = tuple[int, list[tuple[bytes, bytes]], bytes]
_LATE = "the emulator did not answer in time"


class MemoryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport (for `Client` and `AsyncClient` alike) to an emulator's app."""

    def __init__(self, app: EmulatorApp, loop: Callable[[], asyncio.AbstractEventLoop]) -> None:
        self._app = app
        self._loop = loop

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        future = self._submit(request, request.read())
        try:
            answer = future.result(_read_timeout(request))
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise httpx.ReadTimeout(_LATE, request=request) from None
        return _response(request, answer)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        future = self._submit(request, await request.aread())
        try:
            answer = await asyncio.wait_for(asyncio.wrap_future(future), _read_timeout(request))
        except asyncio.TimeoutError:
            raise httpx.ReadTimeout(_LATE, request=request) from None
        return _response(request, answer)

    def _submit(self, request: httpx.Request, body: bytes) -> concurrent.futures.Future[_Answer]:
        try:
            loop = self._loop()
        except RuntimeError as exc:  # the emulator is not running
            raise httpx.ConnectError(str(exc), request=request) from exc
        return asyncio.run_coroutine_threadsafe(self._exchange(request, body), loop)

    async def _exchange(self, request: httpx.Request, body: bytes) -> _Answer:
        url = request.url
        scope: dict[str, Any] = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": request.method,
            "scheme": url.scheme,
            "path": url.path,
            "raw_path": url.raw_path.split(b"?", 1)[0],
            "query_string": url.query,
            "root_path": "",
            "headers": [(name.lower(), value) for name, value in request.headers.raw],
            "client": ("127.0.0.1", 0),
            "server": (url.host, url.port),
        }
        received = False

        async def receive() -> dict[str, Any]:
            nonlocal received
            if received:
                return {"type": "http.disconnect"}
            received = True
            return {"type": "http.request", "body": body, "more_body": False}

        status, headers, chunks = 0, [], []

        async def send(message: MutableMapping[str, Any]) -> None:
            nonlocal status, headers
            if message["type"] == "http.response.start":
                status, headers = message["status"], list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                chunks.append(bytes(message.get("body", b"")))

        try:
            await self._app(scope, receive, send)
        except DroppedConnection:
            status = 0
        return status, headers, b"".join(chunks)


def _read_timeout(request: httpx.Request) -> float | None:
    timeout: dict[str, float | None] = request.extensions.get("timeout", {})
    return timeout.get("read")


def _response(request: httpx.Request, answer: _Answer) -> httpx.Response:
    status, headers, body = answer
    if status == 0:  # dropped, as a server closing the connection mid-answer
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body", request=request
        )
    return httpx.Response(status, headers=headers, content=body, request=request)
