"""A Track of the Day bot's daily job, through nadeo_api's public API.

    python examples/demo.py           # against the embedded emulator (no account needed)
    python examples/demo.py --real    # against Nadeo's services: set NADEO_LOGIN,
                                      # NADEO_PASSWORD and NADEO_USER_AGENT first

It logs in as a service account, lists this month's Tracks of the Day, prints the latest one's
top 20, and shows the current seasonal campaign.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Iterator

from nadeo_api import NadeoError, auth, live, text
from nadeo_api.names import Names


def day(timestamp: int) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.timezone.utc).strftime("%a %d %b %Y")


@contextlib.contextmanager
def services(real: bool) -> Iterator[tuple[str, str, str]]:
    """Yield (login, password, agent), pointing the library at the emulator unless `real`."""
    if real:
        missing = [n for n in ("NADEO_LOGIN", "NADEO_PASSWORD", "NADEO_USER_AGENT")
                   if not os.environ.get(n)]
        if missing:
            sys.exit(f"--real needs {', '.join(missing)} in the environment")
        yield os.environ["NADEO_LOGIN"], os.environ["NADEO_PASSWORD"], os.environ[
            "NADEO_USER_AGENT"]
        return
    from nadeo_api.emulator import SERVICE_ACCOUNT, Emulator

    with Emulator() as emulator, emulator.use():
        print(f"Emulated Nadeo services at {emulator.url}\n")
        agent = "nadeo_api demo / example@example.com"
        yield SERVICE_ACCOUNT.login, SERVICE_ACCOUNT.password, agent


def display_names(account_ids: list[str], real: bool) -> dict[str, str]:
    """Account IDs to names through the OAuth API, when credentials for it are at hand."""
    if real:
        client_id = os.environ.get("NADEO_OAUTH_CLIENT_ID")
        secret = os.environ.get("NADEO_OAUTH_CLIENT_SECRET")
        if not (client_id and secret):
            return {}
    else:
        from nadeo_api.emulator import OAUTH_CLIENT

        client_id, secret = OAUTH_CLIENT.client_id, OAUTH_CLIENT.client_secret
    token = auth.OAuthToken.get(client_id, secret, "nadeo_api demo / example@example.com")
    return Names(token).display_names(account_ids)  # 50 a request


def run(real: bool) -> None:
    with services(real) as (login, password, agent):
        token = auth.ServiceToken.get("live", login, password, agent)
        print(f"Logged in as {token.display_name} ({token.audience})\n")

        month = live.get_maps_totd(token)["monthList"][0]
        days = [d for d in month["days"] if d["mapUid"]]
        print(f"Tracks of the Day, {month['year']}-{month['month']:02d} ({len(days)} so far)")
        maps = {m["uid"]: m for m in live.get_maps_info(token, [d["mapUid"] for d in days])[
            "mapList"]}
        for entry in days:
            # Map names carry Trackmania's `$` styling: text.plain leaves it out.
            name = text.plain(maps.get(entry["mapUid"], {}).get("name", entry["mapUid"]))
            print(f"  {day(entry['startTimestamp'])}  {name}")

        latest = days[-1]
        # The typed twin returns models: record.time formats the race time as m:ss.mmm.
        board = live.get_map_leaderboard.typed(token, latest["mapUid"], length=20)
        names = display_names([record.account_id for record in board.world], real)
        print(f"\nTop 20 of the latest Track of the Day ({day(latest['startTimestamp'])}):")
        print(f"  {'pos':>3}  {'player':<24} {'time':>10}")
        for record in board.world:
            player = names.get(record.account_id, record.account_id[:8])
            print(f"  {record.position:>3}  {player:<24} {record.time:>10}")

        campaign = live.get_maps_seasonal(token)["campaignList"][0]
        print(f"\nCurrent seasonal campaign: {campaign['name']}, {len(campaign['playlist'])} maps,"
              f" {day(campaign['startTimestamp'])} to {day(campaign['endTimestamp'])}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", action="store_true", help="use Nadeo's real services")
    args = parser.parse_args()
    try:
        run(args.real)
    except NadeoError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
