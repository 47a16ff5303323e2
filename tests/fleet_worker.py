"""One worker of a fleet that shares its budget and tokens through Redis: run in a process of
its own (forked by the fleet test, so it starts in milliseconds with the library imported)."""

from __future__ import annotations

import threading
import time

from nadeo_api import Client, Settings, auth


def run(settings: Settings, login: str, password: str, threads: int, calls: int,
        *, when_due: bool = False) -> int:
    """Log in (or find the fleet's tokens), then `threads` threads make `calls` calls each (with
    `when_due`: once the token is due for renewal); the number of calls answered."""
    answered: list[int] = []
    with Client(settings) as client:
        token = auth.ServiceToken.get("live", login, password, "fleet / tests", client=client)

        if when_due:
            # The emulator's tokens are due at a whole second, one or two after their issue.
            time.sleep(max(0.0, (token.rat or 0) - time.time()) + 0.05)

        # Each call asks its own month (nothing kept, no two calls sharing a request): every
        # call is a request of its own.
        def work(thread: int) -> None:
            for call in range(calls):
                if client.live.get_maps_totd(token, offset=thread * calls + call)["monthList"]:
                    answered.append(1)

        workers = [threading.Thread(target=work, args=(thread,)) for thread in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    return len(answered)
