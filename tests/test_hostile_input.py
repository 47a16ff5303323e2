"""Every public endpoint function driven with generated hostile arguments (Hypothesis) against
the emulator: it answers or raises a documented error; refused input sends nothing; and what is
sent goes to the endpoint's own route, however the arguments try to change it."""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nadeo_api import ArgumentError, Client, NadeoError, auth
from nadeo_api._declared import declarations_of
from nadeo_api._endpoint import Endpoint
from nadeo_api.emulator import OAUTH_CLIENT, Emulator
from nadeo_api.testing import emulator_settings

from .conftest import AGENT, service_token
from .contract import route_pattern

# The deprecated endpoints warn on every call: here they are called on purpose, with bad input.
pytestmark = pytest.mark.filterwarnings("ignore:.*is deprecated:DeprecationWarning")

CALLBACK = OAUTH_CLIENT.redirect_uris[0]

HOSTILE: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(
        [
            "", ".", "..", "/", "a/b", "%2e%2e", "%2F", "..%2f..", "\x00", "line\r\nbreak",
            "\u202e", "é", " ", "?x=1", "#frag", "$f00Styled$z", "a" * 10_000, b"bytes",
            math.nan, math.inf, object(), [object()], {"k": math.nan}, {"k": b"x"},
        ]
    ),
    st.text(max_size=40),
    st.lists(st.one_of(st.text(max_size=10), st.integers(), st.none()), max_size=5),
    st.dictionaries(st.text(max_size=5), st.one_of(st.integers(), st.text(max_size=5)), max_size=3),
)

# Plausible values too, so that some calls get through and show where they were sent.
PLAUSIBLE: st.SearchStrategy[Any] = st.sampled_from(
    [1, 2, 10, 0, "totd", "Personal_Best", "ranked-3v3", 3, "abc", True, False],
)
ARGUMENT = st.one_of(HOSTILE, PLAUSIBLE)

DECLARED: list[Endpoint[Any]] = [
    declared for api in ("live", "core", "meet", "oauth") for declared in declarations_of(api)
]


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[Emulator, Client, dict[str, Any]]]:
    """An emulator of this module's own (hostile calls change its state), a client that never
    retries, and a token for each API."""
    with Emulator(today=datetime.date(2026, 6, 15)) as emu, Client(
        emulator_settings(emu, max_attempts=1), transport=emu.transport()
    ) as client:
        code = emu.authorize()
        tokens = {
            "live": service_token(client, "live"),
            "meet": service_token(client, "live"),
            "core": service_token(client, "core"),
            "oauth": auth.OAuthToken.from_code(
                OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret, code, CALLBACK, AGENT,
                client=client,
            ),
        }  # fmt: skip
        yield emu, client, tokens


def sent_where_declared(declared: Endpoint[Any], entries: list[Any]) -> None:
    for entry in entries:
        assert entry.api == declared.api, f"{declared.name} reached the {entry.api} API"
        if declared.route is not None:
            route = re.sub(r"\?.*", "", declared.route)
            assert route_pattern(route).match(entry.path), f"{declared.name} sent {entry.path}"


@pytest.mark.parametrize("declared", DECLARED, ids=lambda d: f"{d.api}.{d.name}")
def test_hostile_arguments(
    world: tuple[Emulator, Client, dict[str, Any]], declared: Endpoint[Any]
) -> None:
    emu, client, tokens = world
    names = [name for name in declared.signature.parameters if name != "token"]

    # 15 calls an endpoint, 2,580 in all: Hypothesis draws its first dozen or so examples
    # afresh, and the later ones by mutating earlier ones at about twice the cost each.
    @settings(
        max_examples=15, deadline=None, derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )  # fmt: skip
    @given(st.fixed_dictionaries({}, optional={name: ARGUMENT for name in names}))
    def call(arguments: dict[str, Any]) -> None:
        emu.log.clear()
        try:
            client.call(declared, tokens[declared.api], **arguments)
        except ArgumentError:
            assert len(emu.log) == 0, "refused input was sent"
        except NadeoError:
            pass  # a documented error from the service (4xx, 5xx, invalid answer)
        sent_where_declared(declared, emu.log.entries)

    call()
