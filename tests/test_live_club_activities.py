"""Club activities: the emulator's documented quirks and its state (created activities show,
edits show, deletes remove; the contracts with the documentation are in test_contracts.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import msgspec
import pytest

from nadeo_api import (
    ArgumentError,
    BadRequestError,
    Client,
    ForbiddenError,
    NotFoundError,
    ServerError,
    auth,
)
from nadeo_api._declared import DECLARATIONS
from nadeo_api.emulator import SERVER_ACCOUNT, SERVICE_ACCOUNT, Emulator
from nadeo_api.emulator.serving.http import Request
from nadeo_api.models.club_activities import BucketItem, RoomDetails
from nadeo_api.testing import emulator_settings

from . import raw
from .clock import TODAY
from .conftest import FAST, service_token
from .docs import example_response

LIVE = DECLARATIONS["live"]



class World:
    """What a representative request needs: the admin club, its activities and maps."""

    def __init__(self, emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
        self.client, self.user = client, user
        self.club = next(c for c in emu.world.clubs if c.accounts_are_members)
        self.campaign = self.club.campaigns[0]
        self.maps = list(self.campaign.map_uids)
        answer = client.call(LIVE["get_club_activities"], user, self.club.club_id, 250)
        self.by_kind: dict[str, int] = {}
        for item in answer["activityList"]:
            if item["activityType"] == "room" and not item["externalId"]:
                continue  # a room on a dedicated server, made by another test
            self.by_kind.setdefault(item["activityType"], item["id"])

    def ids(self, kind: str) -> tuple[int, int]:
        return self.club.club_id, self.by_kind[kind]

    def server_room(self) -> tuple[int, int]:
        """A room created on the dedicated server account (a state change)."""
        created = self.client.live.create_club_room_from_server(
            self.user, self.club.club_id, "On a server", SERVER_ACCOUNT.login
        )
        return self.club.club_id, created["id"]


TIME_ATTACK = "TrackMania/TM_TimeAttack_Online.Script.txt"
SETTINGS = [{"key": "S_TimeLimit", "value": "1000", "type": "integer"}]
@pytest.fixture(scope="module")
def scratch() -> Iterator[tuple[Emulator, Client]]:
    """An emulator of this module's own for the requests that change state."""
    with Emulator(today=TODAY) as emu, Client(emulator_settings(emu, **FAST)) as client:
        yield emu, client


@pytest.fixture
def fresh() -> Iterator[tuple[Emulator, Client, auth.ServiceToken]]:
    """A new emulator for a test that follows one activity through its changes (some made
    behind the client's back, with `raw_post`: so the client keeps no answer)."""
    with Emulator(today=TODAY) as emu, Client(
        emulator_settings(emu, cache="off", **FAST)
    ) as client:
        yield emu, client, service_token(client)


def test_every_route_is_sent_as_documented(emu: Emulator, client: Client, user: Any) -> None:
    world = World(emu, client, user)
    emu.log.clear()
    client.call(LIVE["get_club_room"], user, *world.ids("room"))
    club_id, room = world.ids("room")
    assert emu.log.entries[-1].path == f"/api/token/club/{club_id}/room/{room}"


def test_news_body_styling_is_not_counted(emu: Emulator, client: Client, user: Any) -> None:
    styled = "$o$fff" + "b" * 2000 + "$z"
    built = LIVE["create_club_news"].prepare(user, 1, "News", "", styled)[1]
    assert built.body["body"] == styled


def test_news_body_counts_unknown_codes_as_the_club_tag_does(user: Any) -> None:
    # `$x` is an unknown code: hidden, like in a club tag (one rule, in nadeo_api.text).
    fits = "$x" * 10 + "b" * 2000
    LIVE["create_club_news"].prepare(user, 1, "News", "", fits)
    with pytest.raises(ArgumentError, match="body"):
        LIVE["create_club_news"].prepare(user, 1, "News", "", fits + "b")


def other_club(emu: Emulator) -> Any:
    return next(c for c in emu.world.clubs if not c.accounts_are_members)


def test_activities_of_another_club_need_active_true(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    club = other_club(emu)
    with pytest.raises(ForbiddenError) as refused:
        client.live.get_club_activities(user, club.club_id, 10)
    assert refused.value.error == "clubMemberRole:error-notMember"
    seen = client.live.get_club_activities(user, club.club_id, 250, active=True)
    ids = {item["id"] for item in seen["activityList"]}
    private = {c.activity_id for c in club.campaigns if c.private}
    public = {c.activity_id for c in club.campaigns if not c.private}
    assert public <= ids and not private & ids


def test_activities_of_an_unknown_club_are_empty(client: Client, user: Any) -> None:
    answer = client.live.get_club_activities(user, 999_999_999, 10)
    assert answer["activityList"] == [] and answer["itemCount"] == 0


def test_activities_are_paged(emu: Emulator, client: Client, user: Any) -> None:
    club = World(emu, client, user).club
    everything = client.live.get_club_activities(user, club.club_id, 250)
    second = client.live.get_club_activities(user, club.club_id, 3, offset=3)
    assert second["activityList"] == everything["activityList"][3:6]
    assert second["maxPage"] == -(-everything["itemCount"] // 3)


def test_some_rooms_answer_not_found_though_listed(
    emu: Emulator, client: Client, user: Any
) -> None:
    club = emu.world.clubs[-1]
    listed = client.live.get_club_activities(user, club.club_id, 250, active=True)
    rooms = [a for a in listed["activityList"] if a["activityType"] == "room"]
    broken = [client_error(client, user, club.club_id, a["id"]) for a in rooms]
    assert "playerServer:error-notFound" in broken


def client_error(client: Client, user: Any, club_id: int, activity_id: int) -> str | None:
    try:
        client.live.get_club_room(user, club_id, activity_id)
    except NotFoundError as exc:
        return exc.error
    return None


def test_dedicated_server_rooms_show_empty_settings(client: Client, user: Any) -> None:
    rooms = client.live.get_club_rooms(user, 250, name="Dedicated")["clubRoomList"]
    assert rooms and rooms[0]["nadeo"] is False and rooms[0]["room"]["scriptSettings"] == []
    assert isinstance(msgspec.convert(rooms[0]["room"], RoomDetails).script_settings, list)


def test_room_maps_sent_as_an_object_read_in_order() -> None:
    room = example_response("live/clubs/room-by-id.md")["room"]
    room["maps"] = {"1": "B", "0": "A", "10": "K", "2": "C"}
    assert msgspec.convert(room, RoomDetails).map_uids == ["A", "B", "C", "K"]


def test_join_link_starts_the_room_first(scratch: tuple[Emulator, Client]) -> None:
    emu, client = scratch
    user = service_token(client)
    club_id, room = World(emu, client, user).ids("room")
    first = client.live.get_club_room_join_link.typed(user, club_id, room)
    second = client.live.get_club_room_join_link.typed(user, club_id, room)
    third = client.live.get_club_room_join_link.typed(user, club_id, room)
    assert (first.starting, first.join_link) == (True, "")
    assert second.starting and second.join_link.startswith("#qjoin=")
    assert not third.starting and third.join_link == second.join_link


def test_room_password_needs_membership(emu: Emulator, client: Client, user: Any) -> None:
    club = other_club(emu)
    with pytest.raises(ForbiddenError) as refused:
        client.live.get_club_room_password(user, club.club_id, club.campaigns[0].activity_id)
    assert refused.value.error == "clubMemberRole:error-notMember"


def test_unknown_upload_type_is_refused(emu: Emulator, client: Client, user: Any) -> None:
    with pytest.raises(BadRequestError) as refused:
        client.live.get(user, "api/token/club/bucket/song-upload/all?length=1&offset=0")
    assert refused.value.errors == ["type:error-inArray"]


def test_searches_without_name_only_show_verified_clubs(
    emu: Emulator, client: Client, user: Any
) -> None:
    listed = client.live.get_club_campaigns(user, 250)["clubCampaignList"]
    named = client.live.get_club_campaigns(user, 250, name="cup")["clubCampaignList"]
    clubs = {c["clubId"] for c in listed}
    assert clubs and {c["clubId"] for c in named} > clubs


def test_map_review_links_differ_between_list_and_by_id(
    emu: Emulator, client: Client, user: Any
) -> None:
    club_id, review = World(emu, client, user).ids("map-review")
    listed = client.live.get_club_map_reviews(user, 250)["clubMapReviewList"]
    item = next(r for r in listed if r["id"] == review)
    by_id = client.live.get_club_map_review(user, club_id, review)
    assert item["game2webUrl"].endswith(f"clubs{club_id}/map-review/{review}")
    assert by_id["game2webUrl"].endswith(f"clubs/{club_id}/track-reviews/{review}")
    assert by_id["mediaUrl"] == by_id["mediaUrlPngLarge"]


def test_submitted_maps_leave_out_what_is_not_asked(
    emu: Emulator, client: Client, user: Any
) -> None:
    club_id, review = World(emu, client, user).ids("map-review")
    bare = client.live.get_club_map_review_submitted.typed(user, club_id, review, 10)
    full = client.live.get_club_map_review_submitted.typed(
        user, club_id, review, 10, with_feedback=True, with_map_info=True
    )
    assert bare.item_count == full.item_count >= 1
    assert bare.submitted_maps[0].map is None and bare.submitted_maps[0].note_info is None
    assert full.submitted_maps[0].map is not None and full.submitted_maps[0].note_info


def test_member_submissions_need_membership(emu: Emulator, client: Client, user: Any) -> None:
    club = other_club(emu)
    with pytest.raises(ForbiddenError) as refused:
        client.live.get_club_map_review_submissions(user, club.club_id, 1, 10)
    assert refused.value.error == "clubMemberRole:error-notMember"


def test_upload_items_are_paged(emu: Emulator, client: Client, user: Any) -> None:
    world = World(emu, client, user)
    upload = client.live.get_club_upload.typed(user, *world.ids("map-upload"), 2, 1)
    assert [i.item_id for i in upload.bucket_item_list] == world.maps[1:3]
    assert upload.bucket_item_count == len(world.maps)
    assert all(isinstance(i, BucketItem) for i in upload.bucket_item_list)


def campaign_request(club_id: int, campaign_id: int) -> Request:
    from nadeo_api.emulator import SERVICE_ACCOUNT
    from nadeo_api.emulator.serving.tokens import Principal

    return Request(
        api="live", method="GET", path="", query="", params={}, headers={}, body=b"",
        client="", path_params={"clubID": str(club_id), "campaignId": str(campaign_id)},
        principal=Principal(SERVICE_ACCOUNT.account_id, "service", "", "NadeoLiveServices"),
    )


def raw_post(emu: Emulator, user: auth.ServiceToken, path: str, body: Any = None) -> httpx.Response:
    """A request the client cannot decode yet (the answer is plain text)."""
    return raw.post(
        emu.live_url.rstrip("/") + path, json=body,
        headers={"Authorization": user.authorization(), "User-Agent": user.agent},
    )  # fmt: skip


def test_created_campaign_is_deactivated_until_activated(fresh: Any) -> None:
    emu, client, user = fresh
    world = World(emu, client, user)
    club_id = world.club.club_id
    created = client.live.create_club_campaign.typed(user, club_id, "Fresh Cup", world.maps[:3])
    assert [m.map_uid for m in created.campaign.playlist] == world.maps[:3]
    listed = client.live.get_club_activities(user, club_id, 250, active=False)["activityList"]
    assert created.activity_id in {a["id"] for a in listed}
    assert client.live.get_club_campaigns(user, 250, name="Fresh")["itemCount"] == 0
    client.live.edit_club_activity(user, club_id, created.activity_id, active=True)
    found = client.live.get_club_campaigns(user, 250, name="Fresh")["clubCampaignList"]
    assert [c["campaignId"] for c in found] == [created.campaign_id]
    edited = client.live.edit_club_campaign.typed(
        user, club_id, created.campaign_id, name="Fresh Cup 2", map_uids=world.maps[:1]
    )
    assert edited.name == "Fresh Cup 2" and edited.maps_count == 1
    shown = client.live.get_club_campaign(user, club_id, created.campaign_id)
    assert shown["name"] == "Fresh Cup 2"


def test_invalid_or_repeated_maps_fail_the_campaign(fresh: Any) -> None:
    emu, client, user = fresh
    world = World(emu, client, user)
    with pytest.raises(ServerError):
        client.live.create_club_campaign(user, world.club.club_id, "Twice", world.maps[:1] * 2)
    path = f"api/token/club/{world.club.club_id}/campaign/create"
    skipped = [{"mapUid": world.maps[0]}, {"position": 1, "mapUid": world.maps[1]}]
    answer = client.live.post(user, path, body={"name": "Skips", "playlist": skipped})
    assert [m["mapUid"] for m in answer["campaign"]["playlist"]] == world.maps[1:2]


def test_news_is_created_edited_and_deleted(fresh: Any) -> None:
    emu, client, user = fresh
    club_id = World(emu, client, user).club.club_id
    news = client.live.create_club_news.typed(user, club_id, "Hello", "Head", "Body")
    assert client.live.get_club_news.typed(user, club_id, news.id) == news
    client.live.edit_club_news(user, club_id, news.id, headline="New head")
    assert client.live.get_club_news.typed(user, club_id, news.id).headline == "New head"
    first = client.live.get_club_activities(user, club_id, 1)["activityList"][0]
    assert first["id"] == news.id and first["position"] == 0
    deleted = raw_post(emu, user, f"/api/token/club/{club_id}/activity/{news.id}/delete")
    assert (deleted.status_code, deleted.text) == (200, "Activity deleted")
    with pytest.raises(NotFoundError):
        client.live.get_club_news(user, club_id, news.id)
    listed = client.live.get_club_activities(user, club_id, 250)["activityList"]
    assert news.id not in {a["id"] for a in listed}
    again = raw_post(emu, user, f"/api/token/club/{club_id}/activity/{news.id}/delete")
    assert (again.status_code, again.json()) == (404, ["activity:error-notFound"])


def test_room_is_created_and_edited(fresh: Any) -> None:
    emu, client, user = fresh
    world = World(emu, client, user)
    club_id, maps = world.club.club_id, world.maps
    room = client.live.create_club_room.typed(
        user, club_id, "Winter", "ca-central", 8, TIME_ATTACK, SETTINGS,
        [maps[0], maps[1], maps[0]], password=True, shuffle_playlist=True,
    )  # fmt: skip
    assert room.room.maps == maps[:2] and room.password and room.room.shuffle_playlist is False
    assert isinstance(room.room.script_settings, dict)
    assert room.room.script_settings["S_TimeLimit"].value == "1000"
    password = client.live.get_club_room_password.typed(user, club_id, room.id).password
    assert len(password) == 6
    client.live.edit_club_room(
        user, club_id, room.id, name="Winter 2026", maps=maps[2:3], shuffle_playlist=True,
        settings=[{"key": "S_TimeLimit", "value": "-1", "type": "integer"}],
    )  # fmt: skip
    shown = client.live.get_club_room.typed(user, club_id, room.id)
    assert (shown.name, shown.room.maps, shown.room.shuffle_playlist) == (
        "Winter 2026", maps[2:3], True
    )
    assert isinstance(shown.room.script_settings, dict)
    assert shown.room.script_settings["S_TimeLimit"].value == "-1"


def test_room_errors(fresh: Any) -> None:
    emu, client, user = fresh
    world = World(emu, client, user)
    path = f"api/token/club/{world.club.club_id}/room/create"
    body = {"name": "R", "region": "us-east", "maxPlayersPerServer": 8, "script": TIME_ATTACK}
    with pytest.raises(BadRequestError) as refused:
        client.live.post(user, path, body=body)
    assert refused.value.error == "region:region not in available choice"
    with pytest.raises(ServerError):
        client.live.post(user, path, body={**body, "region": "eu-west", "maps": ["Unknown"]})


def test_upload_items_are_added_and_removed(fresh: Any) -> None:
    emu, client, user = fresh
    world = World(emu, client, user)
    club_id = world.club.club_id
    upload = client.live.create_club_upload.typed(user, club_id, "Skins", "skin-upload")
    base = f"/api/token/club/{club_id}/bucket/{upload.id}"
    added = raw_post(emu, user, base + "/add", {"itemIdList": ["a", "b", "c"]})
    assert (added.status_code, added.text) == (200, "Items added.")
    removed = raw_post(emu, user, base + "/remove", {"itemIdList": ["b"]})
    assert (removed.status_code, removed.text) == (200, "Items removed.")
    shown = client.live.get_club_upload.typed(user, club_id, upload.id)
    assert [i.item_id for i in shown.bucket_item_list] == ["a", "c"]
    listed = client.live.get_club_uploads(user, "skin-upload", 250, 0)["clubBucketList"]
    assert upload.id in {u["id"] for u in listed}


def test_folders_hold_activities_until_deleted(fresh: Any) -> None:
    emu, client, user = fresh
    club_id = World(emu, client, user).club.club_id
    folder = client.live.create_club_folder.typed(user, club_id, "Folder")
    news = client.live.create_club_news.typed(user, club_id, "Inside", folder_id=folder.id)
    inside = client.live.get_club_activities(user, club_id, 250, folder_id=folder.id)
    assert [a["id"] for a in inside["activityList"]] == [news.id]
    outside = client.live.get_club_activities(user, club_id, 250, folder_id=0)
    assert news.id not in {a["id"] for a in outside["activityList"]}
    raw_post(emu, user, f"/api/token/club/{club_id}/activity/{folder.id}/delete")
    outside = client.live.get_club_activities(user, club_id, 250, folder_id=0)
    assert news.id in {a["id"] for a in outside["activityList"]}
    with pytest.raises(NotFoundError) as refused:
        client.live.edit_club_activity(user, club_id, news.id, folder_id=folder.id)
    assert refused.value.error == "folder:error-notFound"


def test_activity_edits_show(fresh: Any) -> None:
    emu, client, user = fresh
    world = World(emu, client, user)
    club_id, news = world.ids("news")
    with pytest.raises(BadRequestError) as refused:
        client.live.edit_club_activity(user, club_id, news, position=0)
    assert refused.value.error == "position:error-wrongPosition"
    edited = client.live.edit_club_activity.typed(
        user, club_id, news, position=2, featured=True, media_theme="mirage", public=False
    )
    assert (edited.position, edited.featured, edited.media_theme, edited.media_url) == (
        2, True, "mirage", ""
    )
    listed = client.live.get_club_activities(user, club_id, 250)["activityList"]
    assert listed[2]["id"] == news and listed[2]["public"] is False


def test_map_review_is_created_and_edited(fresh: Any) -> None:
    emu, client, user = fresh
    club_id = World(emu, client, user).club.club_id
    review = client.live.create_club_map_review.typed(user, club_id, "Reviews", max_player=10)
    assert (review.max_player, review.time_limit, review.submitted_map_count) == (10, 180, 0)
    client.live.edit_club_map_review(user, club_id, review.id, time_limit=600, scalable=False)
    shown = client.live.get_club_map_review.typed(user, club_id, review.id)
    assert (shown.time_limit, shown.scalable, shown.map_review_uid) == (
        600, False, f"club_{club_id}_{review.id}"
    )


def test_ranking_use_case_is_checked_by_the_service(fresh: Any) -> None:
    emu, client, user = fresh
    club_id = World(emu, client, user).club.club_id
    with pytest.raises(BadRequestError) as refused:
        client.live.post(
            user, f"api/token/club/{club_id}/ranking/create",
            body={"name": "R", "useCase": "ranking-weekly"},
        )  # fmt: skip
    assert refused.value.error == "useCase:error-inArray"
    ranking = client.live.create_club_ranking.typed(user, club_id, "Daily", "ranking-daily")
    listed = client.live.get_club_activities(user, club_id, 250)["activityList"]
    assert ranking.id in {a["id"] for a in listed}


def test_non_members_cannot_manage(emu: Emulator, client: Client, user: Any) -> None:
    club = other_club(emu)
    emu.log.clear()
    with pytest.raises(ForbiddenError) as refused:
        client.live.create_club_news(user, club.club_id, "Nope")
    assert refused.value.error == "clubMemberRole:error-notMember"
    with pytest.raises(ForbiddenError):
        client.live.edit_club_campaign(user, club.club_id, club.campaigns[0].campaign_id, "X")
    deleted = raw_post(
        emu, user, f"/api/token/club/{club.club_id}/activity/{club.campaigns[0].activity_id}/delete"
    )
    assert deleted.status_code == 403
    with pytest.raises(NotFoundError) as missing:
        client.live.create_club_folder(user, 999_999_999, "Nope")
    assert missing.value.error == "activity:error-notFound"


def server_login_in_use(client: Client, user: Any, login: str) -> tuple[bool, Any, Any]:
    accounts = client.live.get_server_accounts(user)["playerServerAccount"]
    found = next(a for a in accounts if a["login"] == login)
    return found["alreadyUsed"], found["clubRoomId"], found["clubRoomName"]


def test_a_room_created_on_a_server_shows_in_the_club_and_uses_the_server(
    fresh: tuple[Emulator, Client, auth.ServiceToken],
) -> None:
    emu, client, user = fresh
    club = World(emu, client, user).club.club_id
    assert server_login_in_use(client, user, SERVER_ACCOUNT.login) == (False, None, None)
    room = client.live.create_club_room_from_server.typed(
        user, club, "$f00Server room", SERVER_ACCOUNT.login
    )
    assert (room.nadeo, room.player_server_login) == (False, SERVER_ACCOUNT.login)
    assert room.room.maps == [] and room.room.script_settings == []
    assert room.room.server_account_id == SERVER_ACCOUNT.account_id
    listed = client.live.get_club_activities(user, club, 250)["activityList"]
    assert listed[0]["id"] == room.id and listed[0]["activityType"] == "room"
    assert client.live.get_club_room(user, club, room.id)["name"] == "$f00Server room"
    assert server_login_in_use(client, user, SERVER_ACCOUNT.login) == (
        True, room.id, "$f00Server room"
    )
    # A login already in use is not refused.
    again = client.live.create_club_room_from_server(user, club, "Twin", SERVER_ACCOUNT.login)
    assert again["playerServerLogin"] == SERVER_ACCOUNT.login and again["id"] != room.id


def test_a_server_room_moves_to_another_server(
    fresh: tuple[Emulator, Client, auth.ServiceToken],
) -> None:
    emu, client, user = fresh
    club = World(emu, client, user).club.club_id
    room = client.live.create_club_room_from_server(user, club, "Moving", SERVER_ACCOUNT.login)
    folder = client.live.create_club_folder(user, club, "Servers")["id"]
    other = f"{SERVICE_ACCOUNT.login}-room"
    edited = client.live.edit_club_room_from_server(
        user, club, room["id"], "Moved", other, folder_id=folder
    )
    assert (edited["name"], edited["playerServerLogin"]) == ("Moved", other)
    assert edited["room"]["serverAccountId"] != SERVER_ACCOUNT.account_id
    inside = client.live.get_club_activities(user, club, 250, folder_id=folder)["activityList"]
    assert [a["id"] for a in inside] == [room["id"]]
    assert server_login_in_use(client, user, other)[1:] == (room["id"], "Moved")
    assert server_login_in_use(client, user, SERVER_ACCOUNT.login) == (False, None, None)


def test_a_server_room_needs_one_of_your_servers(
    fresh: tuple[Emulator, Client, auth.ServiceToken],
) -> None:
    emu, client, user = fresh
    club = World(emu, client, user).club.club_id
    with pytest.raises(BadRequestError) as refused:
        client.live.create_club_room_from_server(user, club, "Room", "someone-elses-server")
    assert refused.value.errors == ["serverLogin:error-inArray"]
    with pytest.raises(ForbiddenError) as refused:
        client.live.create_club_room_from_server(
            user, other_club(emu).club_id, "Room", SERVER_ACCOUNT.login
        )
    assert refused.value.errors == ["clubMemberRole:error-notMember"]


def test_the_emulator_refuses_server_tokens_on_the_new_routes(
    emu: Emulator, client: Client, user: Any, server: auth.DedicatedServerToken
) -> None:
    club = World(emu, client, user).club.club_id
    for send in (
        lambda: client.live.get(server, f"api/token/club/{club}/campaign?length=1&offset=0"),
        lambda: client.live.post(
            server, f"api/token/club/{club}/room/create-from-server",
            body={"name": "Room", "login": SERVER_ACCOUNT.login},
        ),
    ):  # fmt: skip
        with pytest.raises(ForbiddenError) as refused:
            send()
        assert refused.value.error == "NLS::Player::MissingRule"


def test_campaigns_by_club_lists_active_campaigns_newest_first(
    fresh: tuple[Emulator, Client, auth.ServiceToken],
) -> None:
    emu, client, user = fresh
    world = World(emu, client, user)
    club = world.club.club_id
    before = client.live.get_club_campaigns_by_club(user, club, 250)
    created = client.live.create_club_campaign(user, club, "Newest", world.maps[:1])
    unchanged = client.live.get_club_campaigns_by_club(user, club, 250)
    assert unchanged["itemCount"] == before["itemCount"], "a new campaign is inactive"
    client.live.edit_club_activity(user, club, created["activityId"], active=True)
    after = client.live.get_club_campaigns_by_club.typed(user, club, 250)
    assert after.item_count == before["itemCount"] + 1
    assert after.club_campaign_list[0].campaign_id == created["campaignId"]
    created_at = [c.creation_timestamp for c in after.club_campaign_list]
    assert created_at == sorted(created_at, reverse=True)
    paged = client.live.get_club_campaigns_by_club(user, club, 1, offset=1)
    assert paged["clubCampaignList"][0]["id"] == after.club_campaign_list[1].id


def test_campaigns_by_club_are_for_members(emu: Emulator, client: Client, user: Any) -> None:
    for club_id in (other_club(emu).club_id, 999_999_999):
        with pytest.raises(ForbiddenError) as refused:
            client.live.get_club_campaigns_by_club(user, club_id, 10)
        assert refused.value.errors == ["globalAdmin:error-notAllowed"]
