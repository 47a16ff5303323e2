"""JSON shapes of the emulated Meet API: competitions, challenges, rounds, matches, results."""

from __future__ import annotations

import json
from typing import Any

from ..world import World
from ..world import hashing as h
from ..world.competitions import CUP_ID_BASE, Comp, Competitions, CompMatch, live_id, zone_path

_ADMINS = (
    "0060a0c1-2e62-41e7-9db7-c86236af3ac4",
    "54e4dda4-522d-496f-8a8b-fe0d0b5a2a8f",
    "6ce163d5-f240-4741-870b-f2adad843865",
)
_CLUB_MEDIA = "https://trackmania-prod-club-public.s3.eu-west-1.amazonaws.com/competitions/club/"
_ROUND_NAMES = ("Qualifying Rounds", "FINAL")


def spot_structure(comps: Competitions, comp: Comp) -> str:
    """The competition's spot structure, a JSON document in a string."""
    if comp.is_cup:
        generator = {"matchSize": comp.match_size, "matchGeneratorType": "daily_cup"}
        rounds: list[dict[str, Any]] = [
            {"matchGeneratorData": generator, "matchGeneratorType": "daily_cup"}
        ]
    else:
        first = [
            {
                "spots": [
                    {"roundPosition": 0, "rank": s, "spotType": "round_challenge_participant"}
                    for s in range(m * comp.match_size + 1, (m + 1) * comp.match_size + 1)
                ],
                "settings": [],
            }
            for m in range(comp.match_count(0))
        ]
        final = [
            {
                "spots": [
                    {
                        "roundPosition": 0,
                        "matchPosition": m,
                        "rank": 1,
                        "spotType": "match_participant",
                    }
                    for m in range(comp.match_count(0))
                ],
                "settings": [],
            }
        ]
        rounds = [
            {"matchGeneratorData": {"matches": matches}, "matchGeneratorType": "spot_filler"}
            for matches in (first, final)
        ]
    return json.dumps({"version": 1, "rounds": rounds}, separators=(",", ":"))


def competition_json(comps: Competitions, comp: Comp) -> dict[str, Any]:
    """A competition as `GET /api/competitions/{competitionId}` shows it."""
    club = not comp.is_cup
    logo = f"{_CLUB_MEDIA}{comp.activity_id}/logo/{h.alnum(0, 20, 'logo', comp.id).lower()}.png"
    return {
        "id": comp.id,
        "liveId": live_id("COMP", comp.id),
        "creator": comp.creator,
        "name": comp.name,
        "participantType": "TEAM" if comp.team else "PLAYER",
        "description": f"{comp.name}, a club competition." if club else None,
        "activityId": comp.activity_id,
        "clubId": comp.club_id,
        "registrationStart": comp.creation if club else None,
        "registrationEnd": comp.qualifier_start if club else None,
        "startDate": comp.start,
        "endDate": comp.end,
        "matchesGenerationDate": None if club else comp.start - 25,
        "nbPlayers": comp.nb_players,
        "spotStructure": spot_structure(comps, comp),
        "leaderboardId": comp.leaderboard_id,
        "manialink": None,
        "rulesUrl": None,
        "streamUrl": None,
        "websiteUrl": None,
        "logoUrl": logo if club else None,
        "verticalUrl": None,
        "allowedZones": [],
        "deletedOn": None,
        "autoNormalizeSeeds": True,
        "region": None if club else "eu-west",
        "autoGetParticipantSkillLevel": "DISABLED",
        "matchAutoMode": "START" if club else "ENABLED",
        "partition": comp.partition,
    }


def _status(now: float, start: int, end: int, done: str) -> str:
    return "INIT" if now < start else "HAS_SERVERS" if now < end else done


def challenge_json(world: World, comp: Comp) -> dict[str, Any]:
    """The qualifier challenge of a competition."""
    end = comp.qualifier_start + (900 if comp.is_cup else 3000)
    return {
        "id": comp.challenge_id,
        "uid": h.uuid_str(world.seed, "challenge-uid", comp.challenge_id),
        "name": f"{comp.name} - Challenge" if comp.is_cup else f"{comp.name} - qualifier",
        "scoreDirection": "ASC",
        "startDate": comp.qualifier_start,
        "endDate": end,
        "status": _status(world.now, comp.qualifier_start, end, "SERVER_DELETED"),
        "resultsVisibility": "PUBLIC",
        "creator": comp.creator,
        "admins": list(_ADMINS) if comp.is_cup else [comp.creator],
        "nbServers": 0,
        "autoScale": comp.is_cup,
        "nbMaps": 1,
        "leaderboardId": comp.leaderboard_id + 1,
        "deletedOn": None,
        "leaderboardType": "SUM",
        "completeTimeout": 5,
    }


def qualifier_time(world: World, comp: Comp, seed: int) -> int:
    """The qualifier time of a seed: the better the seed, the faster."""
    info = world.map_info(comp.map_uid)
    base = info.author_time if info is not None else 45_000
    return base - 400 + seed * 7 + h.uint(world.seed, "qualifier", comp.id, seed) % 7


def qualifier_results(
    comps: Competitions, comp: Comp, offset: int, length: int
) -> list[tuple[int, str, int]]:
    """(rank, account, time) of the qualifier's ranking; empty before it starts."""
    if comps.world.now < comp.qualifier_start:
        return []
    last = min(comp.nb_players, offset + length)
    return [
        (seed, comps.participant(comp, seed), qualifier_time(comps.world, comp, seed))
        for seed in range(offset + 1, last + 1)
    ]


def cup_json(comps: Competitions, comp: Comp) -> dict[str, Any]:
    """An official cup as the cups routes show it."""
    return {
        "id": CUP_ID_BASE + comp.index,
        "edition": comp.edition,
        "competition": competition_json(comps, comp),
        "challenge": challenge_json(comps.world, comp),
        "startDate": comp.qualifier_start,
        "endDate": comp.end,
        "deletedOn": None,
    }


def round_json(comp: Comp, position: int, now: float) -> dict[str, Any]:
    start, end = comp.round_times(position)
    name = "Knockout" if comp.is_cup else _ROUND_NAMES[position]
    return {
        "id": comp.round_id(position),
        "position": position,
        "name": name,
        "startDate": start,
        "endDate": end,
        "lockDate": None,
        "status": None,
        "isLocked": False,
        "autoNeedsMatches": True,
        "matchScoreDirection": "ASC" if comp.is_cup else "DESC",
        "leaderboardComputeType": "SUM" if comp.is_cup else "BRACKET",
        "teamLeaderboardComputeType": "SUM" if comp.team else None,
        "deletedOn": None,
        "nbMatches": comp.match_count(position) if comp.started_by(now) else 0,
        "qualifierChallengeId": comp.challenge_id if position == 0 else None,
        "trainingChallengeId": None,
    }


def participant_json(comps: Competitions, comp: Comp, seed: int) -> dict[str, Any]:
    account = comps.participant(comp, seed)
    club = not comp.is_cup
    return {
        "participant": account,
        "zone": zone_path(comps.world, account),
        "registration": comp.creation + seed * 61 if club else comp.qualifier_start + seed % 900,
        "seed": seed if club else None,
        "addedBy": comp.creator if club else None,
        "team": comps.team_of(comp, seed),
        "checkInDate": None,
        "groupId": None,
        "skillLevel": None,
    }


def comp_match_json(match: CompMatch, now: float) -> dict[str, Any]:
    name = "Knockout" if match.comp.is_cup else _ROUND_NAMES[match.round_position]
    return {
        "id": match.id,
        "name": f"{match.comp.name} - {name} - {match.position + 1}",
        "clubMatchLiveId": match.live_id,
        "position": match.position,
        "isCompleted": now >= match.times[1],
        "tags": [],
        "deletedOn": None,
    }


def _match_scores(comps: Competitions, match: CompMatch) -> list[tuple[int, int, int]]:
    """(rank, seed, score) of a match, best first."""
    seeds = comps.match_seeds(match)
    return [(rank, seed, 3 * (len(seeds) - rank)) for rank, seed in enumerate(seeds, 1)]


def match_results_json(comps: Competitions, match: CompMatch) -> dict[str, Any]:
    """A competition match's results; ranks and scores stay null until it has ended."""
    comp, done = match.comp, comps.world.now >= match.times[1]
    scores = _match_scores(comps, match)
    results = [
        {
            "participant": comps.participant(comp, seed),
            "rank": rank if done else None,
            "score": score if done else None,
            "zone": zone_path(comps.world, comps.participant(comp, seed)),
            "team": comps.team_of(comp, seed),
        }
        for rank, seed, score in scores
    ]
    return {
        "matchLiveId": match.live_id,
        "roundPosition": match.round_position,
        "results": results,
        "scoreUnit": "point",
        "teams": team_results(comps, match) if done else [],
    }


def team_results(comps: Competitions, match: CompMatch) -> list[dict[str, Any]]:
    """The teams of a team competition's match, best first ([] without teams)."""
    if not match.comp.team:
        return []
    totals: dict[str, int] = {}
    for _, seed, score in _match_scores(comps, match):
        team = comps.team_of(match.comp, seed)
        assert team is not None
        totals[team] = totals.get(team, 0) + score
    ordered = sorted(totals, key=lambda t: -totals[t])
    order = list(totals)
    return [
        {"position": order.index(t), "team": t, "rank": rank, "score": totals[t]}
        for rank, t in enumerate(ordered, 1)
    ]


def regular_match_json(
    match_id: int,
    name: str,
    start: int,
    end: int,
    now: float,
    team: bool,
    script: str,
    map_uid: str,
    seed: int,
) -> dict[str, Any]:
    """A match as the match routes show it."""
    return {
        "id": match_id,
        "liveId": live_id("MTCH", match_id),
        "name": name,
        "startDate": start,
        "endDate": end,
        "status": "PENDING" if now < start else "ONGOING" if now < end else "COMPLETED",
        "participantType": "team" if team else "player",
        "joinLink": f"#join={h.alnum(seed, 22, 'join-match', match_id)}@Trackmania",
        "serverStatus": "STARTED" if start <= now < end else "DELETED",
        "manialink": None,
        "publicConfig": {"script": f"TrackMania/{script}.Script.txt", "maps": [map_uid]},
    }
