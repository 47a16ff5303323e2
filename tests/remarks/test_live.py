"""Remarks of the Live API's pages that the emulator reproduces."""

from __future__ import annotations

from nadeo_api import Client, auth
from nadeo_api.emulator import Emulator

from .registry import remark

GROUP_MAP = "/api/token/leaderboard/group/map"


@remark("live/leaderboards/player-records.md", 2)
def test_player_records_only_50_answered_so_longer_lists_are_split(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uids = emu.world.totd_maps()[-60:]
    body = {"maps": [{"mapUid": uid, "groupUid": "Personal_Best"} for uid in uids]}
    answered = client.live.post(user, GROUP_MAP, body=body)
    assert [r["mapUid"] for r in answered] == uids[:50]
    emu.log.clear()
    records = client.live.get_player_records(user, uids)
    assert [r["mapUid"] for r in records] == uids
    assert len([e for e in emu.log.entries if e.path == GROUP_MAP]) == 2  # 50 maps, then 10


@remark("live/leaderboards/position.md", 4)
def test_position_up_to_50_maps_a_request(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uids = emu.world.totd_maps()[-60:]
    emu.log.clear()
    positions = client.live.get_record_positions(user, {uid: 60_000 for uid in uids})
    requests = [e for e in emu.log.entries if e.path == GROUP_MAP]
    assert [len(e.params) for e in requests] == [50, 10]
    alone = [client.live.get_record_positions(user, {uid: 60_000}) for uid in uids]
    assert positions == [p for answer in alone for p in answer]
