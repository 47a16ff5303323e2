"""Remarks of the Live club management pages: limits the client also checks before sending,
so these tests send raw requests."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from nadeo_api.emulator import Emulator

from .emulated import at, served, user_headers
from .registry import remark


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with served(at(2026, 6, 15, 18)) as running:
        yield running


@pytest.fixture
def http() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10) as client:
        yield client


def _new_club(http: httpx.Client, emu: Emulator, headers: dict[str, str]) -> int:
    created = http.post(
        f"{emu.live_url}/api/token/club/create",
        headers=headers,
        json={"name": "Remark Club", "tag": "RC", "description": "", "state": "public"},
    )
    assert created.status_code == 200, created.text
    club_id: int = created.json()["id"]
    return club_id


@remark("live/club-management/create-ranking.md", 3)
def test_create_ranking_of_a_club_campaign_needs_its_campaign_id(
    http: httpx.Client, emu: Emulator
) -> None:
    headers = user_headers(http, emu)
    club_id = _new_club(http, emu, headers)
    url = f"{emu.live_url}/api/token/club/{club_id}/ranking/create"
    refused = http.post(url, headers=headers, json={"name": "Ranks", "useCase": "ranking-club"})
    assert refused.status_code == 400
    assert refused.json() == ["campaignId:error-notBlank"]
    # The other use cases need none; a club campaign ranking with one is created.
    assert http.post(url, headers=headers, json={
        "name": "Daily", "useCase": "ranking-daily"}).status_code == 200
    made = http.post(url, headers=headers, json={
        "name": "Ranks", "useCase": "ranking-club", "campaignId": 12})
    assert made.status_code == 200 and made.json()["campaignId"] == 12


@remark("live/club-management/create-news.md", 2)
def test_create_news_body_styling_does_not_count_towards_its_length(
    http: httpx.Client, emu: Emulator
) -> None:
    headers = user_headers(http, emu)
    club_id = _new_club(http, emu, headers)
    url = f"{emu.live_url}/api/token/club/{club_id}/news/create"
    styled = "$o$f80" + "x" * 1999 + "$z!"  # 2,000 visible characters, styling besides
    made = http.post(url, headers=headers, json={"name": "News", "body": styled})
    assert made.status_code == 200, made.text
    too_long = http.post(url, headers=headers, json={"name": "News", "body": "x" * 2001})
    assert too_long.status_code == 400 and too_long.json() == ["body:error-length"]
    news_id = made.json()["id"]
    edit = f"{emu.live_url}/api/token/club/{club_id}/news/{news_id}/edit"
    assert http.post(edit, headers=headers, json={"body": styled + "$i"}).status_code == 200
    refused = http.post(edit, headers=headers, json={"body": styled + "y"})
    assert refused.status_code == 400 and refused.json() == ["body:error-length"]


@remark("live/club-management/edit-news.md", 3)
def test_edit_news_body_styling_does_not_count_towards_its_length(
    http: httpx.Client, emu: Emulator
) -> None:
    headers = user_headers(http, emu)
    club_id = _new_club(http, emu, headers)
    made = http.post(f"{emu.live_url}/api/token/club/{club_id}/news/create", headers=headers,
                     json={"name": "News", "body": ""})
    edit = f"{emu.live_url}/api/token/club/{club_id}/news/{made.json()['id']}/edit"
    styled = "$s$0af" + "y" * 2000
    assert http.post(edit, headers=headers, json={"body": styled}).status_code == 200
    assert http.post(edit, headers=headers, json={"body": styled + "z"}).status_code == 400


@remark("live/club-management/create-ranking.md", 4)
def test_create_ranking_with_another_clubs_campaign_is_created(
    http: httpx.Client, emu: Emulator
) -> None:
    headers = user_headers(http, emu)
    club_id = _new_club(http, emu, headers)
    foreign = emu.world.clubs[0].campaigns[0].campaign_id  # a campaign of another club
    made = http.post(
        f"{emu.live_url}/api/token/club/{club_id}/ranking/create",
        headers=headers,
        json={"name": "Theirs", "useCase": "ranking-club", "campaignId": foreign},
    )
    assert made.status_code == 200 and made.json()["campaignId"] == foreign
