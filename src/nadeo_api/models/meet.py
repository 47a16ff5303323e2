"""Models of the Meet API's answers: competitions, cups, challenges, matches, matchmaking."""

from __future__ import annotations

import datetime as dt

import msgspec

from ._base import Model, format_race_time, to_datetime

__all__ = [
    "Challenge",
    "ChallengeLeaderboard",
    "ChallengeList",
    "ChallengeRecord",
    "ChallengeRecordList",
    "ChallengeResult",
    "ClubCompetitionDetails",
    "ClubCompetitionItem",
    "ClubCompetitionOverview",
    "ClubCompetitionRound",
    "Competition",
    "CompetitionLeaderboard",
    "CompetitionList",
    "CompetitionRank",
    "Cup",
    "Cups",
    "Division",
    "Divisions",
    "Heartbeat",
    "Inactivity",
    "Match",
    "MatchParticipant",
    "MatchParticipantList",
    "MatchPublicConfig",
    "MatchResult",
    "MatchResults",
    "MatchResultsList",
    "MatchTeam",
    "MatchTeamList",
    "MatchTeamResult",
    "MatchmakingRanking",
    "MatchmakingSummary",
    "MyClubCompetitions",
    "Participant",
    "ParticipantList",
    "PlayerStatus",
    "Progression",
    "Progressions",
    "QualifierChallenge",
    "RankedPlayer",
    "Round",
    "RoundList",
    "RoundMatch",
    "RoundMatches",
    "SuperRoyalStats",
    "SuperRoyalStatus",
    "Team",
    "TeamList",
    "TeamPlayer",
]


class _Dated(Model):
    """A start and an end date (Unix seconds) with `datetime` accessors."""

    start_date: int | None = None
    end_date: int | None = None

    @property
    def start(self) -> dt.datetime | None:
        return to_datetime(self.start_date)

    @property
    def end(self) -> dt.datetime | None:
        return to_datetime(self.end_date)


class Competition(_Dated, kw_only=True):
    """A competition. `spot_structure` is a JSON document in a string."""

    id: int
    live_id: str
    creator: str
    name: str
    participant_type: str
    description: str | None = None
    activity_id: int | None = None
    club_id: int | None = None
    registration_start: int | None = None
    registration_end: int | None = None
    matches_generation_date: int | None = None
    nb_players: int = 0
    spot_structure: str | None = None
    leaderboard_id: int | None = None
    manialink: str | None = None
    rules_url: str | None = None
    stream_url: str | None = None
    website_url: str | None = None
    logo_url: str | None = None
    vertical_url: str | None = None
    allowed_zones: list[str] = msgspec.field(default_factory=list)
    deleted_on: int | None = None
    auto_normalize_seeds: bool | None = None
    region: str | None = None
    auto_get_participant_skill_level: str | None = None
    match_auto_mode: str | None = None
    partition: str | None = None


CompetitionList = list[Competition]


class Challenge(_Dated, kw_only=True):
    """A challenge: a leaderboard of its own, such as a competition's qualifier."""

    id: int
    uid: str
    name: str
    score_direction: str = ""
    status: str = ""
    results_visibility: str = ""
    creator: str
    admins: list[str] = msgspec.field(default_factory=list)
    nb_servers: int = 0
    auto_scale: bool = False
    nb_maps: int = 0
    leaderboard_id: int | None = None
    deleted_on: int | None = None
    leaderboard_type: str | None = None
    complete_timeout: int | None = None


ChallengeList = list[Challenge]


class Cup(_Dated, kw_only=True):
    """An official cup (Cup of the Day, of the Week, Grand Enduro Race): its competition and
    its qualifier challenge."""

    id: int
    edition: int
    competition: Competition | None = None
    challenge: Challenge | None = None
    deleted_on: int | None = None


class Cups(Model):
    """Official cups, whatever their type under `COTDs`."""

    cotds: list[Cup] = msgspec.field(name="COTDs", default_factory=list)


class CompetitionRank(Model):
    """One rank of a competition; `score` is 0 before the competition starts."""

    participant: str
    rank: int
    score: int
    zone: str


CompetitionLeaderboard = list[CompetitionRank]


class Participant(Model):
    participant: str
    zone: str
    registration: int | None = None
    seed: int | None = None
    added_by: str | None = None
    team: str | None = None
    check_in_date: int | None = None
    group_id: str | None = None
    skill_level: int | None = None


ParticipantList = list[Participant]


class Round(_Dated, kw_only=True):
    """A competition round; `qualifier_challenge_id` names its qualifier's challenge."""

    id: int
    position: int
    name: str
    lock_date: int | None = None
    status: str | None = None
    is_locked: bool = False
    auto_needs_matches: bool = False
    match_score_direction: str | None = None
    leaderboard_compute_type: str | None = None
    team_leaderboard_compute_type: str | None = None
    deleted_on: int | None = None
    nb_matches: int = 0
    qualifier_challenge_id: int | None = None
    training_challenge_id: int | None = None


RoundList = list[Round]


class TeamPlayer(Model):
    account_id: str = msgspec.field(name="AccountId")


class Team(Model):
    """A team of a team competition (the service capitalises these keys)."""

    id: str = msgspec.field(name="Id")
    name: str = msgspec.field(name="Name")
    players: list[TeamPlayer] = msgspec.field(name="Players", default_factory=list)


TeamList = list[Team]


class RoundMatch(Model):
    """A match of a round; `id` is a competition match ID, `club_match_live_id` the match's
    live ID for the match endpoints."""

    id: int
    name: str
    club_match_live_id: str | None = None
    position: int = 0
    is_completed: bool = False
    tags: list[str] = msgspec.field(default_factory=list)
    deleted_on: int | None = None


class RoundMatches(Model):
    matches: list[RoundMatch] = msgspec.field(default_factory=list)


class MatchResult(Model):
    """A player's result in a competition match (rank and score null until it is played)."""

    participant: str
    rank: int | None = None
    score: int | None = None
    zone: str | None = None
    team: str | None = None


class MatchTeamResult(Model):
    position: int
    team: str
    rank: int | None = None
    score: int | None = None


class MatchResults(Model):
    """A competition match's results; `teams` is empty without teams."""

    match_live_id: str
    round_position: int = 0
    results: list[MatchResult] = msgspec.field(default_factory=list)
    score_unit: str | None = None
    teams: list[MatchTeamResult] = msgspec.field(default_factory=list)


MatchResultsList = list[MatchResults]


class ChallengeResult(Model):
    """A challenge leaderboard entry; `score` is a time in milliseconds."""

    player: str
    rank: int
    score: int
    points: int | None = None
    zone: str | None = None

    @property
    def time(self) -> str:
        return format_race_time(self.score)


class ChallengeLeaderboard(Model):
    challenge_id: int
    cardinal: int
    score_unit: str | None = None
    results: list[ChallengeResult] = msgspec.field(default_factory=list)


class ChallengeRecord(Model):
    """A record on one of a challenge's maps; `time` in milliseconds."""

    time: int
    uid: str
    player: str
    score: int
    rank: int

    @property
    def race_time(self) -> str:
        return format_race_time(self.time)


ChallengeRecordList = list[ChallengeRecord]


class QualifierChallenge(_Dated, kw_only=True):
    id: int
    name: str
    is_completed: bool = False
    servers: list[dict[str, object]] = msgspec.field(default_factory=list)


class ClubCompetitionRound(_Dated, kw_only=True):
    id: int
    name: str
    position: int = 0
    status: str | None = None
    nb_matches: int = 0
    qualifier_challenge: QualifierChallenge | None = None


class ClubCompetitionDetails(Model):
    """A club competition: its club, activity and competition."""

    id: int
    club_id: int
    activity_id: int
    max_players: int | None = None
    type: str | None = None
    participant_access: str | None = None
    competition: Competition | None = None
    external_registration_url: str | None = None


class ClubCompetitionOverview(Model):
    """A club competition with its rounds and the account's participation."""

    club_competition: ClubCompetitionDetails
    rounds: list[ClubCompetitionRound] = msgspec.field(default_factory=list)
    participant: Participant | None = None
    current_match_live_id: str | None = None
    current_qualifier_challenge: QualifierChallenge | None = None
    is_registration_ongoing: bool = False


class ClubCompetitionItem(Model):
    activity_id: int
    club_id: int
    name: str
    max_players: int | None = None
    type: str | None = None
    logo_url: str | None = None
    vertical_url: str | None = None


class MyClubCompetitions(Model):
    club_competitions: list[ClubCompetitionItem] = msgspec.field(default_factory=list)
    club_competitions_count: int = 0


class MatchPublicConfig(Model):
    script: str | None = None
    maps: list[str] = msgspec.field(default_factory=list)


class Match(_Dated, kw_only=True):
    """A match (its `status` is e.g. `ONGOING` or `COMPLETED`)."""

    id: int
    live_id: str
    name: str
    status: str | None = None
    participant_type: str | None = None
    join_link: str | None = None
    server_status: str | None = None
    manialink: str | None = None
    public_config: MatchPublicConfig | None = None


class MatchParticipant(Model):
    participant: str
    position: int
    team_position: int | None = None
    rank: int | None = None
    score: int | None = None
    mvp: bool = False
    leaver: bool | None = None
    eliminated: bool = False


MatchParticipantList = list[MatchParticipant]


class MatchTeam(Model):
    position: int
    score: int
    rank: int


MatchTeamList = list[MatchTeam]


class RankedPlayer(Model):
    player: str
    rank: int
    score: int


class MatchmakingRanking(Model):
    """A matchmaking ranking page; `cardinal` is the number of ranked players."""

    matchmaking_id: int
    cardinal: int
    results: list[RankedPlayer] = msgspec.field(default_factory=list)


class Progression(Model):
    player: str
    division: str
    progression: int


class Progressions(Model):
    progressions: list[Progression] = msgspec.field(default_factory=list)


class Division(Model):
    """A division and the rule that places players in it."""

    id: str
    position: int
    display_rule_type: str
    display_rule_minimum_points: int | None = None
    display_rule_maximum_points: int | None = None
    display_rule_minimum_rank: int | None = None
    display_rule_minimum_victories: int | None = None
    display_rule_maximum_victories: int | None = None


class Divisions(Model):
    divisions: list[Division] = msgspec.field(default_factory=list)


class Heartbeat(Model):
    """A matchmaking queue's state: `status` is e.g. `queued` or `match_ready`."""

    status: str
    ban_end_date: int | None = None
    match_live_id: str | None = None
    matchmaking_waiting_time: int | None = None
    creation_date: int | None = None


class Inactivity(Model):
    inactivity_penalty_enabled: bool
    immunity_days: int
    penalty: int


class PlayerStatus(Model):
    """The account's matchmaking status."""

    current_heartbeat: Heartbeat | None = None
    penalty: dict[str, object] | None = None
    current_division: str | None = None
    current_progression: int | None = None
    matchmaking_status: str | None = None
    inactivity: Inactivity | None = None
    match_generation_timer: int | None = None


class MatchmakingSummary(Model):
    """The official matchmaking type IDs, each under two spellings."""

    ranked3v3_id: int = msgspec.field(name="ranked3v3Id")
    ranked_3v3_id: int = msgspec.field(name="ranked_3v3_id")
    royal_id: int = msgspec.field(name="royalId")
    royal_id_snake: int = msgspec.field(name="royal_id")
    super_royal_id: int = msgspec.field(name="superRoyalId")
    super_royal_id_snake: int = msgspec.field(name="super_royal_id")


class SuperRoyalStats(Model):
    master_won: int
    gold_won: int
    silver_won: int
    bronze_won: int


class SuperRoyalStatus(Model):
    starts_in: int
    status: str
    match_live_id: str | None = None
