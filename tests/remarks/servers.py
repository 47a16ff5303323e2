"""Tests, one per page, of the remark "this endpoint does not accept requests by dedicated
server accounts": the page's own example request, sent with a dedicated server's token, is
refused by the emulator."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import httpx

from nadeo_api import auth
from nadeo_api.emulator import Emulator

from .. import raw
from ..docs import documented, reference
from .registry import remark, remarks, test_name_prefix

SERVER_REMARKS = (
    "does not accept requests by dedicated server accounts",
    "only useful with tokens authenticated through Ubisoft user accounts",
)
"""How the pages say that dedicated servers are refused (the second, on the pages of rooms on
dedicated servers)."""


def says_servers_are_refused(text: str) -> bool:
    return any(phrase in text for phrase in SERVER_REMARKS)


def server_remark(page: str) -> int:
    """The number of a page's remark saying dedicated servers are refused."""
    found = [n for n, text in enumerate(remarks(page), 1) if says_servers_are_refused(text)]
    assert len(found) == 1, page
    return found[0]


def refusing_pages(section: str) -> list[str]:
    """The pages of a section (e.g. `live/clubs/`) saying dedicated servers are refused."""
    pages: dict[str, Any] = reference()["pages"]
    return sorted(
        page for page in pages
        if page.startswith(section)
        and any(says_servers_are_refused(r) for r in pages[page]["remarks"])
    )  # fmt: skip


def send_example(emu: Emulator, page: str, token: auth.WebServicesToken) -> httpx.Response:
    """The page's example request (its method, path and query), sent with `token`."""
    # Some pages leave the method out of the example: the catalogue has it.
    url = reference()["pages"][page]["request_lines"][0].split(" ")[-1]
    method = documented(page)["method"]
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    api = "meet" if parts.netloc.startswith("meet.") else "live"
    base = (emu.meet_url if api == "meet" else emu.live_url).rstrip("/")
    return raw.local(
        emu, method, base + path, headers={"Authorization": token.authorization()},
        json={} if method == "POST" else None,
    )  # fmt: skip


def refusal_test(page: str, module: str) -> Callable[..., None]:
    """A test named after `page` showing that the emulator refuses dedicated servers there."""

    def test(emu: Emulator, server: auth.DedicatedServerToken) -> None:
        answer = send_example(emu, page, server)
        assert answer.status_code == 403, answer.text
        body = answer.json()
        refusal = body if isinstance(body, list) else [body["error"]]
        assert refusal in (["club_Join:error-notAllowed"], ["NLS::Player::MissingRule"])

    name = test_name_prefix(page) + "_refuses_dedicated_servers"
    test.__name__ = test.__qualname__ = name
    test.__module__ = module
    return remark(page, server_remark(page))(test)


def refusal_tests(section: str, module: str) -> dict[str, Callable[..., None]]:
    """A refusal test for each page of `section` that refuses dedicated servers, by name, for
    the globals of the test module named `module`."""
    tests = (refusal_test(page, module) for page in refusing_pages(section))
    return {test.__name__: test for test in tests}
