"""Functions for the Meet API: competitions, cups of the day, matches, matchmaking.

Each function takes a token for the `NadeoLiveServices` audience first, checks its
arguments before sending anything, and returns the decoded JSON; where the answer
has a model, a `.typed` twin returns it from `nadeo_api.models`, and each iterator's
`.typed` form yields its items' models. They run on the process's
default `Client`; `Client().meet` (a `MeetEndpoints`) has them bound to a client
of your own, and `nadeo_api.aio.meet` has their async twins. `nadeo-api endpoints`
lists them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._public import made_on_first_use

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from typing import Any, Protocol

    from ._pagination import Progress
    from ._public import sync_function, sync_iterator
    from .auth import ServiceToken, WebServicesToken
    from .endpoints.meet import challenges as _challenges
    from .endpoints.meet import club_competitions as _club_competitions
    from .endpoints.meet import competition_matches as _competition_matches
    from .endpoints.meet import competitions as _competitions
    from .endpoints.meet import generic as _generic
    from .endpoints.meet import matches as _matches
    from .endpoints.meet import matchmaking as _matchmaking
    from .endpoints.meet import super_royal as _super_royal
    from .models.meet.challenges import (
        Challenge,
        ChallengeLeaderboard,
        ChallengeList,
        ChallengeRecord,
        ChallengeRecordList,
        ChallengeResult,
    )
    from .models.meet.club_competitions import (
        ClubCompetitionItem,
        ClubCompetitionOverview,
        MyClubCompetitions,
    )
    from .models.meet.competition_matches import (
        MatchResult,
        MatchResults,
        MatchResultsList,
        RoundMatch,
        RoundMatches,
    )
    from .models.meet.competitions import (
        Competition,
        CompetitionLeaderboard,
        CompetitionList,
        CompetitionRank,
        Cup,
        Cups,
        Participant,
        ParticipantList,
        RoundList,
        TeamList,
    )
    from .models.meet.matches import Match, MatchParticipantList, MatchTeamList
    from .models.meet.matchmaking import (
        Divisions,
        Heartbeat,
        MatchmakingRanking,
        MatchmakingSummary,
        PlayerStatus,
        Progressions,
        RankedPlayer,
    )
    from .models.meet.super_royal import SuperRoyalStats, SuperRoyalStatus

    class _GetChallenge(Protocol):
        def __call__(self, token: WebServicesToken, challenge_id: int) -> dict[str, Any]:
            """Get a challenge: a leaderboard of its own, such as a competition's qualifier.

            Args:
                challenge_id: the ID of the challenge (a round's `qualifierChallengeId`).

            Remarks: challenges are not competitions; an unknown challenge is a 404.
            """
            ...

        def typed(self, token: WebServicesToken, challenge_id: int) -> Challenge:
            """`get_challenge`, returning the answer as a `Challenge`.

            Get a challenge: a leaderboard of its own, such as a competition's qualifier.

            Args:
                challenge_id: the ID of the challenge (a round's `qualifierChallengeId`).

            Remarks: challenges are not competitions; an unknown challenge is a 404.
            """
            ...

    class _GetChallenges(Protocol):
        def __call__(self, token: WebServicesToken, length: int = 10, offset: int = 0) -> list[Any]:
            """Get challenges, newest first.

            Args:
                length: challenges to get, 0 to 100.
                offset: challenges to skip.

            Remarks: challenges are not competitions, though most are competitions' qualifiers.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            length: int = 10,
            offset: int = 0,
        ) -> ChallengeList:
            """`get_challenges`, returning the answer as a `ChallengeList`.

            Get challenges, newest first.

            Args:
                length: challenges to get, 0 to 100.
                offset: challenges to skip.

            Remarks: challenges are not competitions, though most are competitions' qualifiers.
            """
            ...

    class _GetChallengeLeaderboard(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            challenge_id: int,
            length: int = 10,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get a challenge's leaderboard (e.g. a Cup of the Day qualifier's).

            Args:
                challenge_id: the ID of the challenge (a round's `qualifierChallengeId`).
                length: entries to get, 0 to 100.
                offset: entries to skip.

            Remarks: `cardinal` is the number of ranked players; an unknown challenge is a 404.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            challenge_id: int,
            length: int = 10,
            offset: int = 0,
        ) -> ChallengeLeaderboard:
            """`get_challenge_leaderboard`, returning the answer as a `ChallengeLeaderboard`.

            Get a challenge's leaderboard (e.g. a Cup of the Day qualifier's).

            Args:
                challenge_id: the ID of the challenge (a round's `qualifierChallengeId`).
                length: entries to get, 0 to 100.
                offset: entries to skip.

            Remarks: `cardinal` is the number of ranked players; an unknown challenge is a 404.
            """
            ...

    class _GetChallengeMapRecords(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            challenge_id: int,
            map_uid: str,
            length: int = 10,
            offset: int = 0,
        ) -> list[Any]:
            """Get a challenge's records on one of its maps.

            Args:
                challenge_id: the ID of the challenge.
                map_uid: the UID of one of the challenge's maps.
                length: records to get, 0 to 100.
                offset: records to skip.

            Remarks: like `get_challenge_leaderboard`, for one map; an unknown challenge or map, or
            no record for the pair, is a 404.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            challenge_id: int,
            map_uid: str,
            length: int = 10,
            offset: int = 0,
        ) -> ChallengeRecordList:
            """`get_challenge_map_records`, returning the answer as a `ChallengeRecordList`.

            Get a challenge's records on one of its maps.

            Args:
                challenge_id: the ID of the challenge.
                map_uid: the UID of one of the challenge's maps.
                length: records to get, 0 to 100.
                offset: records to skip.

            Remarks: like `get_challenge_leaderboard`, for one map; an unknown challenge or map, or
            no record for the pair, is a 404.
            """
            ...

    class _GetClubCompetition(Protocol):
        def __call__(self, token: WebServicesToken, club_competition_id: int) -> dict[str, Any]:
            """Get a club competition with its rounds and the account's participation.

            Args:
                club_competition_id: the club activity ID of the competition.

            Remarks: `clubCompetition.competition.id` is the ID for the competition endpoints; an
            unknown activity is a 404.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            club_competition_id: int,
        ) -> ClubCompetitionOverview:
            """`get_club_competition`, returning the answer as a `ClubCompetitionOverview`.

            Get a club competition with its rounds and the account's participation.

            Args:
                club_competition_id: the club activity ID of the competition.

            Remarks: `clubCompetition.competition.id` is the ID for the competition endpoints; an
            unknown activity is a 404.
            """
            ...

    class _GetMyClubCompetitions(Protocol):
        def __call__(self, token: ServiceToken, length: int = 0, offset: int = 0) -> dict[str, Any]:
            """Get the competitions of the clubs the account is a member of.

            Args:
                length: competitions to get, 0 to 100 (the documented default, 0, gets only the
                    count).
                offset: competitions to skip.

            Remarks: needs a service account; without Club Access the account is in no club and the
            list is always empty.
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            length: int = 0,
            offset: int = 0,
        ) -> MyClubCompetitions:
            """`get_my_club_competitions`, returning the answer as a `MyClubCompetitions`.

            Get the competitions of the clubs the account is a member of.

            Args:
                length: competitions to get, 0 to 100 (the documented default, 0, gets only the
                    count).
                offset: competitions to skip.

            Remarks: needs a service account; without Club Access the account is in no club and the
            list is always empty.
            """
            ...

    class _GetRoundMatches(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            round_id: int,
            length: int = 10,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get the matches of a competition round.

            Args:
                round_id: the ID of the round (see `get_competition_rounds`).
                length: matches to get, 0 to 100.
                offset: matches to skip.

            Remarks: the `id`s are competition match IDs (for `get_competition_match_results`), not
            the match IDs of `get_match`: use `clubMatchLiveId` there. An unknown round is a 404.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            round_id: int,
            length: int = 10,
            offset: int = 0,
        ) -> RoundMatches:
            """`get_round_matches`, returning the answer as a `RoundMatches`.

            Get the matches of a competition round.

            Args:
                round_id: the ID of the round (see `get_competition_rounds`).
                length: matches to get, 0 to 100.
                offset: matches to skip.

            Remarks: the `id`s are competition match IDs (for `get_competition_match_results`), not
            the match IDs of `get_match`: use `clubMatchLiveId` there. An unknown round is a 404.
            """
            ...

    class _GetCompetitionPlayerMatches(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            competition_id: int | str,
            account_id: str,
        ) -> list[Any]:
            """Get the matches a player played in a competition, with their results.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.
                account_id: the player's account ID.

            Remarks: both competition IDs work; an unknown competition is a 404, while a player who
            did not take part answers `[]`; ranks and scores are null in matches not played yet.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            competition_id: int | str,
            account_id: str,
        ) -> MatchResultsList:
            """`get_competition_player_matches`, returning the answer as a `MatchResultsList`.

            Get the matches a player played in a competition, with their results.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.
                account_id: the player's account ID.

            Remarks: both competition IDs work; an unknown competition is a 404, while a player who
            did not take part answers `[]`; ranks and scores are null in matches not played yet.
            """
            ...

    class _GetCompetitionMatchResults(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            comp_match_id: int,
            length: int = 10,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get the results of a competition match.

            Args:
                comp_match_id: a competition match ID, from `get_round_matches` (not a match ID of
                    `get_match`).
                length: results to get, 0 to 255.
                offset: results to skip.

            Remarks: without teams, `teams` is `[]` and each result's `team` is null; team names come
            from `get_competition_teams`. An unknown match, or one whose results are not available,
            is a 404.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            comp_match_id: int,
            length: int = 10,
            offset: int = 0,
        ) -> MatchResults:
            """`get_competition_match_results`, returning the answer as a `MatchResults`.

            Get the results of a competition match.

            Args:
                comp_match_id: a competition match ID, from `get_round_matches` (not a match ID of
                    `get_match`).
                length: results to get, 0 to 255.
                offset: results to skip.

            Remarks: without teams, `teams` is `[]` and each result's `team` is null; team names come
            from `get_competition_teams`. An unknown match, or one whose results are not available,
            is a 404.
            """
            ...

    class _GetCompetition(Protocol):
        def __call__(self, token: WebServicesToken, competition_id: int | str) -> dict[str, Any]:
            """Get a competition.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.

            Remarks: both IDs work; an unknown competition is a 404.
            """
            ...

        def typed(self, token: WebServicesToken, competition_id: int | str) -> Competition:
            """`get_competition`, returning the answer as a `Competition`.

            Get a competition.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.

            Remarks: both IDs work; an unknown competition is a 404.
            """
            ...

    class _GetCompetitions(Protocol):
        def __call__(self, token: WebServicesToken, length: int = 10, offset: int = 0) -> list[Any]:
            """Get competitions, newest first: official cups and community competitions alike.

            Args:
                length: competitions to get, 0 to 100.
                offset: competitions to skip.

            Remarks: to get only official cups of one type, use `get_cups_of_the_day`.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            length: int = 10,
            offset: int = 0,
        ) -> CompetitionList:
            """`get_competitions`, returning the answer as a `CompetitionList`.

            Get competitions, newest first: official cups and community competitions alike.

            Args:
                length: competitions to get, 0 to 100.
                offset: competitions to skip.

            Remarks: to get only official cups of one type, use `get_cups_of_the_day`.
            """
            ...

    class _GetCupsOfTheDay(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            type: str = "cotd",
            length: int = 10,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get official cups of one type, newest first, with their competition and qualifier
            challenge.

            Args:
                type: `cotd` (Cup of the Day), `cotw` (Cup of the Week) or `grand_race` (Grand Enduro
                    Race).
                length: cups to get, 0 to 100.
                offset: cups to skip.

            Remarks: whatever the type, the cups are under `COTDs`; reruns and platform-exclusive
            cups are included.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            type: str = "cotd",
            length: int = 10,
            offset: int = 0,
        ) -> Cups:
            """`get_cups_of_the_day`, returning the answer as a `Cups`.

            Get official cups of one type, newest first, with their competition and qualifier
            challenge.

            Args:
                type: `cotd` (Cup of the Day), `cotw` (Cup of the Week) or `grand_race` (Grand Enduro
                    Race).
                length: cups to get, 0 to 100.
                offset: cups to skip.

            Remarks: whatever the type, the cups are under `COTDs`; reruns and platform-exclusive
            cups are included.
            """
            ...

    class _GetCupOfTheDay(Protocol):
        def __call__(self, token: WebServicesToken) -> dict[str, Any]:
            """Get the Cup of the Day being played now.

            Remarks: only the crossplay Cup of the Day, not the platform-exclusive ones; when none is
            on, the service answers 204 with no content (returned as `{}`; `.typed` then fails).
            """
            ...

        def typed(self, token: WebServicesToken) -> Cup:
            """`get_cup_of_the_day`, returning the answer as a `Cup`.

            Get the Cup of the Day being played now.

            Remarks: only the crossplay Cup of the Day, not the platform-exclusive ones; when none is
            on, the service answers 204 with no content (returned as `{}`; `.typed` then fails).
            """
            ...

    class _GetCompetitionLeaderboard(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            competition_id: int | str,
            length: int = 10,
            offset: int = 0,
        ) -> list[Any]:
            """Get a competition's ranking.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.
                length: ranks to get, 0 to 255.
                offset: ranks to skip.

            Remarks: both IDs work; before the competition starts every `score` is 0 though the
            ranks are set; an unknown competition is a 404.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            competition_id: int | str,
            length: int = 10,
            offset: int = 0,
        ) -> CompetitionLeaderboard:
            """`get_competition_leaderboard`, returning the answer as a `CompetitionLeaderboard`.

            Get a competition's ranking.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.
                length: ranks to get, 0 to 255.
                offset: ranks to skip.

            Remarks: both IDs work; before the competition starts every `score` is 0 though the
            ranks are set; an unknown competition is a 404.
            """
            ...

    class _GetCompetitionParticipants(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            competition_id: int | str,
            length: int = 10,
            offset: int = 0,
        ) -> list[Any]:
            """Get a competition's participants.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.
                length: participants to get, 0 to 255.
                offset: participants to skip.

            Remarks: both IDs work; an unknown competition is a 404.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            competition_id: int | str,
            length: int = 10,
            offset: int = 0,
        ) -> ParticipantList:
            """`get_competition_participants`, returning the answer as a `ParticipantList`.

            Get a competition's participants.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.
                length: participants to get, 0 to 255.
                offset: participants to skip.

            Remarks: both IDs work; an unknown competition is a 404.
            """
            ...

    class _GetCompetitionRounds(Protocol):
        def __call__(self, token: WebServicesToken, competition_id: int | str) -> list[Any]:
            """Get a competition's rounds.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.

            Remarks: both IDs work; a round with a qualifier (such as the Cup of the Day's time
            attack) names its challenge in `qualifierChallengeId` (see `get_challenge_leaderboard`);
            a round's matches come from `get_round_matches`; an unknown competition is a 404.
            """
            ...

        def typed(self, token: WebServicesToken, competition_id: int | str) -> RoundList:
            """`get_competition_rounds`, returning the answer as a `RoundList`.

            Get a competition's rounds.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.

            Remarks: both IDs work; a round with a qualifier (such as the Cup of the Day's time
            attack) names its challenge in `qualifierChallengeId` (see `get_challenge_leaderboard`);
            a round's matches come from `get_round_matches`; an unknown competition is a 404.
            """
            ...

    class _GetCompetitionTeams(Protocol):
        def __call__(self, token: WebServicesToken, competition_id: int | str) -> list[Any]:
            """Get the teams of a team competition, with their players.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.

            Remarks: both IDs work; the keys are capitalised (`Id`, `Name`, `Players`); an unknown
            competition, or one without teams, answers `[]`.
            """
            ...

        def typed(self, token: WebServicesToken, competition_id: int | str) -> TeamList:
            """`get_competition_teams`, returning the answer as a `TeamList`.

            Get the teams of a team competition, with their players.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.

            Remarks: both IDs work; the keys are capitalised (`Id`, `Name`, `Players`); an unknown
            competition, or one without teams, answers `[]`.
            """
            ...

    class _Delete(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a DELETE request to the Meet API and return the decoded body.

            Args:
                token: a token for the `NadeoLiveServices` audience.
                endpoint: the endpoint, e.g. `api/cup-of-the-day/current`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Get(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
        ) -> Any:
            """Send a GET request to the Meet API and return the decoded body.

            Args:
                token: a token for the `NadeoLiveServices` audience.
                endpoint: the endpoint, e.g. `api/cup-of-the-day/current`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Head(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
        ) -> Any:
            """Send a HEAD request to the Meet API and return the decoded body.

            Args:
                token: a token for the `NadeoLiveServices` audience.
                endpoint: the endpoint, e.g. `api/cup-of-the-day/current`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Options(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a OPTIONS request to the Meet API and return the decoded body.

            Args:
                token: a token for the `NadeoLiveServices` audience.
                endpoint: the endpoint, e.g. `api/cup-of-the-day/current`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Patch(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a PATCH request to the Meet API and return the decoded body.

            Args:
                token: a token for the `NadeoLiveServices` audience.
                endpoint: the endpoint, e.g. `api/cup-of-the-day/current`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Post(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a POST request to the Meet API and return the decoded body.

            Args:
                token: a token for the `NadeoLiveServices` audience.
                endpoint: the endpoint, e.g. `api/cup-of-the-day/current`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _Put(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            endpoint: str,
            params: dict[str, Any] | None = None,
            body: dict[str, Any] | list[Any] | None = None,
        ) -> Any:
            """Send a PUT request to the Meet API and return the decoded body.

            Args:
                token: a token for the `NadeoLiveServices` audience.
                endpoint: the endpoint, e.g. `api/cup-of-the-day/current`; the base URL, the leading slash and a
                    trailing `?query` are all optional.
                params: query parameters, merged with a trailing query (a key given in both is sent
                    once, with the value from `params`).
                body: the JSON body, or None to send none.

            Returns:
                The decoded JSON body (`dict | list`); `{}` when the body is empty (e.g. for HEAD).
            """
            ...

    class _GetMatch(Protocol):
        def __call__(self, token: WebServicesToken, match_id: int | str) -> dict[str, Any]:
            """Get a match: its dates, status, server, script and maps.

            Args:
                match_id: the numeric `id` or the `liveId` (`LID-MTCH-...`) of the match.

            Remarks: both IDs work; matches are kept about a month, then they are a 404 like unknown
            ones; since February 2023 no `serverConfig` is given, and since January 2024
            `publicConfig` names the script and the maps.
            """
            ...

        def typed(self, token: WebServicesToken, match_id: int | str) -> Match:
            """`get_match`, returning the answer as a `Match`.

            Get a match: its dates, status, server, script and maps.

            Args:
                match_id: the numeric `id` or the `liveId` (`LID-MTCH-...`) of the match.

            Remarks: both IDs work; matches are kept about a month, then they are a 404 like unknown
            ones; since February 2023 no `serverConfig` is given, and since January 2024
            `publicConfig` names the script and the maps.
            """
            ...

    class _GetMatchParticipants(Protocol):
        def __call__(self, token: WebServicesToken, match_id: int | str) -> list[Any]:
            """Get a match's players with their ranks and scores.

            Args:
                match_id: the numeric `id` or the `liveId` (`LID-MTCH-...`) of the match.

            Remarks: both IDs work; matches are kept about a month, then they are a 404 like unknown
            ones.
            """
            ...

        def typed(self, token: WebServicesToken, match_id: int | str) -> MatchParticipantList:
            """`get_match_participants`, returning the answer as a `MatchParticipantList`.

            Get a match's players with their ranks and scores.

            Args:
                match_id: the numeric `id` or the `liveId` (`LID-MTCH-...`) of the match.

            Remarks: both IDs work; matches are kept about a month, then they are a 404 like unknown
            ones.
            """
            ...

    class _GetMatchTeams(Protocol):
        def __call__(self, token: WebServicesToken, match_id: int | str) -> list[Any]:
            """Get a match's teams with their scores and ranks.

            Args:
                match_id: the numeric `id` or the `liveId` (`LID-MTCH-...`) of the match.

            Remarks: both IDs work; matches are kept about a month, then they are a 404 like unknown
            ones.
            """
            ...

        def typed(self, token: WebServicesToken, match_id: int | str) -> MatchTeamList:
            """`get_match_teams`, returning the answer as a `MatchTeamList`.

            Get a match's teams with their scores and ranks.

            Args:
                match_id: the numeric `id` or the `liveId` (`LID-MTCH-...`) of the match.

            Remarks: both IDs work; matches are kept about a month, then they are a 404 like unknown
            ones.
            """
            ...

    class _GetMatchmakingRankings(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            matchmaking_type: int | str,
            length: int = 10,
            offset: int = 0,
        ) -> dict[str, Any]:
            """Get the world ranking of a matchmaking type.

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.
                length: ranks to get, 0 to 100.
                offset: ranks to skip (any depth can be read, unlike map leaderboards).

            Remarks: `cardinal` is the number of ranked players; an unknown type is an error.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            matchmaking_type: int | str,
            length: int = 10,
            offset: int = 0,
        ) -> MatchmakingRanking:
            """`get_matchmaking_rankings`, returning the answer as a `MatchmakingRanking`.

            Get the world ranking of a matchmaking type.

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.
                length: ranks to get, 0 to 100.
                offset: ranks to skip (any depth can be read, unlike map leaderboards).

            Remarks: `cardinal` is the number of ranked players; an unknown type is an error.
            """
            ...

    class _GetMatchmakingPlayerRanks(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            matchmaking_type: int | str,
            players: Sequence[str],
        ) -> dict[str, Any]:
            """Get players' ranks and scores in a matchmaking type.

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.
                players: the players' account IDs: at least one, any number (sent in as few
                    requests as the URI limit allows, each ID once).

            Remarks: `cardinal` is the number of ranked players; there is no set limit on players,
            but a request URI of 8,220 characters or more (just over 150 IDs) is a 414, so longer
            lists are split into several requests and their `results` joined. Like
            `get_matchmaking_player_progressions`, with ranks instead of divisions. An unknown type
            is an error.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            matchmaking_type: int | str,
            players: Sequence[str],
        ) -> MatchmakingRanking:
            """`get_matchmaking_player_ranks`, returning the answer as a `MatchmakingRanking`.

            Get players' ranks and scores in a matchmaking type.

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.
                players: the players' account IDs: at least one, any number (sent in as few
                    requests as the URI limit allows, each ID once).

            Remarks: `cardinal` is the number of ranked players; there is no set limit on players,
            but a request URI of 8,220 characters or more (just over 150 IDs) is a 414, so longer
            lists are split into several requests and their `results` joined. Like
            `get_matchmaking_player_progressions`, with ranks instead of divisions. An unknown type
            is an error.
            """
            ...

    class _GetMatchmakingPlayerProgressions(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            matchmaking_type: int | str,
            players: Sequence[str],
        ) -> dict[str, Any]:
            """Get players' divisions and progression in a matchmaking type.

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.
                players: the players' account IDs: at least one, any number (sent in as few
                    requests as the URI limit allows, each ID once).

            Remarks: there is no set limit on players, but a request URI of 8,220 characters or more
            (just over 150 IDs) is a 414, so longer lists are split into several requests and their
            `progressions` joined. Like
            `get_matchmaking_player_ranks`, with division IDs instead of ranks. An unknown type is an
            error.
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            matchmaking_type: int | str,
            players: Sequence[str],
        ) -> Progressions:
            """`get_matchmaking_player_progressions`, returning the answer as a `Progressions`.

            Get players' divisions and progression in a matchmaking type.

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.
                players: the players' account IDs: at least one, any number (sent in as few
                    requests as the URI limit allows, each ID once).

            Remarks: there is no set limit on players, but a request URI of 8,220 characters or more
            (just over 150 IDs) is a 414, so longer lists are split into several requests and their
            `progressions` joined. Like
            `get_matchmaking_player_ranks`, with division IDs instead of ranks. An unknown type is an
            error.
            """
            ...

    class _GetMatchmakingDivisions(Protocol):
        def __call__(self, token: WebServicesToken, matchmaking_type: int | str) -> dict[str, Any]:
            """Get the divisions of a matchmaking type and the rules that place players in them.

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.

            Remarks: an unknown type is an error.
            """
            ...

        def typed(self, token: WebServicesToken, matchmaking_type: int | str) -> Divisions:
            """`get_matchmaking_divisions`, returning the answer as a `Divisions`.

            Get the divisions of a matchmaking type and the rules that place players in them.

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.

            Remarks: an unknown type is an error.
            """
            ...

    class _GetMatchmakingStatus(Protocol):
        def __call__(self, token: ServiceToken, matchmaking_type: int | str) -> dict[str, Any]:
            """Get the account's matchmaking status: queue, penalty, division and progression.

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.

            Remarks: needs a service account; `currentHeartbeat` is the answer of the account's
            last heartbeat (see `send_matchmaking_heartbeat`), or null.
            """
            ...

        def typed(self, token: ServiceToken, matchmaking_type: int | str) -> PlayerStatus:
            """`get_matchmaking_status`, returning the answer as a `PlayerStatus`.

            Get the account's matchmaking status: queue, penalty, division and progression.

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.

            Remarks: needs a service account; `currentHeartbeat` is the answer of the account's
            last heartbeat (see `send_matchmaking_heartbeat`), or null.
            """
            ...

    class _SendMatchmakingHeartbeat(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            matchmaking_type: int | str,
            play_with: Sequence[str] = (),
            code: str = "",
        ) -> dict[str, Any]:
            """Join or stay in a matchmaking queue; the answer's `status` is usually `pending`,
            `queued`, `match_ready` (with `matchLiveId`) or `canceled`.

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.
                play_with: the account IDs of the party to queue with (empty to queue alone); at most
                    one less than the type's team size.
                code: the party code, usually empty.

            Remarks: needs a service account. The game sends one every 5 seconds while queueing; do
            the same. Only `cancel_matchmaking` leaves the queue, and a found match must be joined
            and played or the account is penalised.
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            matchmaking_type: int | str,
            play_with: Sequence[str] = (),
            code: str = "",
        ) -> Heartbeat:
            """`send_matchmaking_heartbeat`, returning the answer as a `Heartbeat`.

            Join or stay in a matchmaking queue; the answer's `status` is usually `pending`,
            `queued`, `match_ready` (with `matchLiveId`) or `canceled`.

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.
                play_with: the account IDs of the party to queue with (empty to queue alone); at most
                    one less than the type's team size.
                code: the party code, usually empty.

            Remarks: needs a service account. The game sends one every 5 seconds while queueing; do
            the same. Only `cancel_matchmaking` leaves the queue, and a found match must be joined
            and played or the account is penalised.
            """
            ...

    class _CancelMatchmaking(Protocol):
        def __call__(self, token: ServiceToken, matchmaking_type: int | str) -> dict[str, Any]:
            """Leave a matchmaking queue; answers 204 with no content (returned as `{}`).

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.

            Remarks: needs a service account; once a match is found, cancelling does nothing: the
            match must be joined and played to avoid a penalty.
            """
            ...

    class _GetMatchmakingIds(Protocol):
        def __call__(self, token: WebServicesToken) -> dict[str, Any]:
            """Get the IDs of the official matchmaking types.

            Remarks: since July 2025 the answer may be outdated (it still names the deprecated types
            and not Ranked 2v2, whose ID is 5).
            """
            ...

        def typed(self, token: WebServicesToken) -> MatchmakingSummary:
            """`get_matchmaking_ids`, returning the answer as a `MatchmakingSummary`.

            Get the IDs of the official matchmaking types.

            Remarks: since July 2025 the answer may be outdated (it still names the deprecated types
            and not Ranked 2v2, whose ID is 5).
            """
            ...

    class _GetSuperRoyalStats(Protocol):
        def __call__(self, token: ServiceToken) -> dict[str, Any]:
            """Get how many Super Royal finals of each tier the account won.

            Remarks: needs a service account (the answer is about the account itself).
            """
            ...

        def typed(self, token: ServiceToken) -> SuperRoyalStats:
            """`get_super_royal_stats`, returning the answer as a `SuperRoyalStats`.

            Get how many Super Royal finals of each tier the account won.

            Remarks: needs a service account (the answer is about the account itself).
            """
            ...

    class _GetSuperRoyalStatus(Protocol):
        def __call__(self, token: WebServicesToken) -> dict[str, Any]:
            """Get when the next Super Royal starts and the account's match in it."""
            ...

        def typed(self, token: WebServicesToken) -> SuperRoyalStatus:
            """`get_super_royal_status`, returning the answer as a `SuperRoyalStatus`.

            Get when the next Super Royal starts and the account's match in it.
            """
            ...

    class _IterChallenges(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[dict[str, Any]]:
            """Iterate over challenges, newest first, 100 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_challenges` page after page and yields each page's items one by one, none
            twice. Stops at `limit`, or after a short page (the end).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[Challenge]:
            """`iter_challenges`, yielding each item as a `Challenge`.

            Iterate over challenges, newest first, 100 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_challenges` page after page and yields each page's items one by one, none
            twice. Stops at `limit`, or after a short page (the end).
            """
            ...

    class _IterChallengeLeaderboard(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            challenge_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[dict[str, Any]]:
            """Iterate over a challenge's leaderboard, 100 a request.

            Args:
                challenge_id: the ID of the challenge (a round's `qualifierChallengeId`).
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_challenge_leaderboard` page after page and yields the items of `results` one
            by one, none twice. Stops at `limit`, or at the `cardinal` the first answer announces
            (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            challenge_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[ChallengeResult]:
            """`iter_challenge_leaderboard`, yielding each item as a `ChallengeResult`.

            Iterate over a challenge's leaderboard, 100 a request.

            Args:
                challenge_id: the ID of the challenge (a round's `qualifierChallengeId`).
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_challenge_leaderboard` page after page and yields the items of `results` one
            by one, none twice. Stops at `limit`, or at the `cardinal` the first answer announces
            (no request is sent past the last page).
            """
            ...

    class _IterChallengeMapRecords(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            challenge_id: int,
            map_uid: str,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[dict[str, Any]]:
            """Iterate over a challenge's records on one map, 100 a request.

            Args:
                challenge_id: the ID of the challenge.
                map_uid: the UID of one of the challenge's maps.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_challenge_map_records` page after page and yields each page's items one by
            one, none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            challenge_id: int,
            map_uid: str,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[ChallengeRecord]:
            """`iter_challenge_map_records`, yielding each item as a `ChallengeRecord`.

            Iterate over a challenge's records on one map, 100 a request.

            Args:
                challenge_id: the ID of the challenge.
                map_uid: the UID of one of the challenge's maps.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_challenge_map_records` page after page and yields each page's items one by
            one, none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

    class _IterMyClubCompetitions(Protocol):
        def __call__(
            self,
            token: ServiceToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[dict[str, Any]]:
            """Iterate over the competitions of the account's clubs, 100 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_my_club_competitions` page after page and yields the items of
            `clubCompetitions` one by one, none twice. Stops at `limit`, or at the
            `clubCompetitionsCount` the first answer announces (no request is sent past the last
            page).
            """
            ...

        def typed(
            self,
            token: ServiceToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[ClubCompetitionItem]:
            """`iter_my_club_competitions`, yielding each item as a `ClubCompetitionItem`.

            Iterate over the competitions of the account's clubs, 100 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_my_club_competitions` page after page and yields the items of
            `clubCompetitions` one by one, none twice. Stops at `limit`, or at the
            `clubCompetitionsCount` the first answer announces (no request is sent past the last
            page).
            """
            ...

    class _IterRoundMatches(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            round_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[dict[str, Any]]:
            """Iterate over the matches of a competition round, 100 a request.

            Args:
                round_id: the ID of the round (see `get_competition_rounds`).
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_round_matches` page after page and yields the items of `matches` one by one,
            none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            round_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[RoundMatch]:
            """`iter_round_matches`, yielding each item as a `RoundMatch`.

            Iterate over the matches of a competition round, 100 a request.

            Args:
                round_id: the ID of the round (see `get_competition_rounds`).
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_round_matches` page after page and yields the items of `matches` one by one,
            none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

    class _IterCompetitionMatchResults(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            comp_match_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[dict[str, Any]]:
            """Iterate over the results of a competition match, 255 a request.

            Args:
                comp_match_id: a competition match ID, from `get_round_matches` (not a match ID of
                    `get_match`).
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_competition_match_results` page after page and yields the items of `results`
            one by one, none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            comp_match_id: int,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[MatchResult]:
            """`iter_competition_match_results`, yielding each item as a `MatchResult`.

            Iterate over the results of a competition match, 255 a request.

            Args:
                comp_match_id: a competition match ID, from `get_round_matches` (not a match ID of
                    `get_match`).
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_competition_match_results` page after page and yields the items of `results`
            one by one, none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

    class _IterCompetitions(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[dict[str, Any]]:
            """Iterate over competitions, newest first, 100 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_competitions` page after page and yields each page's items one by one, none
            twice. Stops at `limit`, or after a short page (the end).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[Competition]:
            """`iter_competitions`, yielding each item as a `Competition`.

            Iterate over competitions, newest first, 100 a request.

            Args:
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_competitions` page after page and yields each page's items one by one, none
            twice. Stops at `limit`, or after a short page (the end).
            """
            ...

    class _IterCupsOfTheDay(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            type: str = "cotd",
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[dict[str, Any]]:
            """Iterate over cups of one type, newest first, 100 a request.

            Args:
                type: `cotd` (Cup of the Day), `cotw` (Cup of the Week) or `grand_race` (Grand Enduro
                    Race).
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_cups_of_the_day` page after page and yields the items of `COTDs` one by one,
            none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            type: str = "cotd",
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[Cup]:
            """`iter_cups_of_the_day`, yielding each item as a `Cup`.

            Iterate over cups of one type, newest first, 100 a request.

            Args:
                type: `cotd` (Cup of the Day), `cotw` (Cup of the Week) or `grand_race` (Grand Enduro
                    Race).
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_cups_of_the_day` page after page and yields the items of `COTDs` one by one,
            none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

    class _IterCompetitionLeaderboard(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            competition_id: int | str,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[dict[str, Any]]:
            """Iterate over a competition's results, 255 a request.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_competition_leaderboard` page after page and yields each page's items one by
            one, none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            competition_id: int | str,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[CompetitionRank]:
            """`iter_competition_leaderboard`, yielding each item as a `CompetitionRank`.

            Iterate over a competition's results, 255 a request.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_competition_leaderboard` page after page and yields each page's items one by
            one, none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

    class _IterCompetitionParticipants(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            competition_id: int | str,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[dict[str, Any]]:
            """Iterate over a competition's participants, 255 a request.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_competition_participants` page after page and yields each page's items one by
            one, none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            competition_id: int | str,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[Participant]:
            """`iter_competition_participants`, yielding each item as a `Participant`.

            Iterate over a competition's participants, 255 a request.

            Args:
                competition_id: the numeric `id` or the `liveId` (`LID-COMP-...`) of the competition.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_competition_participants` page after page and yields each page's items one by
            one, none twice. Stops at `limit`, or after a short page (the end).
            """
            ...

    class _IterMatchmakingRankings(Protocol):
        def __call__(
            self,
            token: WebServicesToken,
            matchmaking_type: int | str,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[dict[str, Any]]:
            """Iterate over a matchmaking ranking, best first, 100 a request.

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_matchmaking_rankings` page after page and yields the items of `results` one
            by one, none twice. Stops at `limit`, or at the `cardinal` the first answer announces
            (no request is sent past the last page).
            """
            ...

        def typed(
            self,
            token: WebServicesToken,
            matchmaking_type: int | str,
            limit: int | None = None,
            progress: Progress | None = None,
        ) -> Iterator[RankedPlayer]:
            """`iter_matchmaking_rankings`, yielding each item as a `RankedPlayer`.

            Iterate over a matchmaking ranking, best first, 100 a request.

            Args:
                matchmaking_type: 5 (Ranked 2v2), or the deprecated 2 (Ranked 3v3),
                    3 (Royal), 4 (Super Royal); `ranked-2v2` and `ranked-3v3` work too.
                limit: the most items to yield (None: all of them).
                progress: called after each page with (items so far, the most expected or None).

            Calls `get_matchmaking_rankings` page after page and yields the items of `results` one
            by one, none twice. Stops at `limit`, or at the `cardinal` the first answer announces
            (no request is sent past the last page).
            """
            ...

    class MeetEndpoints:
        """`Client().meet`: the functions of `nadeo_api.meet`, bound to a client."""

        get_challenge: _GetChallenge
        get_challenges: _GetChallenges
        get_challenge_leaderboard: _GetChallengeLeaderboard
        get_challenge_map_records: _GetChallengeMapRecords
        get_club_competition: _GetClubCompetition
        get_my_club_competitions: _GetMyClubCompetitions
        get_round_matches: _GetRoundMatches
        get_competition_player_matches: _GetCompetitionPlayerMatches
        get_competition_match_results: _GetCompetitionMatchResults
        get_competition: _GetCompetition
        get_competitions: _GetCompetitions
        get_cups_of_the_day: _GetCupsOfTheDay
        get_cup_of_the_day: _GetCupOfTheDay
        get_competition_leaderboard: _GetCompetitionLeaderboard
        get_competition_participants: _GetCompetitionParticipants
        get_competition_rounds: _GetCompetitionRounds
        get_competition_teams: _GetCompetitionTeams
        delete: _Delete
        get: _Get
        head: _Head
        options: _Options
        patch: _Patch
        post: _Post
        put: _Put
        get_match: _GetMatch
        get_match_participants: _GetMatchParticipants
        get_match_teams: _GetMatchTeams
        get_matchmaking_rankings: _GetMatchmakingRankings
        get_matchmaking_player_ranks: _GetMatchmakingPlayerRanks
        get_matchmaking_player_progressions: _GetMatchmakingPlayerProgressions
        get_matchmaking_divisions: _GetMatchmakingDivisions
        get_matchmaking_status: _GetMatchmakingStatus
        send_matchmaking_heartbeat: _SendMatchmakingHeartbeat
        cancel_matchmaking: _CancelMatchmaking
        get_matchmaking_ids: _GetMatchmakingIds
        get_super_royal_stats: _GetSuperRoyalStats
        get_super_royal_status: _GetSuperRoyalStatus
        iter_challenges: _IterChallenges
        iter_challenge_leaderboard: _IterChallengeLeaderboard
        iter_challenge_map_records: _IterChallengeMapRecords
        iter_my_club_competitions: _IterMyClubCompetitions
        iter_round_matches: _IterRoundMatches
        iter_competition_match_results: _IterCompetitionMatchResults
        iter_competitions: _IterCompetitions
        iter_cups_of_the_day: _IterCupsOfTheDay
        iter_competition_leaderboard: _IterCompetitionLeaderboard
        iter_competition_participants: _IterCompetitionParticipants
        iter_matchmaking_rankings: _IterMatchmakingRankings


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
    "iter_challenge_leaderboard",
    "iter_challenge_map_records",
    "iter_challenges",
    "iter_competition_leaderboard",
    "iter_competition_match_results",
    "iter_competition_participants",
    "iter_competitions",
    "iter_cups_of_the_day",
    "iter_matchmaking_rankings",
    "iter_my_club_competitions",
    "iter_round_matches",
    "options",
    "patch",
    "post",
    "put",
    "send_matchmaking_heartbeat",
]

get_challenge: _GetChallenge
get_challenges: _GetChallenges
get_challenge_leaderboard: _GetChallengeLeaderboard
get_challenge_map_records: _GetChallengeMapRecords
get_club_competition: _GetClubCompetition
get_my_club_competitions: _GetMyClubCompetitions
get_round_matches: _GetRoundMatches
get_competition_player_matches: _GetCompetitionPlayerMatches
get_competition_match_results: _GetCompetitionMatchResults
get_competition: _GetCompetition
get_competitions: _GetCompetitions
get_cups_of_the_day: _GetCupsOfTheDay
get_cup_of_the_day: _GetCupOfTheDay
get_competition_leaderboard: _GetCompetitionLeaderboard
get_competition_participants: _GetCompetitionParticipants
get_competition_rounds: _GetCompetitionRounds
get_competition_teams: _GetCompetitionTeams
delete: _Delete
get: _Get
head: _Head
options: _Options
patch: _Patch
post: _Post
put: _Put
get_match: _GetMatch
get_match_participants: _GetMatchParticipants
get_match_teams: _GetMatchTeams
get_matchmaking_rankings: _GetMatchmakingRankings
get_matchmaking_player_ranks: _GetMatchmakingPlayerRanks
get_matchmaking_player_progressions: _GetMatchmakingPlayerProgressions
get_matchmaking_divisions: _GetMatchmakingDivisions
get_matchmaking_status: _GetMatchmakingStatus
send_matchmaking_heartbeat: _SendMatchmakingHeartbeat
cancel_matchmaking: _CancelMatchmaking
get_matchmaking_ids: _GetMatchmakingIds
get_super_royal_stats: _GetSuperRoyalStats
get_super_royal_status: _GetSuperRoyalStatus
iter_challenges: _IterChallenges
iter_challenge_leaderboard: _IterChallengeLeaderboard
iter_challenge_map_records: _IterChallengeMapRecords
iter_my_club_competitions: _IterMyClubCompetitions
iter_round_matches: _IterRoundMatches
iter_competition_match_results: _IterCompetitionMatchResults
iter_competitions: _IterCompetitions
iter_cups_of_the_day: _IterCupsOfTheDay
iter_competition_leaderboard: _IterCompetitionLeaderboard
iter_competition_participants: _IterCompetitionParticipants
iter_matchmaking_rankings: _IterMatchmakingRankings

if TYPE_CHECKING:

    def _made_from_declarations() -> None:
        """What each function is made from, which the checkers hold to its protocol."""
        get_challenge: _GetChallenge = sync_function(_challenges.get_challenge, __name__)
        get_challenges: _GetChallenges = sync_function(_challenges.get_challenges, __name__)
        get_challenge_leaderboard: _GetChallengeLeaderboard = sync_function(
            _challenges.get_challenge_leaderboard, __name__
        )
        get_challenge_map_records: _GetChallengeMapRecords = sync_function(
            _challenges.get_challenge_map_records, __name__
        )
        get_club_competition: _GetClubCompetition = sync_function(
            _club_competitions.get_club_competition, __name__
        )
        get_my_club_competitions: _GetMyClubCompetitions = sync_function(
            _club_competitions.get_my_club_competitions, __name__
        )
        get_round_matches: _GetRoundMatches = sync_function(
            _competition_matches.get_round_matches, __name__
        )
        get_competition_player_matches: _GetCompetitionPlayerMatches = sync_function(
            _competition_matches.get_competition_player_matches, __name__
        )
        get_competition_match_results: _GetCompetitionMatchResults = sync_function(
            _competition_matches.get_competition_match_results, __name__
        )
        get_competition: _GetCompetition = sync_function(_competitions.get_competition, __name__)
        get_competitions: _GetCompetitions = sync_function(_competitions.get_competitions, __name__)
        get_cups_of_the_day: _GetCupsOfTheDay = sync_function(
            _competitions.get_cups_of_the_day, __name__
        )
        get_cup_of_the_day: _GetCupOfTheDay = sync_function(
            _competitions.get_cup_of_the_day, __name__
        )
        get_competition_leaderboard: _GetCompetitionLeaderboard = sync_function(
            _competitions.get_competition_leaderboard, __name__
        )
        get_competition_participants: _GetCompetitionParticipants = sync_function(
            _competitions.get_competition_participants, __name__
        )
        get_competition_rounds: _GetCompetitionRounds = sync_function(
            _competitions.get_competition_rounds, __name__
        )
        get_competition_teams: _GetCompetitionTeams = sync_function(
            _competitions.get_competition_teams, __name__
        )
        delete: _Delete = sync_function(_generic.delete, __name__)
        get: _Get = sync_function(_generic.get, __name__)
        head: _Head = sync_function(_generic.head, __name__)
        options: _Options = sync_function(_generic.options, __name__)
        patch: _Patch = sync_function(_generic.patch, __name__)
        post: _Post = sync_function(_generic.post, __name__)
        put: _Put = sync_function(_generic.put, __name__)
        get_match: _GetMatch = sync_function(_matches.get_match, __name__)
        get_match_participants: _GetMatchParticipants = sync_function(
            _matches.get_match_participants, __name__
        )
        get_match_teams: _GetMatchTeams = sync_function(_matches.get_match_teams, __name__)
        get_matchmaking_rankings: _GetMatchmakingRankings = sync_function(
            _matchmaking.get_matchmaking_rankings, __name__
        )
        get_matchmaking_player_ranks: _GetMatchmakingPlayerRanks = sync_function(
            _matchmaking.get_matchmaking_player_ranks, __name__
        )
        get_matchmaking_player_progressions: _GetMatchmakingPlayerProgressions = sync_function(
            _matchmaking.get_matchmaking_player_progressions, __name__
        )
        get_matchmaking_divisions: _GetMatchmakingDivisions = sync_function(
            _matchmaking.get_matchmaking_divisions, __name__
        )
        get_matchmaking_status: _GetMatchmakingStatus = sync_function(
            _matchmaking.get_matchmaking_status, __name__
        )
        send_matchmaking_heartbeat: _SendMatchmakingHeartbeat = sync_function(
            _matchmaking.send_matchmaking_heartbeat, __name__
        )
        cancel_matchmaking: _CancelMatchmaking = sync_function(
            _matchmaking.cancel_matchmaking, __name__
        )
        get_matchmaking_ids: _GetMatchmakingIds = sync_function(
            _matchmaking.get_matchmaking_ids, __name__
        )
        get_super_royal_stats: _GetSuperRoyalStats = sync_function(
            _super_royal.get_super_royal_stats, __name__
        )
        get_super_royal_status: _GetSuperRoyalStatus = sync_function(
            _super_royal.get_super_royal_status, __name__
        )
        iter_challenges: _IterChallenges = sync_iterator(_challenges.iter_challenges, __name__)
        iter_challenge_leaderboard: _IterChallengeLeaderboard = sync_iterator(
            _challenges.iter_challenge_leaderboard, __name__
        )
        iter_challenge_map_records: _IterChallengeMapRecords = sync_iterator(
            _challenges.iter_challenge_map_records, __name__
        )
        iter_my_club_competitions: _IterMyClubCompetitions = sync_iterator(
            _club_competitions.iter_my_club_competitions, __name__
        )
        iter_round_matches: _IterRoundMatches = sync_iterator(
            _competition_matches.iter_round_matches, __name__
        )
        iter_competition_match_results: _IterCompetitionMatchResults = sync_iterator(
            _competition_matches.iter_competition_match_results, __name__
        )
        iter_competitions: _IterCompetitions = sync_iterator(
            _competitions.iter_competitions, __name__
        )
        iter_cups_of_the_day: _IterCupsOfTheDay = sync_iterator(
            _competitions.iter_cups_of_the_day, __name__
        )
        iter_competition_leaderboard: _IterCompetitionLeaderboard = sync_iterator(
            _competitions.iter_competition_leaderboard, __name__
        )
        iter_competition_participants: _IterCompetitionParticipants = sync_iterator(
            _competitions.iter_competition_participants, __name__
        )
        iter_matchmaking_rankings: _IterMatchmakingRankings = sync_iterator(
            _matchmaking.iter_matchmaking_rankings, __name__
        )

else:
    # Each function is made the first time it is asked for, its declarations imported
    # then: importing this module costs next to nothing.
    __getattr__, __dir__ = made_on_first_use(
        __name__, "nadeo_api.endpoints.meet", {
            "get_challenge": "challenges",
            "get_challenges": "challenges",
            "get_challenge_leaderboard": "challenges",
            "get_challenge_map_records": "challenges",
            "get_club_competition": "club_competitions",
            "get_my_club_competitions": "club_competitions",
            "get_round_matches": "competition_matches",
            "get_competition_player_matches": "competition_matches",
            "get_competition_match_results": "competition_matches",
            "get_competition": "competitions",
            "get_competitions": "competitions",
            "get_cups_of_the_day": "competitions",
            "get_cup_of_the_day": "competitions",
            "get_competition_leaderboard": "competitions",
            "get_competition_participants": "competitions",
            "get_competition_rounds": "competitions",
            "get_competition_teams": "competitions",
            "delete": "generic",
            "get": "generic",
            "head": "generic",
            "options": "generic",
            "patch": "generic",
            "post": "generic",
            "put": "generic",
            "get_match": "matches",
            "get_match_participants": "matches",
            "get_match_teams": "matches",
            "get_matchmaking_rankings": "matchmaking",
            "get_matchmaking_player_ranks": "matchmaking",
            "get_matchmaking_player_progressions": "matchmaking",
            "get_matchmaking_divisions": "matchmaking",
            "get_matchmaking_status": "matchmaking",
            "send_matchmaking_heartbeat": "matchmaking",
            "cancel_matchmaking": "matchmaking",
            "get_matchmaking_ids": "matchmaking",
            "get_super_royal_stats": "super_royal",
            "get_super_royal_status": "super_royal",
            "iter_challenges": "challenges",
            "iter_challenge_leaderboard": "challenges",
            "iter_challenge_map_records": "challenges",
            "iter_my_club_competitions": "club_competitions",
            "iter_round_matches": "competition_matches",
            "iter_competition_match_results": "competition_matches",
            "iter_competitions": "competitions",
            "iter_cups_of_the_day": "competitions",
            "iter_competition_leaderboard": "competitions",
            "iter_competition_participants": "competitions",
            "iter_matchmaking_rankings": "matchmaking",
        }, asynchronous=False,
    )
