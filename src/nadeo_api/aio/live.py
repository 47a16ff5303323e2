"""Async twins of `nadeo_api.live`: same names, parameters and checks, awaited.

They run on the running event loop's default `AsyncClient`; `AsyncClient().live` has the
same coroutines bound to a client of your own.
"""

from __future__ import annotations

from .. import _live, _live_club_activities, _live_clubs, _live_maps, _live_records
from .._endpoint import async_function
from .._pagination import async_iterator

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
get_club = async_function(_live_clubs.get_club, __name__)
get_clubs = async_function(_live_clubs.get_clubs, __name__)
get_my_clubs = async_function(_live_clubs.get_my_clubs, __name__)
get_club_competitions = async_function(_live_clubs.get_club_competitions, __name__)
get_club_player_info = async_function(_live_clubs.get_club_player_info, __name__)
create_club = async_function(_live_clubs.create_club, __name__)
edit_club = async_function(_live_clubs.edit_club, __name__)
delete_club = async_function(_live_clubs.delete_club, __name__)
pin_club = async_function(_live_clubs.pin_club, __name__)
use_club_tag = async_function(_live_clubs.use_club_tag, __name__)
get_club_members = async_function(_live_clubs.get_club_members, __name__)
get_club_member_requests = async_function(_live_clubs.get_club_member_requests, __name__)
get_club_member = async_function(_live_clubs.get_club_member, __name__)
get_club_member_by_name = async_function(_live_clubs.get_club_member_by_name, __name__)
join_club = async_function(_live_clubs.join_club, __name__)
edit_club_member = async_function(_live_clubs.edit_club_member, __name__)
delete_club_member = async_function(_live_clubs.delete_club_member, __name__)
set_club_vip = async_function(_live_clubs.set_club_vip, __name__)
unset_club_vip = async_function(_live_clubs.unset_club_vip, __name__)
get_club_activities = async_function(_live_club_activities.get_club_activities, __name__)
get_club_campaigns = async_function(_live_club_activities.get_club_campaigns, __name__)
get_club_rooms = async_function(_live_club_activities.get_club_rooms, __name__)
get_club_map_reviews = async_function(_live_club_activities.get_club_map_reviews, __name__)
get_club_uploads = async_function(_live_club_activities.get_club_uploads, __name__)
get_club_upload = async_function(_live_club_activities.get_club_upload, __name__)
get_club_news = async_function(_live_club_activities.get_club_news, __name__)
get_club_map_review = async_function(_live_club_activities.get_club_map_review, __name__)
get_club_room = async_function(_live_club_activities.get_club_room, __name__)
get_club_room_join_link = async_function(_live_club_activities.get_club_room_join_link, __name__)
get_club_room_password = async_function(_live_club_activities.get_club_room_password, __name__)
get_club_map_review_submitted = async_function(
    _live_club_activities.get_club_map_review_submitted, __name__
)
get_club_map_review_submissions = async_function(
    _live_club_activities.get_club_map_review_submissions, __name__
)
create_club_campaign = async_function(_live_club_activities.create_club_campaign, __name__)
create_club_folder = async_function(_live_club_activities.create_club_folder, __name__)
create_club_map_review = async_function(_live_club_activities.create_club_map_review, __name__)
create_club_news = async_function(_live_club_activities.create_club_news, __name__)
create_club_ranking = async_function(_live_club_activities.create_club_ranking, __name__)
create_club_room = async_function(_live_club_activities.create_club_room, __name__)
create_club_upload = async_function(_live_club_activities.create_club_upload, __name__)
edit_club_activity = async_function(_live_club_activities.edit_club_activity, __name__)
edit_club_campaign = async_function(_live_club_activities.edit_club_campaign, __name__)
edit_club_map_review = async_function(_live_club_activities.edit_club_map_review, __name__)
edit_club_news = async_function(_live_club_activities.edit_club_news, __name__)
edit_club_room = async_function(_live_club_activities.edit_club_room, __name__)
get_club_campaigns_by_club = async_function(
    _live_club_activities.get_club_campaigns_by_club, __name__
)
create_club_room_from_server = async_function(
    _live_club_activities.create_club_room_from_server, __name__
)
edit_club_room_from_server = async_function(
    _live_club_activities.edit_club_room_from_server, __name__
)
delete_club_activity = async_function(_live_club_activities.delete_club_activity, __name__)
add_club_upload_items = async_function(_live_club_activities.add_club_upload_items, __name__)
remove_club_upload_items = async_function(_live_club_activities.remove_club_upload_items, __name__)
