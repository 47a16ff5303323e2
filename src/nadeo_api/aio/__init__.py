"""The asyncio side of `nadeo_api`: `AsyncClient` and the async twins of `nadeo_api.live`,
`core`, `meet` and `oauth`."""

from .._client import AsyncClient
from . import core, live, meet, oauth

__all__ = ["AsyncClient", "core", "live", "meet", "oauth"]
