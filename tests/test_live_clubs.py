"""Clubs and their members: the emulator's club state (creations, edits, memberships,
permissions and documented quirks), and the argument checks that are more than a contract (the
contracts with the documentation are in test_contracts.py)."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote

import httpx
import msgspec
import pytest

from nadeo_api import (
    ArgumentError,
    Client,
    ForbiddenError,
    HTTPStatusError,
    NotFoundError,
    auth,
)
from nadeo_api._declared import DECLARATIONS
from nadeo_api.emulator import SERVICE_ACCOUNT, Account, Emulator
from nadeo_api.emulator.world.clubs import ClubRecord, ClubState, club_state
from nadeo_api.models import club_members as models
from nadeo_api.testing import emulator_settings
from nadeo_api.text import visible_length

from . import raw
from .clock import TODAY
from .conftest import AGENT, FAST, service_token

ME = SERVICE_ACCOUNT.account_id
D = DECLARATIONS["live"]


def clubs_of(emu: Emulator) -> ClubState:
    return club_state(emu.app.state)


def admin_club(emu: Emulator, state: str | None = None) -> ClubRecord:
    """A seeded club where the service account is an admin (optionally in a given state)."""
    clubs = clubs_of(emu)
    return next(
        c for c in clubs.clubs()
        if clubs.role(c.id, ME) == "Admin" and (state is None or c.state == state)
    )


def other_club(emu: Emulator, state: str) -> ClubRecord:
    """A seeded club in `state` where the service account is not a member."""
    clubs = clubs_of(emu)
    return next(c for c in clubs.clubs() if c.state == state and clubs.role(c.id, ME) is None)


def plain_member(club: ClubRecord) -> str:
    return next(m.account_id for m in club.members.values() if m.role == "Member")


@pytest.fixture
def own() -> Iterator[tuple[Emulator, Client, auth.ServiceToken]]:
    """A fresh emulator of one's own (for tests that change clubs), a client and a token."""
    with Emulator(today=TODAY) as emu, Client(emulator_settings(emu, **FAST)) as client:
        yield emu, client, service_token(client)


def test_tag_styling_does_not_count_towards_its_length(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    assert visible_length("$s$f39DO$$CS$z") == len("DO$CS")
    assert visible_length("$l[https://x.y]AB$l") == len("AB")
    D["create_club"].prepare(user, "Club", "public", "$x$f00DOCS!")  # `$x` is hidden
    emu.log.clear()
    with pytest.raises(ArgumentError, match="tag"):
        client.call(D["create_club"], user, "Club", "public", "$f00DOCS!!")
    assert len(emu.log) == 0


def test_dedicated_servers_may_read_clubs(
    emu: Emulator, client: Client, server: auth.DedicatedServerToken
) -> None:
    club = admin_club(emu)
    assert client.call_typed(D["get_club"], server, club.id).name == club.name
    members = client.call_typed(D["get_club_members"], server, club.id, 250, 0)
    assert members.item_count == len(club.members)


def test_unknown_club_is_documented_404(client: Client, user: auth.ServiceToken) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.call(D["get_club"], user, 999_999)
    assert caught.value.errors == ["club:error-notFound"]


def test_custom_media_link_dds_with_scaled_versions(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    verified = next(c for c in clubs_of(emu).clubs() if c.verified)
    club = client.call_typed(D["get_club"], user, verified.id)
    assert club.icon_url == club.icon_url_dds and club.icon_url.endswith(".dds")
    assert club.icon_url_png_large.endswith(".png")
    assert club.background_url_jpg_small.endswith(".jpg")
    assert club.screen64x41_url == club.screen16x9_url
    assert club.icon_theme == "" and club.logo_url == ""


def test_clubs_without_name_are_the_verified_ones(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    page = client.call_typed(D["get_clubs"], user, 1, 0)
    verified = [c.id for c in clubs_of(emu).clubs() if c.verified]
    assert page.club_count == len(verified) and page.max_page == len(verified)
    assert [c.id for c in page.club_list] == verified[:1]
    unverified = next(c for c in clubs_of(emu).clubs() if not c.verified)
    found = client.call_typed(D["get_clubs"], user, 250, 0, unverified.name.upper())
    assert [c.id for c in found.club_list] == [unverified.id]
    assert emu.log.entries[-1].params["name"] == [unverified.name.upper()]


def test_my_clubs_hold_the_accounts_roles(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    mine = client.call_typed(D["get_my_clubs"], user, 250, 0)
    expected = [c.club_id for c in emu.world.clubs if c.accounts_are_members]
    assert sorted(c.id for c in mine.club_list) == sorted(expected)
    assert {c.role for c in mine.club_list} == {"Admin"}


def test_competitions_most_popular_first_and_searchable(
    client: Client, user: auth.ServiceToken
) -> None:
    every = client.call_typed(D["get_club_competitions"], user, 250, 0)
    values = [c.popularity_value for c in every.club_competition_list]
    assert values == sorted(values, reverse=True) and every.item_count == len(values)
    named = client.call_typed(D["get_club_competitions"], user, 250, 0, "cup")
    assert all("cup" in c.name.lower() for c in named.club_competition_list)


def test_members_list_starts_with_the_creator_and_pages(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    club = admin_club(emu)
    page = client.call_typed(D["get_club_members"], user, club.id, 3, 0)
    assert page.club_member_list[0].role == "Creator"
    assert page.club_member_list[0].account_id == club.author_account_id
    assert page.item_count == len(club.members)
    assert page.max_page == -(-len(club.members) // 3)
    second = client.call_typed(D["get_club_members"], user, club.id, 3, 3)
    assert second.club_member_list[0].account_id == list(club.members)[3]


def test_unknown_club_has_no_members_and_no_requests(
    client: Client, user: auth.ServiceToken
) -> None:
    for name in ("get_club_members", "get_club_member_requests"):
        page = client.call_typed(D[name], user, 999_999, 10, 0)
        assert page.club_member_list == [] and page.item_count == 0


def test_requests_only_in_private_open_clubs(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    open_club = admin_club(emu, "private-open")
    requests = client.call_typed(D["get_club_member_requests"], user, open_club.id, 250, 0)
    assert requests.item_count == len(open_club.requests) > 0
    assert {m.role for m in requests.club_member_list} == {"Apply"}
    public = admin_club(emu, "public")
    assert client.call_typed(D["get_club_member_requests"], user, public.id, 10, 0).item_count == 0


def test_non_member_has_empty_role_and_current_time(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    club = other_club(emu, "private-closed")
    for club_id in (club.id, 999_999):
        member = client.call_typed(D["get_club_member"], user, club_id, ME)
        assert (member.role, member.club_id) == ("", club_id)
        assert member.creation_timestamp == int(emu.world.now)


def test_member_by_name(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    club = admin_club(emu)
    creator = emu.world.display_name(club.author_account_id)
    assert creator is not None
    member = client.call_typed(D["get_club_member_by_name"], user, club.id, creator)
    assert (member.account_id, member.role, member.vip) == (club.author_account_id, "Creator", True)
    assert emu.log.entries[-1].path.endswith(f"/member/{quote(creator, safe='')}/from-login")
    with pytest.raises(NotFoundError) as caught:
        client.call(D["get_club_member_by_name"], user, club.id, "Nobody At All")
    assert caught.value.errors == ["player:error-notFound"]


def test_created_club_shows_everywhere_and_edits_show(own: Any) -> None:
    emu, client, user = own
    made = client.call_typed(
        D["create_club"], user, "Testing club", "private-closed", "DOCS", "A test",
        icon_theme="racing", screen16x9_theme="mirage",
    )
    assert emu.log.entries[-1].body and b'"iconTheme":"racing"' in emu.log.entries[-1].body
    assert (made.author_account_id, made.state, made.verified) == (ME, "private-closed", False)
    assert (made.icon_theme, made.screen64x41_theme, made.icon_url) == ("racing", "mirage", "")
    assert client.call_typed(D["get_club"], user, made.id).name == "Testing club"
    mine = client.call_typed(D["get_my_clubs"], user, 250, 0).club_list
    assert ("Creator", "Testing club") in [(c.role, c.name) for c in mine]
    found = client.call_typed(D["get_clubs"], user, 10, 0, "testing")
    assert [c.id for c in found.club_list] == [made.id]
    assert made.id not in [c.id for c in client.call_typed(D["get_clubs"], user, 250, 0).club_list]
    me = client.call_typed(D["get_club_member"], user, made.id, ME)
    assert me.role == "Creator"

    edited = client.call_typed(
        D["edit_club"], user, made.id, name="Edited club", tag="TEST", decal_theme="hungry"
    )
    assert emu.log.entries[-1].body is not None
    assert msgspec.json.decode(emu.log.entries[-1].body) == {
        "name": "Edited club", "tag": "TEST", "decalTheme": "hungry"
    }
    assert (edited.name, edited.tag, edited.description, edited.decal_theme) == (
        "Edited club", "TEST", "A test", "hungry"
    )
    assert edited.edition_timestamp >= made.edition_timestamp
    assert client.call_typed(D["get_club"], user, made.id).name == "Edited club"


def test_only_admins_edit_clubs(own: Any) -> None:
    emu, client, user = own
    creator_only = other_club(emu, "private-closed")
    with pytest.raises(ForbiddenError) as caught:
        client.call(D["edit_club"], user, creator_only.id, name="Hacked")
    assert caught.value.errors == ["clubMemberRole:error-notMember"]
    club = admin_club(emu)
    club.members[ME].role = "Content Creator"
    with pytest.raises(ForbiddenError) as caught:
        client.call(D["edit_club"], user, club.id, name="Hacked")
    assert caught.value.errors == ["clubMemberRole:error-notAdmin"]
    assert client.call_typed(D["get_club"], user, club.id).name == club.name


def test_emulator_refuses_unknown_states_and_long_fields(own: Any) -> None:
    emu, client, user = own
    club = admin_club(emu)
    post = raw_post(emu, user)
    answer = post(f"/api/token/club/{club.id}/edit", {"state": "closed"})
    assert (answer.status_code, answer.json()) == (400, ["state:error-inArray"])
    answer = post("/api/token/club/create", {"name": "Club", "state": "nope"})
    assert answer.json() == ["state:error-inArray"]
    assert post("/api/token/club/create", {"name": "ab", "state": "public"}).status_code == 400
    assert post(
        "/api/token/club/create", {"name": "Club", "state": "public", "tag": "$f00ABCDE"}
    ).status_code == 200


def test_making_a_club_public_lets_requests_in(own: Any) -> None:
    emu, client, user = own
    club = admin_club(emu, "private-open")
    waiting = list(club.requests)
    assert waiting
    client.call(D["edit_club"], user, club.id, state="public")
    assert client.call_typed(D["get_club_member_requests"], user, club.id, 10, 0).item_count == 0
    joined = client.call_typed(D["get_club_member"], user, club.id, waiting[0])
    assert joined.role == "Member"


def test_joining_follows_the_club_state(own: Any) -> None:
    emu, client, user = own
    asking = other_club(emu, "private-open")
    applied = client.call_typed(D["join_club"], user, asking.id)
    assert applied.role == "Apply"
    assert client.call_typed(D["join_club"], user, asking.id).role == "Apply"
    assert ME in asking.requests and clubs_of(emu).role(asking.id, ME) is None
    closed = other_club(emu, "private-closed")
    with pytest.raises(HTTPStatusError) as caught:
        client.call(D["join_club"], user, closed.id)
    assert (caught.value.status, caught.value.errors) == (500, ["clubState:error-wrongState"])
    with pytest.raises(NotFoundError) as missing:
        client.call(D["join_club"], user, 999_999)
    assert missing.value.errors == ["club:error-notFound"]
    member = admin_club(emu)
    assert client.call_typed(D["join_club"], user, member.id).role == "Admin"


SECOND = Account(
    "second-service", "second-password", "service", "0b6f3c52-8d7e-4c1a-9f3e-2a1d5c7e9b10",
    "SecondPlayer",
)


@pytest.fixture
def two() -> Iterator[tuple[Emulator, Client, auth.ServiceToken, auth.ServiceToken]]:
    """A fresh emulator with two service accounts, a client and a token for each."""
    with Emulator(today=TODAY, accounts=(SERVICE_ACCOUNT, SECOND)) as emu, Client(
        emulator_settings(emu, **FAST)
    ) as client:
        second = auth.ServiceToken.get(
            "live", SECOND.login, SECOND.password, AGENT, client=client
        )
        yield emu, client, service_token(client), second


def test_another_account_joins_asks_and_cannot_manage(two: Any) -> None:
    emu, client, user, second = two
    public = client.call_typed(D["create_club"], user, "Open club", "public")
    joined = client.call_typed(D["join_club"], second, public.id)
    assert (joined.role, joined.account_id) == ("Member", SECOND.account_id)
    members = client.call_typed(D["get_club_members"], user, public.id, 10, 0).club_member_list
    assert [(m.account_id, m.role) for m in members] == [
        (ME, "Creator"), (SECOND.account_id, "Member")
    ]
    with pytest.raises(ForbiddenError) as caught:
        client.call(D["edit_club"], second, public.id, name="Hacked")
    assert caught.value.errors == ["clubMemberRole:error-notAdmin"]
    with pytest.raises(ForbiddenError) as vip:
        client.call(D["set_club_vip"], second, public.id, ME)
    assert vip.value.errors == ["clubMemberRole:error-notAdmin"]
    assert client.call_typed(D["get_club"], user, public.id).name == "Open club"

    asking = client.call_typed(D["create_club"], user, "Asking club", "private-open")
    assert client.call_typed(D["join_club"], second, asking.id).role == "Apply"
    requests = client.call_typed(D["get_club_member_requests"], user, asking.id, 10, 0)
    assert [m.account_id for m in requests.club_member_list] == [SECOND.account_id]
    hidden = client.call_typed(D["get_club_member_requests"], second, asking.id, 10, 0)
    assert hidden.item_count == 0  # not an admin of that club
    client.call(D["edit_club"], user, asking.id, state="public")
    assert client.call_typed(D["get_club_member"], user, asking.id, SECOND.account_id).role == (
        "Member"
    )
    closed = client.call_typed(D["create_club"], user, "Closed club", "private-closed")
    with pytest.raises(HTTPStatusError) as wrong:
        client.call(D["join_club"], second, closed.id)
    assert wrong.value.errors == ["clubState:error-wrongState"]


def test_pin_and_tag_toggle_and_show_in_player_info(own: Any) -> None:
    emu, client, user = own
    club = admin_club(emu)
    pinned = client.call_typed(D["pin_club"], user, club.id)
    assert (pinned.pinned_club, pinned.tag_club_id) == (club.id, 0)
    tagged = client.call_typed(D["use_club_tag"], user, club.id)
    assert (tagged.tag, tagged.tag_club_id, tagged.pinned_club) == (club.tag, club.id, club.id)
    info = client.call_typed(D["get_club_player_info"], user)
    assert (info.pinned_club, info.pinned_club_name, info.tag) == (club.id, club.name, club.tag)
    assert info.has_club_vip == bool(club.vips)
    me = client.call_typed(D["get_club_member"], user, club.id, ME)
    assert me.pin and me.use_tag
    assert client.call_typed(D["pin_club"], user, club.id).pinned_club == 0
    assert client.call_typed(D["use_club_tag"], user, club.id).tag == ""
    outside = other_club(emu, "private-closed")
    for name in ("pin_club", "use_club_tag"):
        with pytest.raises(ForbiddenError) as caught:
            client.call(D[name], user, outside.id)
        assert caught.value.errors == ["clubMemberRole:error-notMember"]


def test_roles_and_vips_are_managed_by_admins(own: Any) -> None:
    emu, client, user = own
    club = admin_club(emu)
    target = plain_member(club)
    promoted = client.call_typed(D["edit_club_member"], user, club.id, target, "Admin")
    assert promoted.role == "Admin"
    assert msgspec.json.decode(emu.log.entries[-1].body or b"{}") == {"role": "Admin"}
    assert clubs_of(emu).is_admin(club.id, target)
    vip = client.call_typed(D["set_club_vip"], user, club.id, target)
    assert vip.vip and target in club.vips
    assert client.call_typed(D["get_club_member"], user, club.id, target).vip
    assert not client.call_typed(D["unset_club_vip"], user, club.id, target).vip
    stranger = emu.world.player_account_id(3)
    assert stranger not in club.members
    for name, args in (
        ("edit_club_member", (club.id, stranger, "Admin")),
        ("set_club_vip", (club.id, stranger)),
        ("unset_club_vip", (club.id, stranger)),
    ):
        with pytest.raises(NotFoundError) as caught:
            client.call(D[name], user, *args)
        assert caught.value.errors == ["clubMember:error-notFound"]
    outside = other_club(emu, "private-closed")
    for name in ("edit_club_member", "set_club_vip"):
        extra = ("Admin",) if name == "edit_club_member" else ()
        with pytest.raises(ForbiddenError) as refused:
            client.call(D[name], user, outside.id, plain_member(outside), *extra)
        assert refused.value.errors == ["clubMemberRole:error-notMember"]
    club.members[ME].role = "Member"
    with pytest.raises(ForbiddenError) as demoted:
        client.call(D["set_club_vip"], user, club.id, target)
    assert demoted.value.errors == ["clubMemberRole:error-notAdmin"]


def test_emulator_refuses_creator_and_unknown_roles(own: Any) -> None:
    emu, _, user = own
    club = admin_club(emu)
    post = raw_post(emu, user)
    route = f"/api/token/club/{club.id}/member/{plain_member(club)}/edit"
    assert post(route, {"role": "Creator"}).json() == ["role:error-creatorForbidden"]
    assert post(route, {"role": "Boss"}).json() == ["role:error-inArray"]


def raw_post(emu: Emulator, token: auth.ServiceToken) -> Callable[[str, Any], httpx.Response]:
    """POST straight to the emulator: the client cannot decode the plain-text answers."""

    def post(path: str, body: Any = None) -> httpx.Response:
        headers = {"Authorization": token.authorization()}
        return raw.post(emu.live_url + path, json=body, headers=headers)

    return post


def test_deleted_club_is_gone(own: Any) -> None:
    emu, client, user = own
    made = client.call_typed(D["create_club"], user, "Doomed club", "public")
    client.call(D["pin_club"], user, made.id)
    seeded = admin_club(emu)
    client.call(D["use_club_tag"], user, seeded.id)
    post = raw_post(emu, user)
    refused = post(f"/api/token/club/{seeded.id}/delete")
    assert (refused.status_code, refused.json()) == (403, ["clubMemberRole:error-notCreator"])
    done = post(f"/api/token/club/{made.id}/delete")
    assert (done.status_code, done.text) == (200, "Club deleted.")
    with pytest.raises(NotFoundError):
        client.call(D["get_club"], user, made.id)
    assert made.id not in [c.id for c in client.call_typed(D["get_my_clubs"], user).club_list]
    info = client.call_typed(D["get_club_player_info"], user)
    assert (info.pinned_club, info.tag_club_id) == (0, 0)  # every setting resets
    again = post(f"/api/token/club/{made.id}/delete")
    assert (again.status_code, again.json()) == (403, ["clubMemberRole:error-notMember"])


def test_members_leave_and_are_removed(own: Any) -> None:
    emu, client, user = own
    club = admin_club(emu)
    post = raw_post(emu, user)
    target = plain_member(club)
    removed = post(f"/api/token/club/{club.id}/member/{target}/delete")
    assert (removed.status_code, removed.text) == (200, "Club member deleted")
    assert client.call_typed(D["get_club_member"], user, club.id, target).role == ""
    again = post(f"/api/token/club/{club.id}/member/{target}/delete")
    assert (again.status_code, again.json()) == (404, ["clubMember:error-notFound"])
    creator = post(f"/api/token/club/{club.id}/member/{club.author_account_id}/delete")
    assert creator.json() == ["clubMemberRole:error-notAdmin"]
    assert post(f"/api/token/club/999999/member/{target}/delete").status_code == 403
    leave = post(f"/api/token/club/{club.id}/member/{ME}/delete")
    assert leave.status_code == 200
    assert club.id not in [c.id for c in client.call_typed(D["get_my_clubs"], user).club_list]


def test_a_creator_leaving_stays(own: Any) -> None:
    emu, client, user = own
    made = client.call_typed(D["create_club"], user, "Sticky club", "public")
    answer = raw_post(emu, user)(f"/api/token/club/{made.id}/member/{ME}/delete")
    assert (answer.status_code, answer.text) == (200, "Club member deleted")
    assert client.call_typed(D["get_club_member"], user, made.id, ME).role == "Creator"


def test_club_state_interface_for_activities(emu: Emulator) -> None:
    clubs = clubs_of(emu)
    assert clubs is clubs_of(emu)
    club = admin_club(emu)
    assert clubs.role(club.id, ME) == "Admin" and clubs.can_edit(club.id, ME)
    assert clubs.role(club.id, club.author_account_id) == "Creator"
    assert clubs.club(999_999) is None and clubs.role(999_999, ME) is None
    assert not clubs.can_edit(other_club(emu, "private-closed").id, ME)
    world_activities = [c.activity_id for w in emu.world.clubs for c in w.campaigns]
    first = clubs.next_activity_id()
    assert first > max(world_activities) and clubs.next_activity_id() == first + 1


def test_club_state_is_deterministic() -> None:
    from nadeo_api.emulator.world import World

    def summary(state: ClubState) -> list[Any]:
        return [
            (c.id, c.tag, c.state, list(c.members), list(c.requests), c.competitions)
            for c in state.clubs()
        ]

    day = datetime.date(2025, 9, 17)
    assert summary(ClubState(World(3, day))) == summary(ClubState(World(3, day)))
    assert summary(ClubState(World(3))) == summary(ClubState(World(3)))
    assert summary(ClubState(World(3, day))) != summary(ClubState(World(4, day)))


def test_models_are_exported() -> None:
    assert set(models.__all__) >= {"Club", "ClubMember", "ClubList", "ClubTagPin"}
