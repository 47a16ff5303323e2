"""Async twins of `nadeo_api.oauth`: same names, parameters and checks, awaited.

They run on the running event loop's default `AsyncClient`; `AsyncClient().oauth` (a
`AsyncOAuthEndpoints`) has the same coroutines bound to a client of your own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._public import made_on_first_use

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Sequence
    from typing import Any, Protocol

    from .._pagination import Progress
    from .._public import async_function, async_iterator
    from ..auth import OAuthToken
    from ..endpoints.oauth import accounts as _accounts
    from ..endpoints.oauth import clubs as _clubs
    from ..endpoints.oauth import favorites as _favorites
    from ..endpoints.oauth import generic as _generic
    from ..models.oauth.accounts import OAuthUser
    from ..models.oauth.clubs import AdminClubs
    from ..models.oauth.favorites import FavoriteMap, FavoriteMaps

    class _GetDisplayNames(Protocol):
        async def __call__(self, token: OAuthToken, account_ids: Sequence[str]) -> dict[str, Any]:
            """Get the display names of accounts, as `{accountId: displayName}`.

            Args:
                account_ids: the accounts' IDs, at least one; any number, sent 50 a request (each ID
                    once).

            Unknown account IDs are left out of the answer.
            """
            ...

    class _GetAccountIds(Protocol):
        async def __call__(self, token: OAuthToken, display_names: Sequence[str]) -> dict[str, Any]:
            """Get the account IDs of display names, as `{displayName: accountId}`.

            Args:
                display_names: the names, at least one; any number, sent 50 a request (each name
                    once, and fewer when long names would make the request URI too long).

            Unknown names are left out of the answer.
            """
            ...

    class _GetUser(Protocol):
        async def __call__(self, token: OAuthToken) -> dict[str, Any]:
            """Get the user who authorized the application: `{accountId, displayName}`.

            Remarks: needs a user's token (no scope); useful to check who logged in after the
            authorization-code flow.
            """
            ...

        async def typed(self, token: OAuthToken) -> OAuthUser:
            """`get_user`, returning the answer as a `OAuthUser`.

            Get the user who authorized the application: `{accountId, displayName}`.

            Remarks: needs a user's token (no scope); useful to check who logged in after the
            authorization-code flow.
            """
            ...

    class _GetAdminClubs(Protocol):
        async def __call__(self, token: OAuthToken) -> dict[str, Any]:
            """Get the clubs the user is an admin of: `{clubs: [{id, name}]}`.

            Remarks: needs a user's token with the `clubs` scope.
            """
            ...

        async def typed(self, token: OAuthToken) -> AdminClubs:
            """`get_admin_clubs`, returning the answer as a `AdminClubs`.

            Get the clubs the user is an admin of: `{clubs: [{id, name}]}`.

            Remarks: needs a user's token with the `clubs` scope.
            """
            ...

    class _GetFavoriteMaps(Protocol):
        async def __call__(
            self,
            token: OAuthToken,
            length: int = 10,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get one page of the user's favorite maps: `{list: [{uid, name, author, thumbnailUrl}]}`.

            Args:
                length: maps to get (at least 1; 10 by default).
                offset: maps to skip.

            Remarks: needs a user's token with the `read_favorite` scope. These are the same favorites
            as the Live API's.
            """
            ...

        async def typed(self, token: OAuthToken, length: int = 10, offset: int = 0) -> FavoriteMaps:
            """`get_favorite_maps`, returning the answer as a `FavoriteMaps`.

            Get one page of the user's favorite maps: `{list: [{uid, name, author, thumbnailUrl}]}`.

            Args:
                length: maps to get (at least 1; 10 by default).
                offset: maps to skip.

            Remarks: needs a user's token with the `read_favorite` scope. These are the same favorites
            as the Live API's.
            """
            ...

    class _AddFavoriteMap(Protocol):
        async def __call__(self, token: OAuthToken, map_uid: str) -> dict[str, Any]:
            """Add a map to the user's favorites.

            Args:
                map_uid: the UID of the map.

            Returns `{}`: the service answers 204 with no content.

            Remarks: needs a user's token with the `write_favorite` scope.
            """
            ...

    class _RemoveFavoriteMap(Protocol):
        async def __call__(self, token: OAuthToken, map_uid: str) -> dict[str, Any]:
            """Remove a map from the user's favorites.

            Args:
                map_uid: the UID of the map.

            Returns `{}`: the service answers 204 with no content.

            Remarks: needs a user's token with the `write_favorite` scope.
            """
            ...

    class _Get(Protocol):
        async def __call__(
            self,
            token: OAuthToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
        ) -> Any:
            """Send a GET request to the OAuth API and return the decoded body.

            Args:
                token: an `OAuthToken`.
                endpoint: the endpoint, e.g. `api/display-names?accountId[]=...`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _IterFavoriteMaps(Protocol):
        def __call__(
            self,
            token: OAuthToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[dict[str, Any]]:
            """Iterate over the user's favorite maps, 100 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_favorite_maps` page after page and yields the items of `list` one by one,
            none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

        def typed(
            self,
            token: OAuthToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> AsyncIterator[FavoriteMap]:
            """`iter_favorite_maps`, yielding each item as a `FavoriteMap`.

            Iterate over the user's favorite maps, 100 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_favorite_maps` page after page and yields the items of `list` one by one,
            none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

    class AsyncOAuthEndpoints:
        """`AsyncClient().oauth`: the functions of `nadeo_api.aio.oauth`, bound to a client."""

        get_display_names: _GetDisplayNames
        get_account_ids: _GetAccountIds
        get_user: _GetUser
        get_admin_clubs: _GetAdminClubs
        get_favorite_maps: _GetFavoriteMaps
        add_favorite_map: _AddFavoriteMap
        remove_favorite_map: _RemoveFavoriteMap
        get: _Get
        iter_favorite_maps: _IterFavoriteMaps


__all__ = [
    "add_favorite_map",
    "get",
    "get_account_ids",
    "get_admin_clubs",
    "get_display_names",
    "get_favorite_maps",
    "get_user",
    "iter_favorite_maps",
    "remove_favorite_map",
]

get_display_names: _GetDisplayNames
get_account_ids: _GetAccountIds
get_user: _GetUser
get_admin_clubs: _GetAdminClubs
get_favorite_maps: _GetFavoriteMaps
add_favorite_map: _AddFavoriteMap
remove_favorite_map: _RemoveFavoriteMap
get: _Get
iter_favorite_maps: _IterFavoriteMaps

if TYPE_CHECKING:

    def _made_from_declarations() -> None:
        """What each function is made from, which the checkers hold to its protocol."""
        get_display_names: _GetDisplayNames = async_function(_accounts.get_display_names, __name__)
        get_account_ids: _GetAccountIds = async_function(_accounts.get_account_ids, __name__)
        get_user: _GetUser = async_function(_accounts.get_user, __name__)
        get_admin_clubs: _GetAdminClubs = async_function(_clubs.get_admin_clubs, __name__)
        get_favorite_maps: _GetFavoriteMaps = async_function(_favorites.get_favorite_maps, __name__)
        add_favorite_map: _AddFavoriteMap = async_function(_favorites.add_favorite_map, __name__)
        remove_favorite_map: _RemoveFavoriteMap = async_function(
            _favorites.remove_favorite_map, __name__
        )
        get: _Get = async_function(_generic.get, __name__)
        iter_favorite_maps: _IterFavoriteMaps = async_iterator(
            _favorites.iter_favorite_maps, __name__
        )

else:
    # Each function is made the first time it is asked for, its declarations imported
    # then: importing this module costs next to nothing.
    __getattr__, __dir__ = made_on_first_use(
        __name__, "nadeo_api.endpoints.oauth", {
            "get_display_names": "accounts",
            "get_account_ids": "accounts",
            "get_user": "accounts",
            "get_admin_clubs": "clubs",
            "get_favorite_maps": "favorites",
            "add_favorite_map": "favorites",
            "remove_favorite_map": "favorites",
            "get": "generic",
            "iter_favorite_maps": "favorites",
        }, asynchronous=True,
    )
