"""Models of the Meet API's answers: competitions, cups, challenges, matches, matchmaking.

The models of the Meet API's answers, one module per documented section (`challenges`,
`club_competitions`, `competition_matches`, `competitions`, `matches`, `matchmaking`,
`super_royal`); each is re-exported here, so that `nadeo_api.models.meet` offers them as it
always has.
"""

from __future__ import annotations

from .challenges import (
    Challenge,
    ChallengeLeaderboard,
    ChallengeList,
    ChallengeRecord,
    ChallengeRecordList,
    ChallengeResult,
)
from .club_competitions import (
    ClubCompetitionDetails,
    ClubCompetitionItem,
    ClubCompetitionOverview,
    ClubCompetitionRound,
    MyClubCompetitions,
    QualifierChallenge,
)
from .competition_matches import (
    MatchResult,
    MatchResults,
    MatchResultsList,
    MatchTeamResult,
    RoundMatch,
    RoundMatches,
)
from .competitions import (
    Competition,
    CompetitionLeaderboard,
    CompetitionList,
    CompetitionRank,
    Cup,
    Cups,
    Participant,
    ParticipantList,
    Round,
    RoundList,
    Team,
    TeamList,
    TeamPlayer,
)
from .matches import (
    Match,
    MatchParticipant,
    MatchParticipantList,
    MatchPublicConfig,
    MatchTeam,
    MatchTeamList,
)
from .matchmaking import (
    Division,
    Divisions,
    Heartbeat,
    Inactivity,
    MatchmakingRanking,
    MatchmakingSummary,
    PlayerStatus,
    Progression,
    Progressions,
    RankedPlayer,
)
from .super_royal import SuperRoyalStats, SuperRoyalStatus

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
