"""The remarks of the Live map review pages (`live/map-review/`), shown by the emulator."""

from __future__ import annotations

from nadeo_api import Client, auth
from nadeo_api.emulator import Emulator
from nadeo_api.emulator.world.activities import activity_store

from .registry import not_behaviour, remark
from .servers import refusal_tests

globals().update(refusal_tests("live/map-review/", __name__))


def page(name: str) -> str:
    return f"live/map-review/{name}.md"


def club_review(emu: Emulator) -> tuple[int, int]:
    """The club the service account manages and its map review."""
    club = next(c.club_id for c in emu.world.clubs if c.accounts_are_members)
    store = activity_store(emu.app.state)
    review = next(a for a in store.activities(club) if a.kind == "map-review")
    return club, review.activity_id


WEBSITE = "the same data on the official website: a pointer, not a behaviour"
GLOSSARY = "a pointer to the glossary's review types"

not_behaviour(page("club-submitted"), 2, why=WEBSITE)


@remark(page("club-submitted"), 3)
def test_club_submitted_leaves_out_feedback_and_map_when_not_asked(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    club, review = club_review(emu)
    asked = client.live.get_club_map_review_submitted
    bare = asked(user, club, review, 10, with_feedback=False, with_map_info=False)
    notes = asked(user, club, review, 10, with_feedback=True, with_map_info=False)
    maps = asked(user, club, review, 10, with_feedback=False, with_map_info=True)
    (first, *_), (noted, *_), (mapped, *_) = (
        bare["submittedMaps"],
        notes["submittedMaps"],
        maps["submittedMaps"],
    )
    assert (first["noteInfo"], first["map"]) == (None, None)
    assert noted["noteInfo"] is not None and noted["map"] is None
    assert mapped["map"] is not None and mapped["noteInfo"] is None


not_behaviour(page("club-submitted"), 4, why="a pointer to the club activities endpoint")
not_behaviour(page("club-submitted"), 5, why="a pointer to the official submitted maps endpoint")
not_behaviour(page("connect"), 2, why=GLOSSARY)
not_behaviour(page("members-submissions"), 2, why="a pointer to the club activities endpoint")
not_behaviour(page("members-submissions"), 3, why=WEBSITE)


@remark(page("members-submissions"), 4)
def test_members_submissions_add_what_admins_see(
    emu: Emulator, client: Client, user: auth.ServiceToken
) -> None:
    club, review = club_review(emu)
    theirs = client.live.get_club_map_review_submissions(user, club, review, 10)
    official = client.live.get_map_review_submitted(user, "totd", 10)
    (admin, *_), (submitted, *_) = theirs["submittedMaps"], official["submittedMaps"]
    extra = {"playerCountAtStart", "playerCountAtEnd", "mScore", "timePlayed"}
    assert set(submitted) <= set(admin) and extra <= set(admin) - set(submitted)


not_behaviour(page("submitted"), 2, why=WEBSITE)
not_behaviour(page("submitted"), 3, why=GLOSSARY)
not_behaviour(page("submitted"), 4, why="a pointer to the club map review endpoint")
not_behaviour(page("waiting-time"), 1, why=GLOSSARY)
