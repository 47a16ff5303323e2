"""`nadeo-api emulator`: the offline emulator in the foreground, with the lines that point
every client (this command included) at it."""

from __future__ import annotations

import contextlib
import datetime
import shlex
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Annotated

import typer

from ._context import CliError

if TYPE_CHECKING:
    from ..emulator import Emulator, LoggedRequest

_EXTRAS = frozenset({"uvicorn", "jwt", "h11"})
AGENT = "nadeo-api against the emulator"


def _day(value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CliError(f"--today must be a date YYYY-MM-DD (got {value!r})") from None


def _instant(value: str | None) -> float | None:
    """Seconds since the epoch, from seconds or an ISO date-time (UTC unless it says)."""
    if value is None:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        raise CliError(
            f"--now must be seconds since 1970 or YYYY-MM-DDTHH:MM[:SS] (got {value!r})"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.timezone.utc)
    return moment.timestamp()


def exports(url: str, login: str, password: str, client_id: str, secret: str) -> list[str]:
    """The shell lines that point `nadeo-api` and `Settings.from_env()` at the emulator."""
    values = {
        "NADEO_BASE_URL": url,
        "NADEO_RATE_LIMIT": "off",
        "NADEO_TOKEN_STORE": "off",
        "NADEO_LOGIN": login,
        "NADEO_PASSWORD": password,
        "NADEO_USER_AGENT": AGENT,
        "NADEO_OAUTH_CLIENT_ID": client_id,
        "NADEO_OAUTH_CLIENT_SECRET": secret,
    }
    return [f"export {name}={shlex.quote(value)}" for name, value in values.items()]


def _access_line(entry: LoggedRequest) -> None:
    stamp = datetime.datetime.fromtimestamp(entry.wall, datetime.timezone.utc)
    query = f"?{entry.query}" if entry.query else ""
    print(f"{stamp:%H:%M:%S} {entry.method} /{entry.api}{entry.path}{query} {entry.status}",
          file=sys.stderr, flush=True)


def _pause(alive: Callable[[], bool]) -> None:
    """Block while `alive()` holds; Ctrl-C raises KeyboardInterrupt here."""
    while alive():
        time.sleep(0.5)


Rate = Annotated[float, typer.Option(min=0.0, max=1.0)]


def emulator(
    host: Annotated[str, typer.Option(help="address to bind")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="port, 0 for any free one")] = 8000,
    seed: Annotated[int, typer.Option(help="world seed")] = 0,
    today: Annotated[
        str | None,
        typer.Option(help="pin the world at 18:00 UTC that day, YYYY-MM-DD (default: it lives "
                          "on the real clock)"),
    ] = None,
    now: Annotated[
        str | None,
        typer.Option(help="pin the world at that moment: seconds or YYYY-MM-DDTHH:MM (UTC)"),
    ] = None,
    access_lifetime: Annotated[
        float, typer.Option(min=1.0, help="seconds an access token lives")
    ] = 3600.0,
    refresh_lifetime: Annotated[
        float, typer.Option(min=1.0, help="seconds a refresh token lives")
    ] = 86400.0,
    rate_limit: Annotated[
        float | None,
        typer.Option(min=0.0, metavar="R", help="requests per second per client (default: none)"),
    ] = None,
    latency: Annotated[float, typer.Option(min=0.0, metavar="S", help="seconds added")] = 0.0,
    error_rate: Annotated[float, typer.Option(min=0.0, max=1.0, metavar="X",
                                              help="share of 5xx answers (0..1)")] = 0.0,
    drop_rate: Annotated[float, typer.Option(min=0.0, max=1.0, metavar="X",
                                             help="share of dropped connections (0..1)")] = 0.0,
    access_log: Annotated[
        bool, typer.Option("--access-log", help="print every request to stderr")
    ] = False,
) -> None:
    """Serve the offline emulator of the Core, Live, Meet and OAuth APIs until Ctrl-C.

    It prints `export` lines: paste them in a shell and every client there (this command,
    `Settings.from_env()`) uses the emulator. GET /health answers when it is up.
    """
    try:
        from ..emulator import OAUTH_CLIENT, SERVER_ACCOUNT
        from ..emulator import Emulator as Served
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in _EXTRAS:
            raise
        raise CliError(
            f"{exc}\nThe emulator needs optional dependencies: pip install 'nadeo-client[emulator]'"
        ) from None
    served = Served(
        seed=seed, today=_day(today), now=_instant(now), access_lifetime=access_lifetime,
        refresh_lifetime=refresh_lifetime, rate_limit=rate_limit, latency=latency,
        error_rate=error_rate, drop_rate=drop_rate, host=host, port=port,
    )
    if access_log:
        served.log.subscribe(_access_line)
    try:
        served.start()
    except (OSError, RuntimeError) as exc:
        raise CliError(f"cannot start the emulator: {exc}", exit_code=1) from None
    with _stopped_by_sigterm():
        _serve(served, OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret,
               SERVER_ACCOUNT.login, SERVER_ACCOUNT.password)


@contextlib.contextmanager
def _stopped_by_sigterm() -> Iterator[None]:
    """`kill` stops the emulator as cleanly as Ctrl-C does."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _serve(served: Emulator, client_id: str, secret: str, login: str, password: str) -> None:
    try:
        lines = [
            f"# Nadeo API emulator running at {served.url}",
            f"# Its world's date is {served.world.today}"
            f"{'' if served.config.today is None and served.config.now is None else ' (pinned)'};"
            f" GET {served.url}/health answers.",
            "# Paste these lines in a shell to point every client at it:",
            *exports(served.url, login, password, client_id, secret),
            "# Press Ctrl-C to stop.",
        ]
        print("\n".join(lines), flush=True)
        _pause(lambda: served.running)
        raise CliError("the emulator stopped unexpectedly", exit_code=1)
    except KeyboardInterrupt:
        print("# Stopping.", file=sys.stderr, flush=True)
    finally:
        served.stop()
