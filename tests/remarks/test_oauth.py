"""Remarks of the public OAuth API's pages that the emulator reproduces."""

from __future__ import annotations

from nadeo_api import Client
from nadeo_api.emulator import Emulator

from ..conftest import oauth_token
from .registry import remark


@remark("oauth/reference/accounts/id-to-name.md", 1)
def test_id_to_name_many_ids_a_request(emu: Emulator, client: Client) -> None:
    token = oauth_token(client)
    ids = [emu.world.player_account_id(i) for i in range(120)]
    emu.log.clear()
    names = client.oauth.get_display_names(token, ids)
    requests = [e for e in emu.log.entries if e.path == "/api/display-names"]
    assert [len(e.params["accountId[]"]) for e in requests] == [50, 50, 20]
    assert names == {i: emu.world.display_name(i) for i in ids}
