"""The remarks of the Live club pages (`live/clubs/`), shown by the emulator."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from nadeo_api import Client, auth
from nadeo_api.emulator import SERVER_ACCOUNT, SERVICE_ACCOUNT, Emulator
from nadeo_api.emulator.world.activities import Activity, activity_store
from nadeo_api.emulator.world.clubs import ClubRecord, Competition, club_state

from ..clock import TODAY
from ..conftest import in_process, service_token
from .registry import not_behaviour, remark
from .servers import refusal_tests

ME = SERVICE_ACCOUNT.account_id
SIZES = ("Large", "Medium", "Small")

globals().update(refusal_tests("live/clubs/", __name__))


def page(name: str) -> str:
    return f"live/clubs/{name}.md"


def custom_media(item: dict[str, Any], key: str, scaled: str) -> None:
    """`key` links a custom `.dds` file, with scaled `scaled` (Png, Jpg) versions beside."""
    dds = item[key]
    assert "/dds/" in dds and dds.endswith(".dds"), dds
    assert item[f"{key}Dds"] == dds
    for size in SIZES:
        assert item[f"{key}{scaled}{size}"].endswith("." + scaled.lower())


@pytest.fixture
def fresh() -> Iterator[tuple[Emulator, Client, auth.ServiceToken]]:
    """An emulator of the test's own (for tests that change clubs), a client and a token."""
    with Emulator(today=TODAY) as emu, in_process(emu) as client:
        yield emu, client, service_token(client)


def admin_club(emu: Emulator) -> int:
    """A seeded club the service account manages."""
    return next(c.club_id for c in emu.world.clubs if c.accounts_are_members)


def other_club(emu: Emulator) -> int:
    """A seeded club the service account is not a member of."""
    return next(c.club_id for c in emu.world.clubs if not c.accounts_are_members)


def activity(emu: Emulator, club_id: int, kind: str) -> Activity:
    return next(a for a in activity_store(emu.app.state).activities(club_id) if a.kind == kind)


# activities.md


@remark(page("activities"), 1)
def test_activities_of_a_club_one_does_not_manage_need_active_true(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    mine, theirs = admin_club(emu), other_club(emu)
    with pytest.raises(Exception, match="notMember"):
        client.live.get_club_activities(user, theirs, 10)
    assert client.live.get_club_activities(user, theirs, 10, active=True)["activityList"]
    everything = client.live.get_club_activities(user, mine, 250)["itemCount"]
    active = client.live.get_club_activities(user, mine, 250, active=True)["itemCount"]
    inactive = client.live.get_club_activities(user, mine, 250, active=False)["itemCount"]
    assert everything == active + inactive


@remark(page("activities"), 2)
def test_activities_link_dds_media_with_scaled_pngs(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    listed = client.live.get_club_activities(user, admin_club(emu), 250)["activityList"]
    custom = [a for a in listed if a["mediaUrl"]]
    assert custom
    for item in custom:
        custom_media(item, "mediaUrl", "Png")


@remark(page("activities"), 3)
def test_activities_of_a_folder_or_outside_folders(fresh: Any) -> None:
    emu, client, user = fresh
    club = admin_club(emu)
    folder = client.live.create_club_folder.typed(user, club, "Folder")
    news = client.live.create_club_news.typed(user, club, "Inside", folder_id=folder.id)
    every = {a["id"] for a in client.live.get_club_activities(user, club, 250)["activityList"]}
    inside = client.live.get_club_activities(user, club, 250, folder_id=folder.id)
    outside = client.live.get_club_activities(user, club, 250, folder_id=0)
    assert [a["id"] for a in inside["activityList"]] == [news.id]
    assert {a["id"] for a in outside["activityList"]} == every - {news.id}


# campaign-by-id.md, campaigns-by-club.md and campaigns.md


@remark(page("campaign-by-id"), 1)
def test_campaign_by_id_links_dds_media_with_scaled_pngs(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    club = admin_club(emu)
    campaign = activity(emu, club, "campaign").details["campaign_id"]
    answer = client.live.get_club_campaign(user, club, campaign)
    custom_media(answer, "mediaUrl", "Png")


@remark(page("campaigns-by-club"), 2)
def test_campaigns_by_club_leave_inactive_campaigns_out(fresh: Any) -> None:
    emu, client, user = fresh
    club = admin_club(emu)
    before = client.live.get_club_campaigns_by_club(user, club, 250)["itemCount"]
    maps = list(activity(emu, club, "campaign").details["maps"][:1])
    created = client.live.create_club_campaign(user, club, "Inactive", maps)
    listed = client.live.get_club_campaigns_by_club(user, club, 250)
    assert listed["itemCount"] == before
    assert created["campaignId"] not in {c["campaignId"] for c in listed["clubCampaignList"]}


@remark(page("campaigns-by-club"), 3)
def test_campaigns_by_club_cannot_be_asked_by_folder(fresh: Any) -> None:
    emu, client, user = fresh
    club = admin_club(emu)
    folder = client.live.create_club_folder.typed(user, club, "Folder")
    maps = list(activity(emu, club, "campaign").details["maps"][:1])
    inside = client.live.create_club_campaign(user, club, "Inside", maps, folder_id=folder.id)
    client.live.edit_club_activity(user, club, inside["activityId"], active=True)
    path = f"api/token/club/{club}/campaign"
    everything = client.live.get(user, path, params={"length": 250, "offset": 0})
    # A folder asked for changes nothing: every active campaign is answered.
    asked = client.live.get(user, path, params={"length": 250, "offset": 0, "folderId": 0})
    assert asked == everything and everything["itemCount"] > 1


@remark(page("campaigns-by-club"), 4)
def test_campaigns_by_club_are_newest_created_first(fresh: Any) -> None:
    emu, client, user = fresh
    club = admin_club(emu)
    maps = list(activity(emu, club, "campaign").details["maps"][:1])
    created = client.live.create_club_campaign(user, club, "Newest", maps)
    client.live.edit_club_activity(user, club, created["activityId"], active=True)
    # Moved to the bottom of the club's display, it is still answered first.
    count = client.live.get_club_activities(user, club, 1)["itemCount"]
    client.live.edit_club_activity(user, club, created["activityId"], position=count - 1)
    shown = client.live.get_club_activities(user, club, 250)["activityList"]
    assert shown[-1]["id"] == created["activityId"]
    listed = client.live.get_club_campaigns_by_club(user, club, 250)["clubCampaignList"]
    assert listed[0]["campaignId"] == created["campaignId"]
    stamps = [c["creationTimestamp"] for c in listed]
    assert stamps == sorted(stamps, reverse=True)


@remark(page("campaigns-by-club"), 5)
def test_campaigns_by_club_link_dds_media_with_scaled_pngs(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    listed = client.live.get_club_campaigns_by_club(user, admin_club(emu), 250)
    custom = [c for c in listed["clubCampaignList"] if c["mediaUrl"]]
    assert custom
    for item in custom:
        custom_media(item, "mediaUrl", "Png")


@remark(page("campaigns"), 1)
def test_campaigns_link_dds_media_with_scaled_pngs(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    listed = client.live.get_club_campaigns(user, 250)["clubCampaignList"]
    assert listed
    for item in listed:
        custom_media(item, "mediaUrl", "Png")


@pytest.fixture(scope="module")
def crowded() -> Iterator[tuple[Emulator, Client, auth.ServiceToken]]:
    """An emulator holding 250 clubs, campaigns, rooms and competitions named `Crowd ...`."""
    with Emulator(today=TODAY) as emu, in_process(emu) as client:
        clubs, store = club_state(emu.app.state), activity_store(emu.app.state)
        seeded = admin_club(emu)
        campaign, room = activity(emu, seeded, "campaign"), activity(emu, seeded, "room")
        # Everything lands in a club that is not verified.
        record = next(c for c in clubs.clubs() if not c.verified and clubs.club(c.id))
        for i in range(250):
            fields = {"name": f"Crowd club {i}", "state": "public"}
            clubs.create_club(ME, fields, {})
            store.add(record.id, ME, "campaign", f"Crowd cup {i}", **campaign.details)
            store.add(record.id, ME, "room", f"Crowd room {i}", **room.details)
            record.competitions.append(
                Competition(900_000 + i, 800_000 + i, f"Crowd competition {i}", 0, ME, ME, i)
            )
        yield emu, client, service_token(client)


def verified(emu: Emulator) -> set[int]:
    return {c.id for c in club_state(emu.app.state).clubs() if c.verified}


@remark(page("campaigns"), 2)
def test_campaigns_are_the_verified_clubs_or_200_found_by_name(crowded: Any) -> None:
    emu, client, user = crowded
    every = client.live.get_club_campaigns(user, 250)["clubCampaignList"]
    assert {c["clubId"] for c in every} <= verified(emu)
    found = client.live.get_club_campaigns(user, 250, name="Crowd cup")
    assert found["itemCount"] == len(found["clubCampaignList"]) == 200


# club.md, clubs-mine.md and clubs.md


def club_media(club: dict[str, Any]) -> set[str]:
    """Check each media slot: a custom `.dds` with scaled versions, or no link at all (a preset
    theme, or nothing); answer the kinds seen (`custom`, `theme`)."""
    seen = set()
    for slot in ("icon", "decal", "screen16x9", "vertical", "background"):
        scaled = "Jpg" if slot == "background" else "Png"
        if club[f"{slot}Url"]:
            custom_media(club, f"{slot}Url", scaled)
            seen.add("custom")
        else:
            assert club[f"{slot}UrlDds"] == club[f"{slot}Url{scaled}Large"] == ""
            if club[f"{slot}Theme"]:
                seen.add("theme")
    return seen


@remark(page("club"), 1)
def test_club_links_dds_media_with_scaled_versions_unless_themed(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    records = club_state(emu.app.state).clubs()
    themed = next(c.id for c in records if c.themes.get("iconTheme"))
    custom = next(c.id for c in records if not c.themes.get("iconTheme"))
    assert club_media(client.live.get_club(user, themed)) == {"theme"}
    assert "custom" in club_media(client.live.get_club(user, custom))


@remark(page("clubs-mine"), 2)
def test_clubs_mine_link_dds_media_with_scaled_versions(
    client: Client, user: auth.ServiceToken
) -> None:
    mine = client.live.get_my_clubs(user, 250, 0)["clubList"]
    assert set().union(*(club_media(club) for club in mine)) == {"custom", "theme"}


@remark(page("clubs"), 1)
def test_clubs_link_dds_media_with_scaled_versions(client: Client, user: auth.ServiceToken) -> None:
    listed = client.live.get_clubs(user, 250, 0, "club")["clubList"]
    assert set().union(*(club_media(club) for club in listed)) == {"custom", "theme"}


@remark(page("clubs"), 2)
def test_clubs_are_the_verified_ones_or_200_found_by_name(crowded: Any) -> None:
    emu, client, user = crowded
    every = client.live.get_clubs(user, 250, 0)
    assert {c["id"] for c in every["clubList"]} == verified(emu)
    found = client.live.get_clubs(user, 250, 0, "Crowd club")
    assert found["clubCount"] == len(found["clubList"]) == 200


@remark(page("competitions"), 1)
def test_competitions_are_the_verified_clubs_or_200_found_by_name(crowded: Any) -> None:
    emu, client, user = crowded
    every = client.live.get_club_competitions(user, 250, 0)["clubCompetitionList"]
    assert every and {c["clubId"] for c in every} <= verified(emu)
    found = client.live.get_club_competitions(user, 250, 0, "Crowd competition")
    assert found["itemCount"] == len(found["clubCompetitionList"]) == 200


# join-club.md


def club_in(emu: Emulator, state: str, member: bool) -> ClubRecord:
    clubs = club_state(emu.app.state)
    joined = {c.id for c in clubs.clubs() if clubs.role(c.id, ME) is not None}
    return next(c for c in clubs.clubs() if c.state == state and (c.id in joined) == member)


@remark(page("join-club"), 2)
def test_join_club_of_a_private_club_applies(fresh: Any) -> None:
    emu, client, user = fresh
    asking = club_in(emu, "private-open", member=False)
    assert client.live.join_club(user, asking.id)["role"] == "Apply"


@remark(page("join-club"), 3)
def test_join_club_already_joined_answers_the_membership(fresh: Any) -> None:
    emu, client, user = fresh
    club = admin_club(emu)
    before = client.live.get_club_member(user, club, ME)
    again = client.live.join_club(user, club)
    assert (again["accountId"], again["role"]) == (ME, before["role"])
    assert client.live.get_club_member(user, club, ME) == before


not_behaviour(page("join-club"), 4, why="a pointer to the endpoint that leaves a club")


# map-review-by-id.md and map-review.md


def review_media(item: dict[str, Any]) -> None:
    """A map review's `.dds` and scaled PNGs (its `mediaUrl` is the large PNG, as the pages'
    examples show)."""
    custom_media({**item, "mediaUrl": item["mediaUrlDds"]}, "mediaUrl", "Png")
    assert item["mediaUrl"] == item["mediaUrlPngLarge"]


@remark(page("map-review-by-id"), 1)
def test_map_review_by_id_links_dds_media_with_scaled_pngs(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    club = admin_club(emu)
    review = activity(emu, club, "map-review").activity_id
    review_media(client.live.get_club_map_review(user, club, review))


@remark(page("map-review"), 1)
def test_map_review_links_dds_media_with_scaled_pngs(
    client: Client, user: auth.ServiceToken
) -> None:
    listed = client.live.get_club_map_reviews(user, 250, name="Review")["clubMapReviewList"]
    assert listed
    for item in listed:
        review_media(item)


@remark(page("news-by-id"), 1)
def test_news_by_id_links_dds_media_with_scaled_jpgs(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    club = admin_club(emu)
    news = activity(emu, club, "news").activity_id
    custom_media(client.live.get_club_news(user, club, news), "mediaUrl", "Jpg")


# pin-club.md and set-tag.md


@remark(page("pin-club"), 2)
def test_pin_club_twice_unpins_it(fresh: Any) -> None:
    emu, client, user = fresh
    club = admin_club(emu)
    assert client.live.pin_club(user, club)["pinnedClub"] == club
    assert client.live.pin_club(user, club)["pinnedClub"] == 0


not_behaviour(
    page("pin-club"), 3, why="what the game does with a pinned club, not the service's answer"
)


@remark(page("set-tag"), 2)
def test_set_tag_twice_removes_it(fresh: Any) -> None:
    emu, client, user = fresh
    club = admin_club(emu)
    tag = client.live.use_club_tag(user, club)
    assert (tag["tagClubId"], client.live.use_club_tag(user, club)["tagClubId"]) == (club, 0)
    assert tag["tag"] and client.live.get_club_player_info(user)["tag"] == ""


not_behaviour(page("set-tag"), 3, why="how the game displays a club tag")


# room-by-id.md, room-join-link.md and rooms.md


@remark(page("room-by-id"), 1)
def test_room_by_id_on_a_dedicated_server_has_no_maps_or_settings(fresh: Any) -> None:
    emu, client, user = fresh
    club = admin_club(emu)
    seeded = activity(emu, club, "room").activity_id
    created = client.live.create_club_room_from_server(
        user, club, "On a server", SERVER_ACCOUNT.login
    )
    room = client.live.get_club_room(user, club, created["id"])
    assert room["nadeo"] is False
    assert (room["room"]["maps"], room["room"]["scriptSettings"]) == ([], [])
    nadeo = client.live.get_club_room(user, club, seeded)
    assert nadeo["room"]["maps"] and nadeo["room"]["scriptSettings"]


@remark(page("room-by-id"), 2)
def test_room_by_id_links_dds_media_with_scaled_pngs(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    club = admin_club(emu)
    room = client.live.get_club_room(user, club, activity(emu, club, "room").activity_id)
    custom_media(room, "mediaUrl", "Png")


@remark(page("room-by-id"), 3)
def test_room_by_id_maps_may_be_an_object(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    rooms = [
        a for c in emu.world.clubs for a in activity_store(emu.app.state).activities(c.club_id)
        if a.kind == "room" and a.details.get("maps_as_object")
    ]  # fmt: skip
    (odd,) = rooms
    answer = client.live.get_club_room(user, odd.club_id, odd.activity_id)
    maps = answer["room"]["maps"]
    assert maps == {str(i): uid for i, uid in enumerate(odd.details["maps"])} and maps
    typed = client.live.get_club_room.typed(user, odd.club_id, odd.activity_id)
    assert typed.room.map_uids == odd.details["maps"]


@remark(page("room-join-link"), 1)
def test_room_join_link_starts_an_inactive_room(fresh: Any) -> None:
    emu, client, user = fresh
    club = admin_club(emu)
    room = activity(emu, club, "room").activity_id
    first = client.live.get_club_room_join_link(user, club, room)
    assert first == {"starting": True, "joinLink": ""}


@remark(page("room-join-link"), 2)
def test_room_join_link_may_come_while_still_starting(fresh: Any) -> None:
    emu, client, user = fresh
    club = admin_club(emu)
    room = activity(emu, club, "room").activity_id
    answers = [client.live.get_club_room_join_link(user, club, room) for _ in range(3)]
    assert [(a["starting"], bool(a["joinLink"])) for a in answers] == [
        (True, False),
        (True, True),
        (False, True),
    ]


not_behaviour(page("room-join-link"), 3, why="how often the game's own code asks")
not_behaviour(page("room-join-link"), 4, why="advice on when a caller should stop retrying")


@remark(page("rooms"), 1)
def test_rooms_link_dds_media_with_scaled_pngs(client: Client, user: auth.ServiceToken) -> None:
    listed = client.live.get_club_rooms(user, 250)["clubRoomList"]
    assert listed
    for item in listed:
        custom_media(item, "mediaUrl", "Png")


@remark(page("rooms"), 2)
def test_rooms_are_the_verified_clubs_or_200_found_by_name(crowded: Any) -> None:
    emu, client, user = crowded
    every = client.live.get_club_rooms(user, 250)["clubRoomList"]
    assert {r["clubId"] for r in every} <= verified(emu)
    found = client.live.get_club_rooms(user, 250, name="Crowd room")
    assert found["itemCount"] == len(found["clubRoomList"]) == 200


# upload-by-id.md and uploads.md


not_behaviour(page("upload-by-id"), 1, why="a pointer to the glossary's upload types")


@remark(page("upload-by-id"), 2)
def test_upload_by_id_items_are_identified_by_map_uid(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    club = admin_club(emu)
    upload = activity(emu, club, "map-upload")
    answer = client.live.get_club_upload(user, club, upload.activity_id, 250)
    items = [item["itemId"] for item in answer["bucketItemList"]]
    assert items and all(emu.world.is_known_map(uid) for uid in items)


@remark(page("upload-by-id"), 3)
def test_upload_by_id_links_dds_media_with_scaled_pngs(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    club = admin_club(emu)
    upload = activity(emu, club, "map-upload").activity_id
    custom_media(client.live.get_club_upload(user, club, upload), "mediaUrl", "Png")


not_behaviour(page("uploads"), 1, why="a pointer to the glossary's upload types")


@remark(page("uploads"), 2)
def test_uploads_link_dds_media_with_scaled_pngs(client: Client, user: auth.ServiceToken) -> None:
    listed = client.live.get_club_uploads(user, "map-upload", 250)["clubBucketList"]
    assert listed
    for item in listed:
        custom_media(item, "mediaUrl", "Png")
