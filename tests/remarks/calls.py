"""What the remark tests of the Live club-management and Meet pages share: raw requests to the
emulator (so that the service's own answer is what is checked, not the client's local checks),
an emulator of a test's own, and the checks of the media links."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx

from nadeo_api import Client, auth
from nadeo_api.emulator import Emulator

from .. import raw
from ..clock import TODAY
from ..conftest import in_process, service_token

Token = auth.ServiceToken | auth.DedicatedServerToken

"""One HTTP client for every raw request (making one per request is slow)."""


def base_url(emu: Emulator, api: str) -> str:
    return {"live": emu.live_url, "meet": emu.meet_url}[api]


def send(
    emu: Emulator,
    token: Token,
    method: str,
    path: str,
    *,
    body: Any = None,
    params: Any = None,
    api: str = "live",
) -> httpx.Response:
    """A request to the emulator as `token`, without the client's own checks."""
    return raw.local(
        emu, method, base_url(emu, api) + path, json=body, params=params,
        headers={"Authorization": token.authorization()},
    )  # fmt: skip


class Fresh:
    """An emulator of a test's own, a client and a user's token."""

    def __init__(self, emu: Emulator, client: Client, user: auth.ServiceToken) -> None:
        self.emu, self.client, self.user = emu, client, user

    def get(self, path: str, **params: Any) -> httpx.Response:
        return send(self.emu, self.user, "GET", path, params=params or None)

    def post(self, path: str, body: Any = None) -> httpx.Response:
        return send(self.emu, self.user, "POST", path, body={} if body is None else body)


def fresh_world() -> Iterator[Fresh]:
    """The body of a fixture: a new emulator at the suite's day, for a test that changes it."""
    with Emulator(today=TODAY) as emu, in_process(emu) as client:
        yield Fresh(emu, client, service_token(client))


SCALED = re.compile(r"Url(Png|Jpg)(Large|Medium|Small)$")


def media(answer: dict[str, Any], prefix: str = "media") -> dict[str, str]:
    """The media URL fields of an answer (of one club media slot, for clubs)."""
    return {k: v for k, v in answer.items() if re.fullmatch(prefix + r"Url\w*", k)}


def shows_custom_media(answer: dict[str, Any], prefix: str = "media") -> bool:
    """The `.dds` link, with three scaled PNG or JPG links beside it."""
    fields = media(answer, prefix)
    scaled = [v.split("?")[0] for k, v in fields.items() if SCALED.search(k)]
    return (
        fields[f"{prefix}UrlDds"].split("?")[0].endswith("/dds/game.dds")
        and len(scaled) == 3
        and all(url.endswith((".png", ".jpg")) for url in scaled)
    )


def shows_no_media(answer: dict[str, Any], prefix: str = "media") -> bool:
    """The same fields, all empty."""
    fields = media(answer, prefix)
    scaled = [k for k in fields if SCALED.search(k)]
    return (
        {f"{prefix}Url", f"{prefix}UrlDds"} <= set(fields)
        and len(scaled) == 3
        and not any(fields.values())
    )
