"""The generic verbs: endpoint forms, query merging, bodies, HEAD and OPTIONS."""

from __future__ import annotations

import json

import pytest

from nadeo_api import Client, auth, live
from nadeo_api.emulator import Emulator

from .conftest import last

FORMS = [
    "api/token/campaign/month?length=2&offset=1",
    "/api/token/campaign/month?length=2&offset=1",
    "{live}/api/token/campaign/month?length=2&offset=1",
    "https://live-services.trackmania.nadeo.live/api/token/campaign/month?length=2&offset=1",
]


@pytest.mark.parametrize("form", FORMS)
def test_endpoint_forms(emu: Emulator, client: Client, user: auth.ServiceToken, form: str) -> None:
    answer = client.live.get(user, form.format(live=emu.live_url))
    assert len(answer["monthList"]) == 2
    entry = last(emu)
    assert entry.path == "/api/token/campaign/month"
    assert entry.params == {"length": ["2"], "offset": ["1"]}


def test_params_merge_with_trailing_query_without_duplicates(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    client.live.get(
        user, "api/token/campaign/month?length=2&offset=1", {"offset": 3, "royal": True}
    )
    assert last(emu).params == {"length": ["2"], "offset": ["3"], "royal": ["true"]}


def test_module_function_uses_the_default_client(
    defaults: Emulator, user: auth.ServiceToken
) -> None:
    assert live.get(user, "api/campaign/weekly-shorts", {"length": 1})["campaignList"]
    assert last(defaults).path == "/api/campaign/weekly-shorts"


def test_head_returns_an_empty_dict(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    assert client.live.head(user, "api/token/campaign/month") == {}
    entry = last(emu)
    assert (entry.method, entry.status) == ("HEAD", 200)


def test_options(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    assert client.live.options(user, "api/token/campaign/month") == {}
    assert last(emu).method == "OPTIONS"


def test_post_sends_the_json_body(emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
    map_uid = emu.world.totd_maps()[-1]
    body = {"maps": [{"mapUid": map_uid, "groupUid": "Personal_Best"}]}
    answer = client.live.post(user, "api/token/leaderboard/group/map", body=body)
    assert isinstance(answer, list)
    entry = last(emu)
    assert entry.method == "POST"
    assert json.loads(entry.body) == body
    assert entry.headers["content-type"] == "application/json"


@pytest.mark.parametrize("verb", ["put", "patch", "delete"])
def test_other_verbs_reach_the_service(
    emu: Emulator, client: Client, user: auth.ServiceToken, verb: str
) -> None:
    from nadeo_api import HTTPStatusError

    with pytest.raises(HTTPStatusError) as raised:
        getattr(client.live, verb)(user, "api/token/campaign/month", {"a": 1}, {"b": 2})
    assert raised.value.status == 405
    entry = last(emu)
    assert entry.method == verb.upper()
    assert entry.params == {"a": ["1"]}
    assert json.loads(entry.body) == {"b": 2}
