"""Declarations of the Meet API's endpoints documented under `meet/club-competitions/`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import _checks as check
from ..._endpoint import Call, call, endpoint
from ..._pagination import paged

if TYPE_CHECKING:
    from ...auth import ServiceToken, WebServicesToken


@endpoint(
    "meet", "GET", "/api/club-competitions/{clubCompetitionId}",
    model="meet.club_competitions.ClubCompetitionOverview",
)
def get_club_competition(token: WebServicesToken, club_competition_id: int) -> Call:
    """Get a club competition with its rounds and the account's participation.

    Args:
        club_competition_id: the club activity ID of the competition.

    Remarks: `clubCompetition.competition.id` is the ID for the competition endpoints; an
    unknown activity is a 404.
    """
    return call(clubCompetitionId=check.identifier("club_competition_id", club_competition_id))


@endpoint(
    "meet", "GET", "/api/me/club-competitions", user_only=True,
    model="meet.club_competitions.MyClubCompetitions",
)
def get_my_club_competitions(token: ServiceToken, length: int = 0, offset: int = 0) -> Call:
    """Get the competitions of the clubs the account is a member of.

    Args:
        length: competitions to get, 0 to 100 (the documented default, 0, gets only the
            count).
        offset: competitions to skip.

    Remarks: needs a service account; without Club Access the account is in no club and the
    list is always empty.
    """
    return call(query=check.page(length, offset, maximum=100))


iter_my_club_competitions = paged(
    get_my_club_competitions, what="the competitions of the account's clubs",
    items="clubCompetitions", key="activityId", total="clubCompetitionsCount", page_size=100,
    model="meet.club_competitions.ClubCompetitionItem",
)
