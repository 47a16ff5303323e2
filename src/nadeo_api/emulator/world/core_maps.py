"""Maps as the emulated Core API shows them, found by map ID or UID, with the accounts'
favorites (shared with the Live API's) and votes.

A map's ID, medal times, file and thumbnail agree with what the Live map endpoints show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import MapInfo, World
from . import hashing as h
from . import maps as live_maps
from .boards import medal_times
from .core_data import iso

if TYPE_CHECKING:
    from ..serving.routing import AppState


MAP_IDS_KEY = "core.map-ids"
VOTES_KEY = "core.votes"


def map_id(world: World, uid: str) -> str:
    """A map's ID, as the Live API gives it."""
    return h.uuid_str(world.seed, "map-id", uid)


def _by_id(state: AppState) -> dict[str, str]:
    """Map UID by map ID, for the world's maps and the uploaded ones (computed once)."""
    with state.lock:
        cached: dict[str, str] | None = state.stores.get(MAP_IDS_KEY)
    if cached is None:
        uids = state.world.map_uids() + [
            m.uid for maps in live_maps.uploaded_maps(state).values() for m in maps
        ]
        cached = {map_id(state.world, uid): uid for uid in uids}
        with state.lock:
            state.stores[MAP_IDS_KEY] = cached
    return cached


def find_by_id(state: AppState, wanted: str) -> MapInfo | None:
    """The map with that map ID."""
    uid = _by_id(state).get(wanted.lower())
    return None if uid is None else live_maps.find_map(state, uid)


def map_json(world: World, info: MapInfo) -> dict[str, Any]:
    """A map as the Core map endpoints show it."""
    live = live_maps.map_json(world, info, favorite=False)
    medals = medal_times(info.author_time)
    return {
        "author": info.author_account_id,
        "authorScore": medals["Author"],
        "bronzeScore": medals["Bronze"],
        "collectionName": live["collectionName"],
        "createdWithGamepadEditor": False,
        "createdWithSimpleEditor": False,
        "filename": f"{info.name}.Map.Gbx",
        "goldScore": medals["Gold"],
        "hasClones": info.has_clones,
        "isPlayable": live["playable"],
        "mapId": live["mapId"],
        "mapStyle": live["mapStyle"],
        "mapType": live["mapType"],
        "mapUid": info.uid,
        "name": info.name,
        "silverScore": medals["Silver"],
        "submitter": info.submitter,
        "timestamp": iso(live["uploadTimestamp"]),
        "fileUrl": live["downloadUrl"],
        "thumbnailUrl": live["thumbnailUrl"],
    }


def authored_maps(state: AppState, account_id: str) -> list[MapInfo]:
    """The maps an account made or last saved, newest first (whoever uploaded them)."""
    return live_maps.authored_by(state, account_id)


def submitted_maps(state: AppState, account_id: str) -> list[MapInfo]:
    """The maps an account uploaded, newest first (whoever made them)."""
    return live_maps.uploaded_by(state, account_id)


def favorite_entries(state: AppState, account_id: str) -> list[tuple[MapInfo, int]]:
    """An account's favorite maps with when each was added, in the order they were (the Live
    API's favorites: the same store)."""
    with state.lock:
        added = dict(live_maps.favorites(state, account_id))
    out = []
    for uid, when in sorted(added.items(), key=lambda item: item[1]):
        info = live_maps.find_map(state, uid)
        if info is not None:
            out.append((info, when))
    return out


def favorite_json(account_id: str, info: MapInfo, added: int) -> dict[str, Any]:
    """A favorite as the Core favorites endpoints show it."""
    return {"accountId": account_id, "mapUid": info.uid, "timestamp": iso(added)}


def change_favorite(state: AppState, account_id: str, uid: str, add: bool) -> None:
    """Add or remove a favorite (unknown maps change nothing)."""
    if live_maps.find_map(state, uid) is None:
        return
    with state.lock:
        mine = live_maps.favorites(state, account_id)
        if add:
            live_maps.add_favorite(state, mine, uid)
        elif not add:
            mine.pop(uid, None)


def vote_of(state: AppState, account_id: str, uid: str) -> tuple[int, str | None]:
    """An account's vote on a map and the day it last changed (0 and None if never voted)."""
    with state.lock:
        votes: dict[tuple[str, str], tuple[int, str]] = state.stores.get(VOTES_KEY, {})
        found = votes.get((account_id, uid))
    return (0, None) if found is None else found


def set_vote(state: AppState, account_id: str, uid: str, vote: int) -> None:
    """Record a vote on the world's day (the vote date is a day, not a time)."""
    day = state.world.today
    with state.lock:
        votes = state.stores.setdefault(VOTES_KEY, {})
        votes[(account_id, uid)] = (vote, f"{day.isoformat()}T00:00:00+00:00")
