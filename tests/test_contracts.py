"""Every documented endpoint against its documentation, one test of each kind per endpoint
(ids `api-function`): the declaration is the catalogue's method, route and audience; the
documented example answers decode into the model with no key lost; the emulator answers a
representative request (from `contract_cases.py`) with the documented shape and model, and the
logged request has the documented method, path and query names; bad arguments, and dedicated
server tokens where the page refuses them, fail before any request."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, nullcontext
from functools import partial
from typing import Any

import msgspec
import pytest

from nadeo_api import Client, ServiceAccountRequiredError, auth
from nadeo_api._declared import declarations_of
from nadeo_api._endpoint import Endpoint
from nadeo_api.emulator import OAUTH_CLIENT, Emulator

from .clock import TODAY
from .conftest import AGENT, in_process, oauth_token, server_token, service_token
from .contract import is_model, query_names, refuses, route_pattern, sent_query_names
from .contract_cases import CASES, OWN, SHARED, Case, Scene
from .docs import catalogue, example_responses, example_text, keys_kept, reference, same_shape

APIS = ("core", "live", "meet", "oauth")


def documented_endpoints() -> list[Endpoint[Any]]:
    """Every declaration with a route (the generic verbs have none: any path is theirs)."""
    return [d for api in APIS for d in declarations_of(api) if d.route is not None]


def key(declared: Endpoint[Any]) -> str:
    return f"{declared.api}-{declared.name}"


ENDPOINTS = sorted(documented_endpoints(), key=key)
IDS = [key(d) for d in ENDPOINTS]


def case_of(declared: Endpoint[Any]) -> Case:
    found = CASES.get(declared.api, {}).get(declared.name)
    if found is None:
        pytest.fail(f"{key(declared)} has no case in contract_cases.py")
    return found


def has_case(declared: Endpoint[Any]) -> bool:
    return declared.name in CASES.get(declared.api, {})


def entry_of(declared: Endpoint[Any]) -> dict[str, Any]:
    """The declaration's catalogue entry: the one with its method and route, or the page its
    case names where several share them."""
    doc = case_of(declared).doc
    found = [
        e for e in catalogue()
        if (e["api"], e["method"], e["route"]) == (declared.api, declared.method, declared.route)
        and doc in (None, e["doc"])
    ]  # fmt: skip
    assert len(found) == 1, f"{key(declared)}: {len(found)} catalogue entries"
    return found[0]


# --- the join --------------------------------------------------------------------------------


def test_every_declaration_has_a_case_and_every_case_a_declaration() -> None:
    declared = {key(d) for d in ENDPOINTS}
    cased = {f"{api}-{name}" for api, cases in CASES.items() for name in cases}
    assert sorted(declared - cased) == [], "declarations without a case"
    assert sorted(cased - declared) == [], "cases without a declaration"


def test_every_catalogue_entry_has_a_declaration() -> None:
    joined = {entry_of(d)["doc"] for d in ENDPOINTS}
    assert sorted(e["doc"] for e in catalogue() if e["doc"] not in joined) == []


def test_deprecated_endpoints_are_declared_deprecated() -> None:
    for declared in ENDPOINTS:
        assert (declared.deprecated is not None) == entry_of(declared)["deprecated"], key(declared)


# --- each endpoint ---------------------------------------------------------------------------


@pytest.mark.parametrize("declared", ENDPOINTS, ids=IDS)
def test_declaration_matches_the_documentation(declared: Endpoint[Any]) -> None:
    entry = entry_of(declared)
    assert (declared.api, declared.method, declared.route) == (
        entry["api"], entry["method"], entry["route"]
    )
    if entry["audience"] is None:  # the public OAuth API: no Nadeo audience
        assert declared.api == "oauth"
    else:
        assert auth.resolve_audience(declared.api) == entry["audience"]


def success_examples(declared: Endpoint[Any]) -> list[Any]:
    responses = example_responses(entry_of(declared)["doc"])
    return [responses[i] for i in case_of(declared).examples] if responses else []


MODELLED = [d for d in ENDPOINTS if d.model is not None]


@pytest.mark.parametrize("declared", MODELLED, ids=[key(d) for d in MODELLED])
def test_documented_example_decodes_into_the_model(declared: Endpoint[Any]) -> None:
    examples = success_examples(declared)
    assert examples, "the page documents no example answer"
    for example in examples:
        model = msgspec.convert(example, type=declared.model_type())
        assert keys_kept(example, msgspec.to_builtins(model)) == []


# --- the emulator's world --------------------------------------------------------------------


class Places:
    """The emulators the cases run in (started when first needed), a client of each and the
    tokens they need, closed at the end of the module."""

    def __init__(self, stack: ExitStack) -> None:
        self._stack = stack
        self._running: dict[str, tuple[Emulator, Client]] = {}
        self._tokens: dict[tuple[str, str], Any] = {}

    def scene(self, place: str, declared: Endpoint[Any], stack: ExitStack) -> Scene:
        """The scene a case runs in, its token the one `declared` needs."""
        if place == OWN:
            emu, client = start(stack)
            return Scene(emu, client, token(emu, client, declared))
        if place not in self._running:
            self._running[place] = start(self._stack)
        emu, client = self._running[place]
        wanted = (place, token_kind(declared))
        if wanted not in self._tokens:
            self._tokens[wanted] = token(emu, client, declared)
        return Scene(emu, client, self._tokens[wanted])


def start(stack: ExitStack) -> tuple[Emulator, Client]:
    """An emulator of the suite's day and a client of it that keeps no answer (the cases that
    change the world read it back)."""
    emu = stack.enter_context(Emulator(today=TODAY))
    client = stack.enter_context(in_process(emu, cache="off"))
    return emu, client


def token_kind(declared: Endpoint[Any]) -> str:
    """The token an endpoint's case calls with: the documented audience's for Nadeo's APIs."""
    audience = entry_of(declared)["audience"]
    if audience is None:
        return "oauth-user" if declared.user_only else "oauth-app"
    return str(audience)


def token(emu: Emulator, client: Client, declared: Endpoint[Any]) -> Any:
    kind = token_kind(declared)
    if kind == "oauth-user":  # by the authorization-code flow
        code = emu.authorize(scopes=auth.OAUTH_SCOPES)
        return auth.OAuthToken.from_code(
            OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret, code,
            OAUTH_CLIENT.redirect_uris[0], AGENT, client=client,
        )
    if kind == "oauth-app":
        return oauth_token(client)
    return service_token(client, kind)


@pytest.fixture(scope="module")
def places() -> Iterator[Places]:
    with ExitStack() as stack:
        yield Places(stack)


@pytest.fixture
def own_stack() -> Iterator[ExitStack]:
    """What a case of its own starts, closed after the test."""
    with ExitStack() as stack:
        yield stack


def deprecation(declared: Endpoint[Any]) -> AbstractContextManager[Any]:
    """Calls of a deprecated endpoint warn, naming what to use instead."""
    if declared.deprecated is None:
        return nullcontext()
    return pytest.warns(DeprecationWarning, match=f"{declared.name}.. is deprecated: .*use")


def settings_named_alike(value: Any) -> Any:
    """`value` with each room's `scriptSettings` keyed by one name: its keys are the names of
    the settings a room happens to have, not structure."""
    if isinstance(value, list):
        return [settings_named_alike(item) for item in value]
    if not isinstance(value, dict):
        return value
    out = {k: settings_named_alike(item) for k, item in value.items()}
    settings = out.get("scriptSettings")
    if isinstance(settings, dict) and settings:
        out["scriptSettings"] = {"S_Setting": next(iter(settings.values()))}
    return out


def shape_problems(example: Any, answer: Any, keyed: bool) -> list[str]:
    if keyed:  # an object keyed by names: each value has the shape of the example's values
        assert isinstance(answer, dict) and answer, answer
        (value, *_) = example.values()
        return [p for item in answer.values() for p in same_shape(value, item)]
    return same_shape(settings_named_alike(example), settings_named_alike(answer))


@pytest.mark.parametrize("declared", ENDPOINTS, ids=IDS)
def test_emulator_answers_as_documented(
    places: Places, own_stack: ExitStack, declared: Endpoint[Any]
) -> None:
    case, entry = case_of(declared), entry_of(declared)
    scene = places.scene(case.place, declared, own_stack)
    args, kwargs = case.call(scene)
    scene.emu.log.clear()
    with deprecation(declared):
        answer = scene.client.call(declared, scene.token, *args, **kwargs)
    sent = scene.emu.log.entries[-1]
    assert sent.method == entry["method"]
    assert route_pattern(declared.route or "").match(sent.path), sent.path
    names = sent_query_names(sent.params)
    assert names <= query_names(entry["query"]), f"sent {names} beyond the documented query"
    if declared.returns == "str":  # an answer in words
        assert answer == example_text(entry["doc"])
        return
    if declared.model is None and not case.keyed:  # no content: Core says `null`, others nothing
        null = reference()["pages"][entry["doc"]]["texts"][:1] == ["null"]
        assert (answer, sent.status) == ((None, 200) if null else ({}, 204))
        return
    assert shape_problems(success_examples(declared)[0], answer, case.keyed) == []
    assert answer, "a representative request should not answer an empty value"
    if declared.model is None:
        return
    args, kwargs = case.call(scene)
    with deprecation(declared):
        typed = scene.client.call_typed(declared, scene.token, *args, **kwargs)
    assert is_model(typed, declared.model_type())


REFUSING = [d for d in ENDPOINTS if has_case(d) and case_of(d).refused]


@pytest.mark.parametrize("declared", REFUSING, ids=[key(d) for d in REFUSING])
def test_bad_arguments_fail_before_any_request(
    places: Places, own_stack: ExitStack, declared: Endpoint[Any]
) -> None:
    scene = places.scene(SHARED, declared, own_stack)  # nothing is sent: any world will do
    for bad in case_of(declared).refused:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            call = partial(scene.client.call, declared, scene.token, *bad.args, **bad.kwargs)
            refuses(scene.emu, call, *bad.words)


USER_ONLY = [d for d in ENDPOINTS if d.user_only and d.api != "oauth"]


@pytest.mark.parametrize("declared", USER_ONLY, ids=[key(d) for d in USER_ONLY])
def test_user_only_endpoints_refuse_dedicated_servers(
    places: Places, own_stack: ExitStack, declared: Endpoint[Any]
) -> None:
    scene = places.scene(case_of(declared).place, declared, own_stack)
    args, kwargs = case_of(declared).call(scene)
    server = server_token(scene.client, token_kind(declared))
    scene.emu.log.clear()
    with pytest.raises(ServiceAccountRequiredError), warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        scene.client.call(declared, server, *args, **kwargs)
    assert len(scene.emu.log) == 0
