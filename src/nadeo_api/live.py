"""Functions for the Live API (campaigns, Tracks of the Day, leaderboards, clubs, map review).

Each function takes a token for the `NadeoLiveServices` audience first, checks its arguments
before sending anything, and returns the decoded JSON. They run on the process's default
`Client` (rate limited, retried, renewing tokens); `Client().live` has the same functions bound
to a client of your own, and `nadeo_api.aio.live` has their async twins.
"""

from __future__ import annotations

from . import _live
from ._endpoint import sync_function
from ._pagination import sync_iterator

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
iter_maps_seasonal = sync_iterator(_live.iter_maps_seasonal, __name__)
iter_maps_totd = sync_iterator(_live.iter_maps_totd, __name__)
iter_maps_weekly_grand = sync_iterator(_live.iter_maps_weekly_grand, __name__)
iter_maps_weekly_short = sync_iterator(_live.iter_maps_weekly_short, __name__)
