"""Declarations of the Core API's endpoints documented under `core/records/`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ... import _checks as check
from ..._chunking import Chunks, concatenated
from ..._endpoint import Call, call, endpoint
from ..._errors import ArgumentError
from ._shared import _ACCOUNTS, GAME_MODES, _account_ids, _records_query, _uuids

if TYPE_CHECKING:
    from ...auth import ServiceToken, WebServicesToken


_RECORD_IDS = Chunks("map_record_ids", None, concatenated)


@endpoint(
    "core", "GET", "/v2/accounts/{accountId}/mapRecords", user_only=True,
    model="core._shared.MapRecordList",
    chunks=Chunks(("map_ids", "season_ids"), None, concatenated),
)
def get_account_records(
    token: ServiceToken,
    account_id: str,
    map_ids: Sequence[str] | None = None,
    season_ids: Sequence[str] | None = None,
    game_mode: str | None = None,
) -> Call:
    """Get the account's own records on some maps or in some official seasons.

    Args:
        account_id: the account's own ID (anyone else's is a 403).
        map_ids: records on these maps (map IDs, not UIDs).
        season_ids: records in these official campaign seasons.
            Either list may be of any length: it is sent in as few requests as the URI limit
            allows, each ID once.
        game_mode: `TimeAttack`, `TimeAttackClone` (Race maps with clones, outside seasons),
            `Stunt` or `Platform` (maps of those types); None: the service's default.

    Exactly one of `map_ids` and `season_ids` is needed: since January 2026 the service no
    longer lists the latest records, and given both it applies both to every record.

    Remarks: only for the account itself, so not for dedicated servers; only its latest 1,000
    records can be read. Race maps with clones answer nothing without
    `game_mode="TimeAttackClone"` (outside seasons). Under a secret threshold some records
    show `time` 4294967295 and their `url` is a 403.
    """
    if (map_ids is None) == (season_ids is None):
        raise ArgumentError(
            f"exactly one of map_ids and season_ids must be given (got map_ids={map_ids!r}, "
            f"season_ids={season_ids!r})"
        )
    query: dict[str, Any] = {
        "mapIdList": None if map_ids is None else _uuids("map_ids", map_ids, "a map ID"),
        "seasonIdList": None
        if season_ids is None
        else _uuids("season_ids", season_ids, "a season ID"),
        "gameMode": None if game_mode is None else check.choice("game_mode", game_mode, GAME_MODES),
    }
    return call(accountId=check.uuid("account_id", account_id, "an account ID"), query=query)


@endpoint("core", "GET", "/mapRecords/{mapRecordId}", model="core._shared.MapRecord")
def get_map_record(token: WebServicesToken, map_record_id: str) -> Call:
    """Get a record by its record ID.

    Args:
        map_record_id: the record's `mapRecordId` (as `get_map_records_by_accounts()` gives).

    Remarks: under a secret threshold `time` is 4294967295 and the `url` is a 403;
    `get_map_records_by_ids()` gets several records at once.
    """
    return call(mapRecordId=check.uuid("map_record_id", map_record_id, "a record ID"))


@endpoint(
    "core", "GET", "/v2/mapRecords/by-account/",
    model="core._shared.MapRecordList", chunks=_ACCOUNTS,
)
def get_map_records_by_accounts(
    token: WebServicesToken,
    account_ids: Sequence[str],
    map_id: str,
    season_id: str | None = None,
    game_mode: str | None = None,
) -> Call:
    """Get some players' records on one map.

    Args:
        account_ids: the players' account IDs: at least one, any number
            (sent in as few requests as the URI limit allows, each ID once).
        map_id: the map ID (not the UID; `get_maps_info_by_uids()` translates UIDs).
        season_id: the season whose records to get; None: the PB leaderboard (the service
            refuses `Personal_Best`).
        game_mode: `TimeAttack`, `TimeAttackClone`, `Stunt` or `Platform`; None: the
            service's default.

    Remarks: one map a request. Stunt and Platform maps need `game_mode` `Stunt`/`Platform`
    (else a 404, `Not Found`); Race maps with clones answer nothing without
    `game_mode="TimeAttackClone"` (outside seasons). Players without a record are left out.
    Under a secret threshold some records show `time` 4294967295 and their `url` is a 403.
    """
    query: dict[str, Any] = {
        "accountIdList": _account_ids(account_ids),
        "mapId": check.uuid("map_id", map_id, "a map ID"),
        **_records_query(season_id, game_mode),
    }
    return call(query=query)


@endpoint(
    "core", "GET", "/v2/mapRecords/by-id/",
    model="core._shared.MapRecordList", chunks=_RECORD_IDS,
)
def get_map_records_by_ids(token: WebServicesToken, map_record_ids: Sequence[str]) -> Call:
    """Get records by their record IDs.

    Args:
        map_record_ids: the records' `mapRecordId`s: at least one, any number (sent in as few
            requests as the URI limit allows, each ID once).

    Remarks: unknown records are left out; under a secret threshold some records show
    `time` 4294967295 and their `url` is a 403.
    """
    return call(
        query={"mapRecordIdList": _uuids("map_record_ids", map_record_ids, "a record ID")}
    )
