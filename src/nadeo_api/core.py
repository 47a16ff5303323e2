"""Functions for the Core API: accounts, maps, records, skins, zones.

Each function takes a token for the `NadeoServices` audience first, checks its
arguments before sending anything, and returns the decoded JSON; where the answer
has a model, a `.typed` twin returns it from `nadeo_api.models`, and each iterator's
`.typed` form yields its items' models. They run on the process's
default `Client`; `Client().core` (a `CoreEndpoints`) has them bound to a client
of your own, and `nadeo_api.aio.core` has their async twins. `nadeo-api endpoints`
lists them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._public import made_on_first_use

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from typing import Any, Protocol

    from ._pagination import Progress
    from ._public import sync_function, sync_iterator
    from .auth import ServiceToken, WebServicesToken
    from .endpoints.core import accounts as _accounts
    from .endpoints.core import deprecated as _deprecated
    from .endpoints.core import generic as _generic
    from .endpoints.core import maps as _maps
    from .endpoints.core import meta as _meta
    from .endpoints.core import records as _records
    from .endpoints.core import skins as _skins
    from .models.core._shared import CoreMap, CoreMapList, MapRecord, MapRecordList, WebIdentityList
    from .models.core.accounts import (
        AccountZoneList,
        ClubTagList,
        TrophyHistory,
        TrophyHistoryEntry,
        TrophySummary,
    )
    from .models.core.deprecated import DisplayNameList
    from .models.core.maps import CoreMapPage, MapFavorite, MapFavorites, MapVote
    from .models.core.meta import ApiRoutes, ZoneInfoList
    from .models.core.skins import EquippedSkinList, FavoriteSkinList, Skin

    class _GetAccountClubTags(Protocol):
        def __call__(self, token: ServiceToken, account_ids: Sequence[str]) -> list[Any]:
            """Get the club tag each player shows next to its name.

            Args:
                account_ids: the players' account IDs: at least one, any number
                    (sent in as few requests as the URI limit allows, each ID once).

            Remarks: needs a service account (dedicated servers get a 401). A player has at most one
            tag, which need not be the tag of its pinned club; the answer gives the tag only, not the
            club (tags are not unique). The service also reads the `accountIdList[]=` array form.
            """
            ...

        def typed(self, token: ServiceToken, account_ids: Sequence[str]) -> ClubTagList:
            """`get_account_club_tags`, returning the answer as a `ClubTagList`.

            Get the club tag each player shows next to its name.

            Args:
                account_ids: the players' account IDs: at least one, any number
                    (sent in as few requests as the URI limit allows, each ID once).

            Remarks: needs a service account (dedicated servers get a 401). A player has at most one
            tag, which need not be the tag of its pinned club; the answer gives the tag only, not the
            club (tags are not unique). The service also reads the `accountIdList[]=` array form.
            """
            ...

    class _GetTrophyHistory(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            account_id: str,
            count: int = 100,
            offset: int = 0,
            trophy_type: int | None = None,
        ) -> dict[str, Any]:
            """Get a player's trophy gains, newest first.

            Args:
                account_id: the player's account ID.
                count: gains to get, 1 to 1,000.
                offset: gains to skip, counting back from the newest.
                trophy_type: only gains of this trophy tier, 1 to 9; None: every tier.

            Remarks: needs a service account (dedicated servers get a 401). An unknown account
            answers no gains and a `totalCount` of 0.
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            account_id: str,
            count: int = 100,
            offset: int = 0,
            trophy_type: int | None = None,
        ) -> TrophyHistory:
            """`get_trophy_history`, returning the answer as a `TrophyHistory`.

            Get a player's trophy gains, newest first.

            Args:
                account_id: the player's account ID.
                count: gains to get, 1 to 1,000.
                offset: gains to skip, counting back from the newest.
                trophy_type: only gains of this trophy tier, 1 to 9; None: every tier.

            Remarks: needs a service account (dedicated servers get a 401). An unknown account
            answers no gains and a `totalCount` of 0.
            """
            ...

    class _GetTrophySummary(Protocol):
        def __call__(self, token: ServiceToken, account_id: str) -> dict[str, Any]:
            """Get a player's trophies of the last year by tier, and their points.

            Args:
                account_id: the player's account ID.

            Remarks: trophies and their points expire a year after they were earned; only unexpired
            ones count, and their points make the player's world and zone ranks. Needs a service
            account (dedicated servers get a 401). An unknown account answers zeros.
            """
            ...

        def typed(self, token: ServiceToken, account_id: str) -> TrophySummary:
            """`get_trophy_summary`, returning the answer as a `TrophySummary`.

            Get a player's trophies of the last year by tier, and their points.

            Args:
                account_id: the player's account ID.

            Remarks: trophies and their points expire a year after they were earned; only unexpired
            ones count, and their points make the player's world and zone ranks. Needs a service
            account (dedicated servers get a 401). An unknown account answers zeros.
            """
            ...

    class _GetWebIdentities(Protocol):
        def __call__(self, token: WebServicesToken, account_ids: Sequence[str]) -> list[Any]:
            """Get players' identities with Ubisoft's providers.

            Args:
                account_ids: the players' account IDs: at least one, any number
                    (sent in as few requests as the URI limit allows, each ID once).

            Remarks: each player usually has two identities, `ubiServices` and `uplay`, otherwise
            alike; `timestamp` is when the account was created (when it started playing).
            """
            ...

        def typed(self, token: WebServicesToken, account_ids: Sequence[str]) -> WebIdentityList:
            """`get_web_identities`, returning the answer as a `WebIdentityList`.

            Get players' identities with Ubisoft's providers.

            Args:
                account_ids: the players' account IDs: at least one, any number
                    (sent in as few requests as the URI limit allows, each ID once).

            Remarks: each player usually has two identities, `ubiServices` and `uplay`, otherwise
            alike; `timestamp` is when the account was created (when it started playing).
            """
            ...

    class _GetAccountZones(Protocol):
        def __call__(self, token: ServiceToken, account_ids: Sequence[str]) -> list[Any]:
            """Get the zone of each player.

            Args:
                account_ids: the players' account IDs: at least one, any number
                    (sent in as few requests as the URI limit allows, each ID once).

            Remarks: needs a service account (dedicated servers get a 401). `zoneId`s are named by
            `get_zones()`; the Live trophy rankings give players' zone chains with names.
            """
            ...

        def typed(self, token: ServiceToken, account_ids: Sequence[str]) -> AccountZoneList:
            """`get_account_zones`, returning the answer as a `AccountZoneList`.

            Get the zone of each player.

            Args:
                account_ids: the players' account IDs: at least one, any number
                    (sent in as few requests as the URI limit allows, each ID once).

            Remarks: needs a service account (dedicated servers get a 401). `zoneId`s are named by
            `get_zones()`; the Live trophy rankings give players' zone chains with names.
            """
            ...

    class _GetDisplayNames(Protocol):
        def __call__(self, token: ServiceToken, account_ids: Sequence[str]) -> list[Any]:
            """Get players' display names (deprecated: removed by the service on 2023-09-19).

            Args:
                account_ids: the players' account IDs, 1 to 50.

            Remarks: needs a service account (dedicated servers get a 401). Use the OAuth API's
            `get_display_names()` instead.
            """
            ...

        def typed(self, token: ServiceToken, account_ids: Sequence[str]) -> DisplayNameList:
            """`get_display_names`, returning the answer as a `DisplayNameList`.

            Get players' display names (deprecated: removed by the service on 2023-09-19).

            Args:
                account_ids: the players' account IDs, 1 to 50.

            Remarks: needs a service account (dedicated servers get a 401). Use the OAuth API's
            `get_display_names()` instead.
            """
            ...

    class _GetWebIdentitiesLegacy(Protocol):
        def __call__(self, token: WebServicesToken, account_ids: Sequence[str]) -> list[Any]:
            """Get players' identities with Ubisoft's providers (deprecated: use
            `get_web_identities()`, which answers the same).

            Args:
                account_ids: the players' account IDs: at least one, any number (sent in as few
                    requests as the URI limit allows, each ID once).

            Remarks: each player usually has two identities, `ubiServices` and `uplay`, otherwise
            alike; `timestamp` is when the account was created.
            """
            ...

        def typed(self, token: WebServicesToken, account_ids: Sequence[str]) -> WebIdentityList:
            """`get_web_identities_legacy`, returning the answer as a `WebIdentityList`.

            Get players' identities with Ubisoft's providers (deprecated: use
            `get_web_identities()`, which answers the same).

            Args:
                account_ids: the players' account IDs: at least one, any number (sent in as few
                    requests as the URI limit allows, each ID once).

            Remarks: each player usually has two identities, `ubiServices` and `uplay`, otherwise
            alike; `timestamp` is when the account was created.
            """
            ...

    class _GetMapsInfo(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            map_ids: Sequence[str] | None = None,
            map_uids: Sequence[str] | None = None,
        ) -> list[Any]:
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
            ...

        def typed(
            self,
            token: WebServicesToken,
            map_ids: Sequence[str] | None = None,
            map_uids: Sequence[str] | None = None,
        ) -> CoreMapList:
            """`get_maps_info`, returning the answer as a `CoreMapList`.

            Get several maps by their map IDs or by their UIDs (deprecated: use
            `get_maps_info_by_ids()` or `get_maps_info_by_uids()`).

            Args:
                map_ids: the map IDs; or None, with `map_uids`.
                map_uids: the map UIDs; or None, with `map_ids`.
                    Either list may be of any length: it is sent in as few requests as the URI limit
                    allows, each item once.

            Remarks: one of the two lists at a time. Unknown maps are left out, and so are invalid
            UIDs; an invalid map ID is a 400.
            """
            ...

    class _GetMapRecords(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            account_ids: Sequence[str],
            map_ids: Sequence[str] | None = None,
            season_id: str | None = None,
            game_mode: str | None = None,
        ) -> list[Any]:
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
            ...

        def typed(
            self,
            token: WebServicesToken,
            account_ids: Sequence[str],
            map_ids: Sequence[str] | None = None,
            season_id: str | None = None,
            game_mode: str | None = None,
        ) -> MapRecordList:
            """`get_map_records`, returning the answer as a `MapRecordList`.

            Get records of players on maps (deprecated: use `get_map_records_by_accounts()`).

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
            ...

    class _GetMapRecordsV2(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            account_ids: Sequence[str],
            map_id: str,
            season_id: str | None = None,
            game_mode: str | None = None,
        ) -> list[Any]:
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
            ...

        def typed(
            self,
            token: WebServicesToken,
            account_ids: Sequence[str],
            map_id: str,
            season_id: str | None = None,
            game_mode: str | None = None,
        ) -> MapRecordList:
            """`get_map_records_v2`, returning the answer as a `MapRecordList`.

            Get some players' records on one map (deprecated: use `get_map_records_by_accounts()`,
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
            ...

    class _Delete(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a DELETE request to the Core API and return the decoded body.

            Args:
                token: a token for the `NadeoServices` audience.
                endpoint: the endpoint, e.g. `zones/`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Get(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
        ) -> Any:
            """Send a GET request to the Core API and return the decoded body.

            Args:
                token: a token for the `NadeoServices` audience.
                endpoint: the endpoint, e.g. `zones/`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Head(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
        ) -> Any:
            """Send a HEAD request to the Core API and return the decoded body.

            Args:
                token: a token for the `NadeoServices` audience.
                endpoint: the endpoint, e.g. `zones/`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Options(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a OPTIONS request to the Core API and return the decoded body.

            Args:
                token: a token for the `NadeoServices` audience.
                endpoint: the endpoint, e.g. `zones/`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Patch(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a PATCH request to the Core API and return the decoded body.

            Args:
                token: a token for the `NadeoServices` audience.
                endpoint: the endpoint, e.g. `zones/`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Post(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a POST request to the Core API and return the decoded body.

            Args:
                token: a token for the `NadeoServices` audience.
                endpoint: the endpoint, e.g. `zones/`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Put(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a PUT request to the Core API and return the decoded body.

            Args:
                token: a token for the `NadeoServices` audience.
                endpoint: the endpoint, e.g. `zones/`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _AddFavoriteMap(Protocol):
        def __call__(self, token: ServiceToken, map_uid: str) -> None:
            """Add a map to the account's favorites.

            Args:
                map_uid: the UID of the map.

            Returns None: the service answers 200 `null`, whether the map was added or not (an
            unknown map too).

            Remarks: only useful with a service account; the Live API's `add_favorite_map` does the
            same.
            """
            ...

    class _RemoveFavoriteMap(Protocol):
        def __call__(self, token: ServiceToken, map_uid: str) -> None:
            """Remove a map from the account's favorites.

            Args:
                map_uid: the UID of the map.

            Returns None: the service answers 200 `null`, even for an unknown map or one that was no
            favorite.

            Remarks: only useful with a service account; the Live API's `remove_favorite_map` does
            the same.
            """
            ...

    class _GetAuthoredMaps(Protocol):
        def __call__(self, token: ServiceToken) -> dict[str, Any]:
            """Get the maps the account made (last saved), whoever uploaded them.

            Remarks: only for the account itself, so not for dedicated servers;
            `get_submitted_maps()` gives the maps it uploaded.
            """
            ...

        def typed(self, token: ServiceToken) -> CoreMapPage:
            """`get_authored_maps`, returning the answer as a `CoreMapPage`.

            Get the maps the account made (last saved), whoever uploaded them.

            Remarks: only for the account itself, so not for dedicated servers;
            `get_submitted_maps()` gives the maps it uploaded.
            """
            ...

    class _GetSubmittedMaps(Protocol):
        def __call__(self, token: ServiceToken) -> dict[str, Any]:
            """Get the maps the account uploaded, whoever made them.

            Remarks: only for the account itself, so not for dedicated servers;
            `get_authored_maps()` gives the maps it made.
            """
            ...

        def typed(self, token: ServiceToken) -> CoreMapPage:
            """`get_submitted_maps`, returning the answer as a `CoreMapPage`.

            Get the maps the account uploaded, whoever made them.

            Remarks: only for the account itself, so not for dedicated servers;
            `get_authored_maps()` gives the maps it made.
            """
            ...

    class _GetFavoriteMapsByUids(Protocol):
        def __call__(self, token: ServiceToken, map_uids: Sequence[str]) -> dict[str, Any]:
            """Get which of some maps are among the account's favorites.

            Args:
                map_uids: the UIDs of the maps: at least one, any number (sent in as few requests as
                    the URI limit allows, each UID once).

            Remarks: only useful with a service account; maps that are unknown or no favorite are
            left out; `timestamp` is when the map became a favorite.
            """
            ...

        def typed(self, token: ServiceToken, map_uids: Sequence[str]) -> MapFavorites:
            """`get_favorite_maps_by_uids`, returning the answer as a `MapFavorites`.

            Get which of some maps are among the account's favorites.

            Args:
                map_uids: the UIDs of the maps: at least one, any number (sent in as few requests as
                    the URI limit allows, each UID once).

            Remarks: only useful with a service account; maps that are unknown or no favorite are
            left out; `timestamp` is when the map became a favorite.
            """
            ...

    class _GetFavoriteMaps(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            offset: int,
            length: int,
            sort: str = "date",
            order: str = "desc",
            map_types: Sequence[str] | None = None,
            playable: bool | None = None,
            only_mine: bool | None = None,
        ) -> dict[str, Any]:
            """Get the account's favorite maps (UIDs and when they became favorites).

            Args:
                offset: maps to skip.
                length: maps to get (at least 1).
                sort: `date` (when the map became a favorite) or `name` (the map's name).
                order: `asc` or `desc`.
                map_types: only maps of these types (e.g. `TrackMania\\TM_Race`); None: every type.
                playable: True: only validated, playable maps.
                only_mine: True: only maps the account made.

            Remarks: only useful with a service account. The Live API's `get_favorite_maps` gives
            the same maps with their metadata.
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            offset: int,
            length: int,
            sort: str = "date",
            order: str = "desc",
            map_types: Sequence[str] | None = None,
            playable: bool | None = None,
            only_mine: bool | None = None,
        ) -> MapFavorites:
            """`get_favorite_maps`, returning the answer as a `MapFavorites`.

            Get the account's favorite maps (UIDs and when they became favorites).

            Args:
                offset: maps to skip.
                length: maps to get (at least 1).
                sort: `date` (when the map became a favorite) or `name` (the map's name).
                order: `asc` or `desc`.
                map_types: only maps of these types (e.g. `TrackMania\\TM_Race`); None: every type.
                playable: True: only validated, playable maps.
                only_mine: True: only maps the account made.

            Remarks: only useful with a service account. The Live API's `get_favorite_maps` gives
            the same maps with their metadata.
            """
            ...

    class _GetMapsInfoByIds(Protocol):
        def __call__(self, token: WebServicesToken, map_ids: Sequence[str]) -> list[Any]:
            """Get several maps by their map IDs.

            Args:
                map_ids: the map IDs (not UIDs): at least one, any number (sent in as few requests as
                    the URI limit allows, each ID once).

            Remarks: unknown map IDs are left out; `get_maps_info_by_uids()` takes map UIDs.
            """
            ...

        def typed(self, token: WebServicesToken, map_ids: Sequence[str]) -> CoreMapList:
            """`get_maps_info_by_ids`, returning the answer as a `CoreMapList`.

            Get several maps by their map IDs.

            Args:
                map_ids: the map IDs (not UIDs): at least one, any number (sent in as few requests as
                    the URI limit allows, each ID once).

            Remarks: unknown map IDs are left out; `get_maps_info_by_uids()` takes map UIDs.
            """
            ...

    class _GetMapsInfoByUids(Protocol):
        def __call__(self, token: WebServicesToken, map_uids: Sequence[str]) -> list[Any]:
            """Get several maps by their UIDs (and so their map IDs).

            Args:
                map_uids: the map UIDs: at least one, any number (sent in as few requests as the URI
                    limit allows, each UID once).

            Remarks: unknown map UIDs are left out; `get_maps_info_by_ids()` takes map IDs.
            """
            ...

        def typed(self, token: WebServicesToken, map_uids: Sequence[str]) -> CoreMapList:
            """`get_maps_info_by_uids`, returning the answer as a `CoreMapList`.

            Get several maps by their UIDs (and so their map IDs).

            Args:
                map_uids: the map UIDs: at least one, any number (sent in as few requests as the URI
                    limit allows, each UID once).

            Remarks: unknown map UIDs are left out; `get_maps_info_by_ids()` takes map IDs.
            """
            ...

    class _GetMapInfo(Protocol):
        def __call__(self, token: WebServicesToken, map_id: str) -> dict[str, Any]:
            """Get a map by its map ID.

            Args:
                map_id: the map ID (not the UID; `get_maps_info_by_uids()` translates UIDs).
            """
            ...

        def typed(self, token: WebServicesToken, map_id: str) -> CoreMap:
            """`get_map_info`, returning the answer as a `CoreMap`.

            Get a map by its map ID.

            Args:
                map_id: the map ID (not the UID; `get_maps_info_by_uids()` translates UIDs).
            """
            ...

    class _SetMapVote(Protocol):
        def __call__(self, token: ServiceToken, map_uid: str, vote: int) -> None:
            """Like or dislike a map as the account.

            Args:
                map_uid: the UID of the map.
                vote: 1 (like), -1 (dislike) or 0 (take the vote back).

            Returns None (the service answers 200 `null`).

            Remarks: only for the account itself, so not for dedicated servers.
            """
            ...

    class _GetMapVote(Protocol):
        def __call__(self, token: ServiceToken, map_uid: str) -> dict[str, Any]:
            """Get the account's vote on a map.

            Args:
                map_uid: the UID of the map.

            Remarks: only for the account itself, so not for dedicated servers. `vote` is 1 (like),
            -1 (dislike) or 0 (never voted, or vote taken back); `voteDate` is the day of the last
            change, not its time.
            """
            ...

        def typed(self, token: ServiceToken, map_uid: str) -> MapVote:
            """`get_map_vote`, returning the answer as a `MapVote`.

            Get the account's vote on a map.

            Args:
                map_uid: the UID of the map.

            Remarks: only for the account itself, so not for dedicated servers. `vote` is 1 (like),
            -1 (dislike) or 0 (never voted, or vote taken back); `voteDate` is the day of the last
            change, not its time.
            """
            ...

    class _GetApiRoutes(Protocol):
        def __call__(self, token: WebServicesToken, usage: str | None = None) -> dict[str, Any]:
            """Get every route of the Core API (method and path by route name).

            Args:
                usage: `Client` (routes for players), `Server` (routes for dedicated servers), or None
                    (every route).

            Remarks: the service needs no token for it; the token only says where Core is.
            """
            ...

        def typed(self, token: WebServicesToken, usage: str | None = None) -> ApiRoutes:
            """`get_api_routes`, returning the answer as a `ApiRoutes`.

            Get every route of the Core API (method and path by route name).

            Args:
                usage: `Client` (routes for players), `Server` (routes for dedicated servers), or None
                    (every route).

            Remarks: the service needs no token for it; the token only says where Core is.
            """
            ...

    class _GetZones(Protocol):
        def __call__(self, token: WebServicesToken) -> list[Any]:
            """Get every zone (World, continents, countries, regions) with its parent."""
            ...

        def typed(self, token: WebServicesToken) -> ZoneInfoList:
            """`get_zones`, returning the answer as a `ZoneInfoList`.

            Get every zone (World, continents, countries, regions) with its parent.
            """
            ...

    class _GetAccountRecords(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            account_id: str,
            map_ids: Sequence[str] | None = None,
            season_ids: Sequence[str] | None = None,
            game_mode: str | None = None,
        ) -> list[Any]:
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
            ...

        def typed(
            self,
            token: ServiceToken,
            account_id: str,
            map_ids: Sequence[str] | None = None,
            season_ids: Sequence[str] | None = None,
            game_mode: str | None = None,
        ) -> MapRecordList:
            """`get_account_records`, returning the answer as a `MapRecordList`.

            Get the account's own records on some maps or in some official seasons.

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
            ...

    class _GetMapRecord(Protocol):
        def __call__(self, token: WebServicesToken, map_record_id: str) -> dict[str, Any]:
            """Get a record by its record ID.

            Args:
                map_record_id: the record's `mapRecordId` (as `get_map_records_by_accounts()` gives).

            Remarks: under a secret threshold `time` is 4294967295 and the `url` is a 403;
            `get_map_records_by_ids()` gets several records at once.
            """
            ...

        def typed(self, token: WebServicesToken, map_record_id: str) -> MapRecord:
            """`get_map_record`, returning the answer as a `MapRecord`.

            Get a record by its record ID.

            Args:
                map_record_id: the record's `mapRecordId` (as `get_map_records_by_accounts()` gives).

            Remarks: under a secret threshold `time` is 4294967295 and the `url` is a 403;
            `get_map_records_by_ids()` gets several records at once.
            """
            ...

    class _GetMapRecordsByAccounts(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            account_ids: Sequence[str],
            map_id: str,
            season_id: str | None = None,
            game_mode: str | None = None,
        ) -> list[Any]:
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
            ...

        def typed(
            self,
            token: WebServicesToken,
            account_ids: Sequence[str],
            map_id: str,
            season_id: str | None = None,
            game_mode: str | None = None,
        ) -> MapRecordList:
            """`get_map_records_by_accounts`, returning the answer as a `MapRecordList`.

            Get some players' records on one map.

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
            ...

    class _GetMapRecordsByIds(Protocol):
        def __call__(self, token: WebServicesToken, map_record_ids: Sequence[str]) -> list[Any]:
            """Get records by their record IDs.

            Args:
                map_record_ids: the records' `mapRecordId`s: at least one, any number (sent in as few
                    requests as the URI limit allows, each ID once).

            Remarks: unknown records are left out; under a secret threshold some records show
            `time` 4294967295 and their `url` is a 403.
            """
            ...

        def typed(self, token: WebServicesToken, map_record_ids: Sequence[str]) -> MapRecordList:
            """`get_map_records_by_ids`, returning the answer as a `MapRecordList`.

            Get records by their record IDs.

            Args:
                map_record_ids: the records' `mapRecordId`s: at least one, any number (sent in as few
                    requests as the URI limit allows, each ID once).

            Remarks: unknown records are left out; under a secret threshold some records show
            `time` 4294967295 and their `url` is a 403.
            """
            ...

    class _GetEquippedSkins(Protocol):
        def __call__(self, token: ServiceToken, account_ids: Sequence[str]) -> list[Any]:
            """Get the skin each player drives with (its ID; `get_skin_info()` tells the rest).

            Args:
                account_ids: the players' account IDs: at least one, any number
                    (sent in as few requests as the URI limit allows, each ID once).

            Remarks: needs a service account (dedicated servers get a 401); players without an
            equipped skin are left out.
            """
            ...

        def typed(self, token: ServiceToken, account_ids: Sequence[str]) -> EquippedSkinList:
            """`get_equipped_skins`, returning the answer as a `EquippedSkinList`.

            Get the skin each player drives with (its ID; `get_skin_info()` tells the rest).

            Args:
                account_ids: the players' account IDs: at least one, any number
                    (sent in as few requests as the URI limit allows, each ID once).

            Remarks: needs a service account (dedicated servers get a 401); players without an
            equipped skin are left out.
            """
            ...

    class _GetFavoriteSkins(Protocol):
        def __call__(self, token: ServiceToken, account_id: str) -> list[Any]:
            """Get the skins in the account's garage (their IDs; `get_skin_info()` tells the rest).

            Args:
                account_id: the account's own ID (anyone else's is a 403).

            Remarks: only for the account itself, so not for dedicated servers; `timestamp` is when
            the skin was added.
            """
            ...

        def typed(self, token: ServiceToken, account_id: str) -> FavoriteSkinList:
            """`get_favorite_skins`, returning the answer as a `FavoriteSkinList`.

            Get the skins in the account's garage (their IDs; `get_skin_info()` tells the rest).

            Args:
                account_id: the account's own ID (anyone else's is a 403).

            Remarks: only for the account itself, so not for dedicated servers; `timestamp` is when
            the skin was added.
            """
            ...

    class _GetSkinInfo(Protocol):
        def __call__(self, token: ServiceToken, skin_id: str) -> dict[str, Any]:
            """Get a skin's names, creator and files.

            Args:
                skin_id: the skin's ID.

            Remarks: needs a service account (dedicated servers get a 401).
            """
            ...

        def typed(self, token: ServiceToken, skin_id: str) -> Skin:
            """`get_skin_info`, returning the answer as a `Skin`.

            Get a skin's names, creator and files.

            Args:
                skin_id: the skin's ID.

            Remarks: needs a service account (dedicated servers get a 401).
            """
            ...

    class _IterTrophyHistory(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            account_id: str,
            trophy_type: int | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[dict[str, Any]]:
            """Iterate over an account's trophy gains, newest first, 1000 a request.

            Args:
                account_id: the player's account ID.
                trophy_type: only gains of this trophy tier, 1 to 9; None: every tier.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_trophy_history` page after page and yields the items of `data` one by one,
            none twice. Stops at `limit`, or at the `totalCount` the first answer announces (no
            request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            account_id: str,
            trophy_type: int | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[TrophyHistoryEntry]:
            """`iter_trophy_history`, yielding each item as a `TrophyHistoryEntry`.

            Iterate over an account's trophy gains, newest first, 1000 a request.

            Args:
                account_id: the player's account ID.
                trophy_type: only gains of this trophy tier, 1 to 9; None: every tier.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_trophy_history` page after page and yields the items of `data` one by one,
            none twice. Stops at `limit`, or at the `totalCount` the first answer announces (no
            request is sent past the last page).
            """
            ...

    class _IterFavoriteMaps(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            sort: str = "date",
            order: str = "desc",
            map_types: Sequence[str] | None = None,
            playable: bool | None = None,
            only_mine: bool | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[dict[str, Any]]:
            """Iterate over the account's favorite maps, 100 a request.

            Args:
                sort: `date` (when the map became a favorite) or `name` (the map's name).
                order: `asc` or `desc`.
                map_types: only maps of these types (e.g. `TrackMania\\TM_Race`); None: every type.
                playable: True: only validated, playable maps.
                only_mine: True: only maps the account made.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_favorite_maps` page after page and yields the items of `mapFavoriteList` one
            by one, none twice. Stops at `limit`, or at the `count` the first answer announces (no
            request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            sort: str = "date",
            order: str = "desc",
            map_types: Sequence[str] | None = None,
            playable: bool | None = None,
            only_mine: bool | None = None,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[MapFavorite]:
            """`iter_favorite_maps`, yielding each item as a `MapFavorite`.

            Iterate over the account's favorite maps, 100 a request.

            Args:
                sort: `date` (when the map became a favorite) or `name` (the map's name).
                order: `asc` or `desc`.
                map_types: only maps of these types (e.g. `TrackMania\\TM_Race`); None: every type.
                playable: True: only validated, playable maps.
                only_mine: True: only maps the account made.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_favorite_maps` page after page and yields the items of `mapFavoriteList` one
            by one, none twice. Stops at `limit`, or at the `count` the first answer announces (no
            request is sent past the last page).
            """
            ...

    class CoreEndpoints:
        """`Client().core`: the functions of `nadeo_api.core`, bound to a client."""

        get_account_club_tags: _GetAccountClubTags
        get_trophy_history: _GetTrophyHistory
        get_trophy_summary: _GetTrophySummary
        get_web_identities: _GetWebIdentities
        get_account_zones: _GetAccountZones
        get_display_names: _GetDisplayNames
        get_web_identities_legacy: _GetWebIdentitiesLegacy
        get_maps_info: _GetMapsInfo
        get_map_records: _GetMapRecords
        get_map_records_v2: _GetMapRecordsV2
        delete: _Delete
        get: _Get
        head: _Head
        options: _Options
        patch: _Patch
        post: _Post
        put: _Put
        add_favorite_map: _AddFavoriteMap
        remove_favorite_map: _RemoveFavoriteMap
        get_authored_maps: _GetAuthoredMaps
        get_submitted_maps: _GetSubmittedMaps
        get_favorite_maps_by_uids: _GetFavoriteMapsByUids
        get_favorite_maps: _GetFavoriteMaps
        get_maps_info_by_ids: _GetMapsInfoByIds
        get_maps_info_by_uids: _GetMapsInfoByUids
        get_map_info: _GetMapInfo
        set_map_vote: _SetMapVote
        get_map_vote: _GetMapVote
        get_api_routes: _GetApiRoutes
        get_zones: _GetZones
        get_account_records: _GetAccountRecords
        get_map_record: _GetMapRecord
        get_map_records_by_accounts: _GetMapRecordsByAccounts
        get_map_records_by_ids: _GetMapRecordsByIds
        get_equipped_skins: _GetEquippedSkins
        get_favorite_skins: _GetFavoriteSkins
        get_skin_info: _GetSkinInfo
        iter_trophy_history: _IterTrophyHistory
        iter_favorite_maps: _IterFavoriteMaps


__all__ = [
    "add_favorite_map",
    "delete",
    "get",
    "get_account_club_tags",
    "get_account_records",
    "get_account_zones",
    "get_api_routes",
    "get_authored_maps",
    "get_display_names",
    "get_equipped_skins",
    "get_favorite_maps",
    "get_favorite_maps_by_uids",
    "get_favorite_skins",
    "get_map_info",
    "get_map_record",
    "get_map_records",
    "get_map_records_by_accounts",
    "get_map_records_by_ids",
    "get_map_records_v2",
    "get_map_vote",
    "get_maps_info",
    "get_maps_info_by_ids",
    "get_maps_info_by_uids",
    "get_skin_info",
    "get_submitted_maps",
    "get_trophy_history",
    "get_trophy_summary",
    "get_web_identities",
    "get_web_identities_legacy",
    "get_zones",
    "head",
    "iter_favorite_maps",
    "iter_trophy_history",
    "options",
    "patch",
    "post",
    "put",
    "remove_favorite_map",
    "set_map_vote",
]

get_account_club_tags: _GetAccountClubTags
get_trophy_history: _GetTrophyHistory
get_trophy_summary: _GetTrophySummary
get_web_identities: _GetWebIdentities
get_account_zones: _GetAccountZones
get_display_names: _GetDisplayNames
get_web_identities_legacy: _GetWebIdentitiesLegacy
get_maps_info: _GetMapsInfo
get_map_records: _GetMapRecords
get_map_records_v2: _GetMapRecordsV2
delete: _Delete
get: _Get
head: _Head
options: _Options
patch: _Patch
post: _Post
put: _Put
add_favorite_map: _AddFavoriteMap
remove_favorite_map: _RemoveFavoriteMap
get_authored_maps: _GetAuthoredMaps
get_submitted_maps: _GetSubmittedMaps
get_favorite_maps_by_uids: _GetFavoriteMapsByUids
get_favorite_maps: _GetFavoriteMaps
get_maps_info_by_ids: _GetMapsInfoByIds
get_maps_info_by_uids: _GetMapsInfoByUids
get_map_info: _GetMapInfo
set_map_vote: _SetMapVote
get_map_vote: _GetMapVote
get_api_routes: _GetApiRoutes
get_zones: _GetZones
get_account_records: _GetAccountRecords
get_map_record: _GetMapRecord
get_map_records_by_accounts: _GetMapRecordsByAccounts
get_map_records_by_ids: _GetMapRecordsByIds
get_equipped_skins: _GetEquippedSkins
get_favorite_skins: _GetFavoriteSkins
get_skin_info: _GetSkinInfo
iter_trophy_history: _IterTrophyHistory
iter_favorite_maps: _IterFavoriteMaps

if TYPE_CHECKING:

    def _made_from_declarations() -> None:
        """What each function is made from, which the checkers hold to its protocol."""
        get_account_club_tags: _GetAccountClubTags = sync_function(
            _accounts.get_account_club_tags, __name__
        )
        get_trophy_history: _GetTrophyHistory = sync_function(
            _accounts.get_trophy_history, __name__
        )
        get_trophy_summary: _GetTrophySummary = sync_function(
            _accounts.get_trophy_summary, __name__
        )
        get_web_identities: _GetWebIdentities = sync_function(
            _accounts.get_web_identities, __name__
        )
        get_account_zones: _GetAccountZones = sync_function(_accounts.get_account_zones, __name__)
        get_display_names: _GetDisplayNames = sync_function(_deprecated.get_display_names, __name__)
        get_web_identities_legacy: _GetWebIdentitiesLegacy = sync_function(
            _deprecated.get_web_identities_legacy, __name__
        )
        get_maps_info: _GetMapsInfo = sync_function(_deprecated.get_maps_info, __name__)
        get_map_records: _GetMapRecords = sync_function(_deprecated.get_map_records, __name__)
        get_map_records_v2: _GetMapRecordsV2 = sync_function(
            _deprecated.get_map_records_v2, __name__
        )
        delete: _Delete = sync_function(_generic.delete, __name__)
        get: _Get = sync_function(_generic.get, __name__)
        head: _Head = sync_function(_generic.head, __name__)
        options: _Options = sync_function(_generic.options, __name__)
        patch: _Patch = sync_function(_generic.patch, __name__)
        post: _Post = sync_function(_generic.post, __name__)
        put: _Put = sync_function(_generic.put, __name__)
        add_favorite_map: _AddFavoriteMap = sync_function(_maps.add_favorite_map, __name__)
        remove_favorite_map: _RemoveFavoriteMap = sync_function(_maps.remove_favorite_map, __name__)
        get_authored_maps: _GetAuthoredMaps = sync_function(_maps.get_authored_maps, __name__)
        get_submitted_maps: _GetSubmittedMaps = sync_function(_maps.get_submitted_maps, __name__)
        get_favorite_maps_by_uids: _GetFavoriteMapsByUids = sync_function(
            _maps.get_favorite_maps_by_uids, __name__
        )
        get_favorite_maps: _GetFavoriteMaps = sync_function(_maps.get_favorite_maps, __name__)
        get_maps_info_by_ids: _GetMapsInfoByIds = sync_function(
            _maps.get_maps_info_by_ids, __name__
        )
        get_maps_info_by_uids: _GetMapsInfoByUids = sync_function(
            _maps.get_maps_info_by_uids, __name__
        )
        get_map_info: _GetMapInfo = sync_function(_maps.get_map_info, __name__)
        set_map_vote: _SetMapVote = sync_function(_maps.set_map_vote, __name__)
        get_map_vote: _GetMapVote = sync_function(_maps.get_map_vote, __name__)
        get_api_routes: _GetApiRoutes = sync_function(_meta.get_api_routes, __name__)
        get_zones: _GetZones = sync_function(_meta.get_zones, __name__)
        get_account_records: _GetAccountRecords = sync_function(
            _records.get_account_records, __name__
        )
        get_map_record: _GetMapRecord = sync_function(_records.get_map_record, __name__)
        get_map_records_by_accounts: _GetMapRecordsByAccounts = sync_function(
            _records.get_map_records_by_accounts, __name__
        )
        get_map_records_by_ids: _GetMapRecordsByIds = sync_function(
            _records.get_map_records_by_ids, __name__
        )
        get_equipped_skins: _GetEquippedSkins = sync_function(_skins.get_equipped_skins, __name__)
        get_favorite_skins: _GetFavoriteSkins = sync_function(_skins.get_favorite_skins, __name__)
        get_skin_info: _GetSkinInfo = sync_function(_skins.get_skin_info, __name__)
        iter_trophy_history: _IterTrophyHistory = sync_iterator(
            _accounts.iter_trophy_history, __name__
        )
        iter_favorite_maps: _IterFavoriteMaps = sync_iterator(_maps.iter_favorite_maps, __name__)

else:
    # Each function is made the first time it is asked for, its declarations imported
    # then: importing this module costs next to nothing.
    __getattr__, __dir__ = made_on_first_use(
        __name__, "nadeo_api.endpoints.core", {
            "get_account_club_tags": "accounts",
            "get_trophy_history": "accounts",
            "get_trophy_summary": "accounts",
            "get_web_identities": "accounts",
            "get_account_zones": "accounts",
            "get_display_names": "deprecated",
            "get_web_identities_legacy": "deprecated",
            "get_maps_info": "deprecated",
            "get_map_records": "deprecated",
            "get_map_records_v2": "deprecated",
            "delete": "generic",
            "get": "generic",
            "head": "generic",
            "options": "generic",
            "patch": "generic",
            "post": "generic",
            "put": "generic",
            "add_favorite_map": "maps",
            "remove_favorite_map": "maps",
            "get_authored_maps": "maps",
            "get_submitted_maps": "maps",
            "get_favorite_maps_by_uids": "maps",
            "get_favorite_maps": "maps",
            "get_maps_info_by_ids": "maps",
            "get_maps_info_by_uids": "maps",
            "get_map_info": "maps",
            "set_map_vote": "maps",
            "get_map_vote": "maps",
            "get_api_routes": "meta",
            "get_zones": "meta",
            "get_account_records": "records",
            "get_map_record": "records",
            "get_map_records_by_accounts": "records",
            "get_map_records_by_ids": "records",
            "get_equipped_skins": "skins",
            "get_favorite_skins": "skins",
            "get_skin_info": "skins",
            "iter_trophy_history": "accounts",
            "iter_favorite_maps": "maps",
        }, asynchronous=False,
    )
