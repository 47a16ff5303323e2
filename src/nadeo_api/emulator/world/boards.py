"""Deterministic data behind the leaderboard handlers that the world does not hold itself:
campaign (season points) leaderboards, trophy rankings, club rankings and medal records.

Campaign leaderboards reuse the lazy map `Leaderboard` on a synthetic map keyed by the group,
so positions, players, zones and the service accounts' own entries follow the same rules as
map leaderboards.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import PERSONAL_BEST, Club, MapInfo, World, Zone
from . import hashing as h
from .leaderboards import POPULATION, Leaderboard, Record
from .trophies import last_year

SP_TOP = 300_000
"""Season points of a campaign's leader."""
TROPHY_TOP = 40_000_000
"""Trophy points of the world's best player."""
ECHELON_THRESHOLDS = (
    100, 1_000, 10_000, 100_000, 1_000_000, 3_000_000, 6_000_000, 10_000_000, 15_000_000,
)  # fmt: skip
"""Trophy points needed for echelons 1 to 9."""


def medal_times(author_time: int) -> dict[str, int]:
    """Medal times of a map, from its author time (gold, silver, bronze rounded up to the
    second, as the game's default medals)."""
    return {
        "Author": author_time,
        "Gold": -(-author_time * 106 // 100_000) * 1000,
        "Silver": -(-author_time * 120 // 100_000) * 1000,
        "Bronze": -(-author_time * 150 // 100_000) * 1000,
    }


def ranking(zone: Zone, position: int) -> dict[str, Any]:
    """A zone's `{zoneId, zoneName, ranking: {position, length}}` entry."""
    return {
        "zoneId": zone.zone_id,
        "zoneName": zone.name,
        "ranking": {"position": position, "length": 0},
    }


def zone_position(world: World, world_position: int, zone: Zone) -> int:
    """The position inside a zone of an entry at `world_position` (World: itself)."""
    if zone.depth == 0:
        return world_position
    return 1 + int((world_position - 1) * world.zone_share(zone.zone_id))


def zone_rankings(world: World, account_id: str, world_position: int) -> list[dict[str, Any]]:
    """An account's rankings in World and each of its zones, from its world position."""
    chain = world.zone_chain(world.account_zone(account_id).zone_id)
    return [ranking(z, zone_position(world, world_position, z)) for z in chain]


def is_campaign_group(world: World, group_uid: str) -> bool:
    """Whether a group is a campaign or season (`Personal_Best` is not)."""
    return group_uid != PERSONAL_BEST and world.is_valid_group(group_uid)


def group_end(world: World, group_uid: str) -> int | None:
    """When the leaderboard of an official group (a season, a Track of the Day, a Royal map, a
    weekly campaign) closes; None for groups that never close (`Personal_Best`, clubs')."""
    for campaign in (*world.seasonal_campaigns(), *world.weekly_shorts(), *world.weekly_grands()):
        if campaign.season_uid == group_uid:
            return campaign.end_timestamp
    for day in (*world.totd_days(), *world.royal_days()):
        if day.season_uid == group_uid:
            return day.end_timestamp
    return None


def is_open_group(world: World, group_uid: str) -> bool:
    """Whether a known group's leaderboard is still open (`Personal_Best` always is)."""
    if group_uid == PERSONAL_BEST:
        return True
    end = group_end(world, group_uid)
    return end is None or end > world.now


def campaign_board(world: World, group_uid: str) -> Leaderboard | None:
    """The season-points leaderboard of a campaign group (None for other groups)."""
    if not is_campaign_group(world, group_uid):
        return None
    info = MapInfo(
        uid=f"campaign:{group_uid}",
        name=group_uid,
        kind="club",
        author_time=60_000,
        start_timestamp=int(world.now) - 90 * 86_400,
        group_uid=group_uid,
        campaign_id=0,
        author_account_id="",
    )
    return Leaderboard(world, info)


def season_points(board: Leaderboard, position: int) -> str:
    """The season points at a position (a string, as the service sends them)."""
    share = (position - 1) / max(1, board.size)
    return str(max(1, int(SP_TOP * (1 - share) ** 4)))


def campaign_entry(board: Leaderboard, position: int, shown: int | None = None) -> dict[str, Any]:
    """A campaign leaderboard entry (`shown` renumbers it, e.g. within a club)."""
    zone = board.zone_at(position)
    return {
        "accountId": board.account_at(position),
        "zoneId": zone.zone_id,
        "zoneName": zone.name,
        "position": position if shown is None else shown,
        "sp": season_points(board, position),
    }


def campaign_zone_top(board: Leaderboard, zone: Zone, count: int) -> dict[str, Any]:
    """The best `count` entries of a zone (World: the world's), renumbered within the zone."""
    if zone.depth == 0:
        records: list[Record] = board.records(0, count)
    else:
        records = board.zone_top(zone.zone_id, count)
    return {
        "zoneId": zone.zone_id,
        "zoneName": zone.name,
        "top": [campaign_entry(board, r.position, i + 1) for i, r in enumerate(records)],
    }


def club_ranked(world: World, board: Leaderboard, club: Club | None) -> list[int]:
    """World positions of a club's members who have an entry, best first."""
    if club is None:
        return []
    positions = (board.position_of_account(member) for member in world.club_members(club))
    return sorted(p for p in positions if p is not None)


@dataclass(frozen=True)
class TrophyRanking:
    """An account's place on the trophy leaderboard."""

    account_id: str
    position: int
    points: int

    @property
    def echelon(self) -> int:
        return sum(1 for threshold in ECHELON_THRESHOLDS if self.points >= threshold)


def trophy_ranking(world: World, account_id: str) -> TrophyRanking | None:
    """The trophy ranking of a world player or configured service account (None otherwise)."""
    index = world.player_index(account_id)
    if index is not None:
        a = 1 + h.uint(world.seed, "trophy-a") % (POPULATION - 1)
        position = (a * index + h.uint(world.seed, "trophy-b")) % POPULATION + 1
    else:
        account = world.configured_account(account_id)
        if account is None or account.kind != "service":
            return None
        # Its points are its last year's gains (older trophies have expired); its position
        # the one those points take on the world's curve.
        points = last_year(world, account_id)[0]
        position = min(POPULATION, max(1, round(200 * (TROPHY_TOP / max(1, points) - 1))))
        return TrophyRanking(account_id, position, points)
    return TrophyRanking(account_id, position, int(TROPHY_TOP / (1 + position / 200)))


def trophy_json(trophies: TrophyRanking) -> dict[str, Any]:
    """The fields of a player's trophy ranking other than its zones."""
    return {
        "countPoint": trophies.points,
        "accountId": trophies.account_id,
        "echelon": trophies.echelon,
    }


def medal_position(board: Leaderboard, time: int) -> int:
    """The position of the slowest record that still reaches `time` (0 when none does)."""
    return board.position_for_score(time + 1) - 1
