"""Remarks of the Core account pages that the world's players show: club tags, trophies that
expire after a year."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from nadeo_api.emulator import SERVICE_ACCOUNT
from nadeo_api.text import plain

from .. import raw
from .emulated import at, served, user_headers
from .registry import remark


@remark("core/accounts/club-tags.md", 4)
def test_club_tags_one_per_player_as_styled_text() -> None:
    with served(at(2026, 6, 15, 18)) as emu, raw.client(timeout=10) as http:
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


def _instant(gain: dict[str, Any]) -> float:
    """A trophy gain's time (its timestamp is ISO 8601 with an offset)."""
    return datetime.fromisoformat(gain["timestamp"]).timestamp()


@remark("core/accounts/trophy-summary.md", 1)
def test_trophy_summary_counts_only_the_last_year_trophies() -> None:
    me = SERVICE_ACCOUNT.account_id
    with served(at(2026, 6, 15, 18)) as emu, raw.client(timeout=10) as http:
        headers = user_headers(http, emu, "NadeoServices")
        summary = http.get(f"{emu.core_url}/accounts/{me}/trophies/lastYearSummary",
                           headers=headers).json()
        history = http.get(f"{emu.core_url}/accounts/{me}/trophies?count=1000",
                           headers=headers).json()["data"]
        year_ago = emu.world.now - 365 * 86_400
        recent = [g for g in history if _instant(g) >= year_ago]
        expired = [g for g in history if _instant(g) < year_ago]
        assert recent and expired, "the account has trophies older than a year"
        for k in range(1, 10):
            assert summary[f"t{k}Count"] == sum(g[f"t{k}Count"] for g in recent)
        assert summary["points"] == sum(
            summary[f"t{k}Count"] * 10 ** (k - 1) for k in range(1, 10)
        )
        # The Live trophy ranking counts the same points.
        live = http.get(f"{emu.live_url}/api/token/leaderboard/trophy",
                        headers=user_headers(http, emu)).json()
        assert live["countPoint"] == summary["points"]
