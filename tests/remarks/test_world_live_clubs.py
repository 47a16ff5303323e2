"""Remarks of the Live club pages that the world's rooms show: a room starts when its join
link is asked for, and a room on a dedicated server is still starting once it has a link."""

from __future__ import annotations

from nadeo_api.emulator import SERVER_ACCOUNT

from .. import raw
from .emulated import at, served, user_headers
from .registry import remark


@remark("live/clubs/room-join-link.md", 1, 2)
def test_room_join_link_starts_the_room_and_a_server_is_still_starting() -> None:
    with served(at(2026, 6, 15, 18)) as emu, raw.client(timeout=10) as http:
        headers = user_headers(http, emu)
        club = http.post(f"{emu.live_url}/api/token/club/create", headers=headers, json={
            "name": "Hosts", "tag": "H", "description": "", "state": "public"}).json()
        room = http.post(
            f"{emu.live_url}/api/token/club/{club['id']}/room/create-from-server",
            headers=headers, json={"name": "On a server", "login": SERVER_ACCOUNT.login},
        )
        assert room.status_code == 200, room.text
        url = f"{emu.live_url}/api/token/club/{club['id']}/room/{room.json()['id']}/join"
        answers = [http.post(url, headers=headers).json() for _ in range(3)]
        link = answers[1]["joinLink"]
        assert link.startswith("#qjoin=")
        assert [(a["starting"], a["joinLink"]) for a in answers] == [
            (True, ""),  # the room was inactive: asking starts it
            (True, link),  # a link, yet the server is still starting
            (False, link),
        ]
