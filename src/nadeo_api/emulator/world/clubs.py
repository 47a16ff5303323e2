"""The emulator's mutable club state: clubs, their members, VIPs and requests, per instance.

Seeded from :attr:`World.clubs`; the Live club handlers (``live.clubs``,
``live.club_management``) change it and the club activity handlers read it. Every method takes
the state's lock, and handlers that read several fields of a record at once hold
:attr:`ClubState.lock` (re-entrant) while they do.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import Club, World
from . import hashing as h
from .leaderboards import POPULATION

if TYPE_CHECKING:
    from ..serving.routing import AppState


__all__ = [
    "ADMIN",
    "APPLY",
    "ASSIGNABLE_ROLES",
    "CLUB_STATES",
    "CONTENT_CREATOR",
    "CREATOR",
    "MEDIA_SLOTS",
    "MEMBER",
    "THEME_FIELDS",
    "ClubRecord",
    "ClubState",
    "Competition",
    "Membership",
    "PlayerSettings",
    "club_state",
]

CREATOR = "Creator"
ADMIN = "Admin"
CONTENT_CREATOR = "Content Creator"
MEMBER = "Member"
APPLY = "Apply"
"""The role of a pending member request (not a member yet)."""
ASSIGNABLE_ROLES = (MEMBER, CONTENT_CREATOR, ADMIN)
"""The roles an admin may give; nobody can be made creator."""
_EDITOR_ROLES = (CREATOR, ADMIN, CONTENT_CREATOR)
_ADMIN_ROLES = (CREATOR, ADMIN)

CLUB_STATES = ("public", "private-open", "private-closed")
"""The privacy levels of a club."""

THEME_FIELDS = (
    "iconTheme", "decalTheme", "screen16x9Theme", "screen64x41Theme", "screen8x1Theme",
    "screen16x1Theme", "verticalTheme", "backgroundTheme",
)  # fmt: skip
"""The club JSON's preset-theme fields (``screen64x41Theme`` follows ``screen16x9Theme``)."""

MEDIA_SLOTS = (
    "icon", "decal", "screen16x9", "screen64x41", "decalSponsor4x1", "screen8x1",
    "screen16x1", "vertical", "background",
)  # fmt: skip
"""The club JSON's custom media slots, each giving ``<slot>Url`` and its scaled variants."""

_PRESET_THEMES = ("racing", "valhalla", "mirage", "hungry", "honor", "animals")
_COMPETITION_WORDS = (
    ("Spring", "Summer", "Autumn", "Winter", "Midnight", "Dawn", "Turbo", "Grand"),
    ("Cup", "League", "Trophy", "Series", "Open", "Clash"),
)
# The seeded clubs' privacy levels, verification and competition counts, by world club index.
_SEED_STATES = ("public", "private-open", "private-open", "private-closed")
_SEED_VERIFIED = (True, True, False, False)
_UTC = datetime.timezone.utc
_CLUB_EPOCH = int(datetime.datetime(2020, 7, 1, tzinfo=_UTC).timestamp())
_DAY = 86400


@dataclass
class Membership:
    """One account's place in a club (a member, or a pending request with role ``Apply``)."""

    account_id: str
    role: str
    creation_timestamp: int
    vip: bool = False
    moderator: bool = False
    has_featured: bool = False


@dataclass(frozen=True)
class Competition:
    """A competition activity of a club."""

    competition_id: int
    activity_id: int
    name: str
    creation_timestamp: int
    creator_account_id: str
    latest_editor_account_id: str
    popularity_value: int


@dataclass
class ClubRecord:
    """A club as the emulator currently knows it."""

    id: int
    name: str
    tag: str
    description: str
    state: str
    author_account_id: str
    latest_editor_account_id: str
    creation_timestamp: int
    edition_timestamp: int
    wallet_uid: str
    popularity_level: int = 0
    featured: bool = False
    verified: bool = False
    metadata: str = ""
    themes: dict[str, str] = field(default_factory=dict)
    """Preset theme by :data:`THEME_FIELDS` name ("" when the slot has custom media)."""
    media: dict[str, tuple[str, int]] = field(default_factory=dict)
    """Custom media (media id, upload timestamp) by :data:`MEDIA_SLOTS` name."""
    members: dict[str, Membership] = field(default_factory=dict)
    """Members by account id, in listing order (the creator first)."""
    requests: dict[str, Membership] = field(default_factory=dict)
    """Pending member requests by account id (only private-open clubs take them)."""
    competitions: list[Competition] = field(default_factory=list)

    @property
    def vips(self) -> list[str]:
        """Account ids of the club's VIP members."""
        return [m.account_id for m in self.members.values() if m.vip]


_SEED_TAG_STYLES = ("", "$o$f80")
"""Seeded club tags: plain, or bold and orange (Trackmania's `$` styling)."""


@dataclass
class PlayerSettings:
    """An account's club-wide settings: the pinned club and the club whose tag it shows."""

    pinned_club: int = 0
    tag_club: int = 0


class ClubState:
    """The clubs of one emulator instance (thread-safe)."""

    def __init__(self, world: World) -> None:
        self.lock = threading.RLock()
        """Held by every method; hold it too while reading several fields of a record."""
        self._world = world
        self._clubs: dict[int, ClubRecord] = {}
        self._players: dict[str, PlayerSettings] = {}
        last_activity = max(
            (c.activity_id for club in world.clubs for c in club.campaigns), default=300000
        )
        self._next_activity = last_activity + 10000
        self._next_competition = 1000 + h.uint(world.seed, "competition-base") % 9000
        for k, club in enumerate(world.clubs):
            self._clubs[club.club_id] = self._seed_club(k, club)
        last_club = max(self._clubs, default=0)
        self._next_club = last_club + 100 + h.uint(world.seed, "new-club-base") % 900

    def club(self, club_id: int) -> ClubRecord | None:
        """The club with that id; None if unknown or deleted."""
        with self.lock:
            return self._clubs.get(club_id)

    def clubs(self) -> list[ClubRecord]:
        """Every existing club, by id."""
        with self.lock:
            return [self._clubs[k] for k in sorted(self._clubs)]

    def role(self, club_id: int, account_id: str) -> str | None:
        """The account's role in the club (``Creator``, ``Admin``, ``Content Creator`` or
        ``Member``); None if it is not a member (pending requests included)."""
        with self.lock:
            club = self._clubs.get(club_id)
            member = club.members.get(account_id) if club is not None else None
            return member.role if member is not None else None

    def can_edit(self, club_id: int, account_id: str) -> bool:
        """Whether the account may manage the club's activities (creator, admin or content
        creator: the activity routes refuse others with ``notContentCreator``)."""
        return self.role(club_id, account_id) in _EDITOR_ROLES

    def is_admin(self, club_id: int, account_id: str) -> bool:
        """Whether the account may edit the club and manage its members (creator or admin)."""
        return self.role(club_id, account_id) in _ADMIN_ROLES

    def memberships(self, account_id: str) -> list[tuple[ClubRecord, Membership]]:
        """The clubs the account is a member of, by club id."""
        with self.lock:
            return [
                (club, club.members[account_id])
                for club in self.clubs()
                if account_id in club.members
            ]

    def settings(self, account_id: str) -> PlayerSettings:
        """The account's pinned club and tag club (0 for none). Half the world players who are
        members of a seeded club start by showing its tag (configured accounts show none)."""
        with self.lock:
            found = self._players.get(account_id)
            if found is None:
                found = self._players[account_id] = PlayerSettings(
                    tag_club=self._seeded_tag_club(account_id)
                )
            return found

    def _seeded_tag_club(self, account_id: str) -> int:
        world = self._world
        index = world.player_index(account_id)
        if index is None or h.uint(world.seed, "shows-tag", index) % 2:
            return 0
        for club in world.clubs:
            if index in club.member_players:
                return club.club_id
        return 0

    def has_club_access(self, account_id: str) -> bool:
        """Whether the account may be in clubs: a configured account needs Club Access (the
        world's players all have it)."""
        account = self._world.configured_account(account_id)
        return account is None or account.club_access

    def next_activity_id(self) -> int:
        """A new activity id (shared by every activity kind, above the world's)."""
        with self.lock:
            self._next_activity += 1
            return self._next_activity

    def create_club(
        self, creator: str, fields: Mapping[str, str], themes: Mapping[str, str]
    ) -> ClubRecord:
        """A new club with ``creator`` as its only member (``fields``: name, tag, description,
        state; ``themes``: preset themes by theme field)."""
        now = int(self._world.now)
        with self.lock:
            club_id = self._next_club
            self._next_club += 1
            club = ClubRecord(
                id=club_id,
                name=fields["name"],
                tag=fields.get("tag", ""),
                description=fields.get("description", ""),
                state=fields["state"],
                author_account_id=creator,
                latest_editor_account_id=creator,
                creation_timestamp=now,
                edition_timestamp=now,
                wallet_uid=h.uuid_str(self._world.seed, "club-wallet", club_id),
                themes={name: "" for name in THEME_FIELDS},
            )
            self._apply_themes(club, themes)
            club.members[creator] = Membership(creator, CREATOR, now)
            self._clubs[club_id] = club
            return club

    def edit_club(
        self, club_id: int, editor: str, fields: Mapping[str, str], themes: Mapping[str, str]
    ) -> ClubRecord:
        """Apply an edit; making a club public lets its pending requests in."""
        with self.lock:
            club = self._clubs[club_id]
            club.name = fields.get("name", club.name)
            club.tag = fields.get("tag", club.tag)
            club.description = fields.get("description", club.description)
            club.state = fields.get("state", club.state)
            self._apply_themes(club, themes)
            club.latest_editor_account_id = editor
            club.edition_timestamp = max(club.edition_timestamp, int(self._world.now))
            if club.state == "public":
                for account_id, request in club.requests.items():
                    request.role = MEMBER
                    club.members[account_id] = request
                club.requests.clear()
            return club

    def delete_club(self, club_id: int, by: str) -> None:
        """Delete a club and everything in it; the deleter's pin and tag are reset."""
        with self.lock:
            del self._clubs[club_id]
            self._players[by] = PlayerSettings()
            for settings in self._players.values():
                if settings.pinned_club == club_id:
                    settings.pinned_club = 0
                if settings.tag_club == club_id:
                    settings.tag_club = 0

    def join(self, club_id: int, account_id: str) -> Membership | None:
        """Join (public) or ask to join (private-open); None if the club takes nobody.

        An existing member or applicant gets its current membership back."""
        with self.lock:
            club = self._clubs[club_id]
            current = club.members.get(account_id) or club.requests.get(account_id)
            if current is not None:
                return current
            now = int(self._world.now)
            if club.state == "public":
                club.members[account_id] = Membership(account_id, MEMBER, now)
                return club.members[account_id]
            if club.state == "private-open":
                club.requests[account_id] = Membership(account_id, APPLY, now)
                return club.requests[account_id]
            return None

    def remove_member(self, club_id: int, account_id: str) -> bool:
        """Remove a member (or a pending request); the creator stays. False if absent."""
        with self.lock:
            club = self._clubs[club_id]
            if club.requests.pop(account_id, None) is not None:
                return True
            member = club.members.get(account_id)
            if member is None:
                return False
            if member.role != CREATOR:
                del club.members[account_id]
                self._unset_settings(account_id, club_id)
            return True

    def _unset_settings(self, account_id: str, club_id: int) -> None:
        settings = self._players.get(account_id)
        if settings is not None:
            if settings.pinned_club == club_id:
                settings.pinned_club = 0
            if settings.tag_club == club_id:
                settings.tag_club = 0

    def toggle_pin(self, account_id: str, club_id: int) -> PlayerSettings:
        """Pin the club, or unpin it when it is already pinned."""
        with self.lock:
            settings = self.settings(account_id)
            settings.pinned_club = 0 if settings.pinned_club == club_id else club_id
            return settings

    def toggle_tag(self, account_id: str, club_id: int) -> PlayerSettings:
        """Show the club's tag, or stop showing it when it is already shown."""
        with self.lock:
            settings = self.settings(account_id)
            settings.tag_club = 0 if settings.tag_club == club_id else club_id
            return settings

    def _seed_club(self, k: int, club: Club) -> ClubRecord:
        world, seed = self._world, self._world.seed
        members = [a for a in world.club_members(club) if self.has_club_access(a)]
        created = _CLUB_EPOCH + h.uint(seed, "club-created", k) % (180 * _DAY)
        # Seeded times stop at the start of the world's day, so they do not follow its clock.
        today = world.today
        midnight = datetime.datetime(today.year, today.month, today.day, tzinfo=_UTC)
        now = max(int(midnight.timestamp()), created + _DAY)
        verified = _SEED_VERIFIED[k % len(_SEED_VERIFIED)]
        record = ClubRecord(
            id=club.club_id,
            name=club.name,
            # Tags are styled text, as players make them: half of the seeded ones coloured.
            tag=_SEED_TAG_STYLES[k % 2] + h.alnum(seed, 2 + k % 3, "club-tag", k).upper(),
            description=f"The {club.name.lower()}, seeded by the emulator.",
            state=_SEED_STATES[k % len(_SEED_STATES)],
            author_account_id=members[0],
            latest_editor_account_id=members[0],
            creation_timestamp=created,
            edition_timestamp=created + h.uint(seed, "club-edited", k) % (now - created),
            wallet_uid=h.uuid_str(seed, "club-wallet", club.club_id),
            popularity_level=1 + h.uint(seed, "club-popularity", k) % 3,
            featured=verified,
            verified=verified,
            themes={name: "" for name in THEME_FIELDS},
        )
        if verified:
            for slot in MEDIA_SLOTS:
                # The 64x41 screen shows the 16x9 screen's media.
                source = "screen16x9" if slot == "screen64x41" else slot
                uploaded = created + h.uint(seed, "club-media-at", k, source) % (now - created)
                record.media[slot] = (h.uuid_str(seed, "club-media", k, source), uploaded)
        else:
            self._apply_themes(record, {"iconTheme": _pick(_PRESET_THEMES, seed, "theme", k)})
        for account_id in members:
            record.members[account_id] = self._seed_member(k, account_id, record, now)
        if record.state == "private-open":
            self._seed_requests(k, record, now)
        record.competitions = self._seed_competitions(k, record, now)
        return record

    def _seed_member(self, k: int, account_id: str, club: ClubRecord, now: int) -> Membership:
        seed = self._world.seed
        if account_id == club.author_account_id:
            return Membership(account_id, CREATOR, club.creation_timestamp, vip=True)
        joined = club.creation_timestamp + h.uint(seed, "joined", k, account_id) % (
            now - club.creation_timestamp
        )
        if self._world.configured_account(account_id) is not None:
            return Membership(account_id, ADMIN, joined)
        draw = h.uint(seed, "member-role", k, account_id) % 40
        role = ADMIN if draw == 0 else CONTENT_CREATOR if draw < 3 else MEMBER
        return Membership(account_id, role, joined, vip=draw % 7 == 3)

    def _seed_requests(self, k: int, club: ClubRecord, now: int) -> None:
        seed, world = self._world.seed, self._world
        for r in range(3 + h.uint(seed, "request-count", k) % 10):
            account_id = world.player_account_id(h.uint(seed, "request", k, r) % POPULATION)
            if account_id not in club.members:
                asked = now - h.uint(seed, "request-at", k, r) % (60 * _DAY)
                club.requests[account_id] = Membership(account_id, APPLY, asked)

    def _seed_competitions(self, k: int, club: ClubRecord, now: int) -> list[Competition]:
        seed = self._world.seed
        editors = [m.account_id for m in club.members.values() if m.role in _EDITOR_ROLES]
        out = []
        for c in range(1 + h.uint(seed, "competition-count", k) % 4):
            created = club.creation_timestamp + h.uint(seed, "competition-at", k, c) % (
                now - club.creation_timestamp
            )
            words = [
                _pick(options, seed, "competition-name", k, c, i)
                for i, options in enumerate(_COMPETITION_WORDS)
            ]
            self._next_competition += 1 + h.uint(seed, "competition-step", k, c) % 50
            out.append(
                Competition(
                    competition_id=self._next_competition,
                    activity_id=self.next_activity_id(),
                    name=f"{' '.join(words)} {c + 1}",
                    creation_timestamp=created,
                    creator_account_id=club.author_account_id,
                    latest_editor_account_id=_pick(editors, seed, "competition-editor", k, c),
                    popularity_value=h.uint(seed, "competition-popularity", k, c) % 120000,
                )
            )
        return out

    @staticmethod
    def _apply_themes(club: ClubRecord, themes: Mapping[str, str]) -> None:
        for name, theme in themes.items():
            club.themes[name] = theme
            # A preset theme replaces the slot's custom media.
            club.media.pop(name.removesuffix("Theme"), None)
            if name == "screen16x9Theme":
                club.themes["screen64x41Theme"] = theme
                club.media.pop("screen64x41", None)


def _pick(options: tuple[str, ...] | list[str], seed: int, *parts: object) -> str:
    return options[h.uint(seed, *parts) % len(options)]


_STORE_KEY = "clubs"
_CREATE_LOCK = threading.Lock()


def club_state(state: AppState) -> ClubState:
    """The instance's club state, created (seeded from its world) on first use."""
    found = state.stores.get(_STORE_KEY)
    if found is None:
        with _CREATE_LOCK:
            found = state.stores.get(_STORE_KEY)
            if found is None:
                found = state.stores[_STORE_KEY] = ClubState(state.world)
    assert isinstance(found, ClubState)
    return found
