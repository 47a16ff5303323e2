"""Answers the API gives only indirectly, each with its price in requests, known beforehand.

    from nadeo_api import derived

    plan = derived.player_counts(token, [map_uid])
    plan.requests                # 1: nothing is sent before run()
    plan.run()                   # {map_uid: 48213}
    await plan.arun()            # the same, on an AsyncClient

Each function checks its arguments and returns a `Plan`: `requests` is what `run()` (or
`arun()`) will send, and each answer takes the cheapest way the documentation allows:

- `player_counts`: the position a record worse than any would take, 50 maps a request.
- `positions`: the position a time would take on a map, 50 maps a request.
- `records_at`: the record at given ranks (top-N cut-offs), one request per 100 ranks in a row.
- `medal_counts`: how many players hold each medal: 4 requests per 50 maps, plus one per 100
  maps for their medal times unless given.
- `country_leaderboard`: the world's top, kept to one zone (the zone's own top holds only 5
  records), 100 records a request, plus one for the zone tree unless given.

Positions come from the "positions by time" endpoint, which may lag behind the leaderboard by
hours (minutes for official campaigns and current Tracks of the Day), and which refuses a time
worse than the asking account's own record on the map: ask with an account that has no records
there (a dedicated server account has none).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _checks as check
from ._endpoint import Endpoint
from ._errors import ArgumentError
from .endpoints.core import meta as core_meta
from .endpoints.live import leaderboards as live_leaderboards
from .endpoints.live import maps as live_maps

if TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from .auth import WebServicesToken

__all__ = [
    "MEDALS",
    "Plan",
    "country_leaderboard",
    "medal_counts",
    "player_counts",
    "positions",
    "records_at",
]

T = TypeVar("T")

Step = tuple[Endpoint[Any], tuple[Any, ...]]
"""One request of a plan: the endpoint and its arguments."""
Flow = Generator[Step, Any, T]

PERSONAL_BEST = "Personal_Best"
WORST_TIME = 2**31 - 1
"""A time worse than any record: the position it would take is one past the last record."""
MEDALS = {"author": "authorTime", "gold": "goldTime", "silver": "silverTime",
          "bronze": "bronzeTime"}
"""The medals, by the field of a map's info holding their time."""


class Plan(Generic[T]):
    """A derived answer not asked yet: `requests` is how many requests `run()` sends.

    `run()` sends them with a `Client` (default: the process's shared one), `arun()` with an
    `AsyncClient` (default: the event loop's). A plan can be run more than once.
    """

    def __init__(self, name: str, requests: int, flow: Callable[[], Flow[T]]) -> None:
        self.name = name
        self.requests = requests
        self._flow = flow

    def __repr__(self) -> str:
        return f"<Plan {self.name}: {self.requests} request{'s' * (self.requests != 1)}>"

    def run(self, client: Client | None = None) -> T:
        """Send the plan's requests, one after the other, and return the answer."""
        from ._client import default_client

        sender = client or default_client()
        flow = self._flow()
        try:
            declared, args = next(flow)
            while True:
                declared, args = flow.send(sender.call(declared, *args))
        except StopIteration as done:
            result: T = done.value
            return result

    async def arun(self, client: AsyncClient | None = None) -> T:
        """`run()` on an `AsyncClient`."""
        from ._client import default_async_client

        sender = client or default_async_client()
        flow = self._flow()
        try:
            declared, args = next(flow)
            while True:
                declared, args = flow.send(await sender.call(declared, *args))
        except StopIteration as done:
            result: T = done.value
            return result


def player_counts(
    token: WebServicesToken, map_uids: Sequence[str], group_uid: str = PERSONAL_BEST
) -> Plan[dict[str, int]]:
    """How many players have a record on each map: 1 request per 50 maps.

    Args:
        map_uids: the UIDs of the maps.
        group_uid: the group/season; `Personal_Best` is the global leaderboard.

    Unknown maps are left out of the answer. The count is read as the position a time worse
    than any would take, less one (see the module's note on the account asking).
    """
    uids = _uids("map_uids", map_uids)
    plan = positions(token, dict.fromkeys(uids, WORST_TIME), group_uid)

    def flow() -> Flow[dict[str, int]]:
        found = yield from plan._flow()
        return {uid: position - 1 for uid, position in found.items()}

    return Plan("player_counts", plan.requests, flow)


def positions(
    token: WebServicesToken, times: Mapping[str, int], group_uid: str = PERSONAL_BEST
) -> Plan[dict[str, int]]:
    """The world position a record of the given time would take on each map: 1 request per
    50 maps.

    Args:
        times: the time (or score) in milliseconds to place, by map UID.
        group_uid: the group/season; `Personal_Best` is the global leaderboard.

    Unknown maps are left out of the answer. A time equal to existing records ranks after
    them (a new record comes after those set before it).
    """
    if not isinstance(times, Mapping):
        raise ArgumentError(f"times must be a dict of times by map UID (got {times!r})")
    uids = _uids("times", list(times))
    scores = {uid: check.count(f"times[{uid!r}]", times[uid]) for uid in uids}
    check.uid("group_uid", group_uid)
    chunks = _chunks(uids, live_leaderboards.MAX_RECORD_MAPS)
    endpoint = live_leaderboards.get_record_positions

    def flow() -> Flow[dict[str, int]]:
        found: dict[str, int] = {}
        for chunk in chunks:
            answer = yield endpoint, (token, {uid: scores[uid] for uid in chunk}, group_uid)
            for entry in answer or []:
                world = entry["zones"][0]["ranking"]["position"]
                found[entry["mapUid"]] = int(world)
        return found

    return Plan("positions", len(chunks), flow)


def records_at(
    token: WebServicesToken, map_uid: str, ranks: Iterable[int], group_uid: str = PERSONAL_BEST
) -> Plan[dict[int, dict[str, Any] | None]]:
    """The world records at given ranks of a map (the time of the Nth record, a top-N
    cut-off): 1 request per run of ranks that fits in 100 (ranks 1, 10 and 100 take one).

    Args:
        map_uid: the UID of the map.
        ranks: positions from 1 to 10,000 (no record past the 10,000th can be read).
        group_uid: the group/season; `Personal_Best` is the global leaderboard.

    Each rank maps to its record (`score` is its time), or None past the last record.
    """
    check.map_uid("map_uid", map_uid)
    check.uid("group_uid", group_uid)
    if isinstance(ranks, (str, bytes)) or not isinstance(ranks, Iterable):
        raise ArgumentError(f"ranks must be a list of positions (got {ranks!r})")
    wanted = sorted(
        {check.count(f"ranks[{i}]", rank, minimum=1, maximum=live_leaderboards.LEADERBOARD_DEPTH)
         for i, rank in enumerate(ranks)}
    )
    if not wanted:
        raise ArgumentError("ranks must hold at least one position")
    windows: list[list[int]] = []
    for rank in wanted:
        if windows and rank - windows[-1][0] < live_leaderboards.LEADERBOARD_PAGE:
            windows[-1].append(rank)
        else:
            windows.append([rank])
    endpoint = live_leaderboards.get_map_leaderboard

    def flow() -> Flow[dict[int, dict[str, Any] | None]]:
        found: dict[int, dict[str, Any] | None] = {}
        for window in windows:
            first, length = window[0], window[-1] - window[0] + 1
            answer = yield endpoint, (token, map_uid, group_uid, True, length, first - 1)
            top = (answer.get("tops") or [{}])[0].get("top", [])
            for rank in window:
                found[rank] = top[rank - first] if rank - first < len(top) else None
        return found

    return Plan("records_at", len(windows), flow)


def medal_counts(
    token: WebServicesToken,
    map_uids: Sequence[str],
    medal_times: Mapping[str, Mapping[str, int]] | None = None,
    group_uid: str = PERSONAL_BEST,
) -> Plan[dict[str, dict[str, int]]]:
    """How many players hold each medal on each map (a time at or under the medal's): 4
    requests per 50 maps, plus 1 per 100 maps to read their medal times unless given.

    Args:
        map_uids: the UIDs of the maps.
        medal_times: the medal times already known, by map UID, each as
            `{"author": ms, "gold": ms, "silver": ms, "bronze": ms}` (saves the map info
            requests); None to read them.
        group_uid: the group/season; `Personal_Best` is the global leaderboard.

    Answers `{map_uid: {"author": n, "gold": n, "silver": n, "bronze": n}}`, each count
    including the better medals' holders; unknown maps are left out.
    """
    uids = _uids("map_uids", map_uids)
    check.uid("group_uid", group_uid)
    known: dict[str, dict[str, int]] | None = None
    if medal_times is not None:
        if not isinstance(medal_times, Mapping):
            raise ArgumentError(f"medal_times must be a dict by map UID (got {medal_times!r})")
        known = {}
        for uid in uids:
            times = medal_times.get(uid)
            if not isinstance(times, Mapping) or set(times) != set(MEDALS):
                raise ArgumentError(
                    f"medal_times[{uid!r}] must give the times of {', '.join(MEDALS)}"
                )
            known[uid] = {m: check.count(f"medal_times[{uid!r}][{m!r}]", times[m]) for m in MEDALS}
    info_chunks = [] if known is not None else _chunks(uids, live_maps.MAX_MAP_INFO)
    position_chunks = len(_chunks(uids, live_leaderboards.MAX_RECORD_MAPS))

    def flow() -> Flow[dict[str, dict[str, int]]]:
        times = dict(known or {})
        for chunk in info_chunks:
            answer = yield live_maps.get_maps_info, (token, chunk)
            for info in answer.get("mapList", []):
                times[info["uid"]] = {m: int(info[field]) for m, field in MEDALS.items()}
        counts: dict[str, dict[str, int]] = {}
        for medal in MEDALS:
            # The position of a time one millisecond over the medal's is one past the last
            # record at or under it.
            asked = {uid: times[uid][medal] + 1 for uid in uids if uid in times}
            if not asked:
                continue
            found = yield from positions(token, asked, group_uid)._flow()
            for uid, position in found.items():
                counts.setdefault(uid, {})[medal] = position - 1
        return {uid: found for uid, found in counts.items() if len(found) == len(MEDALS)}

    requests = len(info_chunks) + len(MEDALS) * position_chunks
    return Plan("medal_counts", requests, flow)


def country_leaderboard(
    token: WebServicesToken,
    map_uid: str,
    zone: str,
    depth: int = 1000,
    *,
    zones: Sequence[Mapping[str, Any]] | None = None,
    core_token: WebServicesToken | None = None,
    group_uid: str = PERSONAL_BEST,
) -> Plan[list[dict[str, Any]]]:
    """A zone's leaderboard on a map (a country's, a region's...), read from the world's top:
    1 request per 100 records of `depth`, plus 1 for the zone tree unless `zones` is given.

    Args:
        map_uid: the UID of the map.
        zone: the zone's ID or name (e.g. `"France"`), at any level of the zone tree.
        depth: how deep into the world's top to read, 1 to 10,000 (the deepest readable).
        zones: the zone tree (`core.get_zones(core_token)`) if already at hand.
        core_token: a token for the Core API, to read the zone tree when `zones` is None.
        group_uid: the group/season; `Personal_Best` is the global leaderboard.

    Answers the world records of players in the zone, in world order (their `position` is
    the world's). The zone-specific top of the leaderboard endpoint holds only 5 records,
    hence the world's. `requests` is exact when the world's top holds `depth` records; a
    shorter leaderboard ends sooner, and costs less.
    """
    check.map_uid("map_uid", map_uid)
    check.uid("group_uid", group_uid)
    if not isinstance(zone, str) or not zone.strip():
        raise ArgumentError(f"zone must be a zone's ID or name (got {zone!r})")
    depth = check.count("depth", depth, minimum=1, maximum=live_leaderboards.LEADERBOARD_DEPTH)
    if zones is None and core_token is None:
        raise ArgumentError("zones or core_token is required, to know which zones are inside")
    if zones is not None and (isinstance(zones, (str, Mapping)) or not isinstance(zones, Sequence)):
        raise ArgumentError(f"zones must be the list core.get_zones answers (got {zones!r})")
    listing = live_leaderboards.iter_map_leaderboard
    pages = math.ceil(depth / listing.page_size)

    def flow() -> Flow[list[dict[str, Any]]]:
        tree = zones
        if tree is None:
            tree = yield core_meta.get_zones, (core_token,)
        inside = _zone_and_below(tree, zone)
        crawl = listing.start(token, map_uid, group_uid, depth)
        kept: list[dict[str, Any]] = []
        for offset, length in crawl.pages():
            answer = yield listing.endpoint, crawl.paging.arguments(offset, length)
            kept += [r for r in crawl.take(answer, length) if r.get("zoneId") in inside]
            if crawl.done:
                break
        return kept

    return Plan("country_leaderboard", pages + (zones is None), flow)


def _zone_and_below(tree: Sequence[Mapping[str, Any]], zone: str) -> set[str]:
    """The IDs of `zone` (an ID or a name) and of every zone inside it."""
    matches = [z for z in tree if zone in (z.get("zoneId"), z.get("name"))]
    if len(matches) != 1:
        found = "no zone" if not matches else f"{len(matches)} zones (use the zone's ID)"
        raise ArgumentError(f"zone {zone!r} names {found}")
    children: dict[str, list[str]] = {}
    for z in tree:
        children.setdefault(str(z.get("parentId")), []).append(str(z.get("zoneId")))
    inside, todo = set(), [str(matches[0]["zoneId"])]
    while todo:
        current = todo.pop()
        if current not in inside:
            inside.add(current)
            todo += children.get(current, [])
    return inside


def _uids(name: str, values: Sequence[str]) -> list[str]:
    """Map UIDs, each once, in order; at least one."""
    if isinstance(values, str) or not isinstance(values, Iterable):
        raise ArgumentError(f"{name} must be a list of map UIDs (got {values!r})")
    uids = list(dict.fromkeys(check.map_uid(f"{name}[{i}]", v) for i, v in enumerate(values)))
    if not uids:
        raise ArgumentError(f"{name} must hold at least one map UID")
    return uids


def _chunks(values: list[str], size: int) -> list[list[str]]:
    return [values[start : start + size] for start in range(0, len(values), size)]
