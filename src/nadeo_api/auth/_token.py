"""`Token`, the public base of every token, and what the kinds of tokens share: where they are
stored, and the client they renew with when none is given."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from .._client import default_async_client, default_client, default_settings
from .._credential import Credential
from .._errors import ArgumentError
from .._settings import Settings
from .._store import STORE_ENV, FileTokenStore, TokenStore
from ..clock import Clock

if TYPE_CHECKING:
    from .._client import AsyncClient, Client

__all__ = ["FROM_SETTINGS", "Token", "resolve_store", "settings_of", "store_for"]


class Token(Credential):
    """Base of every token: what the library needs to authenticate a request with it."""

    def refresh(self, *, client: Client | None = None) -> None:
        """Renew the token now, as it renews itself when due: a web-services pair refreshes
        (or logs in again if that fails), a user's OAuth token uses its refresh token, a
        client-credentials token is requested again. The renewed token is stored, if kept."""
        http_client = client or default_client()
        http_client.run(self.renew_flow(http_client.policy, force=True))

    async def arefresh(self, *, client: AsyncClient | None = None) -> None:
        """`refresh()` for asyncio."""
        http_client = client or default_async_client()
        await http_client.run(self.renew_flow(http_client.policy, force=True))


class _FromSettings:
    def __repr__(self) -> str:
        return "FROM_SETTINGS"


FROM_SETTINGS = _FromSettings()
"""`store=` default: the store the client's `token_store` setting names."""


def resolve_store(
    settings: Settings, store: TokenStore | None | _FromSettings
) -> TokenStore | None:
    if isinstance(store, _FromSettings):
        return store_for(settings)
    if store is not None and not isinstance(store, TokenStore):
        raise ArgumentError(
            f"store must be a TokenStore or None (got {type(store).__name__})"
        )
    return store


def settings_of(client: Client | AsyncClient | None) -> Settings:
    if client is not None:
        return client.settings
    return default_settings()


_file_stores: dict[tuple[Path, Clock], FileTokenStore] = {}
_file_stores_lock = threading.Lock()


def store_for(settings: Settings) -> TokenStore | None:
    """The store `settings.token_store` names.

    `""` (the default): `$NADEO_TOKEN_STORE` if set, else the shared Redis store with
    `settings.redis_url`, else a `FileTokenStore` in the user's cache directory; `"off"` (here
    or in that variable): no store; anything else: a `FileTokenStore` in that directory.
    """
    chosen = settings.token_store.strip() or os.environ.get(STORE_ENV, "").strip()
    if chosen.lower() == "off":
        return None
    if not chosen and settings.redis_url:
        from .._redis import redis_store

        return redis_store(settings)
    if chosen:
        directory = Path(chosen).expanduser()
    else:
        import platformdirs

        directory = Path(platformdirs.user_cache_dir("nadeo_api", appauthor=False))
    with _file_stores_lock:
        store = _file_stores.get((directory, settings.clock))
        if store is None:
            store = FileTokenStore(directory, clock=settings.clock)
            _file_stores[(directory, settings.clock)] = store
        return store
