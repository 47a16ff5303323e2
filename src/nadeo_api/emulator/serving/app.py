"""The emulator's ASGI application: each API's router, authentication, logging, rate limiting
and the injection of faults."""

from __future__ import annotations

import functools
import logging
import math
import random
import threading
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qs

from ...clock import SYSTEM, Clock
from .. import core, live, meet, oauth
from ..core._requests import unauthorized
from ..core.auth import BASIC_LOGIN, REFRESH
from ..oauth.auth import OAUTH_TOKEN
from ..world import World
from .config import EmulatorConfig
from .faults import DROP_DECLARED_LENGTH, ERROR_CYCLE, DroppedConnection, fault_response
from .http import (
    BadRequest,
    Request,
    Response,
    bearer_token,
    error_response,
    json_response,
    nadeo_token,
    service_error,
)
from .log import LoggedRequest, RequestLog, redact_body, redact_headers
from .ratelimit import RateLimiter
from .routing import AppState, Route, Router, RouteTable, build_routes, server_refusal, users_only
from .tokens import NADEO_LIVE_SERVICES, NADEO_SERVICES, TokenError, TokenService

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

API_PREFIXES = ("core", "live", "meet", "oauth")
HEALTH_PATH = "/health"
"""`GET /health` answers `{"status": "ok", "today": ..., "seed": ...}`."""
AUTH_PATHS = frozenset({("core", BASIC_LOGIN), ("core", REFRESH), ("oauth", OAUTH_TOKEN)})
"""(api, path) of the token routes, exempt from faults unless ``faults_on_auth``."""
_logger = logging.getLogger("nadeo_api.emulator")


def core_refusal(req: Request) -> Response:
    """Core's refusal of a dedicated server account: its 401 in Core's error shape."""
    return unauthorized()


def declared_table(
    api: str, handlers: RouteTable, refusal: Callable[[Request], Response] = server_refusal
) -> RouteTable:
    """`handlers` of `api`, checked against the client's endpoint declarations: every declared
    endpoint has its handler (a few extra routes, such as the alternative submitted-map path
    that the documentation's example uses, are served too)."""
    from ..._declared import declarations_of

    missing = sorted(
        f"{declared.name} ({declared.method} {declared.route})"
        for declared in declarations_of(api)
        if declared.route is not None and (declared.method, declared.route) not in handlers
    )
    if missing:
        raise RuntimeError(f"declared {api} endpoints without an emulator handler: {missing}")
    # What the client refuses locally, the emulator refuses too: a client that forgot to check
    # meets the services' answer.
    # (A handler also serving an undeclared alias of its route refuses there too.)
    refused = {
        handlers[(d.method, d.route)] for d in declarations_of(api) if d.user_only and d.route
    }
    return {key: users_only(h, refusal) if h in refused else h for key, h in handlers.items()}


@functools.cache
def routers() -> dict[str, Router]:
    """Each API's router. Handlers keep their state in the instance's `AppState`, so every
    instance of a process shares these, built once."""
    return {
        "core": Router(build_routes(declared_table("core", core.ROUTES, core_refusal), core.AUTH)),
        "live": Router(build_routes(declared_table("live", live.ROUTES), live.AUTH)),
        "meet": Router(build_routes(declared_table("meet", meet.ROUTES), meet.AUTH)),
        "oauth": Router(build_routes(oauth.ROUTES, oauth.AUTH)),
    }


class EmulatorApp:
    """ASGI application serving Core, Live, Meet and OAuth under their prefixes."""

    def __init__(self, config: EmulatorConfig) -> None:
        self.config = config
        self.world = World(
            config.seed, config.today, config.accounts, now=config.now, clock=config.clock
        )
        self.clock: Clock = SYSTEM if config.clock is None else config.clock
        """The clock of tokens, rate limiting and the log's times (the world's, unless
        ``today``/``now`` pinned the world alone)."""
        self.tokens = TokenService(config, self.clock)
        self.log = RequestLog(config.log_size)
        self.state = AppState(config, self.world, self.tokens)
        self.limiter = RateLimiter(self.clock)
        self._rng = random.Random(config.seed)
        self._rng_lock = threading.Lock()
        self._errors_sent = 0
        self._routers = routers()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        if scope.get("path") == HEALTH_PATH and scope.get("method") in ("GET", "HEAD"):
            # A probe for tools waiting on the emulator: not logged, never faulted or limited.
            await self._send(send, scope["method"], self._health())
            return
        arrived, wall = self.clock.monotonic(), self.clock.time()
        body = await self._read_body(receive)
        req = self._request(scope, body)
        response = await self._respond(req)
        status = 0 if response is None else response.status
        account_id = req.principal.account_id if req.principal is not None else None
        # Logged before answering so the entry exists once the client has its answer.
        self.log.append(
            LoggedRequest(
                time=arrived,
                wall=wall,
                api=req.api,
                method=req.method,
                path=req.path,
                query=req.query,
                params={k: list(v) for k, v in req.params.items()},
                headers=redact_headers(req.headers, self.log.redacted),
                body=redact_body(body, req.headers.get("content-type", ""), self.log.redacted),
                status=status,
                account_id=account_id,
            )
        )
        if response is None:
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", b"application/json; charset=utf-8"),
                        (b"content-length", str(DROP_DECLARED_LENGTH).encode()),
                    ],
                }
            )
            raise DroppedConnection("connection dropped on purpose by the emulator")
        await self._send(send, req.method, response)

    def _health(self) -> Response:
        world = self.world
        return json_response(
            {"status": "ok", "today": world.today.isoformat(), "seed": self.config.seed}
        )

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    @staticmethod
    async def _read_body(receive: Receive) -> bytes:
        chunks: list[bytes] = []
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    @staticmethod
    def _request(scope: Scope, body: bytes) -> Request:
        path: str = scope.get("path", "/")
        first, _, rest = path.lstrip("/").partition("/")
        if first in API_PREFIXES:
            api, inner = first, "/" + rest
        else:
            api, inner = "", path
        query = bytes(scope.get("query_string", b"")).decode("latin-1")
        headers: dict[str, str] = {}
        for raw_name, raw_value in scope.get("headers", []):
            name = bytes(raw_name).decode("latin-1").lower()
            value = bytes(raw_value).decode("latin-1")
            headers[name] = f"{headers[name]}, {value}" if name in headers else value
        client = scope.get("client")
        return Request(
            api=api,
            method=str(scope.get("method", "GET")).upper(),
            path=inner,
            query=query,
            params=parse_qs(query, keep_blank_values=True),
            headers=headers,
            body=body,
            client=str(client[0]) if client else "",
        )

    @staticmethod
    async def _send(send: Send, method: str, response: Response) -> None:
        headers = [(b"content-length", str(len(response.body)).encode())]
        if response.content_type is not None:
            headers.append((b"content-type", response.content_type.encode()))
        headers.extend((k.lower().encode(), v.encode("latin-1")) for k, v in response.headers)
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send(
            {"type": "http.response.body", "body": b"" if method == "HEAD" else response.body}
        )

    async def _respond(self, req: Request) -> Response | None:
        """The response, or ``None`` when the connection must be dropped."""
        cfg = self.config
        if cfg.rate_limit is not None and cfg.rate_limit > 0:
            wait = self.limiter.acquire(req.client, cfg.rate_limit, cfg.rate_burst)
            if wait > 0:
                retry = max(1, math.ceil(wait)) if math.isfinite(wait) else 3600
                response = service_error(req.api, 429, "Too Many Requests", "rate limit exceeded")
                response.headers.append(("Retry-After", str(retry)))
                return response
        if cfg.faults_on_auth or (req.api, req.path) not in AUTH_PATHS:
            with self._rng_lock:
                draw = self._rng.random()
                fault: int | None = None
                if draw < cfg.drop_rate:
                    fault = 0
                elif draw < cfg.drop_rate + cfg.error_rate:
                    fault = ERROR_CYCLE[self._errors_sent % len(ERROR_CYCLE)]
                    self._errors_sent += 1
            if cfg.latency > 0:
                # On the clock of the tokens and the log: a fake one answers when moved on.
                await self.clock.sleep_async(cfg.latency)
            if fault == 0:
                return None
            if fault is not None:
                return fault_response(req.api, fault)
        return self._route(req)

    def _route(self, req: Request) -> Response:
        router = self._routers.get(req.api)
        matches = router.match(req.path) if router is not None else []
        if not matches:
            return service_error(req.api, 404, "Not Found", f"no route for {req.method} {req.path}")
        methods = {route.method for route, _ in matches}
        if "GET" in methods:
            methods.add("HEAD")
        methods.add("OPTIONS")
        allow = ", ".join(sorted(methods))
        if req.method == "OPTIONS":
            return Response(200, b"", None, [("Allow", allow)])
        wanted = "GET" if req.method == "HEAD" else req.method
        found: tuple[Route, dict[str, str]] | None = next(
            ((r, p) for r, p in matches if r.method == wanted), None
        )
        if found is None:
            response = service_error(
                req.api, 405, "Method Not Allowed", f"{req.method} is not allowed on {req.path}"
            )
            response.headers.append(("Allow", allow))
            return response
        route, path_params = found
        req.path_params = path_params
        denied = self._authenticate(route, req)
        if denied is not None:
            return denied
        try:
            return route.handler(self.state, req)
        except BadRequest as exc:
            return service_error(req.api, 400, "Bad Request", str(exc))
        except Exception:
            _logger.exception("emulator handler failed for %s %s", req.method, req.path)
            return service_error(req.api, 500, "Internal Server Error", "the emulator failed")

    def _authenticate(self, route: Route, req: Request) -> Response | None:
        if route.auth == "none":
            return None
        if route.auth == "oauth":
            token = bearer_token(req.headers)
            if token is None:
                return error_response(401, "Unauthorized", "missing Bearer token")
            try:
                self.tokens.verify_oauth(token)
            except TokenError as exc:
                return error_response(401, "Unauthorized", str(exc))
            return None
        token = nadeo_token(req.headers)
        if token is None:
            return service_error(
                req.api, 401, "Unauthorized", "missing or malformed nadeo_v1 token"
            )
        audience = NADEO_SERVICES if req.api == "core" else NADEO_LIVE_SERVICES
        try:
            req.principal = self.tokens.verify_access(token, audience)
        except TokenError as exc:
            return service_error(req.api, 401, "Unauthorized", str(exc))
        return None


def create_app(config: EmulatorConfig | None = None) -> EmulatorApp:
    """The emulator as an ASGI application (servable by any ASGI server).

    The returned object also exposes ``world``, ``log``, ``tokens`` and
    ``config``.
    """
    return EmulatorApp(config if config is not None else EmulatorConfig())
