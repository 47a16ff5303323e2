"""Functions for the Live API: campaigns, Tracks of the Day, leaderboards, maps, clubs, map review.

Each function takes a token for the `NadeoLiveServices` audience first, checks its arguments
before sending anything, and returns the decoded JSON; its `.typed` twin returns the answer's
model from `nadeo_api.models`. They run on the process's default `Client` (rate limited,
retried, renewing tokens); `Client().live` has the same functions bound to a client of your
own, and `nadeo_api.aio.live` has their async twins. `nadeo-api endpoints` lists them all.
"""

from __future__ import annotations

from . import _live, _live_maps, _live_records
from ._endpoint import sync_function
from ._pagination import sync_iterator

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

delete = sync_function(_live.delete, __name__)
get = sync_function(_live.get, __name__)
head = sync_function(_live.head, __name__)
options = sync_function(_live.options, __name__)
patch = sync_function(_live.patch, __name__)
post = sync_function(_live.post, __name__)
put = sync_function(_live.put, __name__)
get_club_campaign = sync_function(_live.get_club_campaign, __name__)
get_map_leaderboard = sync_function(_live.get_map_leaderboard, __name__)
get_map_review_connect = sync_function(_live.get_map_review_connect, __name__)
get_map_review_submitted = sync_function(_live.get_map_review_submitted, __name__)
get_map_review_waiting_time = sync_function(_live.get_map_review_waiting_time, __name__)
get_maps_royal = sync_function(_live.get_maps_royal, __name__)
get_maps_seasonal = sync_function(_live.get_maps_seasonal, __name__)
get_maps_totd = sync_function(_live.get_maps_totd, __name__)
get_maps_weekly_grand = sync_function(_live.get_maps_weekly_grand, __name__)
get_maps_weekly_short = sync_function(_live.get_maps_weekly_short, __name__)
get_player_club_record = sync_function(_live.get_player_club_record, __name__)
get_server_accounts = sync_function(_live.get_server_accounts, __name__)
iter_map_leaderboard = sync_iterator(_live.iter_map_leaderboard, __name__)
iter_maps_totd = sync_iterator(_live.iter_maps_totd, __name__)
iter_maps_seasonal = sync_iterator(_live.iter_maps_seasonal, __name__)
iter_maps_weekly_short = sync_iterator(_live.iter_maps_weekly_short, __name__)
iter_maps_weekly_grand = sync_iterator(_live.iter_maps_weekly_grand, __name__)
get_campaign_club_leaderboard = sync_function(_live_records.get_campaign_club_leaderboard, __name__)
get_campaign_club_ranking = sync_function(_live_records.get_campaign_club_ranking, __name__)
get_campaign_leaderboard = sync_function(_live_records.get_campaign_leaderboard, __name__)
get_campaign_ranking = sync_function(_live_records.get_campaign_ranking, __name__)
get_club_map_leaderboard = sync_function(_live_records.get_club_map_leaderboard, __name__)
get_map_medal_records = sync_function(_live_records.get_map_medal_records, __name__)
get_my_trophy_ranking = sync_function(_live_records.get_my_trophy_ranking, __name__)
get_player_records = sync_function(_live_records.get_player_records, __name__)
get_record_positions = sync_function(_live_records.get_record_positions, __name__)
get_surrounding_records = sync_function(_live_records.get_surrounding_records, __name__)
get_trophy_rankings = sync_function(_live_records.get_trophy_rankings, __name__)
add_favorite_map = sync_function(_live_maps.add_favorite_map, __name__)
get_active_maniapubs = sync_function(_live_maps.get_active_maniapubs, __name__)
get_favorite_maps = sync_function(_live_maps.get_favorite_maps, __name__)
get_map_campaign_info = sync_function(_live_maps.get_map_campaign_info, __name__)
get_map_info = sync_function(_live_maps.get_map_info, __name__)
get_maps_cup_of_the_week = sync_function(_live_maps.get_maps_cup_of_the_week, __name__)
get_maps_info = sync_function(_live_maps.get_maps_info, __name__)
get_maps_seasonal_v1 = sync_function(_live_maps.get_maps_seasonal_v1, __name__)
get_uploaded_maps = sync_function(_live_maps.get_uploaded_maps, __name__)
remove_favorite_map = sync_function(_live_maps.remove_favorite_map, __name__)
