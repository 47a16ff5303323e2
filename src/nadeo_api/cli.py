"""The ``nadeo-api`` command line."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence

Command = Callable[[argparse.Namespace], int]

_EXTRAS = frozenset({"uvicorn", "jwt", "h11"})
_EXTRAS_HINT = (
    "The emulator needs optional dependencies. Install them with:\n"
    "    pip install 'nadeo-client[emulator]'"
)


def _non_negative_float(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {text}")
    return value


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def _pause(alive: Callable[[], bool]) -> None:
    """Block while ``alive()`` holds; Ctrl-C raises KeyboardInterrupt here."""
    while alive():
        time.sleep(0.5)


def _run_emulator(args: argparse.Namespace) -> int:
    try:
        from nadeo_api.emulator import OAUTH_CLIENT, SERVER_ACCOUNT, SERVICE_ACCOUNT, Emulator
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in _EXTRAS:
            raise
        print(f"error: {exc}\n{_EXTRAS_HINT}", file=sys.stderr)
        return 2
    emulator = Emulator(
        seed=args.seed,
        host=args.host,
        port=args.port,
        rate_limit=args.rate_limit,
        latency=args.latency,
        error_rate=args.error_rate,
        drop_rate=args.drop_rate,
    )
    try:
        emulator.start()
    except (OSError, RuntimeError) as exc:
        print(f"error: cannot start the emulator: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        emulator.stop()
        return 130
    try:
        print(f"Nadeo API emulator running at {emulator.url}")
        print(f"  Core:  {emulator.core_url}")
        print(f"  Live:  {emulator.live_url}")
        print(f"  Meet:  {emulator.meet_url}")
        print(f"  OAuth: {emulator.oauth_url}")
        for account in (SERVICE_ACCOUNT, SERVER_ACCOUNT):
            print(
                f"  {account.kind} account: login={account.login} "
                f"password={account.password} accountId={account.account_id}"
            )
        print(
            f"  OAuth client: client_id={OAUTH_CLIENT.client_id} "
            f"client_secret={OAUTH_CLIENT.client_secret}"
        )
        print("Press Ctrl-C to stop.", flush=True)
        _pause(lambda: emulator.running)
        print("error: the emulator stopped unexpectedly", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nStopping.", flush=True)
    finally:
        emulator.stop()
    return 0


def _list_endpoints(args: argparse.Namespace) -> int:
    from nadeo_api._endpoint import covered_endpoints

    rows = covered_endpoints()
    if args.json:
        print(json.dumps(rows, indent=1))
    else:
        for row in rows:
            print(f"{row['api']:<6} {row['method']:<7} {row['route']}  ({row['name']})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; each subcommand sets ``handler``."""
    parser = argparse.ArgumentParser(
        prog="nadeo-api", description="Tools around Nadeo's Trackmania web services."
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    emulator = commands.add_parser(
        "emulator",
        help="serve the offline emulator of the Core, Live, Meet and OAuth APIs",
        description="Serve the offline emulator in the foreground until Ctrl-C.",
    )
    emulator.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default: %(default)s)"
    )
    emulator.add_argument(
        "--port", type=int, default=8000, help="port, 0 for any (default: %(default)s)"
    )
    emulator.add_argument("--seed", type=int, default=0, help="world seed (default: %(default)s)")
    emulator.add_argument(
        "--rate-limit",
        type=_non_negative_float,
        default=None,
        metavar="R",
        help="requests per second per client address (default: unlimited)",
    )
    emulator.add_argument(
        "--latency",
        type=_non_negative_float,
        default=0.0,
        metavar="S",
        help="seconds added to answers",
    )
    emulator.add_argument(
        "--error-rate", type=_rate, default=0.0, metavar="X", help="share of 5xx answers (0..1)"
    )
    emulator.add_argument(
        "--drop-rate",
        type=_rate,
        default=0.0,
        metavar="X",
        help="share of dropped connections (0..1)",
    )
    emulator.set_defaults(handler=_run_emulator)

    endpoints = commands.add_parser(
        "endpoints",
        help="list the endpoints this library covers",
        description="List every covered endpoint: API, method, route and function name.",
    )
    endpoints.add_argument("--json", action="store_true", help="print JSON")
    endpoints.set_defaults(handler=_list_endpoints)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``nadeo-api`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Command = args.handler
    return handler(args)


if __name__ == "__main__":
    sys.exit(main())
