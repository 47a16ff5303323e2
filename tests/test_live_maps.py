"""Map, favorite, campaign list and maniapub endpoints: the emulator's documented behaviour
(their contracts with the documentation are in test_contracts.py)."""

from __future__ import annotations

from typing import Any

import pytest

from nadeo_api import (
    Client,
    ServerError,
    auth,
)
from nadeo_api._declared import DECLARATIONS
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

LIVE = DECLARATIONS["live"]


def totd(world: Any) -> str:
    uid: str = world.totd_maps()[-1]
    return uid


def seasonal_map(world: Any) -> str:
    uid: str = world.seasonal_campaigns()[-1].map_uids[3]
    return uid


def favorite_uids(client: Client, user: auth.ServiceToken, **kwargs: Any) -> list[str]:
    answer = client.call(LIVE["get_favorite_maps"], user, 100, **kwargs)
    return [m["uid"] for m in answer["mapList"]]


def test_favorites_follow_adds_and_removals(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uids = emu.world.totd_maps()[-40:-37]
    for uid in uids:
        client.call(LIVE["add_favorite_map"], user, uid)
    newest_first = favorite_uids(client, user)
    assert newest_first[:3] == uids[::-1]
    assert favorite_uids(client, user, order="asc")[-3:] == uids
    # Adding twice changes nothing; removing a map that is no favorite is still a 204.
    client.call(LIVE["add_favorite_map"], user, uids[0])
    assert favorite_uids(client, user) == newest_first
    client.call(LIVE["remove_favorite_map"], user, uids[1])
    client.call(LIVE["remove_favorite_map"], user, uids[1])
    assert uids[1] not in favorite_uids(client, user)
    assert client.call(LIVE["get_map_info"], user, uids[0])["favorite"] is True
    assert client.call(LIVE["get_map_info"], user, uids[1])["favorite"] is False
    names = [m["name"] for m in client.call(LIVE["get_favorite_maps"], user, 100,
                                            sort="name")["mapList"]]
    assert names == sorted(names, key=str.lower, reverse=True)


def test_favorite_filters(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    mine = client.call(LIVE["get_uploaded_maps"], user, length=1)["mapList"][0]["uid"]
    client.call(LIVE["add_favorite_map"], user, mine)
    assert favorite_uids(client, user, only_mine=True) == [mine]
    assert favorite_uids(client, user, map_types=["TrackMania\\TM_Stunt"]) == []
    assert mine in favorite_uids(client, user, map_types=["TrackMania\\TM_Race"])
    page = client.call(LIVE["get_favorite_maps"], user, 1, offset=1)
    assert len(page["mapList"]) == 1 and page["itemCount"] == len(favorite_uids(client, user))


def test_favorites_of_unknown_maps_are_a_500(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    for declared in (LIVE["add_favorite_map"], LIVE["remove_favorite_map"]):
        with pytest.raises(ServerError) as error:
            client.call(declared, user, "NoSuchMap")
        assert error.value.error == "InternalServerError"


def test_unknown_map_info_is_a_500(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    with pytest.raises(ServerError) as error:
        client.call(LIVE["get_map_info"], user, "NoSuchMap")
    assert (error.value.status, error.value.error) == (500, "NotFoundHttpException")


def test_map_info_agrees_with_the_world(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = totd(emu.world)
    info = client.call_typed(LIVE["get_map_info"], user, uid)
    world = emu.world.map_info(uid)
    assert (info.uid, info.name, info.author, info.author_time) == (
        uid, world.name, world.author_account_id, world.author_time
    )
    assert info.author_time <= info.gold_time <= info.silver_time <= info.bronze_time
    several = client.call(LIVE["get_maps_info"], user, [uid, "NoSuchMap", seasonal_map(
        emu.world)])
    assert [m["uid"] for m in several["mapList"]] == [uid, seasonal_map(emu.world)]
    assert several["itemCount"] == 2
    assert several["mapList"][0] == client.call(LIVE["get_map_info"], user, uid)


def test_uploaded_maps_are_the_account_own_newest_first(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    answer = client.call_typed(LIVE["get_uploaded_maps"], user)
    assert answer.item_count == len(answer.map_list) >= 5
    # Uploaded by the account; one of them was made by another player.
    assert {m.submitter for m in answer.map_list} == {SERVICE_ACCOUNT.account_id}
    assert [m.author == SERVICE_ACCOUNT.account_id for m in answer.map_list].count(False) == 1
    stamps = [m.upload_timestamp for m in answer.map_list]
    assert stamps == sorted(stamps, reverse=True)


def test_seasonal_v1_lists_the_same_campaigns_as_v2(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    v1 = client.call_typed(LIVE["get_maps_seasonal_v1"], user, length=3)
    v2 = client.call_typed(LIVE["get_maps_seasonal"], user, length=3)
    assert [c.id for c in v1.campaign_list] == [c.id for c in v2.campaign_list]
    assert all(c.leaderboard_group_uid == c.season_uid for c in v1.campaign_list)
    assert v1.item_count == v2.item_count


def test_cups_of_the_week_hold_one_map_named_by_date(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    cups = client.call_typed(LIVE["get_maps_cup_of_the_week"], user, length=3)
    assert len(cups.campaign_list) == min(3, cups.item_count)
    for cup in cups.campaign_list:
        assert len(cup.playlist) == 1 and cup.use_case == 7
        assert cup.start is not None and cup.name.startswith(cup.start.strftime("%A, %B"))
        assert emu.world.is_known_map(cup.playlist[0].map_uid)


def test_campaign_info_of_maps(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    world = emu.world
    campaign = world.seasonal_campaigns()[-1]
    official = client.call(LIVE["get_map_campaign_info"], user, seasonal_map(world))
    assert official["officialMaps"] == list(campaign.map_uids)
    assert (official["totdYear"], official["totdMaps"]) == (-1, [])
    day = world.totd_days()[-1]
    totd_info = client.call(LIVE["get_map_campaign_info"], user, day.map_uid)
    assert day.map_uid in totd_info["totdMaps"] and len(totd_info["totdMaps"]) <= 7
    assert totd_info["week"] == day.date.isocalendar()[1]
    unknown = client.call(LIVE["get_map_campaign_info"], user, "NoSuchMap")
    assert unknown == {"officialYear": -1, "season": -1, "officialMaps": [], "totdYear": -1,
                       "week": -1, "totdMaps": []}
    assert emu.log.entries[-1].status == 200


def test_maniapubs_are_active(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    ads = client.call_typed(LIVE["get_active_maniapubs"], user)
    assert ads.item_count == len(ads.display_list) > 0
    for ad in ads.display_list:
        assert ad.relative_end > 0
        assert ad.screen16x9_url.endswith(".dds") and ad.screen16x9_url_jpg_large.endswith(".jpg")
