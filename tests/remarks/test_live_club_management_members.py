"""The remarks of the Live club-management pages about clubs and their members (create, edit
and delete a club, member requests, roles, VIPs, leaving): each reproduced by the emulator, or
not a behaviour. Their dedicated-server remarks are generated in `test_live_club_management.py`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from nadeo_api import Client, auth
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

from .calls import Fresh, fresh_world, shows_custom_media, shows_no_media
from .registry import not_behaviour, remark

PAGES = "live/club-management/"
ME = SERVICE_ACCOUNT.account_id


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


def seeded_club(world: Fresh, state: str) -> int:
    """A seeded club of that privacy level that the configured account administrates."""
    for club in world.emu.world.clubs:
        shown = world.get(f"/api/token/club/{club.club_id}").json()
        if club.accounts_are_members and shown["state"] == state:
            club_id: int = club.club_id
            return club_id
    raise LookupError(state)


def own_club(world: Fresh, **fields: Any) -> dict[str, Any]:
    """A new club the user created."""
    answer = world.post("/api/token/club/create", {"name": "Remarks club", "state": "public",
                                                   **fields})  # fmt: skip
    assert answer.status_code == 200, answer.text
    club: dict[str, Any] = answer.json()
    return club


def members(world: Fresh, club: int) -> dict[str, dict[str, Any]]:
    answer = world.get(f"/api/token/club/{club}/member", length=250).json()
    return {m["accountId"]: m for m in answer["clubMemberList"]}


def requests(world: Fresh, club: int) -> list[str]:
    answer = world.get(f"/api/token/club/{club}/member/request", length=250, offset=0)
    assert answer.status_code == 200, answer.text
    return [m["accountId"] for m in answer.json()["clubMemberList"]]


def player_info(world: Fresh) -> dict[str, Any]:
    info: dict[str, Any] = world.get("/api/token/club/player/info").json()
    return info


# create-club / edit-club --------------------------------------------------------------------

GLOSSARY = "a pointer to the glossary's list of privacy levels"
PRESETS = "where the game keeps its preset themes: a pointer for the reader"
not_behaviour(page("create-club"), 2, why=GLOSSARY)
not_behaviour(page("create-club"), 3, why=PRESETS)
not_behaviour(page("edit-club"), 2, why=GLOSSARY)
not_behaviour(page("edit-club"), 4, why=PRESETS)


@remark(page("create-club"), 4)
def test_create_club_tag_styling_does_not_count(world: Fresh) -> None:
    assert own_club(world, tag="$o$f00ABCDE")["tag"] == "$o$f00ABCDE"
    refused = world.post("/api/token/club/create", {"name": "Club", "state": "public",
                                                    "tag": "ABCDEF"})  # fmt: skip
    assert (refused.status_code, refused.json()) == (400, ["tag:error-length"])


@remark(page("create-club"), 5)
def test_create_club_answers_media_fields_empty_for_preset_themes(world: Fresh) -> None:
    club = own_club(world, iconTheme="mirage", backgroundTheme="mirage")
    assert club["iconTheme"] == club["backgroundTheme"] == "mirage"
    for slot in ("icon", "background", "decal", "vertical"):
        assert shows_no_media(club, slot), slot


@remark(page("edit-club"), 3)
def test_edit_club_made_public_lets_pending_requests_in(fresh: Fresh) -> None:
    club = seeded_club(fresh, "private-open")
    pending = requests(fresh, club)
    assert pending and not set(pending) & set(members(fresh, club))
    edited = fresh.post(f"/api/token/club/{club}/edit", {"state": "public"})
    assert edited.json()["state"] == "public"
    joined = members(fresh, club)
    assert all(joined[account]["role"] == "Member" for account in pending)
    assert requests(fresh, club) == []


@remark(page("edit-club"), 5)
def test_edit_club_answers_dds_media_until_a_preset_theme_replaces_it(fresh: Fresh) -> None:
    club = seeded_club(fresh, "public")
    edited = fresh.post(f"/api/token/club/{club}/edit", {"description": "Edited"}).json()
    assert shows_custom_media(edited, "icon") and shows_custom_media(edited, "background")
    assert edited["backgroundUrlJpgLarge"].split("?")[0].endswith(".jpg")
    themed = fresh.post(f"/api/token/club/{club}/edit", {"iconTheme": "mirage"}).json()
    assert shows_no_media(themed, "icon") and shows_custom_media(themed, "background")


@remark(page("edit-club"), 6)
def test_edit_club_tag_styling_does_not_count(world: Fresh) -> None:
    club = own_club(world)["id"]
    edited = world.post(f"/api/token/club/{club}/edit", {"tag": "$i$0f0VWXYZ"})
    assert (edited.status_code, edited.json()["tag"]) == (200, "$i$0f0VWXYZ")
    refused = world.post(f"/api/token/club/{club}/edit", {"tag": "$i$0f0VWXYZ!"})
    assert (refused.status_code, refused.json()) == (400, ["tag:error-length"])


# delete-club --------------------------------------------------------------------------------


@remark(page("delete-club"), 2)
def test_delete_club_deletes_its_content(world: Fresh) -> None:
    club = own_club(world)["id"]
    news = world.post(f"/api/token/club/{club}/news/create", {"name": "Gone"}).json()["id"]
    deleted = world.post(f"/api/token/club/{club}/delete")
    assert (deleted.status_code, deleted.text) == (200, "Club deleted.")
    gone = world.get(f"/api/token/club/{club}")
    assert (gone.status_code, gone.json()) == (404, ["club:error-notFound"])
    assert world.get(f"/api/token/club/{club}/news/{news}").status_code == 404
    again = world.post(f"/api/token/club/{club}/delete")
    assert again.status_code == 403


@remark(page("delete-club"), 3)
def test_delete_club_is_for_its_creator_only(world: Fresh) -> None:
    club = seeded_club(world, "public")
    assert members(world, club)[ME]["role"] == "Admin"
    refused = world.post(f"/api/token/club/{club}/delete")
    assert (refused.status_code, refused.json()) == (403, ["clubMemberRole:error-notCreator"])
    assert world.get(f"/api/token/club/{club}").status_code == 200


@remark(page("delete-club"), 4)
def test_delete_club_resets_tag_and_pin_whatever_the_club(fresh: Fresh) -> None:
    kept = seeded_club(fresh, "public")
    fresh.post(f"/api/token/club/{kept}/pin")
    fresh.post(f"/api/token/club/{kept}/tag")
    assert (player_info(fresh)["pinnedClub"], player_info(fresh)["tagClubId"]) == (kept, kept)
    other = own_club(fresh)["id"]
    assert fresh.post(f"/api/token/club/{other}/delete").status_code == 200
    info = player_info(fresh)
    assert (info["pinnedClub"], info["tagClubId"], info["tag"]) == (0, 0, "")
    assert fresh.get(f"/api/token/club/{kept}").status_code == 200


# delete-member ------------------------------------------------------------------------------


@remark(page("delete-member"), 2)
def test_delete_member_lets_an_account_leave_a_club_it_does_not_own(fresh: Fresh) -> None:
    club = seeded_club(fresh, "public")
    left = fresh.post(f"/api/token/club/{club}/member/{ME}/delete")
    assert (left.status_code, left.text) == (200, "Club member deleted")
    assert ME not in members(fresh, club)
    assert fresh.get(f"/api/token/club/{club}/member/{ME}").json()["role"] == ""


@remark(page("delete-member"), 3)
def test_delete_member_of_the_creator_answers_200_but_it_stays(world: Fresh) -> None:
    club = own_club(world)["id"]
    left = world.post(f"/api/token/club/{club}/member/{ME}/delete")
    assert (left.status_code, left.text) == (200, "Club member deleted")
    assert members(world, club)[ME]["role"] == "Creator"


# edit-member / member-requests / set-vip ----------------------------------------------------


@remark(page("edit-member"), 2)
def test_edit_member_takes_three_roles(fresh: Fresh) -> None:
    club = seeded_club(fresh, "public")
    target = next(a for a, m in members(fresh, club).items() if m["role"] == "Member")
    path = f"/api/token/club/{club}/member/{target}/edit"
    for role in ("Content Creator", "Admin", "Member"):
        answer = fresh.post(path, {"role": role})
        assert (answer.status_code, answer.json()["role"]) == (200, role)
    for role in ("Owner", "content creator", "VIP"):
        refused = fresh.post(path, {"role": role})
        assert (refused.status_code, refused.json()) == (400, ["role:error-inArray"])


not_behaviour(page("edit-member"), 3, why="a pointer to the Trackmania wiki's page on roles")


@remark(page("member-requests"), 2)
def test_member_requests_are_only_for_private_open_clubs(fresh: Fresh) -> None:
    private_open = seeded_club(fresh, "private-open")
    assert requests(fresh, private_open)
    assert requests(fresh, seeded_club(fresh, "public")) == []
    fresh.post(f"/api/token/club/{private_open}/edit", {"state": "private-closed"})
    assert requests(fresh, private_open) == []
    assert requests(fresh, 999_999_999) == []


@remark(page("set-vip"), 2)
def test_set_vip_marks_the_member_for_the_club_vip_leaderboard(world: Fresh) -> None:
    club = own_club(world)["id"]
    world.post(f"/api/token/club/{club}/pin")
    assert player_info(world)["hasClubVip"] is False
    answer = world.post(f"/api/token/club/{club}/vip/{ME}/set")
    assert (answer.status_code, answer.json()["vip"]) == (200, True)
    assert members(world, club)[ME]["vip"] is True
    assert player_info(world)["hasClubVip"] is True
    world.post(f"/api/token/club/{club}/vip/{ME}/unset")
    assert members(world, club)[ME]["vip"] is False
    world.post(f"/api/token/club/{club}/pin")  # unpinned again
