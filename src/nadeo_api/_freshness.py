"""How long an answer stays true: the reason, endpoint by endpoint, to keep it.

A read is kept only when something says it cannot have changed yet:

- the server's own hint: `relativeNextRequest` (seconds) or `nextRequestTimestamp` (Unix time)
  in the lists of Tracks of the Day, seasons, weekly campaigns and Cups of the Week, or else
  the end of the newest campaign listed (nothing new is published before it);
- a past month of Tracks of the Day (or Royal maps) is final: its answer only moves when the
  current month turns, since `offset` counts back from it;
- data that does not change: a map's info by its UID or map ID, the zones (kept a day, and
  only when every map asked for was found: a missing one may be uploaded later);
- a club's own reads change only when someone edits the club: kept a minute, and forgotten at
  once when this process writes to the club (`scope_of` names what a write touches).

Anything else (leaderboards, records, a player's own lists, passwords...) is never kept.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["MAX_FRESHNESS", "expiry", "is_kept", "scope_of"]

MAX_FRESHNESS = 92 * 86400.0
"""The longest any answer is kept (a season), whatever the answer announces."""

DAY = 86400.0
CLUB_READ = 60.0
"""How long a club's reads are kept when nothing in this process edits the club."""

# The Track of the Day months may turn at midnight anywhere on Earth (UTC-12 to UTC+14): a past
# month's answer is forgotten before the earliest of those midnights.
_MONTH_TURN_MARGIN = 14 * 3600.0

Rule = Callable[[Any, Mapping[str, str], float], "float | None"]
"""(decoded answer, query, now) -> Unix time the answer stays fresh until, or None."""


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value)


def announced(answer: Any, query: Mapping[str, str], now: float) -> float | None:
    """Until the next change the answer announces (`relativeNextRequest` is preferred: it does
    not depend on the two clocks agreeing); None when it announces none (-1, or a past time)."""
    if not isinstance(answer, dict):
        return None
    relative = _number(answer.get("relativeNextRequest"))
    if relative is not None and relative > 0:
        return now + relative
    when = _number(answer.get("nextRequestTimestamp"))
    if when is not None and when > now:
        return when
    return None


def _campaign_list(answer: Any, query: Mapping[str, str], now: float) -> float | None:
    """The announced time, or else the end of the soonest-ending listed campaign still open."""
    hinted = announced(answer, query, now)
    if hinted is not None or not isinstance(answer, dict):
        return hinted
    ends = [
        end for item in answer.get("campaignList") or [] if isinstance(item, dict)
        for end in [_number(item.get("endTimestamp"))] if end is not None and end > now
    ]  # fmt: skip
    return min(ends, default=None)


def _month_turn(answer: Any, query: Mapping[str, str]) -> float | None:
    """When the current month (the first listed month plus `offset`) ends, less the margin."""
    try:
        first = answer["monthList"][0]
        year, month = int(first["year"]), int(first["month"])
        offset = int(query.get("offset", "0"))
    except (KeyError, IndexError, TypeError, ValueError):
        return None
    index = year * 12 + (month - 1) + offset + 1  # the month after the current one
    if not 1 <= index // 12 <= 9998:
        return None
    turn = datetime.datetime(index // 12, index % 12 + 1, 1, tzinfo=datetime.timezone.utc)
    return turn.timestamp() - _MONTH_TURN_MARGIN


def _later(now: float, *times: float | None) -> float | None:
    known = [when for when in times if when is not None and when > now]
    return max(known, default=None)


def _totd_months(answer: Any, query: Mapping[str, str], now: float) -> float | None:
    """This month's answer until the next Track of the Day; past months until the month
    turns (they are final, but `offset` counts from the current month)."""
    hinted = announced(answer, query, now)
    if query.get("offset", "0") in ("0", ""):
        return hinted
    return _later(now, hinted, _month_turn(answer, query))


def _royal_months(answer: Any, query: Mapping[str, str], now: float) -> float | None:
    """Royal maps are no longer published: every month is final until the month turns."""
    return _later(now, announced(answer, query, now), _month_turn(answer, query))


def _for(seconds: float) -> Rule:
    def rule(answer: Any, query: Mapping[str, str], now: float) -> float | None:
        return now + seconds

    return rule


def _all_found(asked: str, field: str) -> Rule:
    """A day, when the answer holds every item asked for in the query's `asked` list."""

    def rule(answer: Any, query: Mapping[str, str], now: float) -> float | None:
        items = answer.get("mapList") if isinstance(answer, dict) else answer
        if not isinstance(items, list):
            return None
        found = {item.get(field) for item in items if isinstance(item, dict)}
        wanted = {part for part in query.get(asked, "").split(",") if part}
        return now + DAY if wanted and wanted <= found else None

    return rule


RULES: dict[tuple[str, str], Rule] = {
    ("live", "get_maps_totd"): _totd_months,
    ("live", "get_maps_royal"): _royal_months,
    ("live", "get_maps_seasonal"): _campaign_list,
    ("live", "get_maps_seasonal_v1"): _campaign_list,
    ("live", "get_maps_weekly_short"): _campaign_list,
    ("live", "get_maps_weekly_grand"): _campaign_list,
    ("live", "get_maps_cup_of_the_week"): _campaign_list,
    ("live", "get_map_info"): _for(DAY),
    ("live", "get_maps_info"): _all_found("mapUidList", "uid"),
    ("core", "get_map_info"): _for(DAY),
    ("core", "get_maps_info_by_uids"): _all_found("mapUidList", "mapUid"),
    ("core", "get_maps_info_by_ids"): _all_found("mapIdList", "mapId"),
    ("core", "get_zones"): _for(DAY),
}
"""The endpoints whose answers are kept, by (api, declared name); club reads come from their
route (`_CLUB`)."""

# A club's own resources: `/api/token/club/{clubId}` and everything under it.
_CLUB = re.compile(r"^/api/token/club/(\d+)(?:/|$)")
# Not kept although under a club: a room's password is a secret.
_SECRET = re.compile(r"/get-password$")


def _rule(api: str, name: str, path: str) -> Rule | None:
    rule = RULES.get((api, name))
    if rule is None and api == "live" and _CLUB.match(path) and not _SECRET.search(path):
        rule = _for(CLUB_READ)
    return rule


def is_kept(api: str, name: str, path: str) -> bool:
    """Whether answers of the declared GET endpoint `name` on `path` may be kept at all."""
    return _rule(api, name, path) is not None


def expiry(
    api: str, name: str, path: str, answer: Any, query: Mapping[str, str], now: float
) -> float | None:
    """Unix time until which `answer` stays fresh (at most `MAX_FRESHNESS` from `now`), or None
    to not keep it."""
    rule = _rule(api, name, path)
    if rule is None:
        return None
    until = rule(answer, query, now)
    if until is None or until <= now:
        return None
    return min(until, now + MAX_FRESHNESS)


def scope_of(api: str, path: str) -> str | None:
    """What a read of `path` belongs to, and a write to `path` touches: a club; None when
    nothing kept depends on it."""
    if api != "live":
        return None
    found = _CLUB.match(path)
    return f"club/{found.group(1)}" if found else None
