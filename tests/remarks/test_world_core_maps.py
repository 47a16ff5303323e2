"""Remarks of the Core map pages that the emulator's clock shows: a favorite's `timestamp` is
when it was added."""

from __future__ import annotations

from datetime import datetime, timezone

from .. import raw
from .emulated import at, served, user_headers
from .registry import remark

CORE = "NadeoServices"


def _iso(moment: datetime) -> str:
    return moment.isoformat()


@remark("core/maps/favorites.md", 5)
def test_favorites_timestamp_is_when_the_map_was_added() -> None:
    clock = at(2026, 6, 15, 18)
    with served(clock) as emu, raw.client(timeout=10) as http:
        headers = user_headers(http, emu, CORE)
        new, older = (d.map_uid for d in emu.world.totd_days()[-2:][::-1])
        seeded = http.get(
            f"{emu.core_url}/maps/favorites?offset=0&length=100", headers=headers
        ).json()
        # The account's first favorites were added before the world was made.
        assert all(f["timestamp"] < "2026-06-15T18" for f in seeded["mapFavoriteList"])
        assert http.post(f"{emu.core_url}/maps/favorites", headers=headers,
                         json={"mapUid": older}).status_code == 200
        clock.advance(90)
        assert http.post(f"{emu.core_url}/maps/favorites", headers=headers,
                         json={"mapUid": new}).status_code == 200
        found = http.get(f"{emu.core_url}/maps/favorites?offset=0&length=2&sort=date&order=desc",
                         headers=headers).json()["mapFavoriteList"]
        assert [(f["mapUid"], f["timestamp"]) for f in found] == [
            (new, _iso(datetime(2026, 6, 15, 18, 1, 30, tzinfo=timezone.utc))),
            (older, _iso(datetime(2026, 6, 15, 18, tzinfo=timezone.utc))),
        ]


@remark("core/maps/favorites-uids.md", 2)
def test_favorites_uids_timestamp_is_when_the_map_was_added() -> None:
    clock = at(2026, 6, 15, 18)
    with served(clock) as emu, raw.client(timeout=10) as http:
        headers = user_headers(http, emu, CORE)
        uid = emu.world.totd_days()[-1].map_uid
        clock.advance(3600 * 5)
        headers = user_headers(http, emu, CORE)
        http.post(f"{emu.core_url}/maps/favorites", headers=headers, json={"mapUid": uid})
        clock.advance(3000)
        # Adding it again does not move when it was added.
        http.post(f"{emu.core_url}/maps/favorites", headers=headers, json={"mapUid": uid})
        headers = user_headers(http, emu, CORE)
        found = http.get(f"{emu.core_url}/maps/favorites/by-map-uids?mapUidList={uid}",
                         headers=headers).json()["mapFavoriteList"]
        assert [f["timestamp"] for f in found] == [
            _iso(datetime(2026, 6, 15, 23, tzinfo=timezone.utc))
        ]
