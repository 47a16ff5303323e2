"""A token store that cannot be used, or holds what it should not, never stops a program: it is
ignored or falls back to memory with a warning; it never hands out a pair it should not; a wrong
password is refused at once; and no lock stays held."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from pathlib import Path
from typing import Any

import pytest
from filelock import FileLock

from nadeo_api import AsyncClient, AuthenticationError, Client, FileTokenStore, auth
from nadeo_api._store import store_key
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator
from nadeo_api.testing import emulator_settings

from .conftest import AGENT, FAST
from .stub import forged_jwt

LOGIN = "/v2/authentication/token/basic"


def login(client: Client, store: FileTokenStore, password: str = SERVICE_ACCOUNT.password) -> Any:
    return auth.ServiceToken.get(
        "live", SERVICE_ACCOUNT.login, password, AGENT, client=client, store=store
    )


def logins(emu: Emulator) -> int:
    return len(emu.log.filter(path=LOGIN))


@pytest.mark.parametrize(
    "content",
    [b"[" * 100_000, b"\xff\xfe not utf-8", b'{"format": "nadeo_api.tokens/1", "tokens": 3}'],
    ids=["deeply nested", "not UTF-8", "no token table"],
)
def test_an_unreadable_store_file_is_ignored(
    emu: Emulator, tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "tokens.json").write_bytes(content)
    with Client(emulator_settings(emu, **FAST)) as client:
        token = login(client, FileTokenStore(tmp_path))
        assert client.live.get_maps_totd(token)["monthList"]
    assert "ignoring the token store" in caplog.text
    stored = json.loads((tmp_path / "tokens.json").read_text())
    assert len(stored["tokens"]) == 1, "the file was replaced by a good one"


def test_a_pair_stored_for_another_audience_is_not_reused(emu: Emulator, tmp_path: Path) -> None:
    with Client(emulator_settings(emu, **FAST)) as client:
        login(client, FileTokenStore(tmp_path))
        path = tmp_path / "tokens.json"
        data = json.loads(path.read_text())
        key = store_key(client.settings.core_url, SERVICE_ACCOUNT.login, "NadeoLiveServices")
        data["tokens"][key]["access_token"] = forged_jwt(
            {"aud": "NadeoServices", "usg": "Client", "iat": 1, "exp": 4_000_000_000}
        )
        path.write_text(json.dumps(data))
        emu.log.clear()
        token = login(client, FileTokenStore(tmp_path))
    assert token.audience == "NadeoLiveServices"
    assert logins(emu) == 1


def test_a_wrong_password_is_refused_even_with_stored_tokens(
    emu: Emulator, tmp_path: Path
) -> None:
    with Client(emulator_settings(emu, **FAST)) as client:
        login(client, FileTokenStore(tmp_path))
        emu.log.clear()
        again = login(client, FileTokenStore(tmp_path))
        assert logins(emu) == 0 and again.account_id
        with pytest.raises(AuthenticationError):
            login(client, FileTokenStore(tmp_path), password="not-the-password")
    assert "not-the-password" not in (tmp_path / "tokens.json").read_text()


def unusable_stores(tmp_path: Path) -> dict[str, Path]:
    regular = tmp_path / "a-file"
    regular.write_text("not a directory")
    planted = tmp_path / "planted"
    planted.mkdir()
    return {
        "under a regular file": regular / "store",
        "unwritable": Path("/proc/nadeo-api-store"),
        "planted lock": planted,
    }


@pytest.mark.parametrize("case", ["under a regular file", "unwritable", "planted lock"])
def test_an_unusable_store_falls_back_to_memory(
    emu: Emulator, tmp_path: Path, case: str, caplog: pytest.LogCaptureFixture
) -> None:
    directory = unusable_stores(tmp_path)[case]
    target = tmp_path / "precious"
    target.write_text("keep me")
    key = store_key(emu.settings().core_url, SERVICE_ACCOUNT.login, "NadeoLiveServices")
    if case == "planted lock":
        (directory / f".{key}.lock").symlink_to(target)
    store = FileTokenStore(directory)
    with Client(emulator_settings(emu, **FAST)) as client:
        first = login(client, store)
        again = login(client, store)
        assert client.live.get_maps_totd(again)["monthList"]
    assert again.access_token == first.access_token, "kept in memory"
    assert "cannot be used" in caplog.text
    assert target.read_text() == "keep me"


class AnnouncedLocks(FileTokenStore):
    """A file store that says when a lock is being taken (its `entering` event is set), and
    keeps every lock it hands out: only giving one back frees it, never the garbage collector
    freeing what nobody refers to any more."""

    def __init__(self, directory: Path, *, lock_timeout: float) -> None:
        super().__init__(directory, lock_timeout=lock_timeout)
        self.entering = threading.Event()
        self.handed: list[contextlib.AbstractContextManager[object]] = []

    def lock(self, key: str) -> contextlib.AbstractContextManager[object]:
        store, file_lock = self, super().lock(key)
        self.handed.append(file_lock)

        class Announced:
            def __enter__(self) -> object:
                store.entering.set()
                return file_lock.__enter__()

            def __exit__(self, *exc_info: Any) -> None:
                file_lock.__exit__(*exc_info)

        return Announced()


def test_a_task_cancelled_while_waiting_for_the_store_lock_leaves_it_free(
    emu: Emulator, tmp_path: Path
) -> None:
    store = AnnouncedLocks(tmp_path, lock_timeout=30)
    settings = emulator_settings(emu, **FAST)
    key = store_key(settings.core_url, SERVICE_ACCOUNT.login, "NadeoLiveServices")
    other_process = FileLock(str(tmp_path / f".{key}.lock"), thread_local=False)

    async def main() -> None:
        async with AsyncClient(settings) as client:
            waiting = asyncio.ensure_future(
                auth.ServiceToken.aget(
                    "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT,
                    client=client, store=store,
                )
            )  # fmt: skip
            # It now waits for the lock held by "another process".
            assert await asyncio.to_thread(store.entering.wait, 30), "it never took the lock"
            waiting.cancel()
            with pytest.raises(asyncio.CancelledError):
                await waiting
            other_process.release()  # the waiting thread takes it, and must give it back:

    other_process.acquire()
    asyncio.run(main())
    probe = FileLock(str(tmp_path / f".{key}.lock"), timeout=5, thread_local=False)
    with probe:
        pass
