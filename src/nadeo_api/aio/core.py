"""Async twins of `nadeo_api.core`: same names, parameters and checks, awaited.

They run on the running event loop's default `AsyncClient`; `AsyncClient().core` has the
same coroutines bound to a client of your own.
"""

from __future__ import annotations

from .. import _core
from .._endpoint import async_function

__all__ = [
    "add_favorite_map",
    "delete",
    "get",
    "get_account_club_tags",
    "get_account_records",
    "get_account_zones",
    "get_api_routes",
    "get_authored_maps",
    "get_equipped_skins",
    "get_favorite_maps",
    "get_favorite_maps_by_uids",
    "get_favorite_skins",
    "get_map_info",
    "get_map_record",
    "get_map_records_by_accounts",
    "get_map_records_by_ids",
    "get_map_vote",
    "get_maps_info_by_ids",
    "get_maps_info_by_uids",
    "get_skin_info",
    "get_submitted_maps",
    "get_trophy_history",
    "get_trophy_summary",
    "get_web_identities",
    "get_zones",
    "head",
    "options",
    "patch",
    "post",
    "put",
    "remove_favorite_map",
    "set_map_vote",
]

delete = async_function(_core.delete, __name__)
get = async_function(_core.get, __name__)
head = async_function(_core.head, __name__)
options = async_function(_core.options, __name__)
patch = async_function(_core.patch, __name__)
post = async_function(_core.post, __name__)
put = async_function(_core.put, __name__)
get_account_club_tags = async_function(_core.get_account_club_tags, __name__)
get_trophy_history = async_function(_core.get_trophy_history, __name__)
get_trophy_summary = async_function(_core.get_trophy_summary, __name__)
get_web_identities = async_function(_core.get_web_identities, __name__)
get_account_zones = async_function(_core.get_account_zones, __name__)
add_favorite_map = async_function(_core.add_favorite_map, __name__)
remove_favorite_map = async_function(_core.remove_favorite_map, __name__)
get_authored_maps = async_function(_core.get_authored_maps, __name__)
get_submitted_maps = async_function(_core.get_submitted_maps, __name__)
get_favorite_maps_by_uids = async_function(_core.get_favorite_maps_by_uids, __name__)
get_favorite_maps = async_function(_core.get_favorite_maps, __name__)
get_maps_info_by_ids = async_function(_core.get_maps_info_by_ids, __name__)
get_maps_info_by_uids = async_function(_core.get_maps_info_by_uids, __name__)
get_map_info = async_function(_core.get_map_info, __name__)
set_map_vote = async_function(_core.set_map_vote, __name__)
get_map_vote = async_function(_core.get_map_vote, __name__)
get_api_routes = async_function(_core.get_api_routes, __name__)
get_zones = async_function(_core.get_zones, __name__)
get_account_records = async_function(_core.get_account_records, __name__)
get_map_record = async_function(_core.get_map_record, __name__)
get_map_records_by_accounts = async_function(_core.get_map_records_by_accounts, __name__)
get_map_records_by_ids = async_function(_core.get_map_records_by_ids, __name__)
get_equipped_skins = async_function(_core.get_equipped_skins, __name__)
get_favorite_skins = async_function(_core.get_favorite_skins, __name__)
get_skin_info = async_function(_core.get_skin_info, __name__)
