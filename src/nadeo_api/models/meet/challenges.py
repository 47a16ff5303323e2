"""Models of the answers of the Meet API's endpoints documented under `meet/challenges/`."""

from __future__ import annotations

import msgspec

from .._base import Model, format_race_time
from ._shared import _Dated

__all__ = [
    "Challenge",
    "ChallengeLeaderboard",
    "ChallengeList",
    "ChallengeRecord",
    "ChallengeRecordList",
    "ChallengeResult",
]


class Challenge(_Dated, kw_only=True):
    """A challenge: a leaderboard of its own, such as a competition's qualifier."""

    id: int
    uid: str
    name: str
    score_direction: str = ""
    status: str = ""
    results_visibility: str = ""
    creator: str
    admins: list[str] = msgspec.field(default_factory=list)
    nb_servers: int = 0
    auto_scale: bool = False
    nb_maps: int = 0
    leaderboard_id: int | None = None
    deleted_on: int | None = None
    leaderboard_type: str | None = None
    complete_timeout: int | None = None


ChallengeList = list[Challenge]


class ChallengeResult(Model):
    """A challenge leaderboard entry; `score` is a time in milliseconds."""

    player: str
    rank: int
    score: int
    points: int | None = None
    zone: str | None = None

    @property
    def time(self) -> str:
        return format_race_time(self.score)


class ChallengeLeaderboard(Model):
    challenge_id: int
    cardinal: int
    score_unit: str | None = None
    results: list[ChallengeResult] = msgspec.field(default_factory=list)


class ChallengeRecord(Model):
    """A record on one of a challenge's maps; `time` in milliseconds."""

    time: int
    uid: str
    player: str
    score: int
    rank: int

    @property
    def race_time(self) -> str:
        return format_race_time(self.time)


ChallengeRecordList = list[ChallengeRecord]
