"""One worker of a fleet that shares its budget and tokens through Redis (run as a script).

    fleet_worker.py CORE_URL LIVE_URL REDIS_URL START RATE BURST THREADS CALLS [due]

Waits until the Unix time START, logs in (or finds the fleet's tokens), then THREADS threads make
CALLS calls each (with `due`: once the token is due for renewal); prints the number of calls
answered.
"""

from __future__ import annotations

import sys
import threading
import time

from nadeo_api import Client, Settings, auth
from nadeo_api.emulator import SERVICE_ACCOUNT


def main() -> int:
    core, live, redis_url, start, rate, burst, threads, calls = sys.argv[1:9]
    when_due = sys.argv[9:] == ["due"]
    settings = Settings(
        core_url=core, live_url=live, redis_url=redis_url, rate_limit=float(rate),
        rate_burst=int(burst), backoff_base=0.01, backoff_max=0.05, cache="off",
    )
    answered: list[int] = []
    time.sleep(max(0.0, float(start) - time.time()))
    with Client(settings) as client:
        token = auth.ServiceToken.get(
            "live", SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, "fleet / tests",
            client=client,
        )

        if when_due:
            time.sleep(max(0.0, (token.rat or 0) - time.time()) + 0.05)

        # Each call asks its own month (nothing kept, no two calls sharing a request): every
        # call is a request of its own.
        def work(thread: int) -> None:
            for call in range(int(calls)):
                offset = thread * int(calls) + call
                if client.live.get_maps_totd(token, offset=offset)["monthList"]:
                    answered.append(1)

        workers = [
            threading.Thread(target=work, args=(thread,)) for thread in range(int(threads))
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    print(len(answered))
    return 0


if __name__ == "__main__":
    sys.exit(main())
