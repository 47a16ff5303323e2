"""Map records as the emulated Core API shows them: the records of the world's leaderboards
(the same positions, times and dates as the Live API's), each with a record ID from which the
map, the account and the scope can be read back, so no table of records is kept.
"""

from __future__ import annotations

import uuid
import weakref
from dataclasses import dataclass
from typing import Any

from . import GAME_MODES, PERSONAL_BEST, World
from . import hashing as h
from .boards import medal_times
from .core_data import iso
from .core_maps import map_id
from .leaderboards import POPULATION, Leaderboard

HIDDEN = 4294967295
"""What Core shows for a time hidden by a secret threshold, and for an unknown respawn count."""
REPLAY_URL = "https://core.trackmania.nadeo.live/mapRecords/{}/replay"
_PLAYER_BITS = 21
_MEDALS = ("Author", "Gold", "Silver", "Bronze")


@dataclass(frozen=True)
class RecordKey:
    """What a record ID stands for: the account's record on a map, in its season or not."""

    uid: str
    account_id: str
    season: bool


_MAP_INDEXES: weakref.WeakKeyDictionary[World, dict[str, int]] = weakref.WeakKeyDictionary()


def _map_indexes(world: World) -> dict[str, int]:
    """Each map's place in the world's (stable) list of maps, computed once per world."""
    found = _MAP_INDEXES.get(world)
    if found is None:
        found = _MAP_INDEXES[world] = {uid: i for i, uid in enumerate(world.map_uids())}
    return found


def _player_code(world: World, account_id: str) -> int | None:
    index = world.player_index(account_id)
    if index is not None:
        return index
    for k, account in enumerate(world.accounts):
        if account.account_id == account_id:
            return POPULATION + k
    return None


def record_id(world: World, key: RecordKey) -> str | None:
    """The ID of a record (None for an unknown map or account)."""
    index = _map_indexes(world).get(key.uid)
    code = _player_code(world, key.account_id)
    if index is None or code is None:
        return None
    return _encode(world.seed, (index << (_PLAYER_BITS + 1)) | (code << 1) | int(key.season))


def _encode(seed: int, tail: int) -> str:
    raw = bytearray(h.digest(seed, "core-record", tail, size=10) + tail.to_bytes(6, "big"))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(raw)))


def parse_record_id(world: World, value: str) -> RecordKey | None:
    """What a record ID stands for (None for IDs no record has)."""
    try:
        tail = int.from_bytes(uuid.UUID(value).bytes[10:], "big")
    except ValueError:
        return None
    if _encode(world.seed, tail) != value.lower():
        return None
    uids = world.map_uids()
    index, code = tail >> (_PLAYER_BITS + 1), (tail >> 1) & ((1 << _PLAYER_BITS) - 1)
    if index >= len(uids) or code >= POPULATION + len(world.accounts):
        return None
    account = (
        world.player_account_id(code)
        if code < POPULATION
        else world.accounts[code - POPULATION].account_id
    )
    return RecordKey(uids[index], account, bool(tail & 1))


def _medal(author_time: int, time: int) -> int:
    medals = medal_times(author_time)
    reached = [name for name in _MEDALS if time <= medals[name]]
    return 4 - _MEDALS.index(reached[0]) if reached else 0


def _replay_time(time: int) -> str:
    minutes, rest = divmod(time, 60_000)
    return f"{minutes}'{rest // 1000:02d}''{rest % 1000 // 10:02d}"


def record_json(
    world: World, key: RecordKey, clone: bool = False, board: Leaderboard | None = None
) -> dict[str, Any] | None:
    """The record as Core shows it (None when the account has no such record); `clone`: as
    asked for with `gameMode=TimeAttackClone`.

    A Stunt record's `score` is its points and a Platform record's its respawns, each beside
    the run's time; a Race record's score is 0. `board`: the map's leaderboard, if the caller
    has it already.
    """
    board = board if board is not None else world.leaderboard(key.uid)
    ident = record_id(world, key)
    if board is None or ident is None or (key.season and board.info.group_uid == PERSONAL_BEST):
        return None
    position = board.position_of_account(key.account_id)
    if position is None:
        return None
    hidden = board.shown_score(position) == -1
    mode = GAME_MODES.get(board.info.map_type)
    if mode is None:
        time = board.true_score(position)
        score = {"respawnCount": HIDDEN, "score": 0, "time": HIDDEN if hidden else time}
        medal, name = _medal(board.info.author_time, time), _replay_time(time)
    else:
        points = board.true_score(position)
        time = 20_000 + h.uint(world.seed, "run-time", key.uid, position) % 60_000
        respawns = points if mode == "Platform" else 0
        score = {"respawnCount": respawns, "score": HIDDEN if hidden else points, "time": time}
        medal = 4 - min(4, 8 * position // max(1, board.size))
        name = f"{points}-{_replay_time(time)}"
    mid = map_id(world, key.uid)
    return {
        "accountId": key.account_id,
        "filename": f"Replays\\Downloaded\\{mid}_{key.account_id}_({name}).replay.gbx",
        "gameMode": mode or ("TimeAttackClone" if clone else "TimeAttack"),
        "gameModeCustomData": "",
        "mapId": mid,
        "mapRecordId": ident,
        "medal": medal,
        "recordScore": score,
        "removed": False,
        "scopeId": board.info.group_uid if key.season else None,
        "scopeType": "Season" if key.season else "PersonalBest",
        "timestamp": iso(board.record(position).timestamp),
        "url": REPLAY_URL.format(ident),
    }
