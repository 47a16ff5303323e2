"""TOTD, Royal, seasonal and weekly campaign endpoints."""

from __future__ import annotations

import datetime

import httpx
from emulator_testlib import TODAY

from nadeo_api.emulator import Emulator

MONTH = "/api/token/campaign/month"
DAY_KEYS = {
    "campaignId", "mapUid", "day", "monthDay", "seasonUid", "leaderboardGroup",
    "startTimestamp", "endTimestamp", "relativeStart", "relativeEnd",
}  # fmt: skip
MEDIA_KEYS = {
    "buttonBackgroundUrl", "buttonForegroundUrl", "decalUrl", "popUpBackgroundUrl",
    "popUpImageUrl", "liveButtonBackgroundUrl", "liveButtonForegroundUrl",
}  # fmt: skip
CAMPAIGN_KEYS = {
    "id", "seasonUid", "name", "useCase", "clubId", "startTimestamp", "endTimestamp",
    "rankingSentTimestamp", "year", "week", "day", "monthYear", "month", "monthDay",
    "playlist", "editionTimestamp",
}  # fmt: skip
UTC = datetime.timezone.utc


def months_since_july_2020(day: datetime.date) -> int:
    return (day.year - 2020) * 12 + day.month - 7 + 1


def get(client: httpx.Client, emu: Emulator, auth: dict[str, str], path: str) -> httpx.Response:
    return client.get(f"{emu.live_url}{path}", headers=auth)


def test_totd_current_month(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str]
) -> None:
    response = get(client, emu, service_live, MONTH)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"monthList", "itemCount", "nextRequestTimestamp", "relativeNextRequest"}
    assert body["itemCount"] == months_since_july_2020(TODAY)
    (month,) = body["monthList"]
    assert set(month) == {"year", "month", "lastDay", "days", "media"}
    assert (month["year"], month["month"], month["lastDay"]) == (2025, 9, 30)
    assert set(month["media"]) == MEDIA_KEYS
    days = month["days"]
    # The world clock is 18:00 UTC on TODAY, so today's TOTD (17:00) has started.
    assert [d["monthDay"] for d in days] == list(range(1, TODAY.day + 1))
    for d in days:
        assert set(d) == DAY_KEYS
        date = datetime.date(2025, 9, d["monthDay"])
        assert d["day"] == date.weekday()
        assert d["leaderboardGroup"] is None
        start = datetime.datetime(2025, 9, d["monthDay"], 17, tzinfo=UTC).timestamp()
        assert d["startTimestamp"] == start
        assert d["endTimestamp"] - d["startTimestamp"] == 86400
        assert d["relativeStart"] - d["startTimestamp"] == d["relativeEnd"] - d["endTimestamp"]
        assert len(d["mapUid"]) == 27
    assert days[-1]["relativeStart"] == -3600
    tomorrow = datetime.datetime(2025, 9, 18, 17, tzinfo=UTC).timestamp()
    assert body["nextRequestTimestamp"] == tomorrow
    assert body["relativeNextRequest"] == 23 * 3600
    assert [d["mapUid"] for d in days] == emu.world.totd_maps()[-TODAY.day :]


def test_totd_offset_and_length(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str]
) -> None:
    body = get(client, emu, service_live, f"{MONTH}?offset=7&length=3").json()
    assert [(m["year"], m["month"]) for m in body["monthList"]] == [
        (2025, 2),
        (2025, 1),
        (2024, 12),
    ]
    assert [len(m["days"]) for m in body["monthList"]] == [28, 31, 31]
    oldest = body["itemCount"] - 1
    first = get(client, emu, service_live, f"{MONTH}?offset={oldest}&length=5").json()
    assert [(m["year"], m["month"]) for m in first["monthList"]] == [(2020, 7)]
    assert first["monthList"][0]["days"][0]["monthDay"] == 1
    past = get(client, emu, service_live, f"{MONTH}?offset={oldest + 1}").json()
    assert past["monthList"] == []


def test_royal_months(emu: Emulator, client: httpx.Client, service_live: dict[str, str]) -> None:
    body = get(client, emu, service_live, f"{MONTH}?royal=true&length=5").json()
    months = body["monthList"]
    assert [(m["year"], m["month"]) for m in months] == [
        (2025, 9), (2025, 8), (2025, 7), (2025, 6), (2025, 5),
    ]  # fmt: skip
    assert [len(m["days"]) for m in months] == [0, 0, 0, 5, 5]
    for d in months[3]["days"]:
        assert set(d) == DAY_KEYS
    totd_uids = set(emu.world.totd_maps())
    assert not totd_uids & {d["mapUid"] for d in months[3]["days"]}
    oldest = body["itemCount"] - 1
    first = get(client, emu, service_live, f"{MONTH}?royal=true&offset={oldest}").json()
    assert len(first["monthList"][0]["days"]) == 5


def test_seasonal_campaigns(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str]
) -> None:
    body = get(client, emu, service_live, "/api/campaign/official?length=3&offset=0").json()
    assert set(body) == {"itemCount", "campaignList", "nextRequestTimestamp", "relativeNextRequest"}
    # Summer 2020 .. Summer 2025
    assert body["itemCount"] == 21
    names = [c["name"] for c in body["campaignList"]]
    assert names == ["Summer 2025", "Spring 2025", "Winter 2025"]
    current = body["campaignList"][0]
    assert set(current) == CAMPAIGN_KEYS
    assert current["useCase"] == 0 and current["clubId"] == 0
    assert current["rankingSentTimestamp"] is None
    assert all(current[k] == -1 for k in ("year", "week", "day", "monthYear", "month", "monthDay"))
    assert [p["position"] for p in current["playlist"]] == list(range(25))
    assert len({p["mapUid"] for p in current["playlist"]}) == 25
    assert current["startTimestamp"] < emu.world.now < current["endTimestamp"]
    assert body["nextRequestTimestamp"] == current["endTimestamp"]
    oldest = get(client, emu, service_live, "/api/campaign/official?offset=20").json()
    assert [c["name"] for c in oldest["campaignList"]] == ["Summer 2020"]
    fall = get(client, emu, service_live, "/api/campaign/official?offset=19").json()
    assert fall["campaignList"][0]["name"] == "Fall 2020"
    start = datetime.datetime.fromtimestamp(fall["campaignList"][0]["startTimestamp"], UTC)
    assert start.date() == datetime.date(2020, 10, 1)


def test_weekly_shorts(emu: Emulator, client: httpx.Client, service_live: dict[str, str]) -> None:
    body = get(client, emu, service_live, "/api/campaign/weekly-shorts?length=2").json()
    first_start = datetime.datetime(2024, 12, 15, 17, tzinfo=UTC)
    weeks = (datetime.datetime(2025, 9, 17, 18, tzinfo=UTC) - first_start).days // 7 + 1
    assert body["itemCount"] == weeks
    latest, previous = body["campaignList"]
    assert set(latest) == CAMPAIGN_KEYS
    assert latest["name"] == f"Week {weeks}" and previous["name"] == f"Week {weeks - 1}"
    assert latest["useCase"] == 5
    assert len(latest["playlist"]) == 5
    assert latest["startTimestamp"] - previous["startTimestamp"] == 7 * 86400
    assert datetime.datetime.fromtimestamp(latest["startTimestamp"], UTC).weekday() == 6
    oldest = get(client, emu, service_live, f"/api/campaign/weekly-shorts?offset={weeks - 1}")
    (week1,) = oldest.json()["campaignList"]
    assert week1["name"] == "Week 1"
    assert week1["startTimestamp"] == first_start.timestamp()


def test_weekly_grands(emu: Emulator, client: httpx.Client, service_live: dict[str, str]) -> None:
    body = get(client, emu, service_live, "/api/campaign/weekly-grands").json()
    (latest,) = body["campaignList"]
    assert set(latest) == CAMPAIGN_KEYS | {"mediaUrl", "video"}
    assert latest["useCase"] == 6
    assert latest["name"] == f"Week Grand {body['itemCount']}"
    assert len(latest["playlist"]) == 1
    assert latest["video"] is False and latest["mediaUrl"].startswith("https://")


def test_campaign_maps_are_known(emu: Emulator) -> None:
    world = emu.world
    for campaign in world.seasonal_campaigns() + world.weekly_shorts() + world.weekly_grands():
        assert all(world.is_known_map(uid) for uid in campaign.map_uids)
    assert all(world.is_known_map(d.map_uid) for d in world.royal_days())
    assert world.totd_for(TODAY) is not None
    assert world.totd_for(TODAY + datetime.timedelta(days=1)) is None
    assert not world.is_known_map("ZJw6_4CItmVlRMPgELl4Q37Utw2_fake")
