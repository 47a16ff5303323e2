"""Remarks of the Core account pages that the world's players show: club tags."""

from __future__ import annotations

import httpx

from nadeo_api.text import plain

from .emulated import at, served, user_headers
from .registry import remark


@remark("core/accounts/club-tags.md", 4)
def test_club_tags_one_per_player_as_styled_text() -> None:
    with served(at(2026, 6, 15, 18)) as emu, httpx.Client(timeout=10) as http:
        world = emu.world
        members = {
            world.player_account_id(index): club.club_id
            for club in world.clubs
            for index in club.member_players[:40]
        }
        headers = user_headers(http, emu, "NadeoServices")
        ids = ",".join(list(members)[:150])
        tags = http.get(f"{emu.core_url}/accounts/clubTags/?accountIdList={ids}",
                        headers=headers).json()
        assert tags, "some world players show a club tag"
        assert len({t["accountId"] for t in tags}) == len(tags)  # one tag per player at most
        shown = {t["clubTag"] for t in tags}
        # Tags are styled text: some carry `$` codes, which `nadeo_api.text` strips.
        assert any(tag != plain(tag) for tag in shown)
        assert all(plain(tag).isalnum() for tag in shown)
