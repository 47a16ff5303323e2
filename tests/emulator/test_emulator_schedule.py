"""Every world of a seed shares its schedule (Tracks of the Day, Royal maps, seasonal and weekly
campaigns) and its official cups, made once per process: a world sees only what its own clock
has reached, whatever other worlds of the seed have made, and answers as if it had made it
alone."""

from __future__ import annotations

import datetime

from nadeo_api.clock import FakeClock
from nadeo_api.emulator import Emulator
from nadeo_api.emulator.world import World
from nadeo_api.emulator.world.competitions import competitions
from nadeo_api.emulator.world.schedule import schedule

UTC = datetime.timezone.utc
SEED = 917_263  # no other test's: the schedule of this seed starts empty in this process


def at(*args: int) -> FakeClock:
    return FakeClock(datetime.datetime(*args, tzinfo=UTC))


def content(world: World) -> tuple[object, ...]:
    return (
        world.map_uids(), world.totd_days(), world.royal_days(), world.seasonal_campaigns(),
        world.weekly_shorts(), world.weekly_grands(),
    )  # fmt: skip


def test_a_world_sees_only_what_its_clock_reached_of_a_shared_schedule() -> None:
    alone = World(seed=SEED, clock=at(2026, 6, 15, 18))
    first_made = len(schedule(SEED).totd.items)
    ahead = World(seed=SEED, clock=at(2027, 3, 1, 18))
    assert len(schedule(SEED).totd.items) > first_made  # the later world made more days
    behind = World(seed=SEED, clock=at(2026, 6, 15, 18))
    assert content(behind) == content(alone)
    future = set(ahead.map_uids()) - set(alone.map_uids())
    assert future and not any(behind.is_known_map(uid) for uid in future)
    assert behind.totd_days()[-1].date == datetime.date(2026, 6, 15)
    future_seasons = {day.season_uid for day in ahead.totd_days()[-30:]} - {
        day.season_uid for day in behind.totd_days()
    }
    assert future_seasons and not any(behind.is_valid_group(s) for s in future_seasons)


def test_a_world_moving_on_takes_the_next_items_in_order() -> None:
    clock = at(2026, 6, 14, 12)
    moving = World(seed=SEED + 1, clock=clock)
    before = moving.map_uids()
    World(seed=SEED + 1, clock=at(2026, 9, 1, 18))  # the schedule is made months ahead
    clock.advance(2 * 86400)
    fresh = World(seed=SEED + 1, clock=at(2026, 6, 16, 12))
    assert moving.totd_days() == fresh.totd_days()
    assert [d.date for d in moving.totd_days()[-3:]] == [
        datetime.date(2026, 6, 13), datetime.date(2026, 6, 14), datetime.date(2026, 6, 15),
    ]  # fmt: skip
    # What the clock passed comes after what the world had: two days, and the weeklies that
    # started on Sunday the 14th.
    uids = moving.map_uids()
    assert uids[: len(before)] == before
    weeklies = [*moving.weekly_shorts()[-1].map_uids, *moving.weekly_grands()[-1].map_uids]
    assert uids[len(before) :] == [d.map_uid for d in moving.totd_days()[-2:]] + weeklies


def test_the_cups_of_a_seed_are_shared_and_each_world_sees_its_own() -> None:
    def cups(clock: FakeClock) -> list[object]:
        return list(competitions(Emulator(seed=SEED + 2, clock=clock).app.state).cups)

    alone = cups(at(2026, 6, 15, 18))
    ahead = cups(at(2026, 8, 1, 18))
    behind = cups(at(2026, 6, 15, 18))
    assert behind == alone and ahead[: len(alone)] == alone and len(ahead) > len(alone)
    assert [c.index for c in ahead] == list(range(len(ahead)))  # in the order of their starts
    starts = [c.qualifier_start for c in ahead]
    assert starts == sorted(starts)
