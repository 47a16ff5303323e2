"""What the remark tests of the Live club-management and Meet pages share: raw requests to the
emulator (so that the service's own answer is what is checked, not the client's local checks),
and the dedicated-server remark, generated as one test per page."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from nadeo_api import Client, auth
from nadeo_api.emulator import Emulator
from nadeo_api.testing import emulator_settings

from ..clock import TODAY
from ..conftest import FAST, server_token, service_token
from ..docs import documented, reference
from .registry import remark, remarks, test_name_prefix

Token = auth.ServiceToken | auth.DedicatedServerToken

SERVER_REMARKS = (
    "This endpoint does not accept requests by dedicated server accounts.",
    "This endpoint is only useful with tokens authenticated through Ubisoft user accounts",
)
"""How the pages say that dedicated server accounts are refused."""
HOSTS = {
    "live-services.trackmania.nadeo.live": "live",
    "meet.trackmania.nadeo.club": "meet",
}


_HTTP = httpx.Client()
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
    return _HTTP.request(
        method, base_url(emu, api) + path, json=body, params=params,
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
    with Emulator(today=TODAY) as emu, Client(emulator_settings(emu, **FAST)) as client:
        yield Fresh(emu, client, service_token(client))


def documented_request(page: str) -> tuple[str, str, str]:
    """(api, method, path with its query) of a page's example request."""
    line = reference()["pages"][page]["request_lines"][0]
    found = re.search(r"https://([^/]+)(/.*)", line)
    assert found is not None, line
    # Some pages leave the method out of the example: the catalogue has it.
    return HOSTS[found.group(1)], documented(page)["method"], found.group(2)


def server_remark_numbers(page: str) -> list[int]:
    return [
        number for number, text in enumerate(remarks(page), 1) if text.startswith(SERVER_REMARKS)
    ]


def server_refusal_test(page: str, number: int, module: str) -> Callable[..., None]:
    """A test that the page's example request, sent with a dedicated server account's token,
    is refused (403) without being served."""

    def test(emu: Emulator, client: Client) -> None:
        api, method, path = documented_request(page)
        bodies = reference()["pages"][page]["request_bodies"]
        body = (bodies[0] if bodies else {}) if method == "POST" else None
        answer = send(emu, server_token(client), method, path, body=body, api=api)
        assert answer.status_code == 403, answer.text
        refusal = answer.json()
        assert refusal == ["club_Join:error-notAllowed"] or (
            refusal["error"] == "NLS::Player::MissingRule"
        )

    test.__name__ = test.__qualname__ = (
        f"{test_name_prefix(page)}_refuses_dedicated_server_accounts"
    )
    test.__module__ = module
    test.__doc__ = f"{page}, remark {number}: dedicated server accounts are refused."
    return remark(page, number)(test)


def add_server_refusal_tests(namespace: dict[str, Any], section: str) -> None:
    """Put into a test module's `namespace` one refusal test per page of `section` (e.g.
    `meet/`) that says dedicated server accounts are refused."""
    for page in sorted(reference()["pages"]):
        if not page.startswith(section):
            continue
        for number in server_remark_numbers(page):
            test = server_refusal_test(page, number, namespace["__name__"])
            assert test.__name__ not in namespace, test.__name__
            namespace[test.__name__] = test


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
