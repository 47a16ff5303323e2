"""Tokens survive restarts: stored without the password, 0600, replaced atomically, shared by
processes that never both log in or refresh; a corrupted store is ignored with a warning."""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from nadeo_api import AsyncClient, Client, FileTokenStore, MemoryTokenStore, auth
from nadeo_api.clock import FakeClock
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import emulator_settings

from .clock import TODAY
from .conftest import AGENT, FAST

LOGIN = "/v2/authentication/token/basic"
REFRESH = "/v2/authentication/token/refresh"


def login(client: Client, store: object) -> auth.ServiceToken:
    return auth.ServiceToken.get(
        "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT, client=client,
        store=store,  # type: ignore[arg-type]
    )


def logins(emu: Emulator) -> int:
    return len(emu.log.filter(path=LOGIN))


def test_restart_reuses_stored_tokens(emu: Emulator, tmp_path: Path) -> None:
    with Client(emulator_settings(emu, **FAST)) as first:
        token = login(first, FileTokenStore(tmp_path))
    with Client(emulator_settings(emu, **FAST)) as second:  # a new process, as far as it knows
        again = login(second, FileTokenStore(tmp_path))
        assert second.live.get_maps_totd(again)["monthList"]
    assert again.access_token == token.access_token
    assert logins(emu) == 1


def test_store_setting_names_the_directory(emu: Emulator, tmp_path: Path) -> None:
    settings = emulator_settings(emu, token_store=str(tmp_path), **FAST)
    with Client(settings) as client:
        auth.ServiceToken.get("live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT,
                              client=client)
        auth.ServiceToken.get("live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT,
                              client=client)
    assert logins(emu) == 1
    assert (tmp_path / "tokens.json").exists()


def test_no_password_and_private_file(emu: Emulator, tmp_path: Path) -> None:
    with Client(emulator_settings(emu, **FAST)) as client:
        token = login(client, FileTokenStore(tmp_path))
    path = tmp_path / "tokens.json"
    text = path.read_text()
    assert SERVICE_ACCOUNT.password not in text
    assert SERVICE_ACCOUNT.login not in text  # keys are hashed
    assert token.refresh_token.encoded in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_renewed_tokens_are_stored(tmp_path: Path) -> None:
    clock = FakeClock(datetime.datetime.combine(TODAY, datetime.time(12), datetime.UTC))
    with Emulator(clock=clock, access_lifetime=3, refresh_after=1) as emu, Client(
        emulator_settings(emu, **FAST)
    ) as client:
        token = login(client, FileTokenStore(tmp_path, clock=clock))
        clock.set((token.rat or 0) + 0.05)
        client.live.get_maps_totd(token)
        assert len(emu.log.filter(path=REFRESH)) == 1
        again = login(client, FileTokenStore(tmp_path, clock=clock))
        assert again.access_token == token.access_token  # the refreshed pair
        assert logins(emu) == 1


@pytest.mark.parametrize(
    "content",
    ["{not json", '{"some": "other program"}', '{"format": "nadeo_api.tokens/1", "tokens": 3}',
     "\x00\x01"],
)
def test_corrupted_or_foreign_store_is_replaced(
    emu: Emulator, tmp_path: Path, caplog: pytest.LogCaptureFixture, content: str
) -> None:
    (tmp_path / "tokens.json").write_text(content)
    with caplog.at_level(logging.WARNING, logger="nadeo_api"), Client(
        emulator_settings(emu, **FAST)
    ) as client:
        token = login(client, FileTokenStore(tmp_path))
    assert "ignoring the token store" in caplog.text
    assert logins(emu) == 1
    data = json.loads((tmp_path / "tokens.json").read_text())
    assert data["format"] == "nadeo_api.tokens/1"
    assert token.access_token.encoded in json.dumps(data)


def test_unusable_entry_is_ignored(emu: Emulator, tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path)
    with Client(emulator_settings(emu, **FAST)) as client:
        login(client, store)
        (key,) = json.loads((tmp_path / "tokens.json").read_text())["tokens"]
        store.save(key, {"access_token": "garbage", "refresh_token": "more garbage"})
        token = login(client, store)
        assert client.live.get_maps_totd(token)
    assert logins(emu) == 2


def test_memory_store_shares_within_the_process(emu: Emulator) -> None:
    store = MemoryTokenStore()
    with Client(emulator_settings(emu, **FAST)) as client:
        login(client, store)
        login(client, store)
    assert logins(emu) == 1


def test_async_get_with_a_file_store(emu: Emulator, tmp_path: Path) -> None:
    async def main() -> None:
        async with AsyncClient(emulator_settings(emu, **FAST)) as client:
            tokens = await asyncio.gather(*(
                auth.ServiceToken.aget(
                    "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT,
                    client=client, store=FileTokenStore(tmp_path),
                )
                for _ in range(4)  # each checks the password with a slow hash first
            ))
            assert len({t.access_token.encoded for t in tokens}) == 1

    asyncio.run(main())
    assert logins(emu) == 1


CHILD = textwrap.dedent(
    """
    import sys
    from nadeo_api import Client, FileTokenStore, Settings, auth
    core, live, store, login, password = sys.argv[1:6]
    settings = Settings(core_url=core, live_url=live, rate_limit=None)
    with Client(settings) as client:
        print("ready", flush=True)
        sys.stdin.readline()  # all children log in at once
        token = auth.ServiceToken.get(
            "live", login, password, "child / test", client=client, store=FileTokenStore(store)
        )
        print("logged in", flush=True)
        sys.stdin.readline()  # all children use the token at once
        client.live.get_maps_totd(token)
    """
)


class Children:
    """Processes running `CHILD` side by side, each step at the same moment."""

    def __init__(self, emu: Emulator, store: Path, count: int) -> None:
        self.started = [
            subprocess.Popen(
                [sys.executable, "-c", CHILD, emu.core_url, emu.live_url, str(store),
                 SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                env={**os.environ, "NADEO_TOKEN_STORE": "off"},
            )
            for _ in range(count)
        ]
        self.wait_for("ready")

    def wait_for(self, line: str) -> None:
        for child in self.started:
            assert child.stdout is not None and child.stdout.readline() == line + "\n"

    def go(self) -> None:
        for child in self.started:
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()

    def finish(self) -> None:
        for child in self.started:
            child.communicate(timeout=60)
        assert [child.returncode for child in self.started] == [0] * len(self.started)

    def kill(self) -> None:
        for child in self.started:
            if child.poll() is None:
                child.kill()


def test_processes_sharing_a_store_log_in_once_and_refresh_once(tmp_path: Path) -> None:
    # Tokens are issued already due for a refresh (a second before they were issued), on the
    # real clock the children read: nobody waits for them to come due.
    with Emulator(today=TODAY, refresh_after=-1) as emu:
        children = Children(emu, tmp_path, 2)
        try:
            children.go()
            children.wait_for("logged in")
            assert logins(emu) == 1
            entry = json.loads((tmp_path / "tokens.json").read_text())["tokens"]
            (stored,) = entry.values()
            assert auth.ServiceToken(
                stored["access_token"], stored["refresh_token"], agent=AGENT
            ).needs_renewal
            # The renewed pair is not due again for minutes: however slowly the children go on
            # a busy machine, one renewal is all there is to do.
            emu.config.refresh_after = 600
            emu.config.access_lifetime = 1200
            children.go()
            children.finish()
        finally:
            children.kill()
        assert logins(emu) == 1
        assert len(emu.log.filter(path=REFRESH)) == 1
        assert [e.status for e in emu.log.filter(path="/api/token/campaign/month")] == [200] * 2
