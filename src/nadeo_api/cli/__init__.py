"""The `nadeo-api` command: Trackmania data in tables, CSV or JSON, and the offline emulator.

Needs the `cli` extra (`pip install 'nadeo-client[cli]'`); `nadeo-api --help` lists the commands.
Credentials come from the environment, never from arguments: `NADEO_LOGIN`, `NADEO_PASSWORD`
and `NADEO_USER_AGENT` for the Core, Live and Meet APIs, `NADEO_OAUTH_CLIENT_ID` and
`NADEO_OAUTH_CLIENT_SECRET` for display names and the OAuth API, `NADEO_DISCORD_WEBHOOK` for
`watch --discord-webhook`.

Exit codes: 0 done, 1 refused by a service, 2 bad usage or input, 3 network failure,
130 interrupted (Ctrl-C), 141 the reader of the output went away (a closed pipe).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]

_HINT = "The command needs optional dependencies. Install them with:\n    pip install '{}'"
_CLI_MODULES = frozenset({"typer", "click", "rich"})


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `nadeo-api` console script; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:  # answered without the optional dependencies
        from .._version import __version__

        print(f"nadeo-api {__version__}")
        return 0
    try:
        from ._main import run
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in _CLI_MODULES:
            raise
        print(f"error: {exc}\n" + _HINT.format("nadeo-client[cli]"), file=sys.stderr)
        return 2
    return run(args)
