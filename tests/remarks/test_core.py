"""Remarks of the Core API's pages that the emulator reproduces."""

from __future__ import annotations

from typing import Any

import pytest

from nadeo_api import Client, NadeoError, auth
from nadeo_api._chunking import MAX_URL_LENGTH
from nadeo_api._settings import CORE_URL
from nadeo_api.emulator import Emulator

from ..conftest import service_token
from .registry import remark

UNKNOWN_MAP_ID = "00000000-0000-4000-8000-0000000000{:02x}"


@pytest.fixture
def core_user(client: Client) -> auth.ServiceToken:
    return service_token(client, "core")


def refused_then_split(
    emu: Emulator, client: Client, token: auth.ServiceToken, path: str, key: str,
    items: list[str], call: Any,
) -> Any:
    """The service answers 414 to `items` in one request URI of 8,220 characters or more; the
    library's `call` of the same items sends several shorter requests, all answered."""
    query = f"{key}={','.join(items)}"
    assert len(f"{CORE_URL}{path}?{query}") >= MAX_URL_LENGTH + 1
    with pytest.raises(NadeoError) as refused:
        client.core.get(token, f"{path}?{query}")
    assert getattr(refused.value, "status", None) == 414
    emu.log.clear()
    answer = call(items)
    requests = [e for e in emu.log.entries if e.path == path]
    assert len(requests) > 1 and all(e.status == 200 for e in requests)
    assert all(len(f"{CORE_URL}{e.path}?{e.query}") <= MAX_URL_LENGTH for e in requests)
    sent = [i for e in requests for i in e.params[key][0].split(",")]
    assert sorted(sent) == sorted(items)
    return answer


def players(emu: Emulator, count: int) -> list[str]:
    return [emu.world.player_account_id(i) for i in range(count)]


@remark("core/accounts/zones.md", 2)
def test_zones_long_lists_are_414_and_split(
    emu: Emulator, client: Client, core_user: auth.ServiceToken
) -> None:
    ids = players(emu, 230)
    zones = refused_then_split(
        emu, client, core_user, "/accounts/zones/", "accountIdList", ids,
        lambda items: client.core.get_account_zones(core_user, items),
    )
    assert sorted(z["accountId"] for z in zones) == sorted(ids)


@remark("core/accounts/club-tags.md", 2)
def test_club_tags_long_lists_are_414_and_split(
    emu: Emulator, client: Client, core_user: auth.ServiceToken
) -> None:
    ids = players(emu, 230)
    tags = refused_then_split(
        emu, client, core_user, "/accounts/clubTags/", "accountIdList", ids,
        lambda items: client.core.get_account_club_tags(core_user, items),
    )
    assert {t["accountId"] for t in tags} <= set(ids)


@remark("core/maps/info-multiple-id.md", 2)
def test_info_multiple_id_long_lists_are_414_and_split(
    emu: Emulator, client: Client, core_user: auth.ServiceToken
) -> None:
    ids = [UNKNOWN_MAP_ID.format(i) for i in range(230)]
    answer = refused_then_split(
        emu, client, core_user, "/maps/by-id/", "mapIdList", ids,
        lambda items: client.core.get_maps_info_by_ids(core_user, items),
    )
    assert answer == []


@remark("core/maps/info-multiple-uid.md", 2)
def test_info_multiple_uid_long_lists_are_414_and_split(
    emu: Emulator, client: Client, core_user: auth.ServiceToken
) -> None:
    uids = emu.world.totd_maps()[:300]
    maps = refused_then_split(
        emu, client, core_user, "/maps/by-uid/", "mapUidList", uids,
        lambda items: client.core.get_maps_info_by_uids(core_user, items),
    )
    assert sorted(m["mapUid"] for m in maps) == sorted(uids)


@remark("core/records/map-records-v2-id.md", 2)
def test_map_records_v2_id_long_lists_are_414_and_split(
    emu: Emulator, client: Client, core_user: auth.ServiceToken
) -> None:
    ids = [UNKNOWN_MAP_ID.format(i) for i in range(230)]
    answer = refused_then_split(
        emu, client, core_user, "/v2/mapRecords/by-id/", "mapRecordIdList", ids,
        lambda items: client.core.get_map_records_by_ids(core_user, items),
    )
    assert answer == []


@remark("core/records/map-records-v2-account.md", 3)
def test_map_records_v2_account_long_lists_are_414_and_split(
    emu: Emulator, client: Client, core_user: auth.ServiceToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    (info,) = client.core.get_maps_info_by_uids(core_user, [uid])
    ids = players(emu, 230)
    path = "/v2/mapRecords/by-account/"
    query = f"accountIdList={','.join(ids)}&mapId={info['mapId']}"
    with pytest.raises(NadeoError) as refused:
        client.core.get(core_user, f"{path}?{query}")
    assert getattr(refused.value, "status", None) == 414
    emu.log.clear()
    records = client.core.get_map_records_by_accounts(core_user, ids, info["mapId"])
    requests = [e for e in emu.log.entries if e.path == path]
    assert len(requests) == 2 and all(e.status == 200 for e in requests)
    assert {r["accountId"] for r in records} <= set(ids)


@remark("core/records/account-records-v2.md", 7)
def test_account_records_v2_long_lists_are_414_and_split(
    emu: Emulator, client: Client, core_user: auth.ServiceToken
) -> None:
    ids = [UNKNOWN_MAP_ID.format(i) for i in range(230)]
    path = f"/v2/accounts/{core_user.account_id}/mapRecords"
    answer = refused_then_split(
        emu, client, core_user, path, "mapIdList", ids,
        lambda items: client.core.get_account_records(
            core_user, core_user.account_id, map_ids=items
        ),
    )
    assert answer == []
