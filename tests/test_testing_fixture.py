"""The pytest fixture users import: a running emulator with the default clients pointed at it."""

from __future__ import annotations

from nadeo_api import auth, default_settings, live
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import nadeo_emulator  # noqa: F401 - the fixture, imported as users do

from .conftest import AGENT


def test_fixture_points_the_module_functions_at_the_emulator(nadeo_emulator: Emulator) -> None:  # noqa: F811
    assert default_settings().live_url == nadeo_emulator.live_url
    assert default_settings().rate_limit is None
    token = auth.ServiceToken.get("live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT)
    assert live.get_maps_totd(token)["monthList"]
    assert [e.path for e in nadeo_emulator.log.entries] == [
        "/v2/authentication/token/basic", "/api/token/campaign/month",
    ]


def test_settings_are_restored_after_the_fixture() -> None:
    assert "127.0.0.1" not in default_settings().live_url
