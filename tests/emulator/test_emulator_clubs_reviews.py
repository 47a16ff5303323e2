"""Club campaigns, club records, map review, server accounts, HTTP methods."""

from __future__ import annotations

import httpx
import pytest
from emulator_testlib import TODAY, login, nadeo

from nadeo_api.emulator import SERVER_ACCOUNT, SERVICE_ACCOUNT, Club, Emulator

CLUB_CAMPAIGN_KEYS = {
    "clubDecalUrl", "campaignId", "activityId", "campaign", "popularityLevel",
    "publicationTimestamp", "creationTimestamp", "creatorAccountId", "latestEditorAccountId",
    "id", "clubId", "clubName", "name", "mapsCount", "mediaUrl", "mediaUrlPngLarge",
    "mediaUrlPngMedium", "mediaUrlPngSmall", "mediaUrlDds", "mediaTheme",
}  # fmt: skip
INNER_CAMPAIGN_KEYS = {
    "id", "seasonUid", "name", "color", "useCase", "clubId", "leaderboardGroupUid",
    "publicationTimestamp", "startTimestamp", "endTimestamp", "rankingSentTimestamp", "year",
    "week", "day", "monthYear", "month", "monthDay", "published", "playlist", "latestSeasons",
    "categories", "media", "editionTimestamp",
}  # fmt: skip


def member_club(emu: Emulator, member: bool) -> Club:
    return next(c for c in emu.world.clubs if c.accounts_are_members == member)


def test_clubs_layout(emu: Emulator) -> None:
    clubs = emu.world.clubs
    assert len({c.club_id for c in clubs}) == len(clubs) >= 3
    assert any(c.accounts_are_members for c in clubs)
    assert any(not c.accounts_are_members and any(k.private for k in c.campaigns) for c in clubs)
    for club in clubs:
        for campaign in club.campaigns:
            assert campaign.activity_id > 100 * campaign.campaign_id


def test_club_campaign_shape(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str]
) -> None:
    club = member_club(emu, True)
    campaign = club.campaigns[0]
    url = f"{emu.live_url}/api/token/club/{club.club_id}/campaign/{campaign.campaign_id}"
    response = client.get(url, headers=service_live)
    assert response.status_code == 200
    body = response.json()
    assert set(body) == CLUB_CAMPAIGN_KEYS
    assert set(body["campaign"]) == INNER_CAMPAIGN_KEYS
    assert body["campaignId"] == campaign.campaign_id and body["id"] == campaign.activity_id
    assert body["mapsCount"] == len(body["campaign"]["playlist"]) == len(campaign.map_uids)
    assert body["campaign"]["seasonUid"].startswith("NLS-")
    assert body["campaign"]["leaderboardGroupUid"] == body["campaign"]["seasonUid"]
    assert body["campaign"]["categories"][0]["length"] == body["mapsCount"]


def test_club_campaign_errors(
    emu: Emulator,
    client: httpx.Client,
    service_live: dict[str, str],
    server_live: dict[str, str],
) -> None:
    outsider = next(
        c
        for c in emu.world.clubs
        if not c.accounts_are_members and any(k.private for k in c.campaigns)
    )
    private = next(k for k in outsider.campaigns if k.private)
    public = next((k for k in outsider.campaigns if not k.private), None)
    base = f"{emu.live_url}/api/token/club"
    denied = client.get(
        f"{base}/{outsider.club_id}/campaign/{private.campaign_id}", headers=service_live
    )
    assert denied.status_code == 403
    assert denied.json() == ["clubMemberRole:error-notMember"]
    if public is not None:
        ok = client.get(
            f"{base}/{outsider.club_id}/campaign/{public.campaign_id}", headers=service_live
        )
        assert ok.status_code == 200
    for path in (f"{outsider.club_id}/campaign/999999", f"999999/campaign/{private.campaign_id}"):
        missing = client.get(f"{base}/{path}", headers=service_live)
        assert missing.status_code == 404
        assert missing.json() == ["activity:error-notFound"]
    insider = member_club(emu, True)
    public_mine = next(k for k in insider.campaigns if not k.private)
    private_mine = next(k for k in insider.campaigns if k.private)
    # Dedicated servers are never club members.
    url = f"{base}/{insider.club_id}/campaign/{{}}"
    assert client.get(url.format(public_mine.campaign_id), headers=server_live).status_code == 200
    assert client.get(url.format(private_mine.campaign_id), headers=server_live).status_code == 403
    assert client.get(url.format(private_mine.campaign_id), headers=service_live).status_code == 200


def test_club_record_first_request_quirk(client: httpx.Client) -> None:
    with Emulator(seed=2, today=TODAY) as emu:
        auth = nadeo(login(client, emu)["accessToken"])
        club = member_club(emu, True)
        uid = emu.world.totd_maps()[-1]
        url = (
            f"{emu.live_url}/api/token/leaderboard/group/Personal_Best"
            f"/map/{uid}/club/{club.club_id}"
        )
        first = client.get(url, headers=auth).json()
        assert set(first) == {"groupUid", "mapUid", "score", "clubId", "position"}
        assert first["position"] == 1 and first["clubId"] == club.club_id
        second = client.get(url, headers=auth).json()
        board = emu.world.leaderboard(uid)
        assert board is not None
        mine = board.position_of_account(SERVICE_ACCOUNT.account_id)
        assert mine is not None
        better = sum(
            1
            for member in emu.world.club_members(club)
            if member != SERVICE_ACCOUNT.account_id
            and (p := board.position_of_account(member)) is not None
            and p < mine
        )
        assert second["position"] == better + 1
        assert second["score"] == first["score"] == board.true_score(mine)


def test_club_record_errors(
    emu: Emulator,
    client: httpx.Client,
    service_live: dict[str, str],
    server_live: dict[str, str],
) -> None:
    uid = emu.world.totd_maps()[-2]
    member = member_club(emu, True).club_id
    outsider = member_club(emu, False).club_id
    base = f"{emu.live_url}/api/token/leaderboard/group"

    def get(group: str, map_uid: str, club: int, auth: dict[str, str]) -> httpx.Response:
        return client.get(f"{base}/{group}/map/{map_uid}/club/{club}", headers=auth)

    assert get("bogus", uid, member, service_live).json() == {}
    assert get("Personal_Best", "nope", member, service_live).json() == {}
    denied = get("Personal_Best", uid, outsider, service_live)
    assert denied.status_code == 403 and denied.json() == ["clubMemberRole:error-notMember"]
    server = get("Personal_Best", uid, member, server_live)
    assert server.status_code == 403 and server.json() == ["club_Join:error-notAllowed"]


@pytest.mark.parametrize("review", ["totd", "weekly-shorts", "royal"])
def test_review_connect_and_waiting_time(
    emu: Emulator, client: httpx.Client, service_live: dict[str, str], review: str
) -> None:
    connect = client.get(
        f"{emu.live_url}/api/token/map-review/{review}/connect", headers=service_live
    )
    assert connect.status_code == 200
    body = connect.json()
    assert set(body) == {"joinLink", "noMap", "starting", "submissionWaitTimer"}
    assert body["joinLink"].startswith("#qjoin=")
    wait = client.get(
        f"{emu.live_url}/api/token/map-review/{review}/waiting-time", headers=service_live
    )
    seconds = wait.json()["seconds"]
    assert wait.json() == {"seconds": seconds} and seconds % 180 == 0


def test_review_errors(
    emu: Emulator,
    client: httpx.Client,
    service_live: dict[str, str],
    server_live: dict[str, str],
) -> None:
    base = f"{emu.live_url}/api/token/map-review"
    for path in ("cotd/connect", "cotd/waiting-time"):
        response = client.get(f"{base}/{path}", headers=service_live)
        assert response.status_code == 403
        assert response.headers["content-type"].startswith("text/plain")
        assert response.text == "Only official MapReview"
    server = client.get(f"{base}/totd/connect", headers=server_live)
    assert server.status_code == 403
    body = server.json()
    assert body["error"] == "NLS::Player::MissingRule"
    assert (
        body["message"] == f"{SERVER_ACCOUNT.account_id} does not have rule map_AccessServerReview"
    )
    assert body["traceId"].startswith("Root=1-")


SUBMITTED_KEYS = {
    "mapUid", "feedbackCount", "creationTimestamp", "latestSubmissionTimestamp", "nominated",
    "map", "noteInfo", "nadeoNote", "labels", "mapStyles", "messagingOpen",
}  # fmt: skip
SUBMITTED_MAP_KEYS = {
    "uid", "mapId", "name", "author", "submitter", "authorTime", "goldTime", "silverTime",
    "bronzeTime", "nbLaps", "valid", "downloadUrl", "thumbnailUrl", "uploadTimestamp",
    "updateTimestamp",
}  # fmt: skip


@pytest.mark.parametrize(
    "template",
    [
        "/api/token/map/map-review/{}/submitted-map",
        "/api/token/map-review/{}/submitted-map",
    ],
)
def test_submitted_maps(
    emu: Emulator,
    client: httpx.Client,
    service_live: dict[str, str],
    server_live: dict[str, str],
    template: str,
) -> None:
    url = emu.live_url + template.format("totd")
    everything = client.get(url, params={"length": 100, "offset": 0}, headers=service_live).json()
    assert set(everything) == {"submittedMaps", "itemCount"}
    count = everything["itemCount"]
    assert count == len(everything["submittedMaps"]) >= 3
    entry = everything["submittedMaps"][0]
    assert set(entry) == SUBMITTED_KEYS
    assert set(entry["map"]) == SUBMITTED_MAP_KEYS
    assert entry["map"]["author"] == SERVICE_ACCOUNT.account_id
    note = entry["noteInfo"]
    assert note["countTotal"] == sum(note[f"countStar{i}"] for i in range(1, 6))
    page = client.get(url, params={"length": 2, "offset": 1}, headers=service_live).json()
    assert page["itemCount"] == count
    assert page["submittedMaps"] == everything["submittedMaps"][1:3]
    # The page says dedicated server accounts are refused.
    server = client.get(url, params={"length": 10, "offset": 0}, headers=server_live)
    assert server.status_code == 403 and server.json()["error"] == "NLS::Player::MissingRule"
    unknown = client.get(emu.live_url + template.format("cotd"), headers=service_live)
    assert unknown.status_code == 404 and unknown.json() == ["mapReview:error-notFound"]


def test_server_accounts(
    emu: Emulator,
    client: httpx.Client,
    service_live: dict[str, str],
    server_live: dict[str, str],
) -> None:
    url = f"{emu.live_url}/api/token/server/player-server/account"
    body = client.get(url, headers=service_live).json()
    assert set(body) == {"playerServerAccount", "itemCount"}
    assert body["itemCount"] == len(body["playerServerAccount"])
    for entry in body["playerServerAccount"]:
        assert set(entry) == {"accountId", "login", "alreadyUsed", "clubRoomId", "clubRoomName"}
    assert SERVER_ACCOUNT.login in {e["login"] for e in body["playerServerAccount"]}
    # The page says dedicated server accounts are refused.
    refused = client.get(url, headers=server_live)
    assert refused.status_code == 403 and refused.json()["error"] == "NLS::Player::MissingRule"


def test_http_methods(emu: Emulator, client: httpx.Client, service_live: dict[str, str]) -> None:
    url = f"{emu.live_url}/api/campaign/official"
    get = client.get(url, headers=service_live)
    head = client.head(url, headers=service_live)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == str(len(get.content))
    assert head.headers["content-type"] == get.headers["content-type"]
    options = client.options(url)
    assert options.status_code == 200 and options.content == b""
    assert set(options.headers["allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    wrong = client.delete(url, headers=service_live)
    assert wrong.status_code == 405
    assert set(wrong.json()) == {"error", "message", "traceId"}
    post_only = client.get(f"{emu.live_url}/api/token/leaderboard/group/map", headers=service_live)
    assert post_only.status_code == 405
    for missing in (f"{emu.live_url}/api/nothing-here", f"{emu.url}/elsewhere"):
        response = client.get(missing, headers=service_live)
        assert response.status_code == 404
        assert set(response.json()) == {"error", "message", "traceId"}
    core = client.get(f"{emu.core_url}/x", headers=service_live)  # in Core's own shape
    assert core.status_code == 404
    assert set(core.json()) == {"code", "correlation_id", "message"}
