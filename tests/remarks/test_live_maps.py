"""The remarks of the Live map pages (`live/maps/`), shown by the emulator."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from nadeo_api import Client, ServerError, auth
from nadeo_api.emulator import Emulator

from ..clock import TODAY
from ..conftest import in_process, service_token
from ..declared import api_declarations
from .registry import not_behaviour, remark
from .servers import refusal_tests

_live = api_declarations("live")
_live_maps = api_declarations("live")

globals().update(refusal_tests("live/maps/", __name__))


def page(name: str) -> str:
    return f"live/maps/{name}.md"


@pytest.fixture
def fresh() -> Iterator[tuple[Emulator, Client, auth.ServiceToken]]:
    """An emulator of the test's own (favorites change), a client and a token."""
    with Emulator(today=TODAY) as emu, in_process(emu) as client:
        yield emu, client, service_token(client)


def favorites(client: Client, user: auth.ServiceToken, **kwargs: Any) -> list[str]:
    answer = client.call(_live_maps.get_favorite_maps, user, 100, **kwargs)
    return [m["uid"] for m in answer["mapList"]]


@remark(page("favorites"), 2)
def test_favorites_sort_by_date_added_or_by_name(fresh: Any) -> None:
    emu, client, user = fresh
    uids = emu.world.totd_maps()[-30:-26]
    for uid in uids:
        client.call(_live_maps.add_favorite_map, user, uid)
    by_date = favorites(client, user, sort="date", order="asc")
    assert by_date[-4:] == uids
    answer = client.call(_live_maps.get_favorite_maps, user, 100, sort="name", order="asc")
    names = [m["name"] for m in answer["mapList"]]
    assert names == sorted(names, key=str.lower) and [m["uid"] for m in answer["mapList"]] != (
        by_date
    )


@remark(page("favorites"), 3)
def test_favorites_without_a_type_filter_are_every_map(fresh: Any) -> None:
    emu, client, user = fresh
    every = favorites(client, user)
    assert every
    assert favorites(client, user, map_types=["TrackMania\\TM_Stunt"]) == []
    assert favorites(client, user, map_types=["TrackMania\\TM_Race"]) == every


not_behaviour(page("favorites"), 4, why="a pointer to the glossary's map types")


@remark(page("info-multiple"), 1)
def test_info_multiple_leaves_unknown_uids_out(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uids = emu.world.totd_maps()[-2:]
    answer = client.call(_live_maps.get_maps_info, user, [uids[0], "NoSuchMap", uids[1]])
    assert [m["uid"] for m in answer["mapList"]] == uids and answer["itemCount"] == 2


@remark(page("info-multiple"), 2)
def test_info_multiple_takes_no_map_ids(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    uid = emu.world.totd_maps()[-1]
    map_id = client.call(_live_maps.get_map_info, user, uid)["mapId"]
    answer = client.call(
        _live.get, user, "api/token/map/get-multiple", params={"mapUidList": f"{map_id},{uid}"}
    )
    assert [m["uid"] for m in answer["mapList"]] == [uid]


@remark(page("info"), 1)
def test_info_takes_no_map_id(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    uid = emu.world.totd_maps()[-1]
    map_id = client.call(_live_maps.get_map_info, user, uid)["mapId"]
    with pytest.raises(ServerError) as caught:
        client.call(_live.get, user, f"api/token/map/{map_id}")
    assert caught.value.status == 500
