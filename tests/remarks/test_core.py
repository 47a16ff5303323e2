"""The remarks of the Core API's pages: the ones repeated on many pages (dedicated servers
refused, the 414 of a long request URI), with a test generated per page, and those of the
accounts, meta and skins pages. Maps are in `test_core_maps.py`, records in
`test_core_records.py`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from .. import raw
from ..declared import api_declarations
from .corelib import (
    MAX_URI,
    ME,
    NOBODY,
    Core,
    core,
    declare,
    is_core_error,
    query_of_length,
    remark_number,
)
from .registry import not_behaviour, remark

_live_clubs = api_declarations("live")

__all__ = ["core"]

SERVERS = "does not accept requests by dedicated server accounts"

Ask = Callable[[Core, Any], httpx.Response]
"""A request to an endpoint with a token."""


def _skin_id(core: Core) -> str:
    (equipped,) = core.ok("/accounts/skins", {"accountIdList": ME})
    skin: str = equipped["skinId"]
    return skin


USER_ONLY: dict[str, Ask] = {
    "core/accounts/club-tags.md": lambda c, t: c.get(
        "/accounts/clubTags/", {"accountIdList": ME}, token=t),
    "core/accounts/trophy-history.md": lambda c, t: c.get(f"/accounts/{ME}/trophies", token=t),
    "core/accounts/trophy-summary.md": lambda c, t: c.get(
        f"/accounts/{ME}/trophies/lastYearSummary", token=t),
    "core/accounts/zones.md": lambda c, t: c.get(
        "/accounts/zones/", {"accountIdList": ME}, token=t),
    "core/deprecated/display-names.md": lambda c, t: c.get(
        "/accounts/displayNames/", {"accountIdList": ME}, token=t),
    "core/maps/add-favorite.md": lambda c, t: c.get(
        "/maps/favorites", method="POST", body={"mapUid": c.uid(3)}, token=t),
    "core/maps/authored.md": lambda c, t: c.get("/maps/by-author", token=t),
    "core/maps/favorites-uids.md": lambda c, t: c.get(
        "/maps/favorites/by-map-uids", {"mapUidList": c.uid()}, token=t),
    "core/maps/favorites.md": lambda c, t: c.get(
        "/maps/favorites", {"offset": 0, "length": 5}, token=t),
    "core/maps/remove-favorite.md": lambda c, t: c.get(
        "/maps/favorites", method="DELETE", body={"mapUid": c.uid(4)}, token=t),
    "core/maps/set-vote.md": lambda c, t: c.get(
        f"/maps/{c.uid(5)}/votes", method="POST", body={"vote": 1}, token=t),
    "core/maps/submitted.md": lambda c, t: c.get("/maps/by-submitter", token=t),
    "core/maps/vote.md": lambda c, t: c.get(f"/maps/{c.uid()}/votes", token=t),
    "core/skins/equipped.md": lambda c, t: c.get(
        "/accounts/skins", {"accountIdList": ME}, token=t),
    "core/skins/favorites.md": lambda c, t: c.get(f"/accounts/{ME}/skins/favorites", token=t),
    "core/skins/info.md": lambda c, t: c.get(f"/skins/{_skin_id(c)}", token=t),
}


def _refuses_servers(ask: Ask) -> Callable[[Core], None]:
    def test(core: Core) -> None:
        refused = ask(core, core.server)
        assert is_core_error(refused, 401), refused.text
        assert ask(core, core.user).status_code == 200

    return test


for _page, _ask in USER_ONLY.items():
    declare(globals(), _page, "refuses_dedicated_servers", remark_number(_page, SERVERS),
            _refuses_servers(_ask))


# page -> (path, list parameter, one of its values, other parameters)
LONG_URIS: dict[str, Callable[[Core], tuple[str, str, str, str]]] = {
    "core/accounts/club-tags.md": lambda c: ("/accounts/clubTags/", "accountIdList", ME, ""),
    "core/accounts/zones.md": lambda c: ("/accounts/zones/", "accountIdList", ME, ""),
    "core/deprecated/info-multiple.md": lambda c: ("/maps/", "mapUidList", c.uid(), ""),
    "core/deprecated/map-records-v2.md": lambda c: (
        "/v2/mapRecords/", "accountIdList", ME, f"mapId={c.map_id(c.uid())}"),
    "core/deprecated/map-records.md": lambda c: (
        "/mapRecords/", "accountIdList", ME, f"mapIdList={c.map_id(c.uid())}"),
    "core/maps/info-multiple-id.md": lambda c: (
        "/maps/by-id/", "mapIdList", c.map_id(c.uid()), ""),
    "core/maps/info-multiple-uid.md": lambda c: ("/maps/by-uid/", "mapUidList", c.uid(), ""),
    "core/records/account-records-v2.md": lambda c: (
        f"/v2/accounts/{ME}/mapRecords", "mapIdList", c.map_id(c.uid()), ""),
    "core/records/map-records-v2-account.md": lambda c: (
        "/v2/mapRecords/by-account/", "accountIdList", ME, f"mapId={c.map_id(c.uid())}"),
    "core/records/map-records-v2-id.md": lambda c: (
        "/v2/mapRecords/by-id/", "mapRecordIdList", NOBODY, ""),
}


def _long_uri(request: Callable[[Core], tuple[str, str, str, str]]) -> Callable[[Core], None]:
    def test(core: Core) -> None:
        path, name, value, fixed = request(core)
        for length, too_long in ((MAX_URI - 1, False), (MAX_URI, True), (MAX_URI + 500, True)):
            query = query_of_length(core, path, name, value, length, fixed)
            answer = raw.get(
                f"{core.emu.core_url}{path}?{query}",
                headers={"Authorization": f"nadeo_v1 t={core.user.access_token.encoded}"},
            )
            assert (answer.status_code == 414) is too_long, (length, answer.status_code)
            if too_long:
                assert "414 Request-URI Too Large" in answer.text

    return test


for _page, _request in LONG_URIS.items():
    declare(globals(), _page, "answers_414_to_a_uri_of_8220_characters",
            remark_number(_page, "8220 characters"), _long_uri(_request))


# Accounts


@remark("core/accounts/club-tags.md", 3)
def test_club_tags_reads_the_array_form_of_the_account_list(core: Core) -> None:
    shown = _show_a_tag(core)
    listed = core.ok("/accounts/clubTags/", {"accountIdList": ME})
    assert listed == shown
    assert core.ok("/accounts/clubTags/", {"accountIdList[]": [ME, core.player(3)]}) == listed


def _show_a_tag(core: Core) -> list[dict[str, Any]]:
    """The service account made to show a club's tag (with the Live API)."""
    from nadeo_api import auth
    from nadeo_api.emulator import SERVICE_ACCOUNT

    from ..conftest import AGENT

    if not core.ok("/accounts/clubTags/", {"accountIdList": ME}):
        club = next(c for c in core.emu.world.clubs if c.accounts_are_members)
        live = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=core.client
        )
        core.client.call(_live_clubs.DECLARATIONS["use_club_tag"], live, club.club_id)
    shown: list[dict[str, Any]] = core.ok("/accounts/clubTags/", {"accountIdList": ME})
    assert [t["accountId"] for t in shown] == [ME]
    return shown


@remark("core/accounts/club-tags.md", 4)
def test_club_tags_gives_each_player_exactly_one_tag(core: Core) -> None:
    _show_a_tag(core)
    tags = core.ok("/accounts/clubTags/", {"accountIdList": f"{ME},{ME},{core.player(3)}"})
    accounts = [t["accountId"] for t in tags]
    assert accounts.count(ME) == 1 and len(accounts) == len(set(accounts))


@remark("core/accounts/club-tags.md", 5)
def test_club_tags_gives_the_tag_string_only(core: Core) -> None:
    (tag,) = _show_a_tag(core)
    assert set(tag) == {"accountId", "clubTag", "timestamp"}  # no club ID
    assert isinstance(tag["clubTag"], str)


def _created(core: Core, account_id: str) -> str:
    """An account's creation date, as its web identities show it."""
    identities = core.ok("/webidentities/by-account/", {"accountIdList": account_id})
    created: str = identities[0]["timestamp"]
    return created


@remark("core/accounts/webidentities-account.md", 1)
def test_webidentities_account_timestamp_is_the_account_creation(core: Core) -> None:
    for account in (ME, core.player(3), core.player(11)):
        created = _created(core, account)
        (zone,) = core.ok("/accounts/zones/", {"accountIdList": account})
        history = core.ok(f"/accounts/{account}/trophies", {"count": 100})["data"]
        # Nothing an account did comes before it existed.
        assert created <= zone["timestamp"]
        assert all(created <= gain["timestamp"] for gain in history)
    assert _created(core, ME) != _created(core, core.player(3))


@remark("core/accounts/webidentities-account.md", 2)
def test_webidentities_account_gives_two_alike_identities_per_account(core: Core) -> None:
    accounts = [ME, core.player(3)]
    identities = core.ok("/webidentities/by-account/", {"accountIdList": ",".join(accounts)})
    for account in accounts:
        mine = [i for i in identities if i["accountId"] == account]
        assert sorted(i["provider"] for i in mine) == ["ubiServices", "uplay"]
        assert len({(i["uid"], i["timestamp"]) for i in mine}) == 1


@remark("core/accounts/webidentities-account.md", 3)
def test_webidentities_account_answers_as_the_deprecated_endpoint(core: Core) -> None:
    query = {"accountIdList": f"{ME},{core.player(3)},{NOBODY}"}
    assert core.ok("/webidentities/by-account/", query) == core.ok("/webidentities/", query)
    bad = {"accountIdList": "x"}
    old, new = core.get("/webidentities/", bad).json(), core.get("/webidentities/by-account/",
                                                                  bad).json()
    assert (old["code"], old["info"]) == (new["code"], new["info"])


@remark("core/deprecated/webidentities.md", 1)
def test_webidentities_timestamp_is_the_account_creation(core: Core) -> None:
    for account in (ME, core.player(3)):
        old = core.ok("/webidentities/", {"accountIdList": account})
        assert {i["timestamp"] for i in old} == {_created(core, account)}
        (zone,) = core.ok("/accounts/zones/", {"accountIdList": account})
        assert old[0]["timestamp"] <= zone["timestamp"]


@remark("core/deprecated/webidentities.md", 2)
def test_webidentities_gives_two_alike_identities_per_account(core: Core) -> None:
    identities = core.ok("/webidentities/", {"accountIdList": f"{ME},{core.player(3)}"})
    assert len(identities) == 4
    for account in (ME, core.player(3)):
        mine = [i for i in identities if i["accountId"] == account]
        assert sorted(i["provider"] for i in mine) == ["ubiServices", "uplay"]
        assert mine[0] | {"provider": None} == mine[1] | {"provider": None}


@remark("core/accounts/zones.md", 3)
def test_zones_zone_ids_are_those_of_the_zones_list(core: Core) -> None:
    zones = {z["zoneId"]: z for z in core.ok("/zones/")}
    answer = core.ok("/accounts/zones/", {"accountIdList": f"{ME},{core.player(3)}"})
    assert answer and all(a["zoneId"] in zones for a in answer)


not_behaviour(
    "core/accounts/zones.md", 4,
    why="points to another endpoint (Live's player trophies) for zone names",
)


# Meta


@remark("core/meta/routes.md", 1)
def test_routes_accepts_client_and_server_usage_only(core: Core) -> None:
    client, server = (core.ok("/api/routes", {"usage": u}) for u in ("Client", "Server"))
    assert set(server) < set(client)
    for wrong in ("client", "Dedicated", ""):
        refused = core.get("/api/routes", {"usage": wrong})
        assert is_core_error(refused, 400), wrong
        assert "usage" in refused.json()["info"]


# Skins


@remark("core/skins/equipped.md", 2)
def test_equipped_gives_the_skin_identifier_only(core: Core) -> None:
    (equipped,) = core.ok("/accounts/skins", {"accountIdList": ME})
    assert set(equipped) == {"accountId", "skinId", "skinType", "timestamp"}
    info = core.ok(f"/skins/{equipped['skinId']}")
    assert info["skinId"] == equipped["skinId"] and "skinDisplayName" in info


@remark("core/skins/favorites.md", 2)
def test_favorites_skin_timestamps_fall_in_the_account_life(core: Core) -> None:
    favorites = core.ok(f"/accounts/{ME}/skins/favorites")
    created = _created(core, ME)
    now = core.ok(f"/accounts/{ME}/trophies/lastYearSummary")["timestamp"]
    assert favorites and all(created <= f["timestamp"] <= now for f in favorites)


@remark("core/skins/favorites.md", 3)
def test_favorites_skins_give_the_identifier_only(core: Core) -> None:
    favorites = core.ok(f"/accounts/{ME}/skins/favorites")
    assert favorites and all(set(f) == {"accountId", "skinId", "timestamp"} for f in favorites)
    assert core.ok(f"/skins/{favorites[0]['skinId']}")["skinId"] == favorites[0]["skinId"]
