"""Async twins of `nadeo_api.live`: same names, parameters and checks, awaited.

They run on the running event loop's default `AsyncClient`; `AsyncClient().live` has the same
coroutines bound to a client of your own.
"""

from __future__ import annotations

from .. import _live
from .._endpoint import async_function
from .._pagination import async_iterator

__all__ = [
    "delete",
    "get",
    "head",
    "options",
    "patch",
    "post",
    "put",
    "get_club_campaign",
    "get_map_leaderboard",
    "get_map_review_connect",
    "get_map_review_submitted",
    "get_map_review_waiting_time",
    "get_maps_royal",
    "get_maps_seasonal",
    "get_maps_totd",
    "get_maps_weekly_grand",
    "get_maps_weekly_short",
    "get_player_club_record",
    "get_server_accounts",
    "iter_map_leaderboard",
    "iter_maps_seasonal",
    "iter_maps_totd",
    "iter_maps_weekly_grand",
    "iter_maps_weekly_short",
]

delete = async_function(_live.delete, __name__)
get = async_function(_live.get, __name__)
head = async_function(_live.head, __name__)
options = async_function(_live.options, __name__)
patch = async_function(_live.patch, __name__)
post = async_function(_live.post, __name__)
put = async_function(_live.put, __name__)
get_club_campaign = async_function(_live.get_club_campaign, __name__)
get_map_leaderboard = async_function(_live.get_map_leaderboard, __name__)
get_map_review_connect = async_function(_live.get_map_review_connect, __name__)
get_map_review_submitted = async_function(_live.get_map_review_submitted, __name__)
get_map_review_waiting_time = async_function(_live.get_map_review_waiting_time, __name__)
get_maps_royal = async_function(_live.get_maps_royal, __name__)
get_maps_seasonal = async_function(_live.get_maps_seasonal, __name__)
get_maps_totd = async_function(_live.get_maps_totd, __name__)
get_maps_weekly_grand = async_function(_live.get_maps_weekly_grand, __name__)
get_maps_weekly_short = async_function(_live.get_maps_weekly_short, __name__)
get_player_club_record = async_function(_live.get_player_club_record, __name__)
get_server_accounts = async_function(_live.get_server_accounts, __name__)

iter_map_leaderboard = async_iterator(_live.iter_map_leaderboard, __name__)
iter_maps_seasonal = async_iterator(_live.iter_maps_seasonal, __name__)
iter_maps_totd = async_iterator(_live.iter_maps_totd, __name__)
iter_maps_weekly_grand = async_iterator(_live.iter_maps_weekly_grand, __name__)
iter_maps_weekly_short = async_iterator(_live.iter_maps_weekly_short, __name__)
