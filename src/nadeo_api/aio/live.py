"""Async twins of `nadeo_api.live`: same names, parameters and checks, awaited.

They run on the running event loop's default `AsyncClient`; `AsyncClient().live` has the same
coroutines bound to a client of your own.
"""

from __future__ import annotations

from .. import _live, _live_maps, _live_records
from .._endpoint import async_function
from .._pagination import async_iterator

__all__ = [
    "add_favorite_map",
    "delete",
    "get",
    "get_active_maniapubs",
    "get_campaign_club_leaderboard",
    "get_campaign_club_ranking",
    "get_campaign_leaderboard",
    "get_campaign_ranking",
    "get_club_campaign",
    "get_club_map_leaderboard",
    "get_favorite_maps",
    "get_map_campaign_info",
    "get_map_info",
    "get_map_leaderboard",
    "get_map_medal_records",
    "get_map_review_connect",
    "get_map_review_submitted",
    "get_map_review_waiting_time",
    "get_maps_cup_of_the_week",
    "get_maps_info",
    "get_maps_royal",
    "get_maps_seasonal",
    "get_maps_seasonal_v1",
    "get_maps_totd",
    "get_maps_weekly_grand",
    "get_maps_weekly_short",
    "get_my_trophy_ranking",
    "get_player_club_record",
    "get_player_records",
    "get_record_positions",
    "get_server_accounts",
    "get_surrounding_records",
    "get_trophy_rankings",
    "get_uploaded_maps",
    "head",
    "iter_map_leaderboard",
    "iter_maps_seasonal",
    "iter_maps_totd",
    "iter_maps_weekly_grand",
    "iter_maps_weekly_short",
    "options",
    "patch",
    "post",
    "put",
    "remove_favorite_map",
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
iter_maps_totd = async_iterator(_live.iter_maps_totd, __name__)
iter_maps_seasonal = async_iterator(_live.iter_maps_seasonal, __name__)
iter_maps_weekly_short = async_iterator(_live.iter_maps_weekly_short, __name__)
iter_maps_weekly_grand = async_iterator(_live.iter_maps_weekly_grand, __name__)
get_campaign_club_leaderboard = async_function(
    _live_records.get_campaign_club_leaderboard, __name__
)
get_campaign_club_ranking = async_function(_live_records.get_campaign_club_ranking, __name__)
get_campaign_leaderboard = async_function(_live_records.get_campaign_leaderboard, __name__)
get_campaign_ranking = async_function(_live_records.get_campaign_ranking, __name__)
get_club_map_leaderboard = async_function(_live_records.get_club_map_leaderboard, __name__)
get_map_medal_records = async_function(_live_records.get_map_medal_records, __name__)
get_my_trophy_ranking = async_function(_live_records.get_my_trophy_ranking, __name__)
get_player_records = async_function(_live_records.get_player_records, __name__)
get_record_positions = async_function(_live_records.get_record_positions, __name__)
get_surrounding_records = async_function(_live_records.get_surrounding_records, __name__)
get_trophy_rankings = async_function(_live_records.get_trophy_rankings, __name__)
add_favorite_map = async_function(_live_maps.add_favorite_map, __name__)
get_active_maniapubs = async_function(_live_maps.get_active_maniapubs, __name__)
get_favorite_maps = async_function(_live_maps.get_favorite_maps, __name__)
get_map_campaign_info = async_function(_live_maps.get_map_campaign_info, __name__)
get_map_info = async_function(_live_maps.get_map_info, __name__)
get_maps_cup_of_the_week = async_function(_live_maps.get_maps_cup_of_the_week, __name__)
get_maps_info = async_function(_live_maps.get_maps_info, __name__)
get_maps_seasonal_v1 = async_function(_live_maps.get_maps_seasonal_v1, __name__)
get_uploaded_maps = async_function(_live_maps.get_uploaded_maps, __name__)
remove_favorite_map = async_function(_live_maps.remove_favorite_map, __name__)
