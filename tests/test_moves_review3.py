"""Review of b19c420 (moves told late): an errand or a habit was taken for a new part of the life. "On Saturdays
… I went to Halfords to work on my bike" became a move and the session's topic ever after; so did "went to Tesco
to work the till for an hour before tea" and "the Mill Street allotment" (cut to "the Mill Street"). A move to a
new life needs a stay of life's length, never a habit of the week, a few hours, a task on one's own things, nor a
place that is an allotment, a garden or a shop by its own noun."""

from __future__ import annotations

import pytest

from agent.guided.moves import moved_on

_CITY = "I milked nobody's cows, we were city kids, and the tram ran past our door all night long. "


@pytest.mark.parametrize(
    "told",
    [
        # the reviewer's sentences
        "But on Saturdays I helped Dad wash his car, and then I went to Halfords to work on my bike with my cousin "
        "Emeka.",
        "Mum did the ironing, and later I went to Tesco to work the till for an hour before tea.",
        "Dad read the paper, then I went to the Mill Street allotment to work in the garden as a helper.",
        # other wording: a habit of the week, hours, a task on one's own things, a place by its own noun
        "At weekends my sister swept the yard, and then we went to Kwik Fit to work on our van with Uncle Dele.",
        "On Sundays Grandpa slept, and later I went to Lidl to stack shelves as a helper for two hours.",
        "Then on Friday evenings I went to Carrefour to work as a cashier for the afternoon.",
        "Ma cooked, and then I went to the Ashworth Road garden to work in the beds as a volunteer.",
        "Then I went to Dewsbury market to work on the stall as a helper.",
        "Papa slept, and after that I went to Woolworths to work as a shop girl after school.",
    ],
)
def test_an_errand_or_a_habit_is_no_move(told: str) -> None:
    assert moved_on(_CITY + told) is None


@pytest.mark.parametrize(
    ("told", "place"),
    [
        # look-alikes that are moves: a job, years, "after school" as a time of life, "on the docks"
        ("Then after school I went to Glasgow to work in the shipyards as a riveter for twenty years.", "Glasgow"),
        ("Then in 1969 I went to Rotterdam to work on the docks, twelve years.", "Rotterdam"),
        ("Later we moved to Hamilton, and I worked on the buses for thirty years.", "Hamilton"),
        ("Then in 1983 I went to Dundee to work for the council as a clerk.", "Dundee"),
        ("Later I came to Leicester for the day shift at the hosiery mill, nineteen years.", "Leicester"),
        ("Then in 1975 we moved to Derby, and I worked on the railways as a fitter.", "Derby"),
        # a habit of the new life told in the next sentence, and "after work" (a job is said)
        (
            "Then in 1970 we moved to Leicester, and I worked on the buses. On Sundays we walked in the park.",
            "Leicester",
        ),
        ("Then I came to Bradford for the mill, eleven years, and after work I played in the band.", "Bradford"),
    ],
)
def test_a_move_to_a_new_life_is_still_heard(told: str, place: str) -> None:
    moved = moved_on(_CITY + told)
    assert moved is not None and moved[0] == place
