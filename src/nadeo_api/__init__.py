"""nadeo_api: a polite, resilient, typed client for Nadeo's Trackmania web services.

    from nadeo_api import auth, live

    token = auth.ServiceToken.get("live", login, password, "My bot / @me / me@example.com")
    print(live.get_maps_totd(token))

`nadeo_api.live`, `core`, `meet` and `oauth` hold the blocking functions, `nadeo_api.aio` their
async twins; `Client` and `AsyncClient` own a connection pool, the shared rate budget and the retry
policy. `nadeo_api.emulator` (extra `emulator`) serves an offline imitation of the services.
`nadeo_api.text` reads Trackmania's `$`-styled names; `nadeo_api.names` turns account IDs into
display names and back in bulk; `nadeo_api.derived` answers what the API tells only indirectly
(player counts, positions of times, cut-offs, a country's top), each with its price in requests;
`nadeo_api.watch` is a feed of what changes (Tracks of the Day, campaigns, cups, records),
asking only when the service says something can have changed.
"""

from typing import TYPE_CHECKING, Any

from . import auth
from ._client import (
    AsyncClient,
    Client,
    default_async_client,
    default_client,
    default_settings,
    set_default_settings,
)
from ._errors import (
    ArgumentError,
    AudienceError,
    AuthenticationError,
    BadRequestError,
    ForbiddenError,
    HTTPStatusError,
    InvalidResponseError,
    NadeoConnectionError,
    NadeoError,
    NadeoTimeoutError,
    NotFoundError,
    RateLimitedError,
    ServerError,
    ServiceAccountRequiredError,
    TransportError,
    UnauthorizedError,
    UserTokenRequiredError,
)
from ._settings import Settings
from ._store import FileTokenStore, MemoryTokenStore, TokenStore
from ._version import __version__

if TYPE_CHECKING:
    from . import core, live, meet, oauth

_ENDPOINT_MODULES = frozenset({"core", "live", "meet", "oauth"})


def __getattr__(name: str) -> Any:
    # The endpoint modules build their functions on first use: `import nadeo_api` stays light.
    if name in _ENDPOINT_MODULES:
        import importlib

        module = importlib.import_module(f"{__name__}.{name}")
        globals()[name] = module
        return module
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "ArgumentError",
    "AsyncClient",
    "AudienceError",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "FileTokenStore",
    "ForbiddenError",
    "HTTPStatusError",
    "InvalidResponseError",
    "MemoryTokenStore",
    "NadeoConnectionError",
    "NadeoError",
    "NadeoTimeoutError",
    "NotFoundError",
    "RateLimitedError",
    "ServerError",
    "ServiceAccountRequiredError",
    "Settings",
    "TokenStore",
    "TransportError",
    "UnauthorizedError",
    "UserTokenRequiredError",
    "__version__",
    "auth",
    "core",
    "default_async_client",
    "default_client",
    "default_settings",
    "live",
    "meet",
    "oauth",
    "set_default_settings",
]
