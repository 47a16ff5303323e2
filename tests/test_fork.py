"""After `os.fork()`, parent and child each talk over their own connections (a worker pool that
forks after the first request must not share the parent's keep-alive socket)."""

from __future__ import annotations

import os
import select
import signal

import pytest

from nadeo_api import auth, default_client, live
from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

from .conftest import AGENT

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork() on this system")


def test_a_forked_child_uses_connections_of_its_own(defaults: Emulator) -> None:
    token = auth.ServiceToken.get("live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, AGENT)
    expected = live.get_maps_weekly_short(token)
    assert live.get_maps_totd(token)["monthList"]  # the parent's keep-alive connection is open
    parents = default_client()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        try:
            answers = [live.get_maps_weekly_short(token) for _ in range(5)]
            fine = default_client() is not parents and all(a == expected for a in answers)
            os.write(write, b"ok" if fine else b"wrong")
        finally:
            os._exit(0)
    os.close(write)
    months = [live.get_maps_totd(token) for _ in range(5)]
    assert all("monthList" in answer for answer in months)
    # The child's word, or the end of the pipe when it exits without one.
    answered, _, _ = select.select([read], [], [], 30)
    if not answered:
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    if not answered:
        pytest.fail("the child hung on the parent's connection")
    assert os.read(read, 16) == b"ok"
    os.close(read)
