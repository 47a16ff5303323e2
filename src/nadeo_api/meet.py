"""Functions for the Meet API: competitions, cups of the day, matches, matchmaking.

Each function takes a token for the `NadeoLiveServices` audience first, checks its
arguments before sending anything, and returns the decoded JSON; its `.typed` twin
returns the answer's model from `nadeo_api.models`. They run on the process's
default `Client`; `Client().meet` has them bound to a client of your own, and
`nadeo_api.aio.meet` has their async twins. `nadeo-api endpoints` lists them all.
"""

from __future__ import annotations

from . import _meet
from ._endpoint import sync_function

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

delete = sync_function(_meet.delete, __name__)
get = sync_function(_meet.get, __name__)
head = sync_function(_meet.head, __name__)
options = sync_function(_meet.options, __name__)
patch = sync_function(_meet.patch, __name__)
post = sync_function(_meet.post, __name__)
put = sync_function(_meet.put, __name__)
get_competition = sync_function(_meet.get_competition, __name__)
get_competitions = sync_function(_meet.get_competitions, __name__)
get_cups_of_the_day = sync_function(_meet.get_cups_of_the_day, __name__)
get_cup_of_the_day = sync_function(_meet.get_cup_of_the_day, __name__)
get_competition_leaderboard = sync_function(_meet.get_competition_leaderboard, __name__)
get_competition_participants = sync_function(_meet.get_competition_participants, __name__)
get_competition_rounds = sync_function(_meet.get_competition_rounds, __name__)
get_competition_teams = sync_function(_meet.get_competition_teams, __name__)
get_round_matches = sync_function(_meet.get_round_matches, __name__)
get_competition_player_matches = sync_function(_meet.get_competition_player_matches, __name__)
get_competition_match_results = sync_function(_meet.get_competition_match_results, __name__)
get_challenge = sync_function(_meet.get_challenge, __name__)
get_challenges = sync_function(_meet.get_challenges, __name__)
get_challenge_leaderboard = sync_function(_meet.get_challenge_leaderboard, __name__)
get_challenge_map_records = sync_function(_meet.get_challenge_map_records, __name__)
get_club_competition = sync_function(_meet.get_club_competition, __name__)
get_my_club_competitions = sync_function(_meet.get_my_club_competitions, __name__)
get_match = sync_function(_meet.get_match, __name__)
get_match_participants = sync_function(_meet.get_match_participants, __name__)
get_match_teams = sync_function(_meet.get_match_teams, __name__)
get_matchmaking_rankings = sync_function(_meet.get_matchmaking_rankings, __name__)
get_matchmaking_player_ranks = sync_function(_meet.get_matchmaking_player_ranks, __name__)
get_matchmaking_player_progressions = sync_function(
    _meet.get_matchmaking_player_progressions, __name__
)
get_matchmaking_divisions = sync_function(_meet.get_matchmaking_divisions, __name__)
get_matchmaking_status = sync_function(_meet.get_matchmaking_status, __name__)
send_matchmaking_heartbeat = sync_function(_meet.send_matchmaking_heartbeat, __name__)
cancel_matchmaking = sync_function(_meet.cancel_matchmaking, __name__)
get_matchmaking_ids = sync_function(_meet.get_matchmaking_ids, __name__)
get_super_royal_stats = sync_function(_meet.get_super_royal_stats, __name__)
get_super_royal_status = sync_function(_meet.get_super_royal_status, __name__)
