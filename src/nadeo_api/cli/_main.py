"""Runs the command line: parses, dispatches, and turns every failure into a message and an
exit code (no traceback for bad input, network failures, Ctrl-C or a closed pipe)."""

from __future__ import annotations

import contextlib
import os
import sys

import typer
import typer.main

from .._errors import (
    ArgumentError,
    HTTPStatusError,
    NadeoConnectionError,
    NadeoError,
    NadeoTimeoutError,
    TransportError,
)
from ._app import app
from ._context import CliError

OK, REFUSED, USAGE, NETWORK, INTERRUPTED, CLOSED_PIPE = 0, 1, 2, 3, 130, 141


def run(argv: list[str]) -> int:
    """Run `nadeo-api` with `argv`; returns the exit code."""
    command = typer.main.get_command(app)
    argv = argv or ["--help"]
    try:
        try:
            # The parser's context and invoke, not its `main`: that one would turn Ctrl-C and a
            # closed pipe into exit codes of its own before this function could tell them.
            with command.make_context("nadeo-api", list(argv)) as context:
                result = command.invoke(context)
            sys.stdout.flush()
        except typer.Exit as done:
            return int(done.exit_code)
        except typer.Abort:
            return _fail("interrupted", INTERRUPTED)
        except typer.TyperException as refused:  # bad usage: the parser's own message
            return _usage(refused)
        return result if isinstance(result, int) else OK
    except BrokenPipeError:
        # The reader went away (`nadeo-api endpoints | head -1`): stop quietly, and keep the
        # interpreter from complaining when it flushes stdout on the way out.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return CLOSED_PIPE
    except KeyboardInterrupt:
        return _fail("interrupted", INTERRUPTED)
    except CliError as error:
        return _fail(str(error), error.exit_code)
    except ArgumentError as error:
        return _fail(str(error), USAGE)
    except (NadeoConnectionError, NadeoTimeoutError, TransportError) as error:
        return _fail(f"network failure: {error}", NETWORK)
    except HTTPStatusError as error:
        return _fail(str(error), REFUSED)
    except NadeoError as error:
        return _fail(str(error), REFUSED)


def _usage(refused: typer.TyperException) -> int:
    context = getattr(refused, "ctx", None)
    if context is not None:
        print(context.get_usage(), file=sys.stderr)
        print(f"Try '{context.command_path} --help' for help.\n", file=sys.stderr)
    return _fail(refused.format_message(), refused.exit_code)


def _fail(message: str, code: int) -> int:
    with contextlib.suppress(OSError):  # stderr may be a closed pipe too
        print(f"\nerror: {message}" if code == INTERRUPTED else f"error: {message}",
              file=sys.stderr)
    return code
