"""Plain HTTP for tests that talk to a server without the library.

httpx's module functions build a client, and with it a TLS context, for every request: reading
the authorities' bundle costs tens of milliseconds each time. These share one context.
"""

from __future__ import annotations

import functools
import ssl
from typing import Any

import httpx

from nadeo_api.emulator import Emulator


@functools.cache
def _tls() -> ssl.SSLContext:
    return httpx.create_ssl_context()


def client(**kwargs: Any) -> httpx.Client:
    """An `httpx.Client` (close it, or use it in a `with`)."""
    return httpx.Client(verify=_tls(), **kwargs)


def request(method: str, url: str, **kwargs: Any) -> httpx.Response:
    """One request, on a connection of its own, as `httpx.request` sends it."""
    with client() as http:
        return http.request(method, url, **kwargs)


def get(url: str, **kwargs: Any) -> httpx.Response:
    return request("GET", url, **kwargs)


def post(url: str, **kwargs: Any) -> httpx.Response:
    return request("POST", url, **kwargs)


def delete(url: str, **kwargs: Any) -> httpx.Response:
    return request("DELETE", url, **kwargs)


def local(emu: Emulator, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """One request handed to `emu` in this process, without a socket (`Emulator.transport`):
    for tests of what the emulator answers rather than of connections."""
    with httpx.Client(transport=emu.transport()) as http:
        return http.request(method, url, **kwargs)
