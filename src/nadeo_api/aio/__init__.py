"""The asyncio side of `nadeo_api`: `nadeo_api.aio.live`, `nadeo_api.aio.oauth`, `AsyncClient`."""

from .._client import AsyncClient
from . import live, oauth

__all__ = ["AsyncClient", "live", "oauth"]
