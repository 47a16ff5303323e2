"""The commands of `nadeo-api`."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

from .. import text
from .._checks import is_uuid
from .._version import __version__
from ..endpoints.live.leaderboards import LEADERBOARD_DEPTH
from ..models import format_race_time
from . import _emulator, _plot, _watch
from ._context import CliError, Context
from ._output import PROGRESS_AFTER, Column, Format, default_format, emit, progress

app = typer.Typer(
    name="nadeo-api",
    help="Trackmania data from Nadeo's services: Tracks of the Day, leaderboards, campaigns, "
    "maps, names and records, as tables, CSV or JSON; and the offline emulator.\n\n"
    "Credentials come from the environment: NADEO_LOGIN, NADEO_PASSWORD and NADEO_USER_AGENT "
    "(a dedicated server account, or a Ubisoft account when the login is an e-mail), and "
    "NADEO_OAUTH_CLIENT_ID / NADEO_OAUTH_CLIENT_SECRET for display names and the OAuth API; "
    "NADEO_DISCORD_WEBHOOK for `watch --discord-webhook`.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
plot_app = typer.Typer(help="Charts: a PNG with --output, else a chart in the terminal.",
                       no_args_is_help=True)
app.add_typer(plot_app, name="plot")
app.command("emulator")(_emulator.emulator)
app.command("watch")(_watch.watch)

FormatOption = Annotated[
    Format | None,
    typer.Option("--format", "-F", help="table (default on a terminal), csv (default "
                 "otherwise), json or jsonl"),
]


def _version(value: bool) -> None:
    if value:
        print(f"nadeo-api {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True,
                           help="print the version and exit")
    ] = False,
) -> None:
    """Tools around Nadeo's Trackmania web services."""


@contextmanager
def _context() -> Iterator[Context]:
    ctx = Context()
    try:
        yield ctx
    finally:
        ctx.close()


def _name_of(names: dict[str, str], account_id: str | None) -> str | None:
    if account_id is None:
        return None
    return names.get(account_id.lower(), account_id)


def _maps_info(ctx: Context, uids: Sequence[str], bar: Any) -> dict[str, dict[str, Any]]:
    """Map metadata by UID, 100 maps a request."""
    found: dict[str, dict[str, Any]] = {}
    uids = [uid for uid in dict.fromkeys(uids) if uid]
    update = bar("maps", len(uids)) if len(uids) > 100 * PROGRESS_AFTER else None
    for start in range(0, len(uids), 100):
        answer = ctx.client.live.get_maps_info(ctx.token("live"), uids[start : start + 100])
        for info in answer.get("mapList", []):
            found[info["uid"]] = info
        if update:
            update(min(start + 100, len(uids)))
    return found


def _medals(info: dict[str, Any]) -> dict[str, str]:
    times = {medal: format_race_time(info.get(f"{medal}Time"))
             for medal in ("gold", "silver", "bronze")}
    return {"author_time": format_race_time(info.get("authorTime")), **times}


@app.command()
def totd(
    month: Annotated[
        str | None,
        typer.Argument(help="YYYY-MM (default: the current month)", show_default=False),
    ] = None,
    fmt: FormatOption = None,
) -> None:
    """The Tracks of the Day of a month: map names, authors and medal times."""
    wanted = _month(month)
    with _context() as ctx, progress(ctx.err) as bar:
        token = ctx.token("live")
        listed = ctx.client.live.get_maps_totd(token, 1, 0)["monthList"]
        if not listed:
            raise CliError("the service lists no Track of the Day", exit_code=1)
        newest = listed[0]
        if wanted is not None:
            back = (newest["year"] * 12 + newest["month"]) - (wanted[0] * 12 + wanted[1])
            if back < 0:
                raise CliError(f"month must not be after {newest['year']}-{newest['month']:02d}")
            if back:
                listed = ctx.client.live.get_maps_totd(token, 1, back)["monthList"]
                if not listed:
                    raise CliError(f"no Tracks of the Day for {month}", exit_code=1)
        chosen = listed[0]
        days = [day for day in chosen["days"] if day.get("mapUid")]
        infos = _maps_info(ctx, [day["mapUid"] for day in days], bar)
        names = ctx.display_names({str(i["author"]) for i in infos.values() if i.get("author")})
        rows = []
        for day in days:
            info = infos.get(day["mapUid"], {})
            date = datetime.date(chosen["year"], chosen["month"], day["monthDay"])
            rows.append({"date": date.isoformat(), "name": info.get("name"),
                         "author": _name_of(names, info.get("author")), **_medals(info),
                         "map_uid": day["mapUid"]})
        emit(ctx.out, rows, [
            Column("date", "Date"), Column("name", "Map", styled=True),
            Column("author", "Author"), Column("author_time", "AT", justify="right"),
            Column("gold", "Gold", justify="right"), Column("silver", "Silver", justify="right"),
            Column("bronze", "Bronze", justify="right"), Column("map_uid", "UID"),
        ], fmt, title=f"Track of the Day, {chosen['year']}-{chosen['month']:02d}")


def _month(month: str | None) -> tuple[int, int] | None:
    if month is None:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", month.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise CliError(f"month must be YYYY-MM, e.g. 2024-07 (got {month!r})")
    return int(match.group(1)), int(match.group(2))


TopOption = Annotated[
    int,
    typer.Option("--top", "-n", min=1, max=LEADERBOARD_DEPTH,
                 help=f"how many records, 1 to {LEADERBOARD_DEPTH:,}"),
]
GroupOption = Annotated[
    str, typer.Option("--group", help="the leaderboard group or season")
]


def leaderboard_rows(ctx: Context, map_uid: str, top: int, group: str) -> list[dict[str, Any]]:
    """The top `top` records of a map with their players' names, a bar on bigger jobs."""
    with progress(ctx.err, enabled=top > 100 * PROGRESS_AFTER) as bar:
        update = bar("records", top)
        records = list(ctx.client.live.iter_map_leaderboard(
            ctx.token("live"), map_uid, group, limit=top, progress=update))
        names_update = bar("names", len(records)) if ctx.has_names else None
        names = ctx.display_names([r["accountId"] for r in records], progress=names_update)
    return [
        {"position": r["position"], "name": _name_of(names, r["accountId"]),
         "time": format_race_time(r["score"]), "score": r["score"],
         "zone": r.get("zoneName"), "account_id": r["accountId"]}
        for r in records
    ]


@app.command()
def leaderboard(
    map_uid: Annotated[str, typer.Argument(metavar="MAP_UID", help="the map's UID")],
    top: TopOption = 10,
    group: GroupOption = "Personal_Best",
    fmt: FormatOption = None,
) -> None:
    """The top of a map's world leaderboard, with the players' display names."""
    with _context() as ctx:
        rows = leaderboard_rows(ctx, map_uid, top, group)
        emit(ctx.out, rows, [
            Column("position", "#", justify="right"), Column("name", "Player"),
            Column("time", "Time", justify="right"), Column("zone", "Zone"),
            Column("account_id", "Account ID"),
        ], fmt, title=f"Leaderboard of {map_uid}")


_CAMPAIGNS = {
    "seasonal": "get_maps_seasonal",
    "weekly-short": "get_maps_weekly_short",
    "weekly-grand": "get_maps_weekly_grand",
}


def _campaign(kind: str, back: int, fmt: Format | None) -> None:
    if kind not in _CAMPAIGNS:
        raise CliError(f"--kind must be one of {', '.join(_CAMPAIGNS)} (got {kind!r})")
    with _context() as ctx, progress(ctx.err) as bar:
        listing = getattr(ctx.client.live, _CAMPAIGNS[kind])(ctx.token("live"), 1, back)
        campaigns = listing.get("campaignList") or []
        if not campaigns:
            raise CliError(f"no {kind} campaign at offset {back}", exit_code=1)
        campaign = campaigns[0]
        playlist = sorted(campaign.get("playlist", []), key=lambda m: m["position"])
        infos = _maps_info(ctx, [m["mapUid"] for m in playlist], bar)
        names = ctx.display_names({str(i["author"]) for i in infos.values() if i.get("author")})
        rows = []
        for entry in playlist:
            info = infos.get(entry["mapUid"], {})
            rows.append({"position": entry["position"] + 1, "name": info.get("name"),
                         "author": _name_of(names, info.get("author")), **_medals(info),
                         "map_uid": entry["mapUid"]})
        emit(ctx.out, rows, [
            Column("position", "#", justify="right"), Column("name", "Map", styled=True),
            Column("author", "Author"), Column("author_time", "AT", justify="right"),
            Column("gold", "Gold", justify="right"), Column("map_uid", "UID"),
        ], fmt, title=text.plain(str(campaign.get("name", ""))))


KindOption = Annotated[
    str, typer.Option("--kind", help="seasonal, weekly-short or weekly-grand")
]
BackOption = Annotated[
    int, typer.Option("--back", min=0, help="how many campaigns back (0: the newest)")
]


@app.command()
def campaign(kind: KindOption = "seasonal", back: BackOption = 0,
             fmt: FormatOption = None) -> None:
    """The maps of an official campaign, with authors and medal times."""
    _campaign(kind, back, fmt)


@app.command()
def season(back: BackOption = 0, fmt: FormatOption = None) -> None:
    """The maps of the official seasonal campaign (`campaign --kind seasonal`)."""
    _campaign("seasonal", back, fmt)


@app.command("map")
def map_(
    map_uid: Annotated[str, typer.Argument(metavar="MAP_UID", help="the map's UID")],
    fmt: FormatOption = None,
) -> None:
    """A map's name, author, medal times and dates."""
    with _context() as ctx:
        info = ctx.client.live.get_map_info(ctx.token("live"), map_uid)
        names = ctx.display_names([str(info["author"])] if info.get("author") else [])
        uploaded = info.get("uploadTimestamp")
        row = {
            "name": info.get("name"), "author": _name_of(names, info.get("author")),
            **_medals(info), "uploaded": None if uploaded is None else
            datetime.datetime.fromtimestamp(uploaded, datetime.timezone.utc).isoformat(),
            "map_uid": info.get("uid"), "map_id": info.get("mapId"),
            "type": info.get("mapType"),
        }
        columns = [
            Column("name", "Name", styled=True), Column("author", "Author"),
            Column("author_time", "AT"), Column("gold", "Gold"), Column("silver", "Silver"),
            Column("bronze", "Bronze"), Column("uploaded", "Uploaded"),
            Column("map_uid", "UID"), Column("map_id", "Map ID"), Column("type", "Type"),
        ]
        if (fmt or default_format(ctx.out)) is Format.table:
            # One map reads better as a list of fields than as a one-row table.
            fields = [{"field": c.title, "value": text.to_rich(str(row[c.key])) if c.styled
                       else row[c.key]} for c in columns]
            emit(ctx.out, fields, [Column("field", "Field"), Column("value", "Value")],
                 Format.table)
            return
        emit(ctx.out, [row], columns, fmt)


@app.command()
def names(
    accounts: Annotated[list[str], typer.Argument(help="account IDs or display names")],
    fmt: FormatOption = None,
) -> None:
    """Display names of account IDs, and account IDs of display names (50 a request)."""
    ids = [a for a in accounts if is_uuid(a)]
    wanted = [a for a in accounts if not is_uuid(a)]
    with _context() as ctx, progress(ctx.err, len(accounts) > 50 * PROGRESS_AFTER) as bar:
        found = ctx.names.display_names(ids, progress=bar("names", len(ids)))
        back = ctx.names.account_ids(wanted, progress=bar("account IDs", len(wanted)))
        rows = [{"account_id": i.lower(), "display_name": found.get(i.lower())} for i in ids]
        rows += [{"account_id": back.get(n), "display_name": n} for n in wanted]
        emit(ctx.out, rows, [Column("account_id", "Account ID"),
                             Column("display_name", "Display name")], fmt)


@app.command()
def records(
    account: Annotated[str, typer.Argument(help="an account ID or display name")],
    map_uids: Annotated[
        list[str] | None,
        typer.Option("--map", help="a map UID (repeat it); default: the seasonal campaign's"),
    ] = None,
    fmt: FormatOption = None,
) -> None:
    """A player's records on some maps (by default the newest seasonal campaign's)."""
    with _context() as ctx, progress(ctx.err) as bar:
        account_id = ctx.account_id(account)
        core = ctx.token("core")
        uids = list(map_uids or [])
        if not uids:
            seasonal = ctx.client.live.get_maps_seasonal(ctx.token("live"), 1, 0)["campaignList"]
            if not seasonal:
                raise CliError("the service lists no seasonal campaign", exit_code=1)
            uids = [m["mapUid"] for m in sorted(seasonal[0]["playlist"],
                                                key=lambda m: m["position"])]
        by_id: dict[str, str] = {}
        map_names: dict[str, str] = {}
        for start in range(0, len(uids), 100):
            answer = ctx.client.core.get_maps_info_by_uids(core, uids[start : start + 100])
            for item in answer if isinstance(answer, list) else []:
                by_id[item["mapUid"]] = item["mapId"]
                map_names[item["mapUid"]] = item.get("name", "")
        update = bar("maps", len(uids)) if len(uids) > PROGRESS_AFTER else None
        rows = []
        for done, uid in enumerate(uids, 1):
            record = None
            if uid in by_id:
                found = ctx.client.core.get_map_records_by_accounts(core, [account_id], by_id[uid])
                record = next(iter(found if isinstance(found, list) else []), None)
            if update:
                update(done)
            rows.append({
                "name": map_names.get(uid), "map_uid": uid,
                "time": None if record is None else format_race_time(
                    record.get("recordScore", {}).get("time")),
                "medal": None if record is None else record.get("medal"),
                "date": None if record is None else record.get("timestamp"),
            })
        emit(ctx.out, rows, [
            Column("name", "Map", styled=True), Column("time", "Time", justify="right"),
            Column("medal", "Medal", justify="right"), Column("date", "Date"),
            Column("map_uid", "UID"),
        ], fmt, title=f"Records of {account}")


_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
_CALL_APIS = ("core", "live", "meet", "oauth")


@app.command()
def call(
    method: Annotated[str, typer.Argument(help="GET, POST, PUT, PATCH or DELETE")],
    api: Annotated[str, typer.Argument(help="core, live, meet or oauth")],
    path: Annotated[str, typer.Argument(help="the path, e.g. /api/token/campaign/month")],
    field: Annotated[
        list[str] | None,
        typer.Option("--field", "-f", help="a query parameter key=value (repeat it)"),
    ] = None,
    body: Annotated[
        Path | None,
        typer.Option("--input", help="a file holding the JSON body ('-' for stdin)"),
    ] = None,
) -> None:
    """Send any request and print the JSON answer, the way `gh api` does.

    The OAuth API (`oauth`, GET only) is reached with the OAuth client of
    NADEO_OAUTH_CLIENT_ID / NADEO_OAUTH_CLIENT_SECRET; the others with NADEO_LOGIN's account.
    A key given several times with --field is sent several times (`-f accountId[]=a -f
    accountId[]=b`)."""
    verb = method.upper()
    if verb not in _METHODS:
        raise CliError(f"METHOD must be one of {', '.join(_METHODS)} (got {method!r})")
    if api not in _CALL_APIS:
        raise CliError(f"API must be {', '.join(_CALL_APIS[:-1])} or oauth (got {api!r})")
    if api == "oauth" and verb != "GET":
        raise CliError(f"the OAuth API only answers GET (got {verb})")
    params: dict[str, Any] = {}
    for item in field or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise CliError(f"--field must be key=value (got {item!r})")
        if key in params:
            before = params[key]
            params[key] = [*before, value] if isinstance(before, list) else [before, value]
        else:
            params[key] = value
    payload = None
    if body is not None:
        if verb == "GET":
            raise CliError("--input sends a body, which GET does not take")
        raw = typer.get_text_stream("stdin").read() if str(body) == "-" else _read(body)
        try:
            payload = json.loads(raw)
        except ValueError as error:
            raise CliError(f"--input must hold JSON: {error}") from None
    with _context() as ctx:
        function = getattr(getattr(ctx.client, api), verb.lower())
        token = ctx.oauth_token() if api == "oauth" else ctx.token(api)
        if verb == "GET":
            answer = function(token, path, params or None)
        else:
            answer = function(token, path, params or None, payload)
        if ctx.out.is_terminal:
            ctx.out.print_json(json.dumps(answer))  # coloured
        else:
            print(json.dumps(answer, ensure_ascii=False, indent=1))


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise CliError(f"cannot read --input: {error}") from None


@app.command()
def endpoints(
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    fmt: FormatOption = None,
) -> None:
    """List the endpoints this library covers: API, method, route and function (and, for the
    ones the service deprecated, what to use instead)."""
    from .._declared import covered_endpoints

    rows = covered_endpoints()
    if as_json:
        fmt = Format.json
    with _context() as ctx:
        if fmt is None and not ctx.out.is_terminal:
            for row in rows:
                note = "  deprecated" if "deprecated" in row else ""
                print(f"{row['api']:<6} {row['method']:<7} {row['route']}  ({row['name']}){note}")
            return
        emit(ctx.out, rows, [Column("api", "API"), Column("method", "Method"),
                             Column("route", "Route"), Column("name", "Function"),
                             Column("deprecated", "Deprecated")], fmt)


@plot_app.command("leaderboard")
def plot_leaderboard(
    map_uid: Annotated[str, typer.Argument(metavar="MAP_UID", help="the map's UID")],
    top: TopOption = 1000,
    group: GroupOption = "Personal_Best",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="a PNG file to write (needs the plot extra)"),
    ] = None,
) -> None:
    """How a map's times spread: a histogram of its top records."""
    with _context() as ctx:
        scores = [row["score"] for row in leaderboard_rows(ctx, map_uid, top, group)
                  if row["score"] >= 0]
        if not scores:
            raise CliError(f"no records on {map_uid}", exit_code=1)
        title = f"{map_uid}: top {len(scores)} times"
        if output is None:
            _plot.terminal_histogram(ctx.out, scores, title)
        else:
            _plot.png_histogram(output, scores, title)
            ctx.err.print(f"wrote {output}")
