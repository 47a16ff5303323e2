"""The events a `Watch` yields: what changed on the services, typed, with a line of text."""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass
from typing import Any, ClassVar

from . import text
from .models._base import format_race_time

__all__ = [
    "CampaignPublished",
    "CupEnded",
    "CupStarted",
    "Event",
    "PersonalBest",
    "TrackOfTheDay",
    "WorldRecord",
]


def _when(timestamp: float | None) -> str:
    if timestamp is None:
        return "?"
    moment = datetime.datetime.fromtimestamp(timestamp, datetime.timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


@dataclass(frozen=True)
class Event:
    """Something that changed. `kind` names the type in JSON; `describe()` is one line."""

    kind: ClassVar[str] = "event"

    def describe(self) -> str:
        """One line of plain text for a terminal or a chat."""
        return self.kind

    def to_json(self) -> dict[str, Any]:
        """The event as JSON-ready data, with its `kind` first."""
        data: dict[str, Any] = {"kind": self.kind}
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if isinstance(value, datetime.date):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            data[field.name] = value
        return data


@dataclass(frozen=True)
class TrackOfTheDay(Event):
    """A new Track of the Day is out."""

    kind: ClassVar[str] = "track-of-the-day"
    map_uid: str
    date: datetime.date
    start: int
    """Unix seconds when it became the Track of the Day."""
    end: int
    campaign_id: int | None = None

    def describe(self) -> str:
        return f"Track of the Day {self.date.isoformat()}: {self.map_uid}"


@dataclass(frozen=True)
class CampaignPublished(Event):
    """A new official campaign: a Weekly Short, a Weekly Grand or a season."""

    kind: ClassVar[str] = "campaign"
    campaign: str
    """`weekly-short`, `weekly-grand` or `seasonal`."""
    campaign_id: int
    name: str
    map_uids: tuple[str, ...]
    start: int
    end: int

    def describe(self) -> str:
        label = {"weekly-short": "Weekly Shorts", "weekly-grand": "Weekly Grand",
                 "seasonal": "Season"}.get(self.campaign, self.campaign)
        maps = "1 map" if len(self.map_uids) == 1 else f"{len(self.map_uids)} maps"
        return (f"New {label}: {text.plain(self.name)} ({maps}, until {_when(self.end)})")


@dataclass(frozen=True)
class CupStarted(Event):
    """A Cup of the Day began (its qualifier opened)."""

    kind: ClassVar[str] = "cup-started"
    cup_id: int
    name: str
    start: int
    end: int

    def describe(self) -> str:
        return f"{text.plain(self.name)} started (until {_when(self.end)})"


@dataclass(frozen=True)
class CupEnded(Event):
    """A Cup of the Day is over."""

    kind: ClassVar[str] = "cup-ended"
    cup_id: int
    name: str
    end: int

    def describe(self) -> str:
        return f"{text.plain(self.name)} ended"


@dataclass(frozen=True)
class WorldRecord(Event):
    """A better first place on a watched map."""

    kind: ClassVar[str] = "world-record"
    map_uid: str
    account_id: str
    score: int
    """Milliseconds."""
    previous_account_id: str | None
    previous_score: int | None
    timestamp: int | None = None
    display_name: str | None = None

    def describe(self) -> str:
        who = self.display_name or self.account_id
        line = f"World record on {self.map_uid}: {format_race_time(self.score)} by {who}"
        if self.previous_score is not None:
            line += f" (was {format_race_time(self.previous_score)})"
        return line


@dataclass(frozen=True)
class PersonalBest(Event):
    """A player improved a record within the watched depth of a map's leaderboard (or entered
    it)."""

    kind: ClassVar[str] = "personal-best"
    map_uid: str
    account_id: str
    score: int
    position: int
    previous_score: int | None
    """None when the player was not within the watched depth before."""
    timestamp: int | None = None
    display_name: str | None = None

    def describe(self) -> str:
        who = self.display_name or self.account_id
        line = (f"Personal best on {self.map_uid}: {format_race_time(self.score)} by {who}"
                f" (#{self.position})")
        if self.previous_score is not None:
            line += f", was {format_race_time(self.previous_score)}"
        return line
