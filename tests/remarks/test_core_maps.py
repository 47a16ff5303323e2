"""The remarks of the Core API's map pages (info, favorites, votes, authored and submitted maps)
and of the deprecated map info page."""

from __future__ import annotations

import datetime
from typing import Any

from nadeo_api import auth
from nadeo_api.emulator import SERVICE_ACCOUNT

from ..conftest import AGENT
from ..declared import api_declarations
from .corelib import ME, NOBODY, Core, core, is_core_error
from .registry import not_behaviour, remark

_live_maps = api_declarations("live")

__all__ = ["core"]


def favorites(core: Core, **query: Any) -> list[dict[str, Any]]:
    answer = core.ok("/maps/favorites", {"offset": 0, "length": 100, **query})
    listed: list[dict[str, Any]] = answer["mapFavoriteList"]
    return listed


def live_token(core: Core) -> auth.ServiceToken:
    return auth.ServiceToken.get(
        "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=core.client
    )


def live_favorite_uids(core: Core) -> set[str]:
    answer = core.client.call(_live_maps.get_favorite_maps, live_token(core), length=100)
    return {m["uid"] for m in answer["mapList"]}


def world_now(core: Core) -> str:
    """The world's time as Core writes it."""
    moment = datetime.datetime.fromtimestamp(int(core.emu.world.now), datetime.UTC)
    return moment.isoformat()


# Favorites


@remark("core/maps/add-favorite.md", 2)
def test_add_favorite_adds_to_the_live_api_favorites(core: Core) -> None:
    uid = core.uid(7)
    core.get("/maps/favorites", method="DELETE", body={"mapUid": uid})
    assert uid not in live_favorite_uids(core)
    # Core takes the UID in a JSON body; Live takes it in the path.
    assert core.ok("/maps/favorites", method="POST", body={"mapUid": uid}) is None
    assert uid in live_favorite_uids(core)
    core.client.call(_live_maps.remove_favorite_map, live_token(core), uid)
    assert uid not in {f["mapUid"] for f in favorites(core)}


@remark("core/maps/remove-favorite.md", 2)
def test_remove_favorite_removes_from_the_live_api_favorites(core: Core) -> None:
    uid = core.uid(8)
    core.client.call(_live_maps.add_favorite_map, live_token(core), uid)
    assert uid in {f["mapUid"] for f in favorites(core)}
    assert core.ok("/maps/favorites", method="DELETE", body={"mapUid": uid}) is None
    assert uid not in live_favorite_uids(core)


@remark("core/maps/favorites-uids.md", 2)
def test_favorites_uids_timestamp_is_when_the_map_was_added(core: Core) -> None:
    uid = core.uid(9)
    core.get("/maps/favorites", method="DELETE", body={"mapUid": uid})
    core.ok("/maps/favorites", method="POST", body={"mapUid": uid})
    answer = core.ok("/maps/favorites/by-map-uids", {"mapUidList": uid})
    (favorite,) = answer["mapFavoriteList"]
    assert favorite["timestamp"] == world_now(core)


@remark("core/maps/favorites.md", 5)
def test_favorites_timestamp_is_when_the_map_was_added(core: Core) -> None:
    uid = core.uid(10)
    core.get("/maps/favorites", method="DELETE", body={"mapUid": uid})
    before = {f["mapUid"]: f["timestamp"] for f in favorites(core)}
    core.ok("/maps/favorites", method="POST", body={"mapUid": uid})
    after = {f["mapUid"]: f["timestamp"] for f in favorites(core)}
    assert after.pop(uid) == world_now(core)
    assert after == before  # the others keep theirs
    assert all(stamp <= world_now(core) for stamp in before.values())


@remark("core/maps/favorites.md", 2)
def test_favorites_sort_by_date_or_by_name(core: Core) -> None:
    for back in (11, 12, 13):
        core.ok("/maps/favorites", method="POST", body={"mapUid": core.uid(back)})
    by_date = favorites(core, sort="date", order="asc")
    assert len(by_date) >= 3
    assert [f["timestamp"] for f in by_date] == sorted(f["timestamp"] for f in by_date)
    names = {m["mapUid"]: m["name"] for m in core.ok(
        "/maps/by-uid/", {"mapUidList": ",".join(f["mapUid"] for f in by_date)})}
    by_name = favorites(core, sort="name", order="asc")
    assert [names[f["mapUid"]].lower() for f in by_name] == sorted(
        names[f["mapUid"]].lower() for f in by_name
    )
    assert [f["mapUid"] for f in favorites(core, sort="name", order="desc")] == [
        f["mapUid"] for f in reversed(by_name)
    ]
    refused = core.get("/maps/favorites", {"offset": 0, "length": 5, "sort": "author"})
    assert is_core_error(refused, 400)


@remark("core/maps/favorites.md", 3)
def test_favorites_without_map_types_lists_every_type(core: Core) -> None:
    everything = favorites(core)
    types = {m["mapType"] for m in core.ok(
        "/maps/by-uid/", {"mapUidList": ",".join(f["mapUid"] for f in everything)})}
    assert everything and favorites(core, mapTypeList=",".join(types)) == everything
    assert favorites(core, mapTypeList="TrackMania\\TM_Stunt") == []


not_behaviour("core/maps/favorites.md", 4, why="points to the glossary's list of map types")


@remark("core/maps/favorites.md", 6)
def test_favorites_lists_the_live_favorites_in_another_model(core: Core) -> None:
    live = core.client.call(_live_maps.get_favorite_maps, live_token(core), length=100)
    assert {f["mapUid"] for f in favorites(core)} == {m["uid"] for m in live["mapList"]}
    assert set(favorites(core)[0]) == {"accountId", "mapUid", "timestamp"}
    assert {"uid", "name", "author", "thumbnailUrl"} <= set(live["mapList"][0])


# Map info


@remark("core/maps/info-multiple-id.md", 1)
def test_info_multiple_id_takes_map_ids_not_uids(core: Core) -> None:
    uid = core.uid()
    assert core.ok("/maps/by-id/", {"mapIdList": uid}) == []
    (info,) = core.ok("/maps/by-id/", {"mapIdList": core.map_id(uid)})
    assert info["mapUid"] == uid


@remark("core/maps/info-multiple-uid.md", 1)
def test_info_multiple_uid_takes_map_uids_not_ids(core: Core) -> None:
    uid = core.uid()
    assert core.ok("/maps/by-uid/", {"mapUidList": core.map_id(uid)}) == []
    assert [m["mapUid"] for m in core.ok("/maps/by-uid/", {"mapUidList": uid})] == [uid]


def _same_as_deprecated(core: Core, name: str, values: list[str]) -> None:
    new_route = "/maps/by-id/" if name == "mapIdList" else "/maps/by-uid/"
    query = {name: ",".join(values)}
    assert core.ok(new_route, query) == core.ok("/maps/", query)


@remark("core/maps/info-multiple-id.md", 3)
def test_info_multiple_id_answers_as_the_deprecated_endpoint(core: Core) -> None:
    ids = [core.map_id(core.uid(back)) for back in (1, 2, 3)]
    _same_as_deprecated(core, "mapIdList", [*ids, NOBODY])


@remark("core/maps/info-multiple-uid.md", 3)
def test_info_multiple_uid_answers_as_the_deprecated_endpoint(core: Core) -> None:
    _same_as_deprecated(core, "mapUidList", [core.uid(1), core.uid(2), "unknownUid", "a b"])


@remark("core/maps/info.md", 1)
def test_info_takes_a_map_id_not_a_uid(core: Core) -> None:
    uid = core.uid()
    refused = core.get(f"/maps/{uid}")
    assert is_core_error(refused, 400) and refused.json()["info"] == ["mapId: Invalid uuid."]
    assert core.ok(f"/maps/{core.map_id(uid)}")["mapUid"] == uid


@remark("core/deprecated/info-multiple.md", 1)
def test_info_multiple_takes_one_of_its_two_lists_at_a_time(core: Core) -> None:
    uids = [core.uid(1), core.uid(2)]
    ids = [core.map_id(uid) for uid in uids]
    by_uid = core.ok("/maps/", {"mapUidList": ",".join(uids)})
    by_id = core.ok("/maps/", {"mapIdList": ",".join(ids)})
    assert {m["mapId"] for m in by_uid} == {m["mapId"] for m in by_id} == set(ids)
    both = core.get("/maps/", {"mapUidList": uids[0], "mapIdList": ids[1]})
    assert is_core_error(both, 400)


# Votes


@remark("core/maps/set-vote.md", 2)
def test_set_vote_likes_dislikes_and_unsets(core: Core) -> None:
    uid = core.uid(14)
    for vote in (1, -1, 0):
        assert core.ok(f"/maps/{uid}/votes", method="POST", body={"vote": vote}) is None
        assert core.ok(f"/maps/{uid}/votes")["vote"] == vote
    for wrong in (2, -2, "1", True):
        refused = core.get(f"/maps/{uid}/votes", method="POST", body={"vote": wrong})
        assert is_core_error(refused, 400), wrong


@remark("core/maps/vote.md", 2)
def test_vote_is_minus_one_one_or_zero(core: Core) -> None:
    never = core.ok(f"/maps/{core.uid(15)}/votes")
    assert never["vote"] == 0
    uid = core.uid(16)
    core.ok(f"/maps/{uid}/votes", method="POST", body={"vote": -1})
    assert core.ok(f"/maps/{uid}/votes")["vote"] == -1
    core.ok(f"/maps/{uid}/votes", method="POST", body={"vote": 0})
    assert core.ok(f"/maps/{uid}/votes")["vote"] == 0


@remark("core/maps/vote.md", 3)
def test_vote_date_is_a_day_not_a_time(core: Core) -> None:
    uid = core.uid(17)
    core.ok(f"/maps/{uid}/votes", method="POST", body={"vote": 1})
    day = core.ok(f"/maps/{uid}/votes")["voteDate"]
    moment = datetime.datetime.fromisoformat(day)
    assert (moment.hour, moment.minute, moment.second) == (0, 0, 0)
    assert moment.date() == datetime.datetime.fromtimestamp(
        core.emu.world.now, datetime.UTC
    ).date()


# Authored and submitted maps


def _own_maps(core: Core, route: str) -> dict[str, dict[str, Any]]:
    answer = core.ok(route)
    assert answer["count"] == len(answer["mapList"])
    return {m["mapUid"]: m for m in answer["mapList"]}


@remark("core/maps/authored.md", 2)
def test_authored_maps_are_those_made_whoever_uploaded_them(core: Core) -> None:
    authored = _own_maps(core, "/maps/by-author")
    submitted = _own_maps(core, "/maps/by-submitter")
    assert {m["author"] for m in authored.values()} == {ME}
    # A map the account made that someone else uploaded is authored, not submitted.
    made_only = [m for m in authored.values() if m["submitter"] != ME]
    assert len(made_only) == 1 and made_only[0]["mapUid"] not in submitted


@remark("core/maps/submitted.md", 2)
def test_submitted_maps_are_those_uploaded_whoever_made_them(core: Core) -> None:
    authored = _own_maps(core, "/maps/by-author")
    submitted = _own_maps(core, "/maps/by-submitter")
    assert {m["submitter"] for m in submitted.values()} == {ME}
    # A map someone else made that the account uploaded is submitted, not authored.
    uploaded_only = [m for m in submitted.values() if m["author"] != ME]
    assert len(uploaded_only) == 1 and uploaded_only[0]["mapUid"] not in authored
    # The rest are both.
    both = set(authored) & set(submitted)
    assert both and len(both) == len(authored) - 1 == len(submitted) - 1
