"""Async twins of `nadeo_api.meet`: same names, parameters and checks, awaited.

They run on the running event loop's default `AsyncClient`; `AsyncClient().meet` has the
same coroutines bound to a client of your own.
"""

from __future__ import annotations

from .. import _meet
from .._endpoint import async_function

__all__ = [
    "cancel_matchmaking",
    "delete",
    "get",
    "get_challenge",
    "get_challenge_leaderboard",
    "get_challenge_map_records",
    "get_challenges",
    "get_club_competition",
    "get_competition",
    "get_competition_leaderboard",
    "get_competition_match_results",
    "get_competition_participants",
    "get_competition_player_matches",
    "get_competition_rounds",
    "get_competition_teams",
    "get_competitions",
    "get_cup_of_the_day",
    "get_cups_of_the_day",
    "get_match",
    "get_match_participants",
    "get_match_teams",
    "get_matchmaking_divisions",
    "get_matchmaking_ids",
    "get_matchmaking_player_progressions",
    "get_matchmaking_player_ranks",
    "get_matchmaking_rankings",
    "get_matchmaking_status",
    "get_my_club_competitions",
    "get_round_matches",
    "get_super_royal_stats",
    "get_super_royal_status",
    "head",
    "options",
    "patch",
    "post",
    "put",
    "send_matchmaking_heartbeat",
]

delete = async_function(_meet.delete, __name__)
get = async_function(_meet.get, __name__)
head = async_function(_meet.head, __name__)
options = async_function(_meet.options, __name__)
patch = async_function(_meet.patch, __name__)
post = async_function(_meet.post, __name__)
put = async_function(_meet.put, __name__)
get_competition = async_function(_meet.get_competition, __name__)
get_competitions = async_function(_meet.get_competitions, __name__)
get_cups_of_the_day = async_function(_meet.get_cups_of_the_day, __name__)
get_cup_of_the_day = async_function(_meet.get_cup_of_the_day, __name__)
get_competition_leaderboard = async_function(_meet.get_competition_leaderboard, __name__)
get_competition_participants = async_function(_meet.get_competition_participants, __name__)
get_competition_rounds = async_function(_meet.get_competition_rounds, __name__)
get_competition_teams = async_function(_meet.get_competition_teams, __name__)
get_round_matches = async_function(_meet.get_round_matches, __name__)
get_competition_player_matches = async_function(_meet.get_competition_player_matches, __name__)
get_competition_match_results = async_function(_meet.get_competition_match_results, __name__)
get_challenge = async_function(_meet.get_challenge, __name__)
get_challenges = async_function(_meet.get_challenges, __name__)
get_challenge_leaderboard = async_function(_meet.get_challenge_leaderboard, __name__)
get_challenge_map_records = async_function(_meet.get_challenge_map_records, __name__)
get_club_competition = async_function(_meet.get_club_competition, __name__)
get_my_club_competitions = async_function(_meet.get_my_club_competitions, __name__)
get_match = async_function(_meet.get_match, __name__)
get_match_participants = async_function(_meet.get_match_participants, __name__)
get_match_teams = async_function(_meet.get_match_teams, __name__)
get_matchmaking_rankings = async_function(_meet.get_matchmaking_rankings, __name__)
get_matchmaking_player_ranks = async_function(_meet.get_matchmaking_player_ranks, __name__)
get_matchmaking_player_progressions = async_function(
    _meet.get_matchmaking_player_progressions, __name__
)
get_matchmaking_divisions = async_function(_meet.get_matchmaking_divisions, __name__)
get_matchmaking_status = async_function(_meet.get_matchmaking_status, __name__)
send_matchmaking_heartbeat = async_function(_meet.send_matchmaking_heartbeat, __name__)
cancel_matchmaking = async_function(_meet.cancel_matchmaking, __name__)
get_matchmaking_ids = async_function(_meet.get_matchmaking_ids, __name__)
get_super_royal_stats = async_function(_meet.get_super_royal_stats, __name__)
get_super_royal_status = async_function(_meet.get_super_royal_status, __name__)
