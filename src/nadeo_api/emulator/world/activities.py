"""The emulator's mutable club activities, per instance.

Seeded from :attr:`World.clubs`: each club's campaigns and competitions, plus a news article,
a room, a map upload activity and a map review derived from the seed; the last club also has a
room on a dedicated server that always answers ``playerServer:error-notFound`` by ID (as some
real rooms do). The clubs, club management and map review sections read and change it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import Club, World
from . import hashing as h
from .clubs import ClubRecord, club_state

if TYPE_CHECKING:
    from ..serving.routing import AppState


__all__ = [
    "REGIONS",
    "SCRIPT_SUFFIX",
    "UPLOAD_TYPES",
    "Activity",
    "ActivityStore",
    "Submission",
    "activity_store",
]

REGIONS = ("eu-west", "ca-central", "ap-southeast")
"""The regions a room can be hosted in."""
UPLOAD_TYPES = ("map-upload", "skin-upload", "item-upload")
"""The kinds of upload activities (buckets)."""
TIME_ATTACK = "TrackMania/TM_TimeAttack_Online.Script.txt"
SCRIPT_SUFFIX = ".Script.txt"
"""What the name of a game mode script ends with (official ones and one's own alike)."""
_DAY = 86400


@dataclass
class Submission:
    """A map submitted to a club map review."""

    map_uid: str
    map_id: str
    name: str
    account_id: str
    author_time: int
    submitted: int
    uploaded: int
    stars: tuple[int, int, int, int, int]
    player_counts: tuple[int, int, int, int]
    """Players at start, at end, finishing and not finishing."""
    time_played: int


@dataclass
class Activity:
    """One activity of a club. ``kind`` is the ``activityType`` the API shows; ``details``
    holds what only that kind has (campaign playlist, room settings, news text...)."""

    activity_id: int
    club_id: int
    kind: str
    name: str
    creator: str
    editor: str
    created: int
    edited: int
    details: dict[str, Any]
    public: bool = True
    active: bool = True
    featured: bool = False
    folder_id: int = 0
    media_id: str = ""
    """The custom media's id ("" for none, e.g. when a preset theme is used)."""
    media_theme: str = ""
    popularity: int = 0
    submissions: list[Submission] = field(default_factory=list)
    deleted: bool = False
    """Deleted: shown nowhere, yet still holding its place in the club's positions."""

    @property
    def external_id(self) -> int:
        """The campaign, room or competition behind the activity (0 for none)."""
        for key in ("campaign_id", "room_id", "competition_id"):
            value = self.details.get(key)
            if isinstance(value, int):
                return value
        return 0


class ActivityStore:
    """Every club's activities in club order, thread-safe.

    An activity's position is its index in its club's list, deleted activities included: the
    services count them too, so positions have gaps where activities were deleted."""

    def __init__(self, state: AppState) -> None:
        self.lock = threading.RLock()
        self._state = state
        self._world: World = state.world
        self._by_club: dict[int, list[Activity]] = {}
        self._started_rooms: dict[int, int] = {}
        """How many times each room was asked to start."""
        seed = self._world.seed
        self._next_campaign = 100000 + h.uint(seed, "new-club-campaign") % 1000
        self._next_room = 200000 + h.uint(seed, "new-club-room") % 1000
        self._next_playlist = 5000000 + h.uint(seed, "new-playlist") % 1000
        clubs = club_state(state)
        for k, club in enumerate(self._world.clubs):
            record = clubs.club(club.club_id)
            if record is not None:
                self._by_club[club.club_id] = self._seed(k, club, record)

    def activities(self, club_id: int) -> list[Activity]:
        """A club's activities in position order (empty for clubs without any)."""
        with self.lock:
            return [a for a in self._by_club.get(club_id, []) if not a.deleted]

    def slots(self, club_id: int) -> int:
        """How many positions a club's list has (deleted activities hold theirs)."""
        with self.lock:
            return len(self._by_club.get(club_id, []))

    def all_activities(self) -> list[Activity]:
        """Every activity of every club."""
        with self.lock:
            return [a for club in self._by_club.values() for a in club if not a.deleted]

    def find(self, club_id: int, activity_id: int) -> Activity | None:
        """The club's activity with that ID."""
        with self.lock:
            return next((a for a in self.activities(club_id) if a.activity_id == activity_id), None)

    def find_campaign(self, club_id: int, campaign_id: int) -> Activity | None:
        """The club's campaign activity with that campaign ID."""
        with self.lock:
            return next(
                (
                    a
                    for a in self.activities(club_id)
                    if a.kind == "campaign" and a.details["campaign_id"] == campaign_id
                ),
                None,
            )

    def position(self, activity: Activity) -> int:
        """The activity's position in its club's list (deleted activities counted)."""
        with self.lock:
            return self._by_club[activity.club_id].index(activity)

    def folder_children(self, folder: Activity) -> int:
        """How many activities sit directly in a folder."""
        with self.lock:
            siblings = self.activities(folder.club_id)
            return sum(1 for a in siblings if a.folder_id == folder.activity_id)

    def start_room(self, activity_id: int) -> int:
        """Ask a room to start; how many times it was asked before (0: it was not running)."""
        with self.lock:
            asked = self._started_rooms.get(activity_id, 0)
            self._started_rooms[activity_id] = asked + 1
            return asked

    def stop_room(self, activity_id: int) -> None:
        """Stop a room (it starts again on the next join request, if it can)."""
        with self.lock:
            self._started_rooms.pop(activity_id, None)

    def rooms_on_server(self, login: str) -> list[Activity]:
        """The rooms created on a dedicated server account, in every club."""
        with self.lock:
            return [
                activity
                for activity in self.all_activities()
                if activity.kind == "room" and activity.details.get("server_login") == login
            ]

    def add(self, club_id: int, creator: str, kind: str, name: str, **details: Any) -> Activity:
        """A new activity at the top of the club's list (position 0)."""
        now = int(self._world.now)
        with self.lock:
            activity = Activity(
                club_state(self._state).next_activity_id(),
                club_id,
                kind,
                name,
                creator,
                creator,
                now,
                now,
                dict(details),
            )
            self._by_club.setdefault(club_id, []).insert(0, activity)
            return activity

    def move(self, activity: Activity, position: int) -> None:
        """Put an activity at a position of its club's list."""
        with self.lock:
            club = self._by_club[activity.club_id]
            club.remove(activity)
            club.insert(position, activity)

    def delete(self, activity: Activity) -> None:
        """Delete an activity (it keeps its position); those of a deleted folder move out."""
        with self.lock:
            activity.deleted = True
            for other in self._by_club[activity.club_id]:
                if other.folder_id == activity.activity_id:
                    other.folder_id = 0

    def touch(self, activity: Activity, editor: str) -> None:
        """Record an edit."""
        activity.editor = editor
        activity.edited = max(activity.edited, int(self._world.now))

    def new_campaign_id(self) -> int:
        """An ID for a new campaign."""
        with self.lock:
            self._next_campaign += 1
            return self._next_campaign

    def new_room_id(self) -> int:
        """An ID for a new room."""
        with self.lock:
            self._next_room += 1
            return self._next_room

    def playlist_ids(self, count: int) -> list[int]:
        """IDs for the entries of a new playlist."""
        with self.lock:
            first = self._next_playlist + 1
            self._next_playlist += count
            return list(range(first, first + count))

    def _seed(self, k: int, club: Club, record: ClubRecord) -> list[Activity]:
        seed, world = self._world.seed, self._world
        base = club.campaigns[0].activity_id if club.campaigns else 290000 + k * 100
        creator = record.author_account_id
        opened = record.creation_timestamp

        def extra(offset: int, kind: str, name: str, **details: Any) -> Activity:
            created = opened + h.uint(seed, "activity-at", k, offset) % max(
                1, int(world.now) - opened
            )
            return Activity(
                base + offset,
                club.club_id,
                kind,
                name,
                creator,
                creator,
                created,
                created,
                details,
                media_id=h.uuid_str(seed, "activity-media", k, offset),
                popularity=h.uint(seed, "activity-popularity", k, offset) % 4,
            )

        maps = list(club.campaigns[0].map_uids) if club.campaigns else []
        news = extra(
            1,
            "news",
            f"Welcome {k + 1}",
            headline=f"News of {record.name}",
            body=f"$oWelcome$z to {record.name}!",
        )
        room = extra(
            2, "room", f"{record.name} Room", **self._room_details(k, maps[:5], k % 2 == 0)
        )
        upload = extra(3, "map-upload", "Uploads", type="map-upload", items=list(maps))
        review = extra(
            4,
            "map-review",
            "Track Review",
            time_limit=180 + 60 * k,
            scalable=True,
            max_player=64,
            allow_vote_skip=k % 2 == 1,
            submission_limitation=False,
        )
        review.submissions = self._seed_submissions(k, club, review)
        out = [news]
        out += [self._seed_campaign(campaign) for campaign in club.campaigns]
        out += [room, upload, review]
        if k == len(world.clubs) - 1:
            server_room = extra(5, "room", "Dedicated Room", **self._server_room_details(k))
            out.append(server_room)
        out += [
            Activity(
                c.activity_id,
                club.club_id,
                "competition",
                c.name,
                c.creator_account_id,
                c.latest_editor_account_id,
                c.creation_timestamp,
                c.creation_timestamp,
                {"competition_id": c.competition_id},
            )
            for c in record.competitions
        ]
        return out

    @staticmethod
    def _seed_campaign(campaign: Any) -> Activity:
        return Activity(
            campaign.activity_id,
            campaign.club_id,
            "campaign",
            campaign.name,
            campaign.creator_account_id,
            campaign.creator_account_id,
            campaign.publication_timestamp,
            campaign.edition_timestamp,
            {
                "campaign_id": campaign.campaign_id,
                "season_uid": campaign.season_uid,
                "maps": list(campaign.map_uids),
                "playlist_ids": list(campaign.playlist_ids),
            },
            public=not campaign.private,
            media_id=campaign.media_id,
        )

    def _room_details(self, k: int, maps: list[str], password: bool) -> dict[str, Any]:
        seed = self._world.seed
        return {
            "room_id": 150000 + k * 100 + h.uint(seed, "room-id", k) % 100,
            "nadeo": True,
            "region": REGIONS[k % len(REGIONS)],
            "max_players": 32 + 8 * k,
            "player_count": h.uint(seed, "room-players", k) % 30,
            "script": TIME_ATTACK,
            "scalable": True,
            "shuffle": k % 2 == 1,
            "maps": maps,
            # One room shows the rare answer whose maps are an object keyed "0", "1", ...
            "maps_as_object": k == 1,
            "settings": {"S_TimeLimit": {"key": "S_TimeLimit", "value": "300", "type": "integer"}},
            "password": h.alnum(seed, 6, "room-password", k).upper() if password else None,
        }

    def _server_room_details(self, k: int) -> dict[str, Any]:
        seed = self._world.seed
        return {
            "nadeo": False,
            "server_login": f"emulated-room-{k}",
            "server_account_id": h.uuid_str(seed, "room-server", k),
            "max_players": 255,
            "player_count": h.uint(seed, "server-room-players", k) % 40,
            "script": "TM_TimeAttack_Online",
            "scalable": False,
            "shuffle": False,
            "maps": [],
            "settings": {},
            "password": None,
            "broken": "playerServer:error-notFound",
        }

    def _seed_submissions(self, k: int, club: Club, review: Activity) -> list[Submission]:
        seed, world = self._world.seed, self._world
        authors = [world.player_account_id(i) for i in club.member_players[:4]]
        clubs = club_state(self._state)
        authors += [
            a.account_id
            for a in world.accounts
            if world.is_club_member(club, a.account_id) and clubs.has_club_access(a.account_id)
        ]
        out = []
        for i, account_id in enumerate(authors):
            key = (k, i)
            submitted = review.created + h.uint(seed, "review-sub", *key) % _DAY
            raw = h.digest(seed, "review-stars", *key, size=8)
            out.append(
                Submission(
                    map_uid=h.map_uid(seed, "club-review", *key),
                    map_id=h.uuid_str(seed, "club-review-map", *key),
                    name=f"Review Map {i + 1}",
                    account_id=account_id,
                    author_time=20000 + h.uint(seed, "review-at", *key) % 40000,
                    submitted=submitted,
                    uploaded=submitted - h.uint(seed, "review-up", *key) % _DAY,
                    stars=(raw[0] % 3, raw[1] % 4, raw[2] % 5, raw[3] % 6, raw[4] % 8),
                    player_counts=(raw[5] % 10, raw[6] % 10, raw[7] % 20, raw[5] % 5),
                    time_played=h.uint(seed, "review-played", *key) % 3600,
                )
            )
        return sorted(out, key=lambda s: -s.submitted)


_STORE_KEY = "club_activities"
_CREATE_LOCK = threading.Lock()


def activity_store(state: AppState) -> ActivityStore:
    """The instance's club activities, created (seeded from its world) on first use."""
    found = state.stores.get(_STORE_KEY)
    if found is None:
        with _CREATE_LOCK:
            found = state.stores.get(_STORE_KEY)
            if found is None:
                found = state.stores[_STORE_KEY] = ActivityStore(state)
    assert isinstance(found, ActivityStore)
    return found
