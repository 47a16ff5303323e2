"""Functions for the Live API: campaigns, Tracks of the Day, leaderboards, maps, clubs, map review.

Each function takes a token for the `NadeoLiveServices` audience first, checks its
arguments before sending anything, and returns the decoded JSON; its `.typed` twin
returns the answer's model from `nadeo_api.models`. They run on the process's
default `Client`; `Client().live` has them bound to a client of your own, and
`nadeo_api.aio.live` has their async twins. `nadeo-api endpoints` lists them all.
"""

from __future__ import annotations

from . import _live, _live_club_activities, _live_clubs, _live_maps, _live_records
from ._endpoint import sync_function
from ._pagination import sync_iterator

__all__ = [
    "add_club_upload_items",
    "add_favorite_map",
    "create_club",
    "create_club_campaign",
    "create_club_folder",
    "create_club_map_review",
    "create_club_news",
    "create_club_ranking",
    "create_club_room",
    "create_club_room_from_server",
    "create_club_upload",
    "delete",
    "delete_club",
    "delete_club_activity",
    "delete_club_member",
    "edit_club",
    "edit_club_activity",
    "edit_club_campaign",
    "edit_club_map_review",
    "edit_club_member",
    "edit_club_news",
    "edit_club_room",
    "edit_club_room_from_server",
    "get",
    "get_active_maniapubs",
    "get_campaign_club_leaderboard",
    "get_campaign_club_ranking",
    "get_campaign_leaderboard",
    "get_campaign_ranking",
    "get_club",
    "get_club_activities",
    "get_club_campaign",
    "get_club_campaigns",
    "get_club_campaigns_by_club",
    "get_club_competitions",
    "get_club_map_leaderboard",
    "get_club_map_review",
    "get_club_map_review_submissions",
    "get_club_map_review_submitted",
    "get_club_map_reviews",
    "get_club_member",
    "get_club_member_by_name",
    "get_club_member_requests",
    "get_club_members",
    "get_club_news",
    "get_club_player_info",
    "get_club_room",
    "get_club_room_join_link",
    "get_club_room_password",
    "get_club_rooms",
    "get_club_upload",
    "get_club_uploads",
    "get_clubs",
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
    "get_my_clubs",
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
    "join_club",
    "options",
    "patch",
    "pin_club",
    "post",
    "put",
    "remove_club_upload_items",
    "remove_favorite_map",
    "set_club_vip",
    "unset_club_vip",
    "use_club_tag",
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
get_club = sync_function(_live_clubs.get_club, __name__)
get_clubs = sync_function(_live_clubs.get_clubs, __name__)
get_my_clubs = sync_function(_live_clubs.get_my_clubs, __name__)
get_club_competitions = sync_function(_live_clubs.get_club_competitions, __name__)
get_club_player_info = sync_function(_live_clubs.get_club_player_info, __name__)
create_club = sync_function(_live_clubs.create_club, __name__)
edit_club = sync_function(_live_clubs.edit_club, __name__)
delete_club = sync_function(_live_clubs.delete_club, __name__)
pin_club = sync_function(_live_clubs.pin_club, __name__)
use_club_tag = sync_function(_live_clubs.use_club_tag, __name__)
get_club_members = sync_function(_live_clubs.get_club_members, __name__)
get_club_member_requests = sync_function(_live_clubs.get_club_member_requests, __name__)
get_club_member = sync_function(_live_clubs.get_club_member, __name__)
get_club_member_by_name = sync_function(_live_clubs.get_club_member_by_name, __name__)
join_club = sync_function(_live_clubs.join_club, __name__)
edit_club_member = sync_function(_live_clubs.edit_club_member, __name__)
delete_club_member = sync_function(_live_clubs.delete_club_member, __name__)
set_club_vip = sync_function(_live_clubs.set_club_vip, __name__)
unset_club_vip = sync_function(_live_clubs.unset_club_vip, __name__)
get_club_activities = sync_function(_live_club_activities.get_club_activities, __name__)
get_club_campaigns = sync_function(_live_club_activities.get_club_campaigns, __name__)
get_club_rooms = sync_function(_live_club_activities.get_club_rooms, __name__)
get_club_map_reviews = sync_function(_live_club_activities.get_club_map_reviews, __name__)
get_club_uploads = sync_function(_live_club_activities.get_club_uploads, __name__)
get_club_upload = sync_function(_live_club_activities.get_club_upload, __name__)
get_club_news = sync_function(_live_club_activities.get_club_news, __name__)
get_club_map_review = sync_function(_live_club_activities.get_club_map_review, __name__)
get_club_room = sync_function(_live_club_activities.get_club_room, __name__)
get_club_room_join_link = sync_function(_live_club_activities.get_club_room_join_link, __name__)
get_club_room_password = sync_function(_live_club_activities.get_club_room_password, __name__)
get_club_map_review_submitted = sync_function(
    _live_club_activities.get_club_map_review_submitted, __name__
)
get_club_map_review_submissions = sync_function(
    _live_club_activities.get_club_map_review_submissions, __name__
)
create_club_campaign = sync_function(_live_club_activities.create_club_campaign, __name__)
create_club_folder = sync_function(_live_club_activities.create_club_folder, __name__)
create_club_map_review = sync_function(_live_club_activities.create_club_map_review, __name__)
create_club_news = sync_function(_live_club_activities.create_club_news, __name__)
create_club_ranking = sync_function(_live_club_activities.create_club_ranking, __name__)
create_club_room = sync_function(_live_club_activities.create_club_room, __name__)
create_club_upload = sync_function(_live_club_activities.create_club_upload, __name__)
edit_club_activity = sync_function(_live_club_activities.edit_club_activity, __name__)
edit_club_campaign = sync_function(_live_club_activities.edit_club_campaign, __name__)
edit_club_map_review = sync_function(_live_club_activities.edit_club_map_review, __name__)
edit_club_news = sync_function(_live_club_activities.edit_club_news, __name__)
edit_club_room = sync_function(_live_club_activities.edit_club_room, __name__)
get_club_campaigns_by_club = sync_function(
    _live_club_activities.get_club_campaigns_by_club, __name__
)
create_club_room_from_server = sync_function(
    _live_club_activities.create_club_room_from_server, __name__
)
edit_club_room_from_server = sync_function(
    _live_club_activities.edit_club_room_from_server, __name__
)
delete_club_activity = sync_function(_live_club_activities.delete_club_activity, __name__)
add_club_upload_items = sync_function(_live_club_activities.add_club_upload_items, __name__)
remove_club_upload_items = sync_function(_live_club_activities.remove_club_upload_items, __name__)
