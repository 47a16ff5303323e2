"""Running the emulator on a local port in a background thread."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

import uvicorn

from ..._errors import ArgumentError
from ...clock import Clock
from ..oauth.auth import is_http_uri, issue_authorization
from ..world import World
from ..world.accounts import OAUTH_CLIENT, SERVER_ACCOUNT, SERVICE_ACCOUNT, Account, OAuthClient
from .app import EmulatorApp
from .config import EmulatorConfig
from .faults import install_drop_log_filter
from .log import DEFAULT_SIZE, RequestLog
from .memory import MemoryTransport
from .tokens import OAUTH_SCOPES

if TYPE_CHECKING:
    from ..._settings import Settings

START_TIMEOUT = 10.0
STOP_TIMEOUT = 10.0
GRACE = 2
"""How long a stopping emulator lets the requests in flight finish."""
_POLL = 0.005


class _Server(uvicorn.Server):
    """uvicorn's server, stopped as soon as it is asked: uvicorn looks at `should_exit` every
    0.1 s and then waits another 0.1 s for connections to close, which a program (or a test
    suite) that starts and stops emulators by the hundred pays at every stop. Only the wait
    changes: requests in flight still finish (up to `GRACE` seconds) before the server stops.
    """

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def serve(self, sockets: list[socket.socket] | None = None) -> None:
        self._loop = asyncio.get_running_loop()
        await super().serve(sockets)

    async def main_loop(self) -> None:
        self._wake = asyncio.Event()
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 0.1)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        for server in self.servers:
            server.close()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        deadline = time.monotonic() + GRACE
        state = self.server_state
        while (state.connections or state.tasks) and not self.force_exit:
            if time.monotonic() > deadline:
                break
            await asyncio.sleep(_POLL)
        for task in state.tasks:
            task.cancel(msg="the emulator stopped before the request was answered")
        for server in self.servers:
            await server.wait_closed()

    def exit_now(self) -> None:
        """Ask the serving thread to stop, and wake it (from any thread)."""
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already closed
                loop.call_soon_threadsafe(wake.set)


class Emulator:
    """An emulated Nadeo (Core, Live, Meet) and OAuth service on 127.0.0.1.

    Use it as a context manager (or call :meth:`start`/:meth:`stop`); the
    server runs uvicorn in a daemon thread. Every API lives under its prefix
    of :attr:`url`: ``/core``, ``/live``, ``/meet``, ``/oauth``.

    The world is made from ``seed`` and lives on a clock: a new Track of the Day at 17:00 UTC
    each day, cups, seasonal and weekly campaigns on their schedule. ``clock`` (a
    `nadeo_api.clock.Clock`, e.g. a `FakeClock` shared with the client's `Settings.clock`) is
    the one clock of the world, token lifetimes, rate limiting and the log's times. Without
    it, ``now`` (a Unix time) or ``today`` (18:00 UTC that day) pin the world on a
    `FakeClock` (:attr:`clock`, advance it to move the world on) while tokens and rate limiting
    keep the real clock; with none of them everything runs on the real clock. The same seed
    and the same clock reading give the same answers.

    ``latency`` (seconds, 0 by default) holds every request that long before it is answered,
    and requests wait side by side. The wait is a sleep on the clock of the tokens and the log
    (``clock``, or the real clock when only ``today``/``now`` are given), never the world's
    alone (`Clock.sleep_async`): on the real clock answers leave ``latency`` seconds later;
    a `FakeClock` moves on by ``latency`` and the answer leaves at once, so a test of a slow
    service takes no time. Token routes wait only with ``faults_on_auth``.

    Two leaderboard faults are off by default: ``leaderboard_lag`` (seconds) delays records
    in the Live position, surround and player records endpoints (a record set at time t
    shows from t + lag), and ``empty_leaderboard_rate`` answers that share of position and
    player records requests ``[]`` (drawn from the seed, the request and the clock's second).

    :attr:`log` keeps the last ``log_size`` requests (10,000 by default; 0 turns it off,
    None keeps every one, for short tests only), so that an emulator serving for months
    keeps a bounded memory.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        today: datetime.date | None = None,
        now: float | None = None,
        clock: Clock | None = None,
        accounts: Sequence[Account] = (SERVICE_ACCOUNT, SERVER_ACCOUNT),
        oauth_clients: Sequence[OAuthClient] = (OAUTH_CLIENT,),
        access_lifetime: float = 3600,
        refresh_after: float | None = None,
        refresh_lifetime: float = 86400,
        rate_limit: float | None = None,
        rate_burst: int = 1,
        latency: float = 0.0,
        error_rate: float = 0.0,
        drop_rate: float = 0.0,
        faults_on_auth: bool = False,
        leaderboard_lag: float = 0.0,
        empty_leaderboard_rate: float = 0.0,
        host: str = "127.0.0.1",
        port: int = 0,
        log_size: int | None = DEFAULT_SIZE,
    ) -> None:
        if clock is not None and (today is not None or now is not None):
            raise ArgumentError("clock: give a clock, or today/now to pin one, not both")
        if clock is not None and not isinstance(clock, Clock):
            raise ArgumentError(
                "clock must be a nadeo_api.clock.Clock (time, monotonic, sleep, sleep_async); "
                f"got {type(clock).__name__}"
            )
        if (
            isinstance(leaderboard_lag, bool)
            or not isinstance(leaderboard_lag, (int, float))
            or (not leaderboard_lag >= 0)
        ):
            raise ArgumentError(f"leaderboard_lag must be seconds >= 0 (got {leaderboard_lag!r})")
        if (
            isinstance(empty_leaderboard_rate, bool)
            or not isinstance(empty_leaderboard_rate, (int, float))
            or not 0 <= empty_leaderboard_rate <= 1
        ):
            raise ArgumentError(
                f"empty_leaderboard_rate must be between 0 and 1 (got {empty_leaderboard_rate!r})"
            )
        for name, value in (
            ("access_lifetime", access_lifetime),
            ("refresh_lifetime", refresh_lifetime),
        ):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
                raise ArgumentError(f"{name} must be a number of seconds > 0 (got {value!r})")
        self.config = EmulatorConfig(
            seed=seed,
            today=today,
            now=now,
            clock=clock,
            accounts=tuple(accounts),
            oauth_clients=tuple(oauth_clients),
            access_lifetime=access_lifetime,
            refresh_after=refresh_after,
            refresh_lifetime=refresh_lifetime,
            rate_limit=rate_limit,
            rate_burst=rate_burst,
            latency=latency,
            error_rate=error_rate,
            drop_rate=drop_rate,
            faults_on_auth=faults_on_auth,
            leaderboard_lag=leaderboard_lag,
            empty_leaderboard_rate=empty_leaderboard_rate,
            log_size=log_size,
        )
        """Live settings; changes apply to the next request."""
        self.app: EmulatorApp = EmulatorApp(self.config)
        self.host = host
        self._requested_port = port
        self._bound_port: int | None = None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def clock(self) -> Clock:
        """The world's clock (advance a `FakeClock` to move the world on)."""
        return self.app.world.clock

    @property
    def world(self) -> World:
        """The deterministic world the emulator serves."""
        return self.app.world

    @property
    def log(self) -> RequestLog:
        """Every request received so far."""
        return self.app.log

    @property
    def port(self) -> int:
        """The bound port (the requested one before :meth:`start`)."""
        return self._bound_port if self._bound_port is not None else self._requested_port

    @property
    def url(self) -> str:
        """Base URL, e.g. ``http://127.0.0.1:PORT``."""
        if self._bound_port is None and self._requested_port == 0:
            raise RuntimeError("the emulator has no port yet; start it first")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def core_url(self) -> str:
        """Base URL of the Core API."""
        return self.url + "/core"

    @property
    def live_url(self) -> str:
        """Base URL of the Live API."""
        return self.url + "/live"

    @property
    def meet_url(self) -> str:
        """Base URL of the Meet API."""
        return self.url + "/meet"

    @property
    def oauth_url(self) -> str:
        """Base URL of the OAuth API."""
        return self.url + "/oauth"

    @property
    def running(self) -> bool:
        """Whether the server thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def settings(self, **overrides: Any) -> Settings:
        """Client settings that reach this emulator: its four URLs, with the rate limit and the
        token store off unless `overrides` set them (its tokens mean nothing elsewhere), and
        the emulator's ``clock`` when one was given (client and emulator then share it)."""
        from ..._settings import Settings

        values: dict[str, Any] = {
            "core_url": self.core_url,
            "live_url": self.live_url,
            "meet_url": self.meet_url,
            "oauth_url": self.oauth_url,
            "rate_limit": None,
            "token_store": "off",
        }
        if self.config.clock is not None:
            values["clock"] = self.config.clock
        values.update(overrides)
        return Settings(**values)

    @contextlib.contextmanager
    def use(self, **overrides: Any) -> Iterator[Settings]:
        """Point the library's default clients (what `nadeo_api.live` and `auth.*.get` use) at
        this emulator for the duration of the block."""
        from ..._client import set_default_settings

        settings = self.settings(**overrides)
        previous = set_default_settings(settings)
        try:
            yield settings
        finally:
            set_default_settings(previous)

    def revoke_tokens(self, account_id: str | None = None) -> None:
        """Answer 401 from now on to every access token issued before this call.

        Only tokens of ``account_id`` when given (else every access and OAuth
        token). Refresh tokens stay valid.
        """
        self.app.tokens.revoke(account_id)

    def authorize(
        self,
        account: Account = SERVICE_ACCOUNT,
        scopes: Sequence[str] = OAUTH_SCOPES,
        client: OAuthClient = OAUTH_CLIENT,
        redirect_uri: str | None = None,
    ) -> str:
        """An authorization code, as if `account` (one of the configured service accounts) had
        consented on the authorization page to `client` with `scopes` (for tests that do not
        follow the page's redirect; those choose the account with the page's `login_hint`).

        The code is single-use, expires after 10 minutes and must be exchanged with the same
        client and `redirect_uri` (default: the client's first registered one).
        """
        if client not in self.config.oauth_clients:
            raise ValueError(f"the OAuth client {client.client_id!r} is not configured")
        if account not in self.config.accounts or account.kind != "service":
            raise ValueError(f"{account.login!r} is not a configured service account")
        uri = next(iter(client.redirect_uris), "") if redirect_uri is None else redirect_uri
        if uri not in client.redirect_uris or not is_http_uri(uri):
            raise ValueError(f"{uri!r} is not an http(s) redirect URI registered for the client")
        if isinstance(scopes, str) or any(scope not in OAUTH_SCOPES for scope in scopes):
            raise ValueError(f"scopes must be among {OAUTH_SCOPES} (got {scopes!r})")
        return issue_authorization(self.app.state, client, uri, account, scopes)

    def transport(self) -> MemoryTransport:
        """An httpx transport that hands each request to this emulator in this process, with
        no socket: `Client(emu.settings(), transport=emu.transport())` (or `AsyncClient`).
        The emulator answers as it does over loopback (log, faults, latency, clock) at a
        fraction of the cost; a client that should meet real connections uses `url`."""
        return MemoryTransport(self.app, self._serving_loop)

    def _serving_loop(self) -> asyncio.AbstractEventLoop:
        server = self._server
        loop = None if server is None else server._loop
        if loop is None or loop.is_closed() or not self.running:
            raise RuntimeError("the emulator is not running")
        return loop

    def start(self) -> Emulator:
        """Bind the port, start serving and wait until connections are accepted."""
        if self.running:
            raise RuntimeError("the emulator is already running")
        install_drop_log_filter()
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        # An explicit protocol lets asyncio enable TCP_NODELAY on accepted connections.
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.host, self._requested_port))
            sock.listen(128)
        except OSError:
            sock.close()
            raise
        sock.setblocking(False)
        self._socket = sock
        self._bound_port = int(sock.getsockname()[1])
        config = uvicorn.Config(
            self.app,
            lifespan="off",
            log_level="warning",
            access_log=False,
            http="h11",
            ws="none",
            server_header=False,
            timeout_graceful_shutdown=GRACE,
        )
        server = _Server(config)
        self._server = server
        failure: list[BaseException] = []

        def run() -> None:
            try:
                server.run(sockets=[sock])
            except BaseException as exc:  # surfaced by start()
                failure.append(exc)

        thread = threading.Thread(
            target=run, name=f"nadeo-emulator-{self._bound_port}", daemon=True
        )
        self._thread = thread
        thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self._cleanup(thread)
                reason = repr(failure[0]) if failure else "timed out"
                raise RuntimeError(f"the emulator failed to start on {self.host}: {reason}")
            time.sleep(_POLL)
        return self

    def stop(self) -> None:
        """Stop serving and join the server thread."""
        thread = self._thread
        if thread is None:
            return
        if self._server is not None:
            self._server.exit_now()
        thread.join(STOP_TIMEOUT)
        if thread.is_alive() and self._server is not None:
            self._server.force_exit = True
            thread.join(STOP_TIMEOUT)
        self._cleanup(thread)

    def _cleanup(self, thread: threading.Thread) -> None:
        if self._server is not None and thread.is_alive():
            self._server.should_exit = True
            thread.join(STOP_TIMEOUT)
        if self._socket is not None:
            self._socket.close()
        self._socket = None
        self._server = None
        self._thread = None

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.url if self._bound_port is not None else "not started"
        return f"<Emulator seed={self.config.seed} {where}>"
