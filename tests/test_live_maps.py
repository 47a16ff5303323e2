"""Map, favorite, campaign list and maniapub endpoints: contracts with the documentation,
argument checks, and the emulator's documented behaviour."""

from __future__ import annotations

from typing import Any

import pytest

from nadeo_api import Client, ServerError, ServiceAccountRequiredError, auth
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

from .contract import Arguments, check_answer, check_declaration, check_example, refuses
from .declared import api_declarations

_live_maps = api_declarations("live")
_live = api_declarations("live")


def totd(world: Any) -> str:
    uid: str = world.totd_maps()[-1]
    return uid


def seasonal_map(world: Any) -> str:
    uid: str = world.seasonal_campaigns()[-1].map_uids[3]
    return uid


# name -> (doc page, arguments from the world, keyword arguments)
CONTRACTS: dict[str, tuple[str, Arguments, dict[str, Any]]] = {
    "get_favorite_maps": ("live/maps/favorites.md", lambda w: (5,), {"playable": True}),
    "get_maps_info": (
        "live/maps/info-multiple.md", lambda w: ([totd(w), seasonal_map(w)],), {},
    ),
    "get_map_info": ("live/maps/info.md", lambda w: (totd(w),), {}),
    "get_uploaded_maps": ("live/maps/uploaded.md", lambda w: (), {"length": 3, "offset": 1}),
    "get_maps_seasonal_v1": ("live/campaigns/campaigns.md", lambda w: (), {"offset": 2}),
    "get_maps_cup_of_the_week": ("live/campaigns/cups-of-the-week.md", lambda w: (), {}),
    "get_map_campaign_info": ("live/campaigns/map-info.md", lambda w: (totd(w),), {}),
    "get_active_maniapubs": ("live/maniapubs/active.md", lambda w: (), {}),
}
NO_CONTENT = {
    "add_favorite_map": "live/maps/add-favorite.md",
    "remove_favorite_map": "live/maps/remove-favorite.md",
}


@pytest.mark.parametrize("name", sorted([*CONTRACTS, *NO_CONTENT]))
def test_declaration_matches_the_documentation(name: str) -> None:
    doc = NO_CONTENT.get(name) or CONTRACTS[name][0]
    check_declaration(_live_maps.DECLARATIONS[name], doc)


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_documented_example_decodes_into_the_model(name: str) -> None:
    check_example(_live_maps.DECLARATIONS[name], CONTRACTS[name][0])


@pytest.mark.parametrize("name", sorted(CONTRACTS))
def test_emulator_answers_with_the_documented_shape(
    emu: Emulator, client: Client, user: auth.ServiceToken, name: str
) -> None:
    doc, arguments, kwargs = CONTRACTS[name]
    check_answer(
        emu, client, user, _live_maps.DECLARATIONS[name], doc, arguments(emu.world), kwargs
    )


@pytest.mark.parametrize("name", sorted(NO_CONTENT))
def test_favorite_changes_answer_no_content(
    emu: Emulator, client: Client, user: auth.ServiceToken, name: str
) -> None:
    emu.log.clear()
    assert client.call(_live_maps.DECLARATIONS[name], user, totd(emu.world)) == {}
    entry = emu.log.entries[-1]
    assert (entry.method, entry.status, entry.params) == ("POST", 204, {})


MAP = "ZJw6_4CItmVlRMPgELl4Q37Utw2"

BAD: list[tuple[str, tuple[Any, ...], dict[str, Any], tuple[str, ...]]] = [
    ("add_favorite_map", ("a/b",), {}, ("map_uid",)),
    ("remove_favorite_map", ("",), {}, ("map_uid",)),
    ("get_favorite_maps", (0,), {}, ("length", ">= 1")),
    ("get_favorite_maps", (5,), {"offset": -1}, ("offset",)),
    ("get_favorite_maps", (5,), {"sort": "author"}, ("sort", "date, name")),
    ("get_favorite_maps", (5,), {"order": "up"}, ("order", "asc, desc")),
    ("get_favorite_maps", (5,), {"map_types": "TrackMania\\TM_Race"}, ("map_types",)),
    ("get_favorite_maps", (5,), {"map_types": ["a,b"]}, ("map_types", "commas")),
    ("get_favorite_maps", (5,), {"playable": 1}, ("playable", "True or False")),
    ("get_favorite_maps", (5,), {"only_mine": "no"}, ("only_mine",)),
    ("get_maps_info", ([MAP] * 101 + ["a/b"],), {}, ("map_uids[101]",)),
    ("get_maps_info", ([],), {}, ("map_uids", "at least one")),
    ("get_maps_info", (MAP,), {}, ("map_uids", "list")),
    ("get_map_info", (None,), {}, ("map_uid",)),
    ("get_uploaded_maps", (), {"length": -1}, ("length",)),
    ("get_uploaded_maps", (), {"offset": "1"}, ("offset", "int")),
    ("get_maps_seasonal_v1", (), {"length": -1}, ("length",)),
    ("get_maps_cup_of_the_week", (), {"offset": -2}, ("offset",)),
    ("get_map_campaign_info", ("a b",), {}, ("map_uid",)),
]


@pytest.mark.parametrize(("name", "args", "kwargs", "words"), BAD)
def test_bad_arguments_fail_before_any_request(
    emu: Emulator, client: Client, user: auth.ServiceToken, name: str,
    args: tuple[Any, ...], kwargs: dict[str, Any], words: tuple[str, ...],
) -> None:
    declared = _live_maps.DECLARATIONS[name]
    refuses(emu, lambda: client.call(declared, user, *args, **kwargs), *words)


@pytest.mark.parametrize(
    ("name", "args"),
    [("add_favorite_map", (MAP,)), ("remove_favorite_map", (MAP,)),
     ("get_favorite_maps", (5,)), ("get_uploaded_maps", ())],
)
def test_user_only_requests_refuse_dedicated_servers(
    emu: Emulator, client: Client, server: auth.DedicatedServerToken, name: str,
    args: tuple[Any, ...],
) -> None:
    emu.log.clear()
    with pytest.raises(ServiceAccountRequiredError):
        client.call(_live_maps.DECLARATIONS[name], server, *args)
    assert len(emu.log) == 0


def favorite_uids(client: Client, user: auth.ServiceToken, **kwargs: Any) -> list[str]:
    answer = client.call(_live_maps.get_favorite_maps, user, 100, **kwargs)
    return [m["uid"] for m in answer["mapList"]]


def test_favorites_follow_adds_and_removals(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uids = emu.world.totd_maps()[-40:-37]
    for uid in uids:
        client.call(_live_maps.add_favorite_map, user, uid)
    newest_first = favorite_uids(client, user)
    assert newest_first[:3] == uids[::-1]
    assert favorite_uids(client, user, order="asc")[-3:] == uids
    # Adding twice changes nothing; removing a map that is no favorite is still a 204.
    client.call(_live_maps.add_favorite_map, user, uids[0])
    assert favorite_uids(client, user) == newest_first
    client.call(_live_maps.remove_favorite_map, user, uids[1])
    client.call(_live_maps.remove_favorite_map, user, uids[1])
    assert uids[1] not in favorite_uids(client, user)
    assert client.call(_live_maps.get_map_info, user, uids[0])["favorite"] is True
    assert client.call(_live_maps.get_map_info, user, uids[1])["favorite"] is False
    names = [m["name"] for m in client.call(_live_maps.get_favorite_maps, user, 100,
                                            sort="name")["mapList"]]
    assert names == sorted(names, key=str.lower, reverse=True)


def test_favorite_filters(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    mine = client.call(_live_maps.get_uploaded_maps, user, length=1)["mapList"][0]["uid"]
    client.call(_live_maps.add_favorite_map, user, mine)
    assert favorite_uids(client, user, only_mine=True) == [mine]
    assert favorite_uids(client, user, map_types=["TrackMania\\TM_Stunt"]) == []
    assert mine in favorite_uids(client, user, map_types=["TrackMania\\TM_Race"])
    page = client.call(_live_maps.get_favorite_maps, user, 1, offset=1)
    assert len(page["mapList"]) == 1 and page["itemCount"] == len(favorite_uids(client, user))


def test_favorites_of_unknown_maps_are_a_500(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    for declared in (_live_maps.add_favorite_map, _live_maps.remove_favorite_map):
        with pytest.raises(ServerError) as error:
            client.call(declared, user, "NoSuchMap")
        assert error.value.error == "InternalServerError"


def test_unknown_map_info_is_a_500(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    with pytest.raises(ServerError) as error:
        client.call(_live_maps.get_map_info, user, "NoSuchMap")
    assert (error.value.status, error.value.error) == (500, "NotFoundHttpException")


def test_map_info_agrees_with_the_world(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = totd(emu.world)
    info = client.call_typed(_live_maps.get_map_info, user, uid)
    world = emu.world.map_info(uid)
    assert (info.uid, info.name, info.author, info.author_time) == (
        uid, world.name, world.author_account_id, world.author_time
    )
    assert info.author_time <= info.gold_time <= info.silver_time <= info.bronze_time
    several = client.call(_live_maps.get_maps_info, user, [uid, "NoSuchMap", seasonal_map(
        emu.world)])
    assert [m["uid"] for m in several["mapList"]] == [uid, seasonal_map(emu.world)]
    assert several["itemCount"] == 2
    assert several["mapList"][0] == client.call(_live_maps.get_map_info, user, uid)


def test_uploaded_maps_are_the_account_own_newest_first(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    answer = client.call_typed(_live_maps.get_uploaded_maps, user)
    assert answer.item_count == len(answer.map_list) >= 5
    # Uploaded by the account; one of them was made by another player.
    assert {m.submitter for m in answer.map_list} == {SERVICE_ACCOUNT.account_id}
    assert [m.author == SERVICE_ACCOUNT.account_id for m in answer.map_list].count(False) == 1
    stamps = [m.upload_timestamp for m in answer.map_list]
    assert stamps == sorted(stamps, reverse=True)


def test_seasonal_v1_lists_the_same_campaigns_as_v2(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    pass

    v1 = client.call_typed(_live_maps.get_maps_seasonal_v1, user, length=3)
    v2 = client.call_typed(_live.get_maps_seasonal, user, length=3)
    assert [c.id for c in v1.campaign_list] == [c.id for c in v2.campaign_list]
    assert all(c.leaderboard_group_uid == c.season_uid for c in v1.campaign_list)
    assert v1.item_count == v2.item_count


def test_cups_of_the_week_hold_one_map_named_by_date(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    cups = client.call_typed(_live_maps.get_maps_cup_of_the_week, user, length=3)
    assert len(cups.campaign_list) == min(3, cups.item_count)
    for cup in cups.campaign_list:
        assert len(cup.playlist) == 1 and cup.use_case == 7
        assert cup.start is not None and cup.name.startswith(cup.start.strftime("%A, %B"))
        assert emu.world.is_known_map(cup.playlist[0].map_uid)


def test_campaign_info_of_maps(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    world = emu.world
    campaign = world.seasonal_campaigns()[-1]
    official = client.call(_live_maps.get_map_campaign_info, user, seasonal_map(world))
    assert official["officialMaps"] == list(campaign.map_uids)
    assert (official["totdYear"], official["totdMaps"]) == (-1, [])
    day = world.totd_days()[-1]
    totd_info = client.call(_live_maps.get_map_campaign_info, user, day.map_uid)
    assert day.map_uid in totd_info["totdMaps"] and len(totd_info["totdMaps"]) <= 7
    assert totd_info["week"] == day.date.isocalendar()[1]
    unknown = client.call(_live_maps.get_map_campaign_info, user, "NoSuchMap")
    assert unknown == {"officialYear": -1, "season": -1, "officialMaps": [], "totdYear": -1,
                       "week": -1, "totdMaps": []}
    assert emu.log.entries[-1].status == 200


def test_maniapubs_are_active(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    ads = client.call_typed(_live_maps.get_active_maniapubs, user)
    assert ads.item_count == len(ads.display_list) > 0
    for ad in ads.display_list:
        assert ad.relative_end > 0
        assert ad.screen16x9_url.endswith(".dds") and ad.screen16x9_url_jpg_large.endswith(".jpg")
