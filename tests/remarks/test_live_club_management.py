"""The remarks of the Live club-management pages about activities (campaigns, rooms, news, map
reviews, uploads, folders, rankings): each reproduced by the emulator, or not a behaviour.

The remarks about clubs and their members are in `test_live_club_management_members.py`; the
dedicated-server remark of every page is generated below, one test per page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from nadeo_api import Client, auth
from nadeo_api.emulator import SERVER_ACCOUNT, Emulator

from .calls import (
    Fresh,
    fresh_world,
    send,
    shows_custom_media,
    shows_no_media,
)
from .registry import not_behaviour, remark
from .servers import refusal_tests

globals().update(refusal_tests("live/club-management/", __name__))

PAGES = "live/club-management/"
TIME_ATTACK = "TrackMania/TM_TimeAttack_Online.Script.txt"
GLOSSARY = "a pointer to the glossary's list, which the documentation keeps elsewhere"
PRESETS = "where the game keeps its preset themes: a pointer for the reader"
WIKI = "a pointer to the Trackmania wiki"


def page(name: str) -> str:
    return f"{PAGES}{name}.md"


@pytest.fixture
def fresh() -> Iterator[Fresh]:
    """An emulator of the test's own, for tests that change seeded or account-wide state."""
    yield from fresh_world()


@pytest.fixture
def world(emu: Emulator, client: Client, user: auth.ServiceToken) -> Fresh:
    """The module's emulator, for tests that only change a club they create."""
    return Fresh(emu, client, user)


def admin_club(emu: Emulator) -> Any:
    """A seeded club the configured account administrates (public, with custom media)."""
    return next(c for c in emu.world.clubs if c.accounts_are_members)


def maps(emu: Emulator) -> list[str]:
    return list(admin_club(emu).campaigns[0].map_uids)


def seeded(world: Fresh, kind: str) -> int:
    """The activity ID of a seeded activity of `kind` (news, map review) in the admin club."""
    listed = activities(world, admin_club(world.emu).club_id)
    found: int = next(a["id"] for a in listed if a["activityType"] == kind)
    return found


def own_club(world: Fresh, state: str = "public") -> int:
    """A new club the user created (and so may manage)."""
    answer = world.post("/api/token/club/create", {"name": "Remarks club", "state": state})
    assert answer.status_code == 200, answer.text
    club_id: int = answer.json()["id"]
    return club_id


def created(world: Fresh, club: int, what: str, body: dict[str, Any]) -> dict[str, Any]:
    answer = world.post(f"/api/token/club/{club}/{what}/create", body)
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = answer.json()
    return found


def activities(world: Fresh, club: int, **params: Any) -> list[dict[str, Any]]:
    answer = world.get(f"/api/token/club/{club}/activity", length=250, **params)
    found: list[dict[str, Any]] = answer.json()["activityList"]
    return found


# add-to-upload / remove-from-upload ---------------------------------------------------------


def upload_items(world: Fresh, club: int, upload: int) -> list[str]:
    shown = world.get(f"/api/token/club/{club}/bucket/{upload}", length=50).json()
    return [item["itemId"] for item in shown["bucketItemList"]]


@remark(page("add-to-upload"), 2)
def test_add_to_upload_takes_map_uids_for_a_map_upload(world: Fresh) -> None:
    club = own_club(world)
    upload = created(world, club, "bucket", {"name": "Maps", "type": "map-upload"})["id"]
    uid = maps(world.emu)[0]
    added = world.post(f"/api/token/club/{club}/bucket/{upload}/add", {"itemIdList": [uid]})
    assert (added.status_code, added.text) == (200, "Items added.")
    assert upload_items(world, club, upload) == [uid]


@remark(page("add-to-upload"), 3)
def test_add_to_upload_adds_ids_of_another_kind_too(world: Fresh) -> None:
    club = own_club(world)
    upload = created(world, club, "bucket", {"name": "Skins", "type": "skin-upload"})["id"]
    wrong = [maps(world.emu)[0], "no-such-skin"]
    added = world.post(f"/api/token/club/{club}/bucket/{upload}/add", {"itemIdList": wrong})
    assert added.status_code == 200
    assert upload_items(world, club, upload) == wrong


not_behaviour(
    page("add-to-upload"),
    4,
    why="advice to upload the assets first; the service adds unknown IDs anyway (remark 3)",
)


@remark(page("remove-from-upload"), 2)
def test_remove_from_upload_takes_the_map_uids_of_a_map_upload(world: Fresh) -> None:
    club = own_club(world)
    upload = created(world, club, "bucket", {"name": "Maps", "type": "map-upload"})["id"]
    uids = maps(world.emu)[:3]
    world.post(f"/api/token/club/{club}/bucket/{upload}/add", {"itemIdList": uids})
    removed = world.post(
        f"/api/token/club/{club}/bucket/{upload}/remove", {"itemIdList": [uids[1]]}
    )
    assert (removed.status_code, removed.text) == (200, "Items removed.")
    assert upload_items(world, club, upload) == [uids[0], uids[2]]


# create-campaign / edit-campaign ------------------------------------------------------------


def playlist(answer: dict[str, Any]) -> list[str]:
    return [entry["mapUid"] for entry in answer["campaign"]["playlist"]]


@remark(page("create-campaign"), 2)
def test_create_campaign_makes_it_deactivated(world: Fresh) -> None:
    club = own_club(world)
    body = {"name": "Off cup", "playlist": [{"mapUid": maps(world.emu)[0], "position": 0}]}
    campaign = created(world, club, "campaign", body)
    listed = {a["id"]: a["active"] for a in activities(world, club)}
    assert listed[campaign["activityId"]] is False
    world.post(f"/api/token/club/{club}/activity/{campaign['activityId']}/edit", {"active": 1})
    assert {a["id"]: a["active"] for a in activities(world, club)}[campaign["activityId"]]


@remark(page("create-campaign"), 3)
def test_create_campaign_orders_maps_as_the_playlist_array(world: Fresh) -> None:
    club = own_club(world)
    first, second, third = maps(world.emu)[:3]
    body = {
        "name": "Ordered",
        "playlist": [
            {"mapUid": first, "position": 2},
            {"mapUid": second, "position": 0},
            {"mapUid": third, "position": 1},
        ],
    }
    assert playlist(created(world, club, "campaign", body)) == [first, second, third]


@remark(page("create-campaign"), 4)
def test_create_campaign_skips_maps_without_uid_or_position(world: Fresh) -> None:
    club = own_club(world)
    first, second, third = maps(world.emu)[:3]
    entries = [{"mapUid": first}, {"position": 1}, {"mapUid": third, "position": 2}]
    campaign = created(world, club, "campaign", {"name": "Gaps", "playlist": entries})
    assert playlist(campaign) == [third] and second not in playlist(campaign)


@remark(page("create-campaign"), 5)
def test_create_campaign_fails_with_a_map_not_on_the_servers(world: Fresh) -> None:
    club = own_club(world)
    unknown = {"mapUid": "NotUploadedMapUid0000000000", "position": 0}
    body = {"name": "Unknown", "playlist": [unknown]}
    assert world.post(f"/api/token/club/{club}/campaign/create", body).status_code == 500


@remark(page("create-campaign"), 6)
def test_create_campaign_answers_media_fields_empty_without_custom_media(world: Fresh) -> None:
    club = own_club(world)
    body = {"name": "Plain", "playlist": [{"mapUid": maps(world.emu)[0], "position": 0}]}
    assert shows_no_media(created(world, club, "campaign", body))


not_behaviour(page("create-campaign"), 7, why=GLOSSARY)


def edit_campaign(world: Fresh, entries: list[dict[str, Any]]) -> Any:
    club = admin_club(world.emu)
    path = f"/api/token/club/{club.club_id}/campaign/{club.campaigns[0].campaign_id}/edit"
    return world.post(path, {"playlist": entries})


@remark(page("edit-campaign"), 2)
def test_edit_campaign_orders_maps_as_the_playlist_array(fresh: Fresh) -> None:
    first, second = maps(fresh.emu)[:2]
    answer = edit_campaign(
        fresh, [{"mapUid": first, "position": 1}, {"mapUid": second, "position": 0}]
    )
    assert playlist(answer.json()) == [first, second]


@remark(page("edit-campaign"), 3)
def test_edit_campaign_skips_maps_without_uid_or_position(fresh: Fresh) -> None:
    first, second = maps(fresh.emu)[:2]
    answer = edit_campaign(
        fresh, [{"position": 0}, {"mapUid": first}, {"mapUid": second, "position": 1}]
    )
    assert (answer.status_code, playlist(answer.json())) == (200, [second])


@remark(page("edit-campaign"), 4)
def test_edit_campaign_fails_with_a_map_not_on_the_servers(fresh: Fresh) -> None:
    answer = edit_campaign(fresh, [{"mapUid": "NotUploadedMapUid0000000000", "position": 0}])
    assert answer.status_code == 500


@remark(page("edit-campaign"), 5)
def test_edit_campaign_answers_dds_and_scaled_media(fresh: Fresh) -> None:
    club = admin_club(fresh.emu)
    path = f"/api/token/club/{club.club_id}/campaign/{club.campaigns[0].campaign_id}/edit"
    assert shows_custom_media(fresh.post(path, {"name": "Renamed"}).json())


# create-room / edit-room / dedicated-server rooms -------------------------------------------


def room_body(**changes: Any) -> dict[str, Any]:
    return {"name": "Room", "region": "eu-west", "maxPlayersPerServer": 8,
            "script": TIME_ATTACK, **changes}  # fmt: skip


def join(world: Fresh, club: int, room: int) -> dict[str, Any]:
    answer: dict[str, Any] = world.post(f"/api/token/club/{club}/room/{room}/join").json()
    return answer


@remark(page("create-room"), 2)
def test_create_room_ignores_repeated_map_uids(world: Fresh) -> None:
    club = own_club(world)
    first, second = maps(world.emu)[:2]
    room = created(world, club, "room", room_body(maps=[first, second, first, second]))
    assert room["room"]["maps"] == [first, second]


@remark(page("create-room"), 5)
def test_create_room_with_an_invalid_script_never_starts(world: Fresh) -> None:
    club = own_club(world)
    room = created(world, club, "room", room_body(script="NoSuchMode"))["id"]
    answers = [join(world, club, room) for _ in range(3)]
    assert answers == [{"starting": True, "joinLink": ""}] * 3
    good = created(world, club, "room", room_body())["id"]
    joined = [join(world, club, good) for _ in range(3)]
    assert joined[0] == {"starting": True, "joinLink": ""}
    assert joined[-1]["joinLink"] and not joined[-1]["starting"]  # a valid script does start


@remark(page("create-room"), 7)
def test_create_room_password_is_read_from_the_room_password_endpoint(world: Fresh) -> None:
    club = own_club(world)
    room = created(world, club, "room", room_body(password=1))
    assert room["password"] is True
    answer = world.get(f"/api/token/club/{club}/room/{room['id']}/get-password").json()
    assert re.fullmatch(r"\w{6}", answer["password"])


@remark(page("create-room"), 8)
def test_create_room_answers_media_fields_empty_without_custom_media(world: Fresh) -> None:
    assert shows_no_media(created(world, own_club(world), "room", room_body()))


not_behaviour(page("create-room"), 3, 9, why=GLOSSARY)
not_behaviour(page("create-room"), 4, 6, why=WIKI + " (game mode scripts and their settings)")


def seeded_room(world: Fresh) -> tuple[int, int]:
    club = admin_club(world.emu).club_id
    rooms = [a for a in activities(world, club) if a["activityType"] == "room"]
    return club, next(r["id"] for r in rooms if r["externalId"])


@remark(page("edit-room"), 2)
def test_edit_room_ignores_repeated_map_uids(fresh: Fresh) -> None:
    club, room = seeded_room(fresh)
    first, second = maps(fresh.emu)[:2]
    path = f"/api/token/club/{club}/room/{room}/edit"
    answer = fresh.post(path, {"maps": [second, second, first]})
    assert answer.json()["room"]["maps"] == [second, first]


@remark(page("edit-room"), 5)
def test_edit_room_with_an_invalid_script_stops_the_room(fresh: Fresh) -> None:
    club, room = seeded_room(fresh)
    join(fresh, club, room)
    assert join(fresh, club, room)["joinLink"].startswith("#qjoin=")
    fresh.post(f"/api/token/club/{club}/room/{room}/edit", {"script": "NoSuchMode"})
    assert [join(fresh, club, room) for _ in range(2)] == [{"starting": True, "joinLink": ""}] * 2


@remark(page("edit-room"), 7)
def test_edit_room_answers_dds_and_scaled_media(fresh: Fresh) -> None:
    club, room = seeded_room(fresh)
    answer = fresh.post(f"/api/token/club/{club}/room/{room}/edit", {"name": "Renamed"})
    assert shows_custom_media(answer.json())


not_behaviour(page("edit-room"), 3, why=GLOSSARY)
not_behaviour(page("edit-room"), 4, 6, why=WIKI + " (game mode scripts and their settings)")


def server_room(world: Fresh, club: int, name: str = "On a server") -> dict[str, Any]:
    body = {"name": name, "login": SERVER_ACCOUNT.login}
    answer = world.post(f"/api/token/club/{club}/room/create-from-server", body)
    assert answer.status_code == 200, answer.text
    found: dict[str, Any] = answer.json()
    return found


def logins_in_use(world: Fresh) -> dict[str, Any]:
    answer = world.get("/api/token/server/player-server/account")
    accounts = answer.json()["playerServerAccount"]
    return {a["login"]: (a["alreadyUsed"], a["clubRoomId"]) for a in accounts}


@remark(page("create-room-dedicated"), 2)
def test_create_room_dedicated_answers_no_maps_nor_settings(fresh: Fresh) -> None:
    room = server_room(fresh, own_club(fresh))["room"]
    assert (room["maps"], room["scriptSettings"]) == ([], [])


@remark(page("create-room-dedicated"), 3)
def test_create_room_dedicated_accepts_a_login_in_use(fresh: Fresh) -> None:
    club = own_club(fresh)
    first, second = server_room(fresh, club), server_room(fresh, club, "Twin")
    assert first["id"] != second["id"]
    assert first["playerServerLogin"] == second["playerServerLogin"] == SERVER_ACCOUNT.login


@remark(page("create-room-dedicated"), 4)
def test_create_room_dedicated_login_shows_in_use_in_the_server_accounts(fresh: Fresh) -> None:
    assert logins_in_use(fresh)[SERVER_ACCOUNT.login] == (False, None)
    room = server_room(fresh, own_club(fresh))
    assert logins_in_use(fresh)[SERVER_ACCOUNT.login] == (True, room["id"])


not_behaviour(page("create-room-dedicated"), 5, why=GLOSSARY)


def move_to_server(world: Fresh, club: int, room: int, name: str = "Moved") -> Any:
    body = {"name": name, "login": SERVER_ACCOUNT.login}
    return world.post(f"/api/token/club/{club}/room/{room}/edit-from-server", body)


@remark(page("edit-room-dedicated"), 2)
def test_edit_room_dedicated_answers_no_maps_nor_settings(fresh: Fresh) -> None:
    club, room = seeded_room(fresh)
    before = fresh.get(f"/api/token/club/{club}/room/{room}").json()["room"]
    assert before["maps"] and before["scriptSettings"]
    after = move_to_server(fresh, club, room).json()["room"]
    assert (after["maps"], after["scriptSettings"]) == ([], [])


@remark(page("edit-room-dedicated"), 3)
def test_edit_room_dedicated_accepts_a_login_in_use(fresh: Fresh) -> None:
    club, room = seeded_room(fresh)
    other = server_room(fresh, club)
    answer = move_to_server(fresh, club, room)
    assert answer.status_code == 200 and answer.json()["id"] != other["id"]
    assert answer.json()["playerServerLogin"] == other["playerServerLogin"]


@remark(page("edit-room-dedicated"), 4)
def test_edit_room_dedicated_login_shows_in_use_in_the_server_accounts(fresh: Fresh) -> None:
    club, room = seeded_room(fresh)
    move_to_server(fresh, club, room)
    assert logins_in_use(fresh)[SERVER_ACCOUNT.login] == (True, room)


not_behaviour(page("edit-room-dedicated"), 5, why=GLOSSARY)


# create-news / edit-news --------------------------------------------------------------------

STYLED_BODY = "$o$f00" + "b" * 2000 + "$z"
"""2,000 characters shown, more sent."""


@remark(page("create-news"), 2)
def test_create_news_body_styling_does_not_count(world: Fresh) -> None:
    club = own_club(world)
    news = created(world, club, "news", {"name": "News", "body": STYLED_BODY})
    assert news["body"] == STYLED_BODY
    path = f"/api/token/club/{club}/news/create"
    too_long = world.post(path, {"name": "N", "body": "b" * 2001})
    assert (too_long.status_code, too_long.json()) == (400, ["body:error-length"])


@remark(page("create-news"), 3)
def test_create_news_answers_media_fields_empty_without_custom_media(world: Fresh) -> None:
    assert shows_no_media(created(world, own_club(world), "news", {"name": "News"}))


not_behaviour(page("create-news"), 4, why=GLOSSARY)


@remark(page("edit-news"), 2)
def test_edit_news_answers_dds_and_scaled_media(fresh: Fresh) -> None:
    club = admin_club(fresh.emu).club_id
    news = seeded(fresh, "news")
    answer = fresh.post(f"/api/token/club/{club}/news/{news}/edit", {"headline": "Edited"})
    assert shows_custom_media(answer.json())


@remark(page("edit-news"), 3)
def test_edit_news_body_styling_does_not_count(world: Fresh) -> None:
    club = own_club(world)
    news = created(world, club, "news", {"name": "News"})["id"]
    path = f"/api/token/club/{club}/news/{news}/edit"
    assert world.post(path, {"body": STYLED_BODY}).json()["body"] == STYLED_BODY
    too_long = world.post(path, {"body": "$o" + "b" * 2001})
    assert (too_long.status_code, too_long.json()) == (400, ["body:error-length"])
    shown = world.get(f"/api/token/club/{club}/news/{news}").json()
    assert shown["body"] == STYLED_BODY


# create-folder / create-map-review / edit-map-review / create-upload ------------------------


@remark(page("create-folder"), 2)
def test_create_folder_answers_media_fields_empty_without_custom_media(world: Fresh) -> None:
    assert shows_no_media(created(world, own_club(world), "folder", {"name": "Folder"}))


not_behaviour(page("create-folder"), 3, why=GLOSSARY)


@remark(page("create-map-review"), 2)
def test_create_map_review_answers_media_fields_empty_without_custom_media(world: Fresh) -> None:
    assert shows_no_media(created(world, own_club(world), "map-review", {"name": "Reviews"}))


not_behaviour(page("create-map-review"), 3, why=GLOSSARY)


@remark(page("edit-map-review"), 2)
def test_edit_map_review_answers_dds_and_scaled_media(fresh: Fresh) -> None:
    club = admin_club(fresh.emu).club_id
    review = seeded(fresh, "map-review")
    answer = fresh.post(f"/api/token/club/{club}/map-review/{review}/edit", {"timeLimit": 300})
    assert shows_custom_media(answer.json())


@remark(page("create-upload"), 3)
def test_create_upload_answers_media_fields_empty_without_custom_media(world: Fresh) -> None:
    body = {"name": "Items", "type": "item-upload"}
    assert shows_no_media(created(world, own_club(world), "bucket", body))


not_behaviour(page("create-upload"), 2, 4, why=GLOSSARY)


# create-ranking -----------------------------------------------------------------------------


def ranking(world: Fresh, club: int, **body: Any) -> Any:
    return world.post(f"/api/token/club/{club}/ranking/create", {"name": "Ranks", **body})


@remark(page("create-ranking"), 2)
def test_create_ranking_takes_three_use_cases(world: Fresh) -> None:
    club = own_club(world)
    campaign = admin_club(world.emu).campaigns[0].campaign_id
    for use_case in ("ranking-official", "ranking-daily", "ranking-club"):
        assert ranking(world, club, useCase=use_case, campaignId=campaign).status_code == 200
    refused = ranking(world, club, useCase="ranking-weekly")
    assert (refused.status_code, refused.json()) == (400, ["useCase:error-inArray"])


@remark(page("create-ranking"), 3)
def test_create_ranking_of_a_club_campaign_needs_its_campaign_id(world: Fresh) -> None:
    club = own_club(world)
    refused = ranking(world, club, useCase="ranking-club")
    assert (refused.status_code, refused.json()) == (400, ["campaignId:error-notBlank"])
    assert ranking(world, club, useCase="ranking-daily").status_code == 200


@remark(page("create-ranking"), 4)
def test_create_ranking_accepts_a_campaign_of_another_club_or_none(world: Fresh) -> None:
    club = own_club(world)
    elsewhere = admin_club(world.emu).campaigns[0].campaign_id
    for campaign in (elsewhere, 987_654):
        answer = ranking(world, club, useCase="ranking-club", campaignId=campaign)
        assert answer.status_code == 200
    listed = [a for a in activities(world, club) if a["activityType"] == "ranking"]
    assert len(listed) == 2


not_behaviour(page("create-ranking"), 5, why=GLOSSARY)


# delete-activity / edit-activity ------------------------------------------------------------


@remark(page("delete-activity"), 2)
def test_delete_activity_of_a_folder_moves_its_activities_out(world: Fresh) -> None:
    club = own_club(world)
    folder = created(world, club, "folder", {"name": "Folder"})["id"]
    news = created(world, club, "news", {"name": "Inside", "folderId": folder})["id"]
    assert [a["id"] for a in activities(world, club, folderId=folder)] == [news]
    assert world.post(f"/api/token/club/{club}/activity/{folder}/delete").status_code == 200
    assert news in [a["id"] for a in activities(world, club, folderId=0)]


@remark(page("edit-activity"), 2)
def test_edit_activity_with_folder_zero_moves_it_out_of_its_folder(world: Fresh) -> None:
    club = own_club(world)
    folder = created(world, club, "folder", {"name": "Folder"})["id"]
    news = created(world, club, "news", {"name": "Inside", "folderId": folder})["id"]
    edited = world.post(f"/api/token/club/{club}/activity/{news}/edit", {"folderId": 0})
    assert edited.json()["folderId"] is None
    assert activities(world, club, folderId=folder) == []
    assert news in [a["id"] for a in activities(world, club, folderId=0)]


@remark(page("edit-activity"), 3)
def test_edit_activity_positions_count_deactivated_and_deleted_ones(world: Fresh) -> None:
    club = own_club(world)
    ids = [created(world, club, "news", {"name": f"News {n}"})["id"] for n in range(4)]
    # Newest first: positions 0..3 hold ids[3], ids[2], ids[1], ids[0].
    world.post(f"/api/token/club/{club}/activity/{ids[2]}/edit", {"active": 0})
    world.post(f"/api/token/club/{club}/activity/{ids[1]}/delete")
    shown = {a["id"]: a["position"] for a in activities(world, club, active="true")}
    assert shown == {ids[3]: 0, ids[0]: 3}
    moved = world.post(f"/api/token/club/{club}/activity/{ids[0]}/edit", {"position": 2})
    assert moved.json()["position"] == 2
    beyond = world.post(f"/api/token/club/{club}/activity/{ids[0]}/edit", {"position": 4})
    assert (beyond.status_code, beyond.json()) == (400, ["position:error-wrongPosition"])


@remark(page("edit-activity"), 5)
def test_edit_activity_answers_dds_media_until_a_preset_theme_replaces_it(fresh: Fresh) -> None:
    club = admin_club(fresh.emu).club_id
    news = seeded(fresh, "news")
    path = f"/api/token/club/{club}/activity/{news}/edit"
    assert shows_custom_media(fresh.post(path, {"featured": 1}).json())
    themed = fresh.post(path, {"mediaTheme": "mirage"}).json()
    assert shows_no_media(themed) and themed["mediaTheme"] == "mirage"


not_behaviour(page("edit-activity"), 4, why=PRESETS)
not_behaviour(page("edit-activity"), 6, why=GLOSSARY)


def test_every_page_has_its_server_refusal_test() -> None:
    for name in ("create_news", "edit_room_dedicated", "member_requests", "unset_vip"):
        assert f"test_{name}_refuses_dedicated_servers" in globals()


def test_a_page_example_sent_by_a_user_is_not_refused(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    # What the generated tests send, a user's token gets answered.
    club = admin_club(emu).club_id
    path = f"/api/token/club/{club}/member/request"
    assert send(emu, user, "GET", path, params={"length": 3}).status_code == 200
