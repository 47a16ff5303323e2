"""The remarks of the OAuth API's pages (`oauth/reference/...`), reproduced over HTTP against the
emulator: one test per remark, named after its page. The remarks repeated on several pages (the
`Bearer` header, the scope, no client-credentials token) have a test generated per page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from nadeo_api.emulator import OAUTH_CLIENT, SERVICE_ACCOUNT, Emulator

from .. import raw
from ..clock import TODAY
from .registry import not_behaviour, remark
from .registry import test_name_prefix as name_prefix

ACCOUNTS = "oauth/reference/accounts/"
FAVORITES = "oauth/reference/favorites/"
CLUBS = "oauth/reference/clubs/"


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with Emulator(today=TODAY) as running:
        yield running


def token_for(emu: Emulator, form: dict[str, str]) -> str:
    answer = raw.post(f"{emu.oauth_url}/api/access_token", data={
        "client_id": OAUTH_CLIENT.client_id, "client_secret": OAUTH_CLIENT.client_secret, **form,
    })
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["access_token"]
    return token


def user_token(emu: Emulator, scopes: tuple[str, ...] | None = None) -> str:
    """A token of the service account's user, from the authorization-code flow."""
    code = emu.authorize(SERVICE_ACCOUNT) if scopes is None else emu.authorize(
        SERVICE_ACCOUNT, scopes
    )
    return token_for(emu, {
        "grant_type": "authorization_code", "code": code,
        "redirect_uri": OAUTH_CLIENT.redirect_uris[0],
    })


def app_token(emu: Emulator) -> str:
    """A token of the client-credentials flow: it stands for no player."""
    return token_for(emu, {"grant_type": "client_credentials"})


def a_map_uid(emu: Emulator) -> str:
    uid: str = emu.world.totd_maps()[-1]
    return uid


Send = Callable[[Emulator, dict[str, str]], httpx.Response]


def get(path: str, params: Callable[[Emulator], Any] | None = None) -> Send:
    return lambda emu, headers: raw.get(
        f"{emu.oauth_url}{path}", params=params(emu) if params else None, headers=headers
    )


def post_uid(path: str) -> Send:
    return lambda emu, headers: raw.post(
        f"{emu.oauth_url}{path}", json={"uid": a_map_uid(emu)}, headers=headers
    )


# page -> (request, the scope it needs, whether a client-credentials token is refused)
PAGES: dict[str, tuple[Send, str | None, bool]] = {
    ACCOUNTS + "id-to-name.md": (
        get("/api/display-names", lambda emu: {"accountId[]": SERVICE_ACCOUNT.account_id}),
        None, False,
    ),
    ACCOUNTS + "name-to-id.md": (
        get("/api/display-names/account-ids",
            lambda emu: {"displayName[]": SERVICE_ACCOUNT.display_name}),
        None, False,
    ),
    ACCOUNTS + "player.md": (get("/api/user"), None, True),
    CLUBS + "admin-clubs.md": (get("/api/user/clubs/admin"), "clubs", True),
    FAVORITES + "favorites.md": (get("/api/user/maps/favorite"), "read_favorite", True),
    FAVORITES + "add-favorite.md": (
        post_uid("/api/user/maps/favorite/add"), "write_favorite", True,
    ),
    FAVORITES + "remove-favorite.md": (
        post_uid("/api/user/maps/favorite/remove"), "write_favorite", True,
    ),
}
ALL_SCOPES = ("clubs", "read_favorite", "write_favorite")


def remark_number(page: str, words: str) -> int:
    """The number of the remark of `page` that says `words`."""
    from .registry import remarks

    (number,) = [n for n, text in enumerate(remarks(page), 1) if words in text]
    return number


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _bearer_test(page: str) -> Callable[[Emulator], None]:
    send = PAGES[page][0]

    def test(emu: Emulator) -> None:
        token = user_token(emu)
        assert send(emu, bearer(token)).status_code in (200, 204)
        for wrong in ({}, {"Authorization": token}, {"Authorization": f"nadeo_v1 t={token}"},
                      {"Authorization": f"Basic {token}"}):
            answer = send(emu, wrong)
            assert answer.status_code == 401, (wrong, answer.text)

    return test


def _scope_test(page: str, scope: str) -> Callable[[Emulator], None]:
    send = PAGES[page][0]

    def test(emu: Emulator) -> None:
        without = user_token(emu, tuple(s for s in ALL_SCOPES if s != scope))
        refused = send(emu, bearer(without))
        assert refused.status_code == 403 and refused.json()["error"] == "insufficient_scope"
        assert send(emu, bearer(user_token(emu, (scope,)))).status_code in (200, 204)

    return test


def _player_token_test(page: str) -> Callable[[Emulator], None]:
    send = PAGES[page][0]

    def test(emu: Emulator) -> None:
        refused = send(emu, bearer(app_token(emu)))
        assert refused.status_code == 401, refused.text
        assert send(emu, bearer(user_token(emu))).status_code in (200, 204)

    return test


def _declare(page: str, what: str, test: Callable[[Emulator], None], number: int) -> None:
    name = f"{name_prefix(page)}_{what}"
    test.__name__ = test.__qualname__ = name
    test.__module__ = __name__
    globals()[name] = remark(page, number)(test)


for _page, (_send, _scope, _needs_player) in PAGES.items():
    _declare(_page, "needs_a_bearer_authorization_header", _bearer_test(_page),
             remark_number(_page, "`Bearer <token>`"))
    if _scope is not None:
        _declare(_page, f"needs_the_{_scope}_scope", _scope_test(_page, _scope),
                 remark_number(_page, f"`{_scope}` scope"))
    if _needs_player:
        _declare(_page, "refuses_client_credentials_tokens", _player_token_test(_page),
                 remark_number(_page, "**Client Credentials**"))


@remark(ACCOUNTS + "id-to-name.md", 1)
def test_id_to_name_converts_several_ids_in_one_request(emu: Emulator) -> None:
    ids = [SERVICE_ACCOUNT.account_id, *(emu.world.player_account_id(i) for i in range(3))]
    answer = raw.get(
        f"{emu.oauth_url}/api/display-names", params={"accountId[]": ids},
        headers=bearer(app_token(emu)),
    )
    assert answer.status_code == 200
    names = answer.json()
    assert set(names) == set(ids)
    assert names[SERVICE_ACCOUNT.account_id] == SERVICE_ACCOUNT.display_name


@remark(ACCOUNTS + "name-to-id.md", 1)
def test_name_to_id_converts_several_names_in_one_request(emu: Emulator) -> None:
    ids = [SERVICE_ACCOUNT.account_id, *(emu.world.player_account_id(i) for i in range(3))]
    names = raw.get(
        f"{emu.oauth_url}/api/display-names", params={"accountId[]": ids},
        headers=bearer(app_token(emu)),
    ).json()
    answer = raw.get(
        f"{emu.oauth_url}/api/display-names/account-ids",
        params={"displayName[]": list(names.values())}, headers=bearer(app_token(emu)),
    )
    assert answer.status_code == 200
    assert answer.json() == {name: account for account, name in names.items()}


not_behaviour(
    ACCOUNTS + "player.md", 1,
    why="says what the endpoint is good for (confirming who logged in), not how it behaves",
)
