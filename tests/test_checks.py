"""Bad input fails before any request with an error naming the argument and what is allowed."""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest

from nadeo_api import (
    ArgumentError,
    AudienceError,
    Client,
    ServiceAccountRequiredError,
    aio,
    auth,
    live,
)
from nadeo_api._checks import MAP_UID_LENGTH, is_map_uid
from nadeo_api._declared import DECLARATIONS, declarations_of
from nadeo_api.emulator import OAUTH_CLIENT, Emulator

from . import raw
from .conftest import AGENT, oauth_token, service_token

MAP = "ZJw6_4CItmVlRMPgELl4Q37Utw2"

# name, args, kwargs, words the message must hold
BAD: list[tuple[str, tuple[Any, ...], dict[str, Any], tuple[str, ...]]] = [
    ("get_map_leaderboard", (MAP,), {"length": 0}, ("length", "from 1 to 100", "0")),
    ("get_map_leaderboard", (MAP,), {"length": 101}, ("length", "from 1 to 100", "101")),
    ("get_map_leaderboard", (MAP,), {"offset": -1}, ("offset", "from 0 to 9999", "-1")),
    ("get_map_leaderboard", (MAP,), {"length": 100, "offset": 9901},
     ("length + offset", "10000", "10001")),
    ("get_map_leaderboard", (MAP,), {"length": "5"}, ("length", "int")),
    ("get_map_leaderboard", (MAP,), {"length": True}, ("length", "int")),
    ("get_map_leaderboard", ("",), {}, ("map_uid", "letters, digits")),
    ("get_map_leaderboard", ("abc/../def",), {}, ("map_uid", "letters, digits")),
    ("get_map_leaderboard", ("a b",), {}, ("map_uid",)),
    ("get_map_leaderboard", (None,), {}, ("map_uid",)),
    ("get_map_leaderboard", (MAP, ""), {}, ("group_uid",)),
    ("get_map_leaderboard", (MAP, "Personal Best"), {}, ("group_uid",)),
    ("get_map_leaderboard", (MAP,), {"only_world": "yes"}, ("only_world", "True or False")),
    ("get_maps_totd", (-1,), {}, ("length", ">= 0", "-1")),
    ("get_maps_totd", (1, -3), {}, ("offset", ">= 0", "-3")),
    ("get_maps_royal", (1.5,), {}, ("length", "int")),
    ("get_maps_seasonal", (), {"offset": -1}, ("offset",)),
    ("get_maps_weekly_short", (-2,), {}, ("length",)),
    ("get_maps_weekly_grand", (), {"offset": None}, ("offset",)),
    ("get_map_review_submitted", ("totd",), {"length": -1}, ("length",)),
    ("get_map_review_submitted", ("totd",), {"offset": -1}, ("offset",)),
    ("get_map_review_submitted", ("",), {}, ("review_type",)),
    ("get_map_review_connect", ("to td",), {}, ("review_type",)),
    ("get_map_review_waiting_time", ("totd?x=1",), {}, ("review_type",)),
    ("get_club_campaign", (0, 1), {}, ("club_id", ">= 1")),
    ("get_club_campaign", (1, -5), {}, ("campaign_id", ">= 1")),
    ("get_club_campaign", ("1", 1), {}, ("club_id", "int")),
    ("get_player_club_record", (MAP, 0), {}, ("club_id",)),
    ("get_player_club_record", ("", 1), {}, ("map_uid",)),
    ("get_player_club_record", (MAP, 1, "x/y"), {}, ("group_uid",)),
    ("get", ("",), {}, ("endpoint", "non-empty")),
    ("get", ("api/x",), {"params": [("a", 1)]}, ("params", "dict")),
    ("post", ("api/x",), {"body": "text"}, ("body", "dict or a list")),
    ("get", ("https://example.com/api/x",), {}, ("endpoint", "not on the live API")),
]


@pytest.mark.parametrize(("name", "args", "kwargs", "words"), BAD)
def test_bad_argument_is_refused_before_sending(
    emu: Emulator, client: Client, user: auth.ServiceToken, name: str, args: tuple[Any, ...],
    kwargs: dict[str, Any], words: tuple[str, ...],
) -> None:
    emu.log.clear()
    with pytest.raises(ArgumentError) as raised:
        getattr(client.live, name)(user, *args, **kwargs)
    for word in words:
        assert word in str(raised.value)
    assert isinstance(raised.value, ValueError)
    assert len(emu.log) == 0


@pytest.mark.parametrize(("name", "args", "kwargs", "words"), BAD[:6])
def test_async_twin_checks_the_same(
    emu: Emulator, user: auth.ServiceToken, name: str, args: tuple[Any, ...],
    kwargs: dict[str, Any], words: tuple[str, ...],
) -> None:
    emu.log.clear()
    with pytest.raises(ArgumentError):
        asyncio.run(getattr(aio.live, name)(user, *args, **kwargs))
    assert len(emu.log) == 0


USER_ONLY = [
    ("get_map_review_connect", ("totd",)),
    ("get_map_review_submitted", ("totd",)),
    ("get_player_club_record", (MAP, 1)),
    ("get_server_accounts", ()),
]


@pytest.mark.parametrize(("name", "args"), USER_ONLY)
def test_dedicated_server_token_refused_where_a_user_is_needed(
    emu: Emulator, client: Client, server: auth.DedicatedServerToken, name: str,
    args: tuple[Any, ...],
) -> None:
    emu.log.clear()
    with pytest.raises(ServiceAccountRequiredError, match="service account"):
        getattr(client.live, name)(server, *args)
    assert len(emu.log) == 0


def test_only_world_false_needs_a_service_account(
    emu: Emulator, client: Client, server: auth.DedicatedServerToken
) -> None:
    emu.log.clear()
    with pytest.raises(ServiceAccountRequiredError, match="only_world=False"):
        client.live.get_map_leaderboard(server, MAP, only_world=False)
    assert len(emu.log) == 0
    # With only_world=True the dedicated server may read the leaderboard.
    assert "tops" in client.live.get_map_leaderboard(server, MAP)


def test_only_world_false_ignores_length_and_offset(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    emu.log.clear()
    client.live.get_map_leaderboard(user, MAP, only_world=False, length=500, offset=-1)
    assert emu.log.entries[-1].params == {"onlyWorld": ["false"]}


def test_core_token_refused_on_live(emu: Emulator, client: Client) -> None:
    core = service_token(client, "core")
    emu.log.clear()
    with pytest.raises(AudienceError, match="NadeoLiveServices"):
        client.live.get_maps_totd(core)
    assert len(emu.log) == 0


def test_not_a_token(emu: Emulator, client: Client) -> None:
    emu.log.clear()
    with pytest.raises(ArgumentError, match="token must be a token"):
        client.live.get_maps_totd("a-raw-access-token")
    assert len(emu.log) == 0


def test_oauth_token_refused_on_live(emu: Emulator, client: Client) -> None:
    from .conftest import oauth_token

    token = oauth_token(client)
    emu.log.clear()
    with pytest.raises(AudienceError):
        client.live.get_maps_totd(token)
    assert len(emu.log) == 0


def test_module_function_checks_too(defaults: Emulator, user: auth.ServiceToken) -> None:
    defaults.log.clear()
    with pytest.raises(ArgumentError, match="length"):
        live.get_map_leaderboard(user, MAP, length=1000)
    assert len(defaults.log) == 0


def map_uid_declarations() -> list[tuple[str, str, str]]:
    """(api, function, argument) for each declaration taking a map UID or a list of them."""
    found = []
    for api in ("core", "live", "meet", "oauth"):
        for declared in declarations_of(api):
            for name in ("map_uid", "map_uids"):
                if name in declared.signature.parameters:
                    found.append((api, declared.name, name))
    return found


FILLERS: dict[str, Any] = {"club_id": 1, "campaign_id": 1, "challenge_id": 1, "vote": 1,
                           "name": "Campaign"}
"""Valid values for the other arguments the map UID declarations need."""


@pytest.mark.filterwarnings("ignore:get_maps_info:DeprecationWarning")
@pytest.mark.parametrize(("api", "name", "argument"), map_uid_declarations())
def test_one_map_uid_rule_everywhere(
    emu: Emulator, client: Client, api: str, name: str, argument: str
) -> None:
    """Core's documented refusal ("It should have 27 characters or less") is the rule of every
    declaration that takes a map UID, checked before anything is sent."""
    declared = DECLARATIONS[api][name]
    token: Any = service_token(client, "core" if api == "core" else "live")
    if api == "oauth":
        token = auth.OAuthToken.from_code(
            OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret, emu.authorize(),
            OAUTH_CLIENT.redirect_uris[0], AGENT, client=client,
        ) if declared.user_only else oauth_token(client)
    required = [p for p in declared.signature.parameters.values()
                if p.default is inspect.Parameter.empty and p.name not in ("token", argument)]
    kwargs = {p.name: FILLERS[p.name] for p in required}
    too_long = "A" * (MAP_UID_LENGTH + 1)
    kwargs[argument] = [too_long] if argument == "map_uids" else too_long
    emu.log.clear()
    with pytest.raises(ArgumentError, match=rf"{argument}.*1 to {MAP_UID_LENGTH}"):
        client.call(declared, token, **kwargs)
    assert len(emu.log) == 0
    assert is_map_uid("A" * MAP_UID_LENGTH) and not is_map_uid(too_long)


def test_the_emulator_refuses_what_the_client_refuses(emu: Emulator, client: Client) -> None:
    """The emulator's Core answers its documented 400 to a map UID the rule refuses, and
    accepts the longest one it allows."""
    token = service_token(client, "core")
    longest, too_long = "A" * MAP_UID_LENGTH, "A" * (MAP_UID_LENGTH + 1)
    headers = {"Authorization": token.authorization()}
    answer = raw.get(f"{emu.core_url}/maps/{too_long}/votes", headers=headers)
    assert answer.status_code == 400
    assert f"{MAP_UID_LENGTH} characters or less" in answer.text
    assert raw.get(f"{emu.core_url}/maps/{longest}/votes", headers=headers).status_code != 400
