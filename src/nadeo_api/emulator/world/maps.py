"""Deterministic data behind the map handlers that the world does not hold itself: map
metadata, the service accounts' uploaded maps, favorites, Cups of the Week and maniapubs."""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import PERSONAL_BEST, MapInfo, World
from . import hashing as h
from .boards import medal_times
from .leaderboards import POPULATION
from .schedule import DAY, UTC, WEEK, TotdDay

if TYPE_CHECKING:
    from ..serving.routing import AppState


STORAGE = "https://prod.trackmania.core.nadeo.online/storageObjects/"
MEDIA = "https://trackmania-prod-media-s3.cdn.ubi.com/media/image/live-api/"
MAP_TYPE = "TrackMania\\TM_Race"
FAVORITES_KEY = "maps.favorites"
UPLOADED_KEY = "maps.uploaded"
SEEDED_FAVORITES = 3
COTW_FIRST_START = datetime.datetime(2025, 12, 13, 16, 30, tzinfo=UTC)
COTW_USE_CASE = 7
_AD_NAMES = ("Beacon World League", "Nations League", "Map Contest", "Speedrun Cup", "Club Fest")
_SCREENS = ("2x3", "16x9", "64x41", "64x10")


def uploaded_maps(state: AppState) -> dict[str, list[MapInfo]]:
    """Every configured service account's own maps, newest first (computed once): those it
    both made and uploaded, one it uploaded for another player who made it, and one it made
    that another player uploaded."""
    with state.lock:
        cached: dict[str, list[MapInfo]] | None = state.stores.get(UPLOADED_KEY)
        if cached is None:
            world = state.world
            cached = {
                a.account_id: _uploads_of(world, a.account_id)
                for a in world.accounts
                if a.kind == "service"
            }
            state.stores[UPLOADED_KEY] = cached
        return cached


def _uploads_of(world: World, account_id: str) -> list[MapInfo]:
    count = 5 + h.uint(world.seed, "uploaded-count", account_id) % 20
    newest = int(world.now) - DAY
    out = []
    for i in range(count):
        uid = h.map_uid(world.seed, "uploaded", account_id, i)
        uploaded = newest - i * 6 * DAY - h.uint(world.seed, "uploaded-at", account_id, i) % DAY
        # "club" is the world's kind for maps outside official campaigns.
        out.append(
            MapInfo(
                uid,
                f"My Track {i + 1:02d}",
                "club",
                22_000 + h.uint(world.seed, "uploaded-time", account_id, i) % 50_000,
                uploaded,
                PERSONAL_BEST,
                0,
                account_id,
            )
        )
    # Authorship and upload can differ: a map made by a teammate that this account uploaded,
    # and one this account made that a teammate uploaded.
    teammate = world.player_account_id(h.uint(world.seed, "teammate", account_id) % POPULATION)
    for i, (author, submitter) in enumerate(((teammate, account_id), (account_id, teammate))):
        key = (account_id, count + i)
        uploaded = newest - (3 + i * 6) * DAY - h.uint(world.seed, "uploaded-at", *key) % DAY
        out.append(
            MapInfo(
                h.map_uid(world.seed, "uploaded", *key),
                f"Team Track {'AB'[i]}",
                "club",
                22_000 + h.uint(world.seed, "uploaded-time", *key) % 50_000,
                uploaded,
                PERSONAL_BEST,
                0,
                author,
                submitter_account_id=submitter,
            )
        )
    out.sort(key=lambda m: m.start_timestamp, reverse=True)
    return out


def uploaded_by(state: AppState, account_id: str) -> list[MapInfo]:
    """The maps an account uploaded (whoever made them), newest first."""
    return [m for m in uploaded_maps(state).get(account_id, []) if m.submitter == account_id]


def authored_by(state: AppState, account_id: str) -> list[MapInfo]:
    """The maps an account made or last saved (whoever uploaded them), newest first."""
    mine = uploaded_maps(state).get(account_id, [])
    return [m for m in mine if m.author_account_id == account_id]


def find_map(state: AppState, uid: str) -> MapInfo | None:
    """A map of the world or an uploaded map of a configured account."""
    info = state.world.map_info(uid)
    if info is not None:
        return info
    for maps in uploaded_maps(state).values():
        for uploaded in maps:
            if uploaded.uid == uid:
                return uploaded
    return None


def upload_timestamp(world: World, info: MapInfo) -> int:
    """When a map was uploaded: uploaded maps at their time, others days before release."""
    configured = {a.account_id for a in world.accounts}
    if info.author_account_id in configured or info.submitter in configured:
        return info.start_timestamp
    return info.start_timestamp - DAY - h.uint(world.seed, "map-upload", info.uid) % (20 * DAY)


def map_json(world: World, info: MapInfo, favorite: bool) -> dict[str, Any]:
    """A map as the map endpoints show it."""
    medals = medal_times(info.author_time)
    uploaded = upload_timestamp(world, info)
    return {
        "uid": info.uid,
        "mapId": h.uuid_str(world.seed, "map-id", info.uid),
        "name": info.name,
        "author": info.author_account_id,
        "submitter": info.submitter,
        "authorTime": medals["Author"],
        "goldTime": medals["Gold"],
        "silverTime": medals["Silver"],
        "bronzeTime": medals["Bronze"],
        "nbLaps": 0,
        "valid": False,
        "downloadUrl": STORAGE + h.uuid_str(world.seed, "map-file", info.uid),
        "thumbnailUrl": STORAGE + h.uuid_str(world.seed, "map-thumbnail", info.uid) + ".jpg",
        "uploadTimestamp": uploaded,
        "updateTimestamp": uploaded + h.uint(world.seed, "map-update", info.uid) % DAY,
        "fileSize": None,
        "public": False,
        "favorite": favorite,
        "playable": True,
        "mapStyle": "",
        "mapType": info.map_type,
        "collectionName": "Stadium",
    }


def favorites(state: AppState, account_id: str) -> dict[str, int]:
    """An account's favorite map UIDs, each with when it was added (Unix seconds, by the
    world's clock), in the order they were; a service account starts with a few Tracks of the
    Day added before the world was made. Call with `state.lock` held."""
    store: dict[str, dict[str, int]] = state.stores.setdefault(FAVORITES_KEY, {})
    mine = store.get(account_id)
    if mine is None:
        world = state.world
        account = world.configured_account(account_id)
        days = world.totd_days()
        mine = {}
        if account is not None and account.kind == "service" and days:
            seeded = []
            for i in range(SEEDED_FAVORITES):
                day = days[h.uint(world.seed, "favorite", account_id, i) % len(days)]
                # Some time after the map came out, and before the world was made.
                after = h.uint(world.seed, "favorite-after", account_id, i) % (30 * DAY)
                seeded.append((min(day.start_timestamp + 3600 + after, world.origin - i), day))
            for added, day in sorted(seeded, key=lambda pair: pair[0]):
                mine.setdefault(day.map_uid, added)
        store[account_id] = mine
    return mine


def add_favorite(state: AppState, mine: dict[str, int], uid: str) -> None:
    """Add `uid` to favorites `mine` (from `favorites`), now by the world's clock; a map
    already there keeps when it was first added. Call with `state.lock` held."""
    if uid not in mine:
        mine[uid] = math.floor(state.world.now)


@dataclass(frozen=True)
class CupOfTheWeek:
    """One weekly Cup of the Week campaign (a single map: the Friday's Track of the Day)."""

    index: int
    start: datetime.datetime
    day: TotdDay


def cups_of_the_week(world: World) -> list[CupOfTheWeek]:
    """Every Cup of the Week already started, oldest first."""
    out: list[CupOfTheWeek] = []
    index = 0
    while True:
        start = COTW_FIRST_START + datetime.timedelta(weeks=index)
        day = world.totd_for(start.date() - datetime.timedelta(days=1))
        if start.timestamp() > world.now or day is None:
            return out
        out.append(CupOfTheWeek(index, start, day))
        index += 1


def cup_json(world: World, cup: CupOfTheWeek) -> dict[str, Any]:
    """A Cup of the Week as its campaign list shows it."""
    start = int(cup.start.timestamp())
    iso = cup.start.isocalendar()
    return {
        "id": 125_000 + cup.index * 13,
        "seasonUid": "NLS-" + h.alnum(world.seed, 35, "cotw", cup.index),
        "name": f"{cup.start:%A, %B} {cup.start.day}, {cup.start.year}",
        "useCase": COTW_USE_CASE,
        "clubId": 0,
        "startTimestamp": start,
        "endTimestamp": start + WEEK,
        "rankingSentTimestamp": None,
        "year": iso[0],
        "week": iso[1],
        "day": -1,
        "monthYear": -1,
        "month": -1,
        "monthDay": -1,
        "playlist": [{"id": 1_500_000 + cup.index * 7, "position": 0, "mapUid": cup.day.map_uid}],
        "editionTimestamp": start - 4 * DAY - h.uint(world.seed, "cotw-edit", cup.index) % DAY,
        "mediaUrl": "",
        "video": False,
    }


def _screen_urls(world: World, index: int, screen: str) -> dict[str, str]:
    media = h.uuid_str(world.seed, "maniapub-media", index, screen)
    stamp = int(world.now) - h.uint(world.seed, "maniapub-stamp", index, screen) % (30 * DAY)
    dds = f"{MEDIA}{media}/dds/game.dds?timestamp={stamp}.dds"
    jpg = f"{MEDIA}{media}/jpg/{{size}}.jpg?timestamp={stamp}.jpg"
    key = f"screen{screen}Url"
    return {
        key: dds,
        f"{key}JpgLarge": jpg.format(size="large"),
        f"{key}JpgMedium": jpg.format(size="medium"),
        f"{key}JpgSmall": jpg.format(size="small"),
        f"{key}Dds": dds,
    }


def maniapubs(world: World) -> list[dict[str, Any]]:
    """The active maniapubs: each ends some days after the world's clock."""
    out = []
    for index, name in enumerate(_AD_NAMES):
        end = int(world.now) + DAY + h.uint(world.seed, "maniapub-end", index) % (20 * DAY)
        urls: dict[str, str] = {}
        for screen in _SCREENS:
            urls.update(_screen_urls(world, index, screen))
        out.append(
            {
                "campaignUid": h.uuid_str(world.seed, "maniapub", index),
                "name": name,
                "adType": "ugc" if index % 2 == 0 else "nadeo",
                "externalUrl": f"https://example.com/maniapub/{index}",
                **urls,
                "mediaUrl": "",
                "displayFormat": "",
                "ratio": 0,
                "displayRatio": 0,
                "endTimestamp": end,
                "relativeEnd": world.relative(end),
            }
        )
    return out
