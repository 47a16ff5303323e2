"""The public names, and the seed's signatures exactly as documented (users' code runs
unchanged)."""

from __future__ import annotations

import inspect

import nadeo_api
from nadeo_api import auth, live

# name -> [(parameter, default or EMPTY)], from the seed's documentation of `live`.
EMPTY = inspect.Parameter.empty
SEED: dict[str, list[tuple[str, object]]] = {
    "delete": [("token", EMPTY), ("endpoint", EMPTY), ("params", None), ("body", None)],
    "get": [("token", EMPTY), ("endpoint", EMPTY), ("params", None)],
    "head": [("token", EMPTY), ("endpoint", EMPTY), ("params", None)],
    "options": [("token", EMPTY), ("endpoint", EMPTY), ("params", None), ("body", None)],
    "patch": [("token", EMPTY), ("endpoint", EMPTY), ("params", None), ("body", None)],
    "post": [("token", EMPTY), ("endpoint", EMPTY), ("params", None), ("body", None)],
    "put": [("token", EMPTY), ("endpoint", EMPTY), ("params", None), ("body", None)],
    "get_club_campaign": [("token", EMPTY), ("club_id", EMPTY), ("campaign_id", EMPTY)],
    "get_map_leaderboard": [
        ("token", EMPTY), ("map_uid", EMPTY), ("group_uid", "Personal_Best"),
        ("only_world", True), ("length", 5), ("offset", 0),
    ],
    "get_map_review_connect": [("token", EMPTY), ("review_type", EMPTY)],
    "get_map_review_submitted": [
        ("token", EMPTY), ("review_type", EMPTY), ("length", 144), ("offset", 0),
    ],
    "get_map_review_waiting_time": [("token", EMPTY), ("review_type", EMPTY)],
    "get_maps_royal": [("token", EMPTY), ("length", 51), ("offset", 0)],
    "get_maps_seasonal": [("token", EMPTY), ("length", 1), ("offset", 0)],
    "get_maps_totd": [("token", EMPTY), ("length", 1), ("offset", 0)],
    "get_maps_weekly_grand": [("token", EMPTY), ("length", 1), ("offset", 0)],
    "get_maps_weekly_short": [("token", EMPTY), ("length", 1), ("offset", 0)],
    "get_player_club_record": [
        ("token", EMPTY), ("map_uid", EMPTY), ("club_id", EMPTY), ("group_uid", "Personal_Best"),
    ],
    "get_server_accounts": [("token", EMPTY)],
}

SERVICE_TOKEN_FUNCTIONS = {
    "get_map_review_connect", "get_map_review_submitted", "get_player_club_record",
    "get_server_accounts",
}


def test_live_has_every_seed_function() -> None:
    assert set(SEED) <= set(live.__all__)


def test_seed_signatures() -> None:
    for name, expected in SEED.items():
        signature = inspect.signature(getattr(live, name))
        got = [(p.name, p.default) for p in signature.parameters.values()]
        assert got == expected, name
        kinds = {p.kind for p in signature.parameters.values()}
        assert kinds == {inspect.Parameter.POSITIONAL_OR_KEYWORD}, name
        token_type = signature.parameters["token"].annotation
        wanted = "ServiceToken" if name in SERVICE_TOKEN_FUNCTIONS else "WebServicesToken"
        assert token_type == wanted, name
        assert getattr(live, name).__doc__, name


def test_auth_classes() -> None:
    assert issubclass(auth.WebServicesToken, auth.Token)
    assert issubclass(auth.ServiceToken, auth.WebServicesToken)
    assert issubclass(auth.DedicatedServerToken, auth.WebServicesToken)
    assert issubclass(auth.OAuthToken, auth.Token)
    for cls in (auth.ServiceToken, auth.DedicatedServerToken):
        assert list(inspect.signature(cls.get).parameters)[:4] == [
            "audience", "login", "password", "agent",
        ]
        assert inspect.iscoroutinefunction(cls.aget)
        assert inspect.iscoroutinefunction(cls.arefresh)


def test_package_exports() -> None:
    assert nadeo_api.__version__
    assert sorted(nadeo_api.__all__) == sorted([
        "ArgumentError", "AsyncClient", "AudienceError", "AuthenticationError",
        "BadRequestError", "Client", "FileTokenStore", "ForbiddenError", "HTTPStatusError",
        "InvalidResponseError", "MemoryTokenStore", "TokenStore", "NadeoConnectionError",
        "NadeoError", "NadeoTimeoutError",
        "NotFoundError", "RateLimitedError", "ServerError", "ServiceAccountRequiredError",
        "Settings", "TransportError", "UnauthorizedError", "UserTokenRequiredError", "__version__",
        "auth", "core",
        "default_async_client", "default_client", "default_settings", "live", "meet", "oauth",
        "set_default_settings",
    ])
    for name in nadeo_api.__all__:
        assert hasattr(nadeo_api, name), name


def test_error_hierarchy() -> None:
    assert issubclass(nadeo_api.ArgumentError, ValueError)
    for name in nadeo_api.__all__:
        value = getattr(nadeo_api, name)
        if isinstance(value, type) and name.endswith("Error"):
            assert issubclass(value, nadeo_api.NadeoError), name
    for status_class in ("BadRequestError", "UnauthorizedError", "ForbiddenError",
                         "NotFoundError", "RateLimitedError", "ServerError"):
        assert issubclass(getattr(nadeo_api, status_class), nadeo_api.HTTPStatusError)
    for transport in ("NadeoConnectionError", "NadeoTimeoutError"):
        assert issubclass(getattr(nadeo_api, transport), nadeo_api.TransportError)
    assert not issubclass(nadeo_api.TransportError, nadeo_api.HTTPStatusError)


def test_public_endpoint_modules_are_generated_from_the_declarations() -> None:
    import subprocess
    import sys
    from pathlib import Path

    tool = Path(__file__).resolve().parents[1] / "tools" / "gen_public.py"
    result = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
