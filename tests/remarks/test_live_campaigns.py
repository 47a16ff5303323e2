"""The remarks of the Live campaign pages (`live/campaigns/`), shown by the emulator."""

from __future__ import annotations

import datetime

from nadeo_api import Client, auth
from nadeo_api.emulator import Emulator
from nadeo_api.emulator.world.schedule import UTC

from ..declared import api_declarations
from .registry import remark

_live = api_declarations("live")
_live_maps = api_declarations("live")


def page(name: str) -> str:
    return f"live/campaigns/{name}.md"


@remark(page("campaigns-v2"), 1)
def test_campaigns_v2_list_the_seasonal_campaigns_in_another_shape(
    client: Client, user: auth.ServiceToken
) -> None:
    v1 = client.call(_live_maps.get_maps_seasonal_v1, user, length=3)
    v2 = client.call(_live.get_maps_seasonal, user, length=3)
    assert [c["id"] for c in v1["campaignList"]] == [c["id"] for c in v2["campaignList"]]
    assert v1["itemCount"] == v2["itemCount"]
    first, second = v1["campaignList"][0], v2["campaignList"][0]
    assert {"latestSeasons", "categories", "media"} <= set(first) - set(second)


@remark(page("cups-of-the-week"), 1)
def test_cups_of_the_week_are_campaigns_of_one_map(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    cups = client.call(_live_maps.get_maps_cup_of_the_week, user, length=5)["campaignList"]
    assert len(cups) == 5
    for cup in cups:
        (only,) = cup["playlist"]
        assert emu.world.is_known_map(only["mapUid"])
    assert len({cup["week"] for cup in cups}) == 5


@remark(page("cups-of-the-week"), 2)
def test_cups_of_the_week_are_named_by_their_first_day(
    client: Client, user: auth.ServiceToken
) -> None:
    cups = client.call(_live_maps.get_maps_cup_of_the_week, user, length=5)["campaignList"]
    for cup in cups:
        start = datetime.datetime.fromtimestamp(cup["startTimestamp"], UTC)
        assert cup["name"] == f"{start:%A, %B} {start.day}, {start.year}", cup["name"]


@remark(page("map-info"), 1)
def test_map_info_says_nothing_of_club_campaigns(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    club_map = emu.world.clubs[0].campaigns[0].map_uids[0]
    answer = client.call(_live_maps.get_map_campaign_info, user, club_map)
    assert (answer["officialMaps"], answer["totdMaps"]) == ([], [])
    assert (answer["season"], answer["week"]) == (-1, -1)


@remark(page("map-info"), 2)
def test_map_info_official_maps_are_the_whole_seasonal_campaign(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    campaign = emu.world.seasonal_campaigns()[-2]
    answer = client.call(_live_maps.get_map_campaign_info, user, campaign.map_uids[7])
    assert answer["officialMaps"] == list(campaign.map_uids) and len(campaign.map_uids) == 25


@remark(page("map-info"), 3)
def test_map_info_totd_maps_are_the_whole_week(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    days = emu.world.totd_days()
    day = days[-20]
    week = day.date.isocalendar()[:2]
    same_week = [d.map_uid for d in days if d.date.isocalendar()[:2] == week]
    answer = client.call(_live_maps.get_map_campaign_info, user, day.map_uid)
    assert answer["totdMaps"] == same_week and len(same_week) == 7
    assert (answer["totdYear"], answer["week"]) == week


@remark(page("weekly-grands"), 1)
def test_weekly_grands_are_campaigns_of_one_map(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    grands = client.call(_live.get_maps_weekly_grand, user, length=5)["campaignList"]
    assert len(grands) == 5 and len({g["week"] for g in grands}) == 5
    for grand in grands:
        (only,) = grand["playlist"]
        assert emu.world.is_known_map(only["mapUid"])
