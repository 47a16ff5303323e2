"""Declarations of the Core API's endpoints documented under `core/accounts/`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ... import _checks as check
from ..._endpoint import Call, call, endpoint
from ..._pagination import paged
from ._shared import _ACCOUNTS, _account_ids

if TYPE_CHECKING:
    from ...auth import ServiceToken, WebServicesToken


MAX_TROPHY_ENTRIES = 1000
TROPHY_TIERS = 9


@endpoint(
    "core", "GET", "/accounts/clubTags/", user_only=True,
    model="core.accounts.ClubTagList", chunks=_ACCOUNTS,
)
def get_account_club_tags(token: ServiceToken, account_ids: Sequence[str]) -> Call:
    """Get the club tag each player shows next to its name.

    Args:
        account_ids: the players' account IDs: at least one, any number
            (sent in as few requests as the URI limit allows, each ID once).

    Remarks: needs a service account (dedicated servers get a 401). A player has at most one
    tag, which need not be the tag of its pinned club; the answer gives the tag only, not the
    club (tags are not unique). The service also reads the `accountIdList[]=` array form.
    """
    return call(query={"accountIdList": _account_ids(account_ids)})


@endpoint(
    "core", "GET", "/accounts/{accountId}/trophies", user_only=True,
    model="core.accounts.TrophyHistory"
)
def get_trophy_history(
    token: ServiceToken,
    account_id: str,
    count: int = 100,
    offset: int = 0,
    trophy_type: int | None = None,
) -> Call:
    """Get a player's trophy gains, newest first.

    Args:
        account_id: the player's account ID.
        count: gains to get, 1 to 1,000.
        offset: gains to skip, counting back from the newest.
        trophy_type: only gains of this trophy tier, 1 to 9; None: every tier.

    Remarks: needs a service account (dedicated servers get a 401). An unknown account
    answers no gains and a `totalCount` of 0.
    """
    query: dict[str, Any] = {
        "count": check.count("count", count, minimum=1, maximum=MAX_TROPHY_ENTRIES),
        "offset": check.count("offset", offset),
    }
    if trophy_type is not None:
        query["trophyType"] = check.count(
            "trophy_type", trophy_type, minimum=1, maximum=TROPHY_TIERS
        )
    return call(accountId=check.uuid("account_id", account_id, "an account ID"), query=query)


@endpoint(
    "core", "GET", "/accounts/{accountId}/trophies/lastYearSummary", user_only=True,
    model="core.accounts.TrophySummary",
)
def get_trophy_summary(token: ServiceToken, account_id: str) -> Call:
    """Get a player's trophies of the last year by tier, and their points.

    Args:
        account_id: the player's account ID.

    Remarks: trophies and their points expire a year after they were earned; only unexpired
    ones count, and their points make the player's world and zone ranks. Needs a service
    account (dedicated servers get a 401). An unknown account answers zeros.
    """
    return call(accountId=check.uuid("account_id", account_id, "an account ID"))


@endpoint(
    "core", "GET", "/webidentities/by-account/",
    model="core._shared.WebIdentityList", chunks=_ACCOUNTS,
)
def get_web_identities(token: WebServicesToken, account_ids: Sequence[str]) -> Call:
    """Get players' identities with Ubisoft's providers.

    Args:
        account_ids: the players' account IDs: at least one, any number
            (sent in as few requests as the URI limit allows, each ID once).

    Remarks: each player usually has two identities, `ubiServices` and `uplay`, otherwise
    alike; `timestamp` is when the account was created (when it started playing).
    """
    return call(query={"accountIdList": _account_ids(account_ids)})


@endpoint(
    "core", "GET", "/accounts/zones/", user_only=True,
    model="core.accounts.AccountZoneList", chunks=_ACCOUNTS,
)
def get_account_zones(token: ServiceToken, account_ids: Sequence[str]) -> Call:
    """Get the zone of each player.

    Args:
        account_ids: the players' account IDs: at least one, any number
            (sent in as few requests as the URI limit allows, each ID once).

    Remarks: needs a service account (dedicated servers get a 401). `zoneId`s are named by
    `get_zones()`; the Live trophy rankings give players' zone chains with names.
    """
    return call(query={"accountIdList": _account_ids(account_ids)})


iter_trophy_history = paged(
    get_trophy_history, what="an account's trophy gains, newest first", items="data", key=None,
    total="totalCount", page_size=MAX_TROPHY_ENTRIES, length="count",
    model="core.accounts.TrophyHistoryEntry",
)
