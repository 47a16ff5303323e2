"""Declarations of the Core API's endpoints documented under `core/deprecated/`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ... import _checks as check
from ..._chunking import Chunks, concatenated
from ..._endpoint import Call, call, endpoint
from ..._errors import ArgumentError
from ._shared import _ACCOUNTS, _account_ids, _listed, _map_uids, _records_query, _uuids

if TYPE_CHECKING:
    from ...auth import ServiceToken, WebServicesToken


MAX_DISPLAY_NAMES = 50
"""The most account IDs the removed display names endpoint took in one request."""
MAX_IDS = 200
"""The most account or map IDs the deprecated records endpoint takes in one request (the URI
stays short enough); it is not split, since it refuses several of both lists."""


@endpoint(
    "core", "GET", "/accounts/displayNames/", user_only=True,
    model="core.deprecated.DisplayNameList",
    deprecated="the service removed it on 2023-09-19; use oauth.get_display_names()",
)
def get_display_names(token: ServiceToken, account_ids: Sequence[str]) -> Call:
    """Get players' display names (deprecated: removed by the service on 2023-09-19).

    Args:
        account_ids: the players' account IDs, 1 to 50.

    Remarks: needs a service account (dedicated servers get a 401). Use the OAuth API's
    `get_display_names()` instead.
    """
    ids = _uuids("account_ids", _listed("account_ids", account_ids, MAX_DISPLAY_NAMES),
                 "an account ID")
    return call(query={"accountIdList": ids})


@endpoint(
    "core", "GET", "/webidentities/", model="core._shared.WebIdentityList", chunks=_ACCOUNTS,
    deprecated="the service deprecated it on 2026-01-01; use get_web_identities()",
)
def get_web_identities_legacy(token: WebServicesToken, account_ids: Sequence[str]) -> Call:
    """Get players' identities with Ubisoft's providers (deprecated: use
    `get_web_identities()`, which answers the same).

    Args:
        account_ids: the players' account IDs: at least one, any number (sent in as few
            requests as the URI limit allows, each ID once).

    Remarks: each player usually has two identities, `ubiServices` and `uplay`, otherwise
    alike; `timestamp` is when the account was created.
    """
    return call(query={"accountIdList": _account_ids(account_ids)})


@endpoint(
    "core", "GET", "/maps/", model="core._shared.CoreMapList",
    chunks=Chunks(("map_ids", "map_uids"), None, concatenated),
    deprecated="the service deprecated it on 2026-01-01; use get_maps_info_by_ids() or "
    "get_maps_info_by_uids()",
)
def get_maps_info(
    token: WebServicesToken,
    map_ids: Sequence[str] | None = None,
    map_uids: Sequence[str] | None = None,
) -> Call:
    """Get several maps by their map IDs or by their UIDs (deprecated: use
    `get_maps_info_by_ids()` or `get_maps_info_by_uids()`).

    Args:
        map_ids: the map IDs; or None, with `map_uids`.
        map_uids: the map UIDs; or None, with `map_ids`.
            Either list may be of any length: it is sent in as few requests as the URI limit
            allows, each item once.

    Remarks: one of the two lists at a time. Unknown maps are left out, and so are invalid
    UIDs; an invalid map ID is a 400.
    """
    if (map_ids is None) == (map_uids is None):
        raise ArgumentError("give exactly one of map_ids and map_uids")
    if map_ids is not None:
        return call(query={"mapIdList": _uuids("map_ids", map_ids, "a map ID")})
    return call(query={"mapUidList": _map_uids(map_uids)})


@endpoint(
    "core", "GET", "/mapRecords/", model="core._shared.MapRecordList",
    deprecated="the service deprecated it on 2024-07-01; use get_map_records_by_accounts()",
)
def get_map_records(
    token: WebServicesToken,
    account_ids: Sequence[str],
    map_ids: Sequence[str] | None = None,
    season_id: str | None = None,
    game_mode: str | None = None,
) -> Call:
    """Get records of players on maps (deprecated: use `get_map_records_by_accounts()`).

    Args:
        account_ids: the players' account IDs, 1 to 200; only one with several maps.
        map_ids: the map IDs (not UIDs), 1 to 200; None: every map (the token's own records
            only, and not with a dedicated server's token: else a 403).
        season_id: the season whose records to get; None: the PB leaderboard.
        game_mode: `TimeAttack`, `TimeAttackClone`, `Stunt` or `Platform`; None: the
            service's default.

    Remarks: several maps with several accounts is a 400 (since July 2024). Stunt and
    Platform maps need their `game_mode` (else a 404); Race maps with clones answer nothing
    without `TimeAttackClone` (outside seasons). Under a secret threshold some records show
    `time` 4294967295 and their `url` is a 403.
    """
    accounts = _listed("account_ids", account_ids, MAX_IDS)
    if map_ids is not None and len(_listed("map_ids", map_ids, MAX_IDS)) > 1 and len(accounts) > 1:
        raise ArgumentError(
            "account_ids must hold one account ID when map_ids holds several (the service "
            "refuses several of both)"
        )
    query: dict[str, Any] = {
        "accountIdList": _account_ids(account_ids),
        "mapIdList": None if map_ids is None else _uuids("map_ids", map_ids, "a map ID"),
        **_records_query(season_id, game_mode),
    }
    return call(query=query)


@endpoint(
    "core", "GET", "/v2/mapRecords/", model="core._shared.MapRecordList", chunks=_ACCOUNTS,
    deprecated="the service deprecated it on 2026-01-01; use get_map_records_by_accounts()",
)
def get_map_records_v2(
    token: WebServicesToken,
    account_ids: Sequence[str],
    map_id: str,
    season_id: str | None = None,
    game_mode: str | None = None,
) -> Call:
    """Get some players' records on one map (deprecated: use `get_map_records_by_accounts()`,
    which answers the same).

    Args:
        account_ids: the players' account IDs: at least one, any number (sent in as few
            requests as the URI limit allows, each ID once).
        map_id: the map ID (not the UID).
        season_id: the season whose records to get; None: the PB leaderboard.
        game_mode: `TimeAttack`, `TimeAttackClone`, `Stunt` or `Platform`; None: the
            service's default.

    Remarks: as `get_map_records_by_accounts()`.
    """
    query: dict[str, Any] = {
        "accountIdList": _account_ids(account_ids),
        "mapId": check.uuid("map_id", map_id, "a map ID"),
        **_records_query(season_id, game_mode),
    }
    return call(query=query)
