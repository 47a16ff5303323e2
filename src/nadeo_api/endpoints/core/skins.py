"""Declarations of the Core API's endpoints documented under `core/skins/`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ... import _checks as check
from ..._endpoint import Call, call, endpoint
from ._shared import _ACCOUNTS, _account_ids

if TYPE_CHECKING:
    from ...auth import ServiceToken


@endpoint(
    "core", "GET", "/accounts/skins", user_only=True,
    model="core.skins.EquippedSkinList", chunks=_ACCOUNTS,
)
def get_equipped_skins(token: ServiceToken, account_ids: Sequence[str]) -> Call:
    """Get the skin each player drives with (its ID; `get_skin_info()` tells the rest).

    Args:
        account_ids: the players' account IDs: at least one, any number
            (sent in as few requests as the URI limit allows, each ID once).

    Remarks: needs a service account (dedicated servers get a 401); players without an
    equipped skin are left out.
    """
    return call(query={"accountIdList": _account_ids(account_ids)})


@endpoint(
    "core", "GET", "/accounts/{accountId}/skins/favorites", user_only=True,
    model="core.skins.FavoriteSkinList",
)
def get_favorite_skins(token: ServiceToken, account_id: str) -> Call:
    """Get the skins in the account's garage (their IDs; `get_skin_info()` tells the rest).

    Args:
        account_id: the account's own ID (anyone else's is a 403).

    Remarks: only for the account itself, so not for dedicated servers; `timestamp` is when
    the skin was added.
    """
    return call(accountId=check.uuid("account_id", account_id, "an account ID"))


@endpoint("core", "GET", "/skins/{skinId}", user_only=True, model="core.skins.Skin")
def get_skin_info(token: ServiceToken, skin_id: str) -> Call:
    """Get a skin's names, creator and files.

    Args:
        skin_id: the skin's ID.

    Remarks: needs a service account (dedicated servers get a 401).
    """
    return call(skinId=check.uuid("skin_id", skin_id, "a skin ID"))
