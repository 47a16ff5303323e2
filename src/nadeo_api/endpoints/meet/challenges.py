"""Declarations of the Meet API's endpoints documented under `meet/challenges/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import _checks as check
from ..._endpoint import Call, call, endpoint
from ..._pagination import paged

if TYPE_CHECKING:
    from ...auth import WebServicesToken


@endpoint("meet", "GET", "/api/challenges/{challengeId}", model="meet.challenges.Challenge")
def get_challenge(token: WebServicesToken, challenge_id: int) -> Call:
    """Get a challenge: a leaderboard of its own, such as a competition's qualifier.

    Args:
        challenge_id: the ID of the challenge (a round's `qualifierChallengeId`).

    Remarks: challenges are not competitions; an unknown challenge is a 404.
    """
    return call(challengeId=check.identifier("challenge_id", challenge_id))


@endpoint("meet", "GET", "/api/challenges", model="meet.challenges.ChallengeList")
def get_challenges(token: WebServicesToken, length: int = 10, offset: int = 0) -> Call:
    """Get challenges, newest first.

    Args:
        length: challenges to get, 0 to 100.
        offset: challenges to skip.

    Remarks: challenges are not competitions, though most are competitions' qualifiers.
    """
    return call(query=check.page(length, offset, maximum=100))


@endpoint(
    "meet", "GET", "/api/challenges/{challengeId}/leaderboard",
    model="meet.challenges.ChallengeLeaderboard",
)
def get_challenge_leaderboard(
    token: WebServicesToken, challenge_id: int, length: int = 10, offset: int = 0
) -> Call:
    """Get a challenge's leaderboard (e.g. a Cup of the Day qualifier's).

    Args:
        challenge_id: the ID of the challenge (a round's `qualifierChallengeId`).
        length: entries to get, 0 to 100.
        offset: entries to skip.

    Remarks: `cardinal` is the number of ranked players; an unknown challenge is a 404.
    """
    return call(
        challengeId=check.identifier("challenge_id", challenge_id),
        query=check.page(length, offset, maximum=100),
    )


@endpoint(
    "meet", "GET", "/api/challenges/{challengeId}/records/maps/{mapUid}",
    model="meet.challenges.ChallengeRecordList",
)
def get_challenge_map_records(
    token: WebServicesToken, challenge_id: int, map_uid: str, length: int = 10, offset: int = 0
) -> Call:
    """Get a challenge's records on one of its maps.

    Args:
        challenge_id: the ID of the challenge.
        map_uid: the UID of one of the challenge's maps.
        length: records to get, 0 to 100.
        offset: records to skip.

    Remarks: like `get_challenge_leaderboard`, for one map; an unknown challenge or map, or
    no record for the pair, is a 404.
    """
    return call(
        challengeId=check.identifier("challenge_id", challenge_id),
        mapUid=check.map_uid("map_uid", map_uid),
        query=check.page(length, offset, maximum=100),
    )


iter_challenges = paged(
    get_challenges, what="challenges, newest first", items=None, key="id", page_size=100,
    model="meet.challenges.Challenge",
)
iter_challenge_leaderboard = paged(
    get_challenge_leaderboard, what="a challenge's leaderboard", items="results", key="player",
    total="cardinal", page_size=100, model="meet.challenges.ChallengeResult",
)
iter_challenge_map_records = paged(
    get_challenge_map_records, what="a challenge's records on one map", items=None,
    key="player", page_size=100, model="meet.challenges.ChallengeRecord",
)
