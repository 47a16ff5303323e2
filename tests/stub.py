"""A scripted HTTP server on loopback, for answers the emulator has no reason to give (any
status, a body that is not JSON, a connection closed on purpose) and for retry sequences."""

from __future__ import annotations

import base64
import json
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from nadeo_api.clock import SYSTEM, Clock

DROP = "drop"
"""A scripted answer that closes the connection without answering."""


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b"{}"
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    barrier: threading.Barrier | None = None
    """If set, the answer waits until that many requests wait with it (500 if they never do)."""
    trickle: float = 0.0
    """If set, the body is sent one byte at a time, this many seconds of `clock` apart."""
    clock: Clock = SYSTEM
    """The clock the trickle's pauses are slept on (a `FakeClock` moves on instead of
    waiting)."""
    stall: threading.Event | None = None
    """If set, the body's first byte is sent, and the rest once the test sets it (or after
    30 s): a read that must time out."""
    gate: threading.Event | None = None
    """If set, the answer waits until the test sets it (500 if it never does)."""


@dataclass(frozen=True)
class Seen:
    time: float
    method: str
    path: str
    body: bytes = b""


class _Server(ThreadingHTTPServer):
    # Tests send 32 requests at once: the default listen queue of 5 would turn some of them
    # away on a busy machine.
    request_queue_size = 128


class StubServer:
    """Answers each path from its script, in order; the last answer repeats."""

    def __init__(self) -> None:
        self.scripts: dict[str, list[Answer | str]] = {}
        self.seen: list[Seen] = []
        self._served: dict[str, int] = defaultdict(int)
        self._lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                path = self.path.split("?")[0]
                answer = stub._next(self.command, path, body)
                if answer == DROP:
                    self.close_connection = True
                    return
                assert isinstance(answer, Answer)
                if answer.barrier is not None:
                    try:
                        answer.barrier.wait(timeout=5)
                    except threading.BrokenBarrierError:
                        answer = Answer(500, b'{"error": "the requests did not overlap"}')
                if answer.gate is not None and not answer.gate.wait(timeout=30):
                    answer = Answer(500, b'{"error": "the gate was never opened"}')
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.body)))
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                if self.command == "HEAD":
                    return
                if answer.stall is not None:
                    self.wfile.write(answer.body[:1])
                    self.wfile.flush()
                    answer.stall.wait(timeout=30)
                    self.wfile.write(answer.body[1:])
                    return
                if not answer.trickle:
                    self.wfile.write(answer.body)
                    return
                for index in range(len(answer.body)):
                    self.wfile.write(answer.body[index : index + 1])
                    self.wfile.flush()
                    answer.clock.sleep(answer.trickle)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _answer

            def log_message(self, *args: object) -> None:
                pass

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        # Looking for the shutdown every 10 ms, not socketserver's 0.5 s: a module's stub
        # stops at once.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    def _next(self, method: str, path: str, body: bytes = b"") -> Answer | str:
        with self._lock:
            self.seen.append(Seen(time.monotonic(), method, path, body))
            script = self.scripts.get(path) or [Answer(404, b'{"error": "NotFound"}')]
            index = min(self._served[path], len(script) - 1)
            self._served[path] += 1
            return script[index]

    def script(self, path: str, *answers: Answer | str) -> None:
        with self._lock:
            self.scripts[path] = list(answers)
            self._served[path] = 0

    def requests(self, path: str) -> list[Seen]:
        with self._lock:
            return [seen for seen in self.seen if seen.path == path]

    def __enter__(self) -> StubServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def forged_jwt(payload: dict[str, object]) -> str:
    """A JWT-shaped string with this payload (unsigned: only a stub accepts it)."""

    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")

    return f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(payload)}.c2lnbmF0dXJl"


def forged_pair(clock: Clock = SYSTEM) -> tuple[str, str]:
    """An access and refresh token pair for a user, valid for an hour of `clock`."""
    now = int(clock.time())
    access = forged_jwt({"aud": "NadeoLiveServices", "usg": "Client", "iat": now,
                         "rat": now + 1800, "exp": now + 3600})
    refresh = forged_jwt({"aud": "NadeoServices", "usg": "Client", "rtk": True, "iat": now,
                          "exp": now + 86400, "refresh_aud": "NadeoLiveServices"})
    return access, refresh
