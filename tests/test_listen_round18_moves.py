"""Round 18 (held-out, first run: topic 1/3): a new part of the life told unasked, late in an answer ("… And then,
1972, … I come to Bradford, … on the night shift … eleven years", "later I went to Frobisher Bay, Iqaluit now, to
work in the hospital as interpreter") got a follow of one place in it, or a stock question, never a topic of its
own. Other wording here; look-alikes (a visit, a habit, a move of others, one not taken, one back home, a move
that opens the answer) must not become a topic."""

from __future__ import annotations

import pytest

from agent.guided.moves import moved_on
from tests.support import Api
from tests.turns_support import say, story_session


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "My mother kept the shop on the corner, and I helped her with the sweet jars after school. Then in 1958 "
            "we emigrated to Melbourne, and my father worked at the Holden plant for thirty years.",
            "Melbourne",
        ),
        (
            "The orchard was my grandfather's pride, forty trees of apples and the pear by the gate. After the war "
            "I went over to Glasgow, to the shipyards, as a riveter.",
            "Glasgow",
        ),
        (  # the place said by its name of today
            "We played in the river all summer, the whole gang of us, until the priest rang the bell for supper. "
            "Later we moved to Bombay, now Mumbai, and Papa found a job in the mills there.",
            "Mumbai",
        ),
        (
            "Grandmother taught me the stitches on the porch, the chain and the shell, every evening after supper. "
            "And then, '64, my cousin wrote that the hotels wanted girls, and I came to Nassau, on the early shift "
            "in the kitchens.",
            "Nassau",
        ),
    ],
)
def test_a_move_to_live_and_work_told_late_is_a_new_part(text: str, place: str) -> None:
    assert moved_on(text) is not None
    assert moved_on(text)[0] == place  # type: ignore[index]


@pytest.mark.parametrize(
    "text",
    [
        # a habit, a visit, a journey there and back
        "We played in the river all summer, the whole gang of us. Then every summer we went to Blackpool for two "
        "weeks on the train, ten years running.",
        "Grandmother made the bread on Fridays and the whole street could smell it. Later I went to Leeds to see "
        "my aunt, and came back on the Sunday.",
        "The peacock was my sign, on every truck, small, blue and gold, for my mother who loved them. Then I went "
        "to Karachi for the wedding of my cousin, three days of music.",
        "The market was full on Saturdays, fish and cloth and the radios playing. Then I go to Kabul to buy paint, "
        "and the same night I come home.",
        # others moved, not the teller
        "My father was a hard man but fair with the animals, he never beat a horse. Then my brother went to "
        "Canada to work in the forests for ten years.",
        # a move not taken, and one back to where the story already was
        "The farm had sixty cows and we milked by hand, my sisters and I, before school. We could have gone to "
        "Australia then, to work on the sheep stations, but Mother would not hear of it.",
        "The mill was loud and the cotton dust got in your throat, everybody coughed. Then I went back to Preston "
        "to work for my father for five years.",
        # the move opens the answer: the answer is about it
        "In 1976 we came to Montreal and I worked in the laundry for twenty years.",
        # a move with no life told there
        "We kept goats on the hill above the village and my brother milked them at dawn. Later we went to "
        "Lisbon on the night train, all of us in one compartment.",
    ],
)
def test_look_alikes_tell_no_new_part(text: str) -> None:
    assert moved_on(text) is None


_POTTER = (
    "The kiln was my uncle's, and I stacked the pots for him from the age of ten, green glaze and brown. And then, "
    "1968, a letter came from my cousin that the potteries wanted hands, and I came to Stoke, to the Wedgwood works "
    "at Barlaston, on the day shift at the dipping, nineteen years."
)


def test_the_planner_takes_the_move_up_as_a_topic(api: Api) -> None:
    sid = story_session(api, "Ramón", "Making pots in Chinchón")
    result = say(api, sid, _POTTER)
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert any("Stoke" in t for t in titles), titles
    assert "Stoke" in result["reply"], result["reply"]


def test_a_place_the_session_already_names_is_no_new_part(api: Api) -> None:
    sid = story_session(api, "Ramón", "The potteries of Stoke")
    result = say(api, sid, _POTTER)
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert not any("Stoke" in t for t in titles), (titles, result["reply"])
