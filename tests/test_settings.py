"""Base URLs from code and environment, checked settings, and the default clients."""

from __future__ import annotations

import pytest

import nadeo_api
from nadeo_api import ArgumentError, Client, Settings
from nadeo_api._client import _close_default_client
from nadeo_api.emulator import Emulator
from nadeo_api.testing import emulator_settings


def test_real_hosts_by_default() -> None:
    settings = Settings.from_env({})
    assert settings.core_url == "https://prod.trackmania.core.nadeo.online"
    assert settings.live_url == "https://live-services.trackmania.nadeo.live"
    assert settings.meet_url == "https://meet.trackmania.nadeo.club"
    assert settings.oauth_url == "https://api.trackmania.com"


def test_environment_overrides() -> None:
    env = {
        "NADEO_CORE_URL": "http://127.0.0.1:1/core/",
        "NADEO_LIVE_URL": "http://127.0.0.1:1/live",
        "NADEO_MEET_URL": "http://127.0.0.1:1/meet",
        "NADEO_OAUTH_URL": "http://127.0.0.1:1/oauth",
    }
    settings = Settings.from_env(env)
    assert settings.core_url == "http://127.0.0.1:1/core"  # trailing slash dropped
    assert settings.live_url == "http://127.0.0.1:1/live"
    assert settings.meet_url == "http://127.0.0.1:1/meet"
    assert settings.oauth_url == "http://127.0.0.1:1/oauth"
    assert Settings.from_env(env, live_url="http://x.test").live_url == "http://x.test"


def test_default_settings_read_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NADEO_LIVE_URL", "http://127.0.0.1:9/live")
    previous = nadeo_api.set_default_settings(None)
    try:
        assert nadeo_api.default_settings().live_url == "http://127.0.0.1:9/live"
        assert nadeo_api.default_client().settings.live_url == "http://127.0.0.1:9/live"
    finally:
        nadeo_api.set_default_settings(previous)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"live_url": "ftp://x"}, "live_url"),
        ({"rate_limit": 0}, "rate_limit"),
        ({"rate_limit": float("inf")}, "rate_limit"),
        ({"rate_burst": 0}, "rate_burst"),
        ({"max_attempts": 0}, "max_attempts"),
        ({"read_timeout": None}, "read_timeout"),
        ({"connect_timeout": -1}, "connect_timeout"),
        ({"colour": "red"}, "unknown setting"),
    ],
)
def test_bad_settings(change: dict[str, object], words: str) -> None:
    with pytest.raises(ArgumentError, match=words):
        Settings().replace(**change)


def test_client_overrides() -> None:
    with Client(Settings(), rate_limit=None, live_url="http://127.0.0.1:2") as client:
        assert client.policy.limiter is None
        assert client.settings.live_url == "http://127.0.0.1:2"


def test_default_client_is_shared_and_closed_at_exit() -> None:
    previous = nadeo_api.set_default_settings(Settings(rate_limit=None))
    try:
        first = nadeo_api.default_client()
        assert nadeo_api.default_client() is first
        _close_default_client()
        assert first.closed
        assert nadeo_api.default_client() is not first  # a closed one is replaced
    finally:
        nadeo_api.set_default_settings(previous)


def test_connections_are_reused(emu: Emulator) -> None:
    from .conftest import FAST, service_token

    with Client(emulator_settings(emu, **FAST)) as client:  # over loopback
        token = service_token(client)
        for _ in range(5):
            client.live.get_maps_totd(token)
        pool = client._http._transport._pool  # type: ignore[attr-defined]
        assert len(pool.connections) == 1


def test_one_base_url_for_all_four_apis() -> None:
    env = {"NADEO_BASE_URL": "http://127.0.0.1:8000/", "NADEO_MEET_URL": "http://meet.test"}
    settings = Settings.from_env(env)
    assert (settings.core_url, settings.live_url, settings.meet_url, settings.oauth_url) == (
        "http://127.0.0.1:8000/core", "http://127.0.0.1:8000/live", "http://meet.test",
        "http://127.0.0.1:8000/oauth",
    )


@pytest.mark.parametrize(("value", "rate"), [("off", None), ("OFF", None), ("0.5", 0.5)])
def test_rate_limit_from_the_environment(value: str, rate: float | None) -> None:
    assert Settings.from_env({"NADEO_RATE_LIMIT": value}).rate_limit == rate


@pytest.mark.parametrize("value", ["fast", "0", "-1"])
def test_bad_rate_limit_from_the_environment(value: str) -> None:
    with pytest.raises(ArgumentError, match="(?i)rate_limit"):
        Settings.from_env({"NADEO_RATE_LIMIT": value})
