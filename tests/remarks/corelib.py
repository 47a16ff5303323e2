"""What the tests of the Core pages' remarks share: an emulator, tokens, and raw requests (so a
test shows the service's answer, not the client's local checks)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from nadeo_api import Client, auth
from nadeo_api.emulator import SERVER_ACCOUNT, SERVICE_ACCOUNT, Emulator

from .. import raw
from ..clock import TODAY
from ..conftest import AGENT, in_process
from .registry import remark
from .registry import test_name_prefix as name_prefix

ME = SERVICE_ACCOUNT.account_id
NOBODY = "00000000-1111-2222-3333-444444444444"
CORE_URL = "https://prod.trackmania.core.nadeo.online"
MAX_URI = 8220
HIDDEN = 4294967295


@dataclass
class Core:
    """An emulator with a user's and a dedicated server's Core tokens."""

    emu: Emulator
    client: Client
    user: auth.ServiceToken
    server: auth.DedicatedServerToken

    def get(self, path: str, params: Any = None, *, token: auth.Token | None = None,
            method: str = "GET", body: Any = None) -> httpx.Response:
        """A request to Core with `token` (default: the user's)."""
        used = token if token is not None else self.user
        headers = {"Authorization": f"nadeo_v1 t={used.access_token.encoded}"}  # type: ignore[attr-defined]
        return raw.local(
            self.emu, method, f"{self.emu.core_url}{path}", params=params, headers=headers,
            json=body,
        )

    def ok(self, path: str, params: Any = None, **kwargs: Any) -> Any:
        answer = self.get(path, params, **kwargs)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def player(self, index: int) -> str:
        account: str = self.emu.world.player_account_id(index)
        return account

    def uid(self, back: int = 1) -> str:
        """A Track of the Day's UID (the latest by default)."""
        uid: str = self.emu.world.totd_maps()[-back]
        return uid

    def map_id(self, uid: str) -> str:
        (info,) = self.ok("/maps/by-uid/", {"mapUidList": uid})
        found: str = info["mapId"]
        return found

    def season(self) -> Any:
        """The latest official seasonal campaign."""
        return self.emu.world.seasonal_campaigns()[-1]


@pytest.fixture(scope="module")
def core() -> Iterator[Core]:
    with Emulator(today=TODAY) as emu, in_process(emu) as client:
        user = auth.ServiceToken.get(
            "core", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client
        )
        server = auth.DedicatedServerToken.get(
            "core", SERVER_ACCOUNT.login, SERVER_ACCOUNT.password, AGENT, client=client
        )
        yield Core(emu, client, user, server)


def is_core_error(answer: httpx.Response, status: int) -> bool:
    body = answer.json()
    return answer.status_code == status and {"code", "correlation_id", "message"} <= set(body)


def declare(module: dict[str, Any], page: str, what: str, number: int,
            test: Callable[[Core], None]) -> None:
    """Add to `module` the test `test_<page stem>_<what>` (with the page's folder after the
    stem when pages of several folders share it), reproducing remark `number`."""
    from ..docs import reference

    stem = page.rsplit("/", 1)[-1]
    shared = sum(p.rsplit("/", 1)[-1] == stem for p in reference()["pages"]) > 1
    folder = page.rsplit("/", 2)[-2]
    name = f"{name_prefix(page)}_{folder}_{what}" if shared else f"{name_prefix(page)}_{what}"
    if name in module:
        raise NameError(f"{name} is declared twice")
    test.__name__ = test.__qualname__ = name
    test.__module__ = module["__name__"]
    module[name] = remark(page, number)(test)


def remark_number(page: str, words: str) -> int:
    """The number of the remark of `page` that says `words`."""
    from .registry import remarks

    (number,) = [n for n, text in enumerate(remarks(page), 1) if words in text]
    return number


def uri_length(core: Core, path: str, query: str) -> int:
    """The request URI's length as the service counts it (scheme and host included)."""
    return len(f"{CORE_URL}{path}?{query}")


def query_of_length(core: Core, path: str, name: str, value: str, length: int,
                    fixed: str = "") -> str:
    """A query listing `value` in `name` (comma-separated) as often as fits, then padded, so
    that the URI is exactly `length` characters long."""
    head = f"{fixed}&" if fixed else ""
    values = [value]
    while uri_length(core, path, f"{head}{name}={','.join(values + [value])}&p=") < length:
        values.append(value)
    query = f"{head}{name}={','.join(values)}&p="
    return query + "x" * (length - uri_length(core, path, query))
