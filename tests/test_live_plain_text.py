"""The endpoints that answer success in words ("Club deleted."): the text comes back as the
answer and the emulator's state changes (their contracts with the documentation, argument
checks included, are in test_contracts.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from nadeo_api import (
    Client,
    ForbiddenError,
    NotFoundError,
    auth,
)
from nadeo_api.emulator import Emulator
from nadeo_api.testing import emulator_settings

from .clock import TODAY
from .conftest import FAST, service_token
from .docs import example_text

DOCS = {
    "delete_club": "live/club-management/delete-club.md",
    "delete_club_member": "live/club-management/delete-member.md",
    "delete_club_activity": "live/club-management/delete-activity.md",
    "add_club_upload_items": "live/club-management/add-to-upload.md",
    "remove_club_upload_items": "live/club-management/remove-from-upload.md",
}


@pytest.fixture
def fresh() -> Iterator[tuple[Emulator, Client, auth.ServiceToken]]:
    with Emulator(today=TODAY) as emu, Client(emulator_settings(emu, **FAST)) as client:
        yield emu, client, service_token(client)


def admin_club(emu: Emulator) -> Any:
    return next(club for club in emu.world.clubs if club.accounts_are_members)


def activity_of(client: Client, token: auth.ServiceToken, club_id: int, kind: str) -> int:
    listed = client.live.get_club_activities(token, club_id, 250)["activityList"]
    return int(next(item["id"] for item in listed if item["activityType"] == kind))


def test_delete_club(fresh: tuple[Emulator, Client, auth.ServiceToken]) -> None:
    emu, client, user = fresh
    created = client.live.create_club(user, "Short Lived", "public")
    club_id = created["id"]
    assert client.live.delete_club(user, club_id) == example_text(DOCS["delete_club"])
    with pytest.raises(NotFoundError):
        client.live.get_club(user, club_id)
    entry = emu.log.filter(path=f"/api/token/club/{club_id}/delete")[0]
    assert (entry.method, entry.status, entry.body) == ("POST", 200, b"")


def test_only_the_creator_deletes_a_club(fresh: tuple[Emulator, Client, auth.ServiceToken]) -> None:
    emu, client, user = fresh
    with pytest.raises(ForbiddenError) as refused:
        client.live.delete_club(user, admin_club(emu).club_id)  # an admin, not the creator
    assert refused.value.error == "clubMemberRole:error-notCreator"


def test_delete_club_member(fresh: tuple[Emulator, Client, auth.ServiceToken]) -> None:
    emu, client, user = fresh
    club_id = admin_club(emu).club_id
    members = client.live.get_club_members(user, club_id, 100)["clubMemberList"]
    victim = next(m["accountId"] for m in members if m["role"] == "Member")
    answer = client.live.delete_club_member(user, club_id, victim)
    assert answer == example_text(DOCS["delete_club_member"])
    left = client.live.get_club_members(user, club_id, 100)["clubMemberList"]
    assert victim not in {m["accountId"] for m in left}
    with pytest.raises(NotFoundError) as missing:
        client.live.delete_club_member(user, club_id, victim)
    assert missing.value.error == "clubMember:error-notFound"


def test_delete_club_activity(fresh: tuple[Emulator, Client, auth.ServiceToken]) -> None:
    emu, client, user = fresh
    club_id = admin_club(emu).club_id
    news = activity_of(client, user, club_id, "news")
    answer = client.live.delete_club_activity(user, club_id, news)
    assert answer == example_text(DOCS["delete_club_activity"])
    with pytest.raises(NotFoundError):
        client.live.get_club_news(user, club_id, news)


def test_upload_items_added_and_removed(
    fresh: tuple[Emulator, Client, auth.ServiceToken],
) -> None:
    emu, client, user = fresh
    club_id = admin_club(emu).club_id
    upload = activity_of(client, user, club_id, "map-upload")
    new_maps = emu.world.totd_maps()[-2:]
    added = client.live.add_club_upload_items(user, club_id, upload, new_maps)
    assert added == example_text(DOCS["add_club_upload_items"])
    entry = emu.log.entries[-1]
    assert json.loads(entry.body) == {"itemIdList": new_maps}
    items = client.live.get_club_upload(user, club_id, upload, 100)["bucketItemList"]
    assert set(new_maps) <= {item["itemId"] for item in items}
    removed = client.live.remove_club_upload_items(user, club_id, upload, new_maps)
    assert removed == example_text(DOCS["remove_club_upload_items"])
    items = client.live.get_club_upload(user, club_id, upload, 100)["bucketItemList"]
    assert not set(new_maps) & {item["itemId"] for item in items}
