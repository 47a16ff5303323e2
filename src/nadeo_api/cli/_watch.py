"""`nadeo-api watch`: the event feed on the terminal, as JSON lines, or to a Discord channel."""

from __future__ import annotations

import dataclasses
import datetime
import json
import sys
from typing import Annotated

import typer
from rich.text import Text

from .. import text
from .._errors import NadeoError
from ..endpoints.live.leaderboards import LEADERBOARD_DEPTH
from ..watch import (
    CAMPAIGNS,
    DiscordWebhook,
    Event,
    PersonalBest,
    TrackOfTheDay,
    Watch,
    WorldRecord,
)
from ._context import CliError, Context
from ._output import Format

WEBHOOK = "NADEO_DISCORD_WEBHOOK"
"""The environment variable holding the Discord webhook's URL (a secret: never an argument)."""

_STYLES = {
    "track-of-the-day": "bold green", "campaign": "bold cyan", "cup-started": "bold yellow",
    "cup-ended": "yellow", "world-record": "bold magenta", "personal-best": "magenta",
}


def watch(
    totd: Annotated[bool, typer.Option("--totd/--no-totd", help="new Tracks of the Day")] = True,
    campaign: Annotated[
        list[str] | None,
        typer.Option("--campaign", metavar="KIND",
                     help="an official campaign to follow: weekly-short, weekly-grand or "
                     "seasonal (repeat it; default: all three)"),
    ] = None,
    no_campaigns: Annotated[
        bool, typer.Option("--no-campaigns", help="follow no official campaign")
    ] = False,
    cups: Annotated[bool, typer.Option("--cups/--no-cups", help="Cups of the Day")] = True,
    map_uids: Annotated[
        list[str] | None,
        typer.Option("--map", metavar="MAP_UID", help="a map whose records to watch (repeat it)"),
    ] = None,
    depth: Annotated[
        int, typer.Option("--depth", min=1, max=LEADERBOARD_DEPTH,
                          help="how deep each watched leaderboard is read")
    ] = 10,
    account: Annotated[
        list[str] | None,
        typer.Option("--account", metavar="ACCOUNT_ID",
                     help="only these accounts' personal bests (repeat it)"),
    ] = None,
    every: Annotated[
        float, typer.Option("--every", min=1, help="seconds between readings of the "
                            "watched leaderboards (raised to stay within the rate budget)")
    ] = 300.0,
    count: Annotated[
        int | None, typer.Option("--count", min=1, help="stop after this many events")
    ] = None,
    discord: Annotated[
        bool, typer.Option("--discord-webhook", help=f"also post each event to the Discord "
                           f"webhook whose URL is in {WEBHOOK}")
    ] = False,
    fmt: Annotated[
        Format | None,
        typer.Option("--format", "-F", help="table (lines, default on a terminal) or jsonl "
                     "(default otherwise)"),
    ] = None,
) -> None:
    """Follow what changes: new Tracks of the Day, campaigns, Cups of the Day, records.

    Asks only when the service says something can have changed, sleeping in between; Ctrl-C
    stops it (exit code 130)."""
    kinds = [] if no_campaigns else list(campaign or CAMPAIGNS)
    ctx = Context()
    try:
        fmt = fmt or (Format.table if ctx.out.is_terminal else Format.jsonl)
        if fmt not in (Format.table, Format.jsonl):
            raise CliError("--format must be table or jsonl for a feed of events "
                           f"(got {fmt.value})")
        hook = None
        if discord:
            url = ctx.env.get(WEBHOOK, "").strip()
            if not url:
                raise CliError(f"set {WEBHOOK} to the webhook's URL for --discord-webhook "
                               "(it is a secret, never taken as an argument)")
            hook = DiscordWebhook(url, clock=ctx.settings.clock)
        feed = Watch(ctx.token("live"), totd=totd, campaigns=kinds, cups=cups,
                     maps=map_uids or [], depth=depth, accounts=account, records_every=every,
                     client=ctx.client)
        ctx.err.print(f"watching: {feed!r}; Ctrl-C to stop", style="dim", highlight=False)
        for shown, found in enumerate(feed.events(), 1):
            event = _with_names(ctx, found)
            _show(ctx, event, fmt, ctx.settings.clock.time())
            if hook is not None:
                hook(event)
            if count is not None and shown >= count:
                return
    finally:
        ctx.close()


def _with_names(ctx: Context, event: Event) -> Event:
    """A record's player with their display name, when the OAuth client is configured."""
    if isinstance(event, (WorldRecord, PersonalBest)) and ctx.has_names:
        name = ctx.display_names([event.account_id]).get(event.account_id.lower())
        if name:
            return dataclasses.replace(event, display_name=name)
    return event


def _show(ctx: Context, event: Event, fmt: Format, now: float) -> None:
    if fmt is Format.jsonl:
        sys.stdout.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
        return
    moment = datetime.datetime.fromtimestamp(now, datetime.timezone.utc)
    line = Text(moment.strftime("%Y-%m-%d %H:%M:%S "), style="dim")
    style = _STYLES.get(event.kind, "")
    named = _map_name(ctx, event) if isinstance(event, TrackOfTheDay) else None
    if isinstance(event, TrackOfTheDay) and named is not None:
        line.append(f"Track of the Day {event.date.isoformat()}: ", style=style)
        line.append_text(named)
    else:
        line.append(event.describe(), style=style)
    ctx.out.print(line)


def _map_name(ctx: Context, event: TrackOfTheDay) -> Text | None:
    """The new Track's name in its colours and its author, for people (one more request)."""
    try:
        info = ctx.client.live.get_map_info(ctx.token("live"), event.map_uid)
    except NadeoError:
        return None  # the line says the map's UID instead
    if not isinstance(info, dict) or not info.get("name"):
        return None
    named = text.to_rich(str(info["name"]))
    author = info.get("author")
    if author:
        shown = ctx.display_names([str(author)]).get(str(author).lower(), str(author))
        named.append(f" by {shown}")
    return named
