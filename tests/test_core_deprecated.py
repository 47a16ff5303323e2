"""The Core endpoints the service deprecated: declared (marked deprecated, each call warning),
listed, and served by the emulator with the documented answers and errors."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import msgspec
import pytest

from nadeo_api import Client, auth
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import emulator_settings

from . import raw
from .clock import TODAY
from .conftest import FAST, service_token
from .contract import check_answer, check_declaration, check_example, refuses
from .declared import api_declarations
from .docs import catalogue, example_responses

_core = api_declarations("core")

ME = SERVICE_ACCOUNT.account_id
NOBODY = "00000000-1111-2222-3333-444444444444"

DEPRECATED = {e["doc"]: e for e in catalogue() if e["api"] == "core" and e["deprecated"]}
NAMES = {
    "core/deprecated/display-names.md": "get_display_names",
    "core/deprecated/webidentities.md": "get_web_identities_legacy",
    "core/deprecated/info-multiple.md": "get_maps_info",
    "core/deprecated/map-records.md": "get_map_records",
    "core/deprecated/map-records-v2.md": "get_map_records_v2",
}


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(today=TODAY) as running:
        yield running


@pytest.fixture(scope="module")
def client(emu: Emulator) -> Iterator[Client]:
    with Client(emulator_settings(emu, **FAST)) as running:
        yield running


@pytest.fixture(scope="module")
def user(client: Client) -> auth.ServiceToken:
    return service_token(client, "core")


def totd_map_ids(client: Client, user: auth.Token, emu: Emulator) -> list[str]:
    uids = emu.world.totd_maps()[-2:]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        answer = client.call(_core.get_maps_info_by_uids, user, uids)
    return [m["mapId"] for m in answer]


Arguments = Callable[[Client, auth.Token, Emulator], tuple[tuple[Any, ...], dict[str, Any]]]
ARGUMENTS: dict[str, Arguments] = {
    "get_display_names": lambda c, t, e: (([ME, e.world.player_account_id(3)],), {}),
    "get_web_identities_legacy": lambda c, t, e: (([ME, e.world.player_account_id(3)],), {}),
    "get_maps_info": lambda c, t, e: ((), {"map_uids": e.world.totd_maps()[-2:]}),
    "get_map_records": lambda c, t, e: (([ME],), {"map_ids": totd_map_ids(c, t, e)}),
    "get_map_records_v2": lambda c, t, e: (([ME], totd_map_ids(c, t, e)[0]), {}),
}


def test_every_deprecated_core_endpoint_is_declared_deprecated() -> None:
    deprecated = {n for n, d in _core.DECLARATIONS.items() if d.deprecated is not None}
    assert deprecated == set(NAMES.values())
    assert set(DEPRECATED) == set(NAMES)


@pytest.mark.parametrize("doc", sorted(NAMES))
def test_declaration_matches_the_documentation(doc: str) -> None:
    check_declaration(_core.DECLARATIONS[NAMES[doc]], doc)


@pytest.mark.parametrize("doc", sorted(NAMES))
def test_documented_example_decodes_into_the_model(doc: str) -> None:
    check_example(_core.DECLARATIONS[NAMES[doc]], doc)


@pytest.mark.parametrize("doc", sorted(NAMES))
def test_emulator_answers_with_the_documented_shape_and_the_call_warns(
    emu: Emulator, client: Client, user: auth.ServiceToken, doc: str
) -> None:
    declared = _core.DECLARATIONS[NAMES[doc]]
    args, kwargs = ARGUMENTS[declared.name](client, user, emu)
    with pytest.warns(DeprecationWarning, match=f"{declared.name}.. is deprecated: .*use"):
        check_answer(emu, client, user, declared, doc, args, kwargs)


def test_the_listing_marks_them_deprecated() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "nadeo_api.cli", "endpoints", "--json"],
        check=True, capture_output=True, text=True,
    ).stdout
    rows = {row["name"]: row for row in json.loads(out) if row["api"] == "core"}
    assert {name for name, row in rows.items() if row["deprecated"]} == set(NAMES.values())
    current = [row for name, row in rows.items() if name not in NAMES.values()]
    assert current and all(row["deprecated"] is None for row in current)


def test_the_replacements_answer_the_same(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    accounts = [ME, emu.world.player_account_id(3)]
    map_id = totd_map_ids(client, user, emu)[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assert client.call(_core.get_web_identities_legacy, user, accounts) == client.call(
            _core.get_web_identities, user, accounts
        )
        assert client.call(_core.get_map_records_v2, user, [ME], map_id) == client.call(
            _core.get_map_records_by_accounts, user, [ME], map_id
        )
        uids = emu.world.totd_maps()[-3:]
        by_uids = client.call(_core.get_maps_info, user, map_uids=uids)
        assert by_uids == client.call(_core.get_maps_info_by_uids, user, uids)
        ids = [m["mapId"] for m in by_uids]
        by_ids = client.call(_core.get_maps_info, user, map_ids=ids)
        assert by_ids == client.call(_core.get_maps_info_by_ids, user, ids)


def documented_error(doc: str, key: str) -> dict[str, Any]:
    """The page's example error whose `info` names `key`."""
    (found,) = [
        e for e in example_responses(doc)
        if isinstance(e, dict) and "info" in e and key in json.dumps(e["info"])
    ]
    return found


@pytest.mark.parametrize(
    ("doc", "query", "key"),
    [
        ("core/deprecated/display-names.md", "accountIdList=x", "accountIdList"),
        ("core/deprecated/webidentities.md", "accountIdList=x", "accountIdList"),
        ("core/deprecated/info-multiple.md", "mapIdList=x", "mapIdList"),
        ("core/deprecated/map-records.md", f"accountIdList={ME}&mapIdList=x", "mapIdList"),
        ("core/deprecated/map-records.md", "accountIdList=x", "accountIdList"),
        ("core/deprecated/map-records-v2.md", f"accountIdList={ME}&mapId=x", "mapId"),
        ("core/deprecated/map-records-v2.md", f"accountIdList=x&mapId={NOBODY}", "accountIdList"),
    ],
)
def test_invalid_ids_answer_the_documented_error(
    emu: Emulator, user: auth.ServiceToken, doc: str, query: str, key: str
) -> None:
    route = DEPRECATED[doc]["route"]
    answer = raw.get(
        f"{emu.core_url}{route}?{query}",
        headers={"Authorization": f"nadeo_v1 t={user.access_token.encoded}"},
    )
    expected = documented_error(doc, key)
    body = answer.json()
    assert answer.status_code == 400
    assert {k: v for k, v in body.items() if k != "correlation_id"} == {
        k: v for k, v in expected.items() if k != "correlation_id"
    }


@pytest.mark.parametrize(
    ("name", "args", "kwargs", "words"),
    [
        ("get_display_names", ([ME] * 51,), {}, ("account_ids", "from 1 to 50")),
        ("get_maps_info", (), {}, ("exactly one of map_ids and map_uids",)),
        ("get_maps_info", ([NOBODY],), {"map_uids": ["abc"]}, ("exactly one",)),
        ("get_maps_info", (["x"],), {}, ("map_ids[0]",)),
        ("get_map_records", ([ME, NOBODY],), {"map_ids": [NOBODY, NOBODY]}, ("one account",)),
        ("get_map_records", ([ME],), {"season_id": "Personal_Best"}, ("season_id",)),
        ("get_map_records_v2", ([ME], "x"), {}, ("map_id",)),
    ],
)
def test_bad_arguments_fail_before_any_request(
    emu: Emulator, client: Client, user: auth.ServiceToken, name: str,
    args: tuple[Any, ...], kwargs: dict[str, Any], words: tuple[str, ...],
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        refuses(emu, lambda: client.call(_core.DECLARATIONS[name], user, *args, **kwargs), *words)


def test_display_names_model_reads_the_documented_example() -> None:
    example = example_responses("core/deprecated/display-names.md")[0]
    names = msgspec.convert(example, type=_core.get_display_names.model_type())
    assert [n.display_name for n in names] == [e["displayName"] for e in example]
