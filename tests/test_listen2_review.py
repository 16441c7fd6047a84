"""Review of the round-23 listening rules, by category, with look-alikes that must not trigger:

* address: a nickname in brackets between the names is the name to greet by, as in quotes ("William (Bill)
  Turner" is Bill); brackets that close the name or hold a generation word are not ("Kofi (Senior) Mensah");
* gentle: a time reached for ("I try to picture our old flat and nothing comes back to me") and others' telling not
  seen with the adverb before the verb ("I just don't see it", "I still can't see it"); a picture's beauty is no
  spoilt memory ("It's like a picture, the sun setting over the bay", "a photo in the sun, so bright");
* follow: "I haven't finished" of a thing or a task is no telling left ("I haven't finished my tea / the book / the
  washing up, there is still how …"), "I still haven't finished" is; after it the reply invites the teller on
  instead of answering a request ("Gladly.", "Of course.");
* topic: an age written as two words opens a move ("At twenty one I went to Glasgow to work in the yards")."""

from __future__ import annotations

import pytest

from agent.guided import gaps
from agent.guided.left_to_tell import still_to_tell
from agent.guided.naming import address_name
from agent.guided.opening_moves import opened_on
from tests.support import Api
from tests.turns_support import say, story_session


@pytest.mark.parametrize(
    ("display", "called"),
    [
        ("William (Bill) Turner", "Bill"),
        ("Margaret (Peggy) Hale", "Peggy"),
        ("Robert (Bob) de Vries", "Bob"),
        ("Mr. James (Jim) Brown", "Jim"),
        # look-alikes: brackets closing the name hold another form of it, or a generation word
        ("Dr. Okafor (Chidi Okafor)", "Chidi"),
        ("Abuelo Chucho (Jesús García)", "Chucho"),
        ("Tonton Jean (Jean Baptiste)", "Jean"),
    ],
)
def test_a_nickname_in_brackets_between_the_names_is_the_greeting(display: str, called: str) -> None:
    assert address_name(display) == called


def test_a_generation_word_in_brackets_is_no_nickname() -> None:
    assert address_name("Kofi (Senior) Mensah") != "Senior"


@pytest.mark.parametrize(
    "text",
    [
        "I try to picture our old flat and nothing comes back to me.",
        "I tried to see the yard behind the school, nothing comes.",
        "My sister says we sang at the wedding; I just don't see it.",
        "They say I was a happy baby. I still can't see it.",
        "It's like a photograph left too long in the sun.",
        "It's all smudged, like ink in the rain.",
    ],
)
def test_a_time_of_ones_own_not_called_up_gets_a_gentler_way_in(text: str) -> None:
    assert gaps.lost(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's like a picture, the sun setting over the bay.",
        "Everything is like a photo in the sun, so bright and warm.",
        "It's like a photo of the water at dawn, so still.",
        "He says we'll win the league, I just don't see it.",
        "My brother says I should sell the house, I really can't see it.",
        "I tried to see the match but nothing came of it.",
    ],
)
def test_a_pictures_beauty_or_a_doubt_is_no_memory_gap(text: str) -> None:
    assert not gaps.lost(text)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("I still haven't finished, there's still how Amina met her husband.", "how Amina met her husband"),
        ("We still have not finished, there is still when the river rose.", "when the river rose"),
        ("I'm not done with my story, there is still how we met.", "how we met"),
    ],
)
def test_the_telling_not_finished_leaves_a_part_to_tell(text: str, left: str) -> None:
    assert still_to_tell(text) == left


@pytest.mark.parametrize(
    "text",
    [
        "I haven't finished my tea, there is still how the kettle works.",
        "I haven't finished the book yet, there's still how it ends.",
        "I haven't finished the washing up; there is still the part where I dry.",
        "I'm not done eating, there's still how the pudding came.",
        "We haven't finished painting, there is still the part where the ceiling goes.",
    ],
)
def test_a_thing_or_task_not_finished_leaves_no_part_of_the_telling(text: str) -> None:
    assert still_to_tell(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("At twenty one I went to Glasgow to work in the yards.", "Glasgow"),
        ("When I was nineteen years old I went to Cardiff to train as a nurse.", "Cardiff"),
    ],
)
def test_an_age_of_leaving_home_opens_a_move(text: str, place: str) -> None:
    found = opened_on(text)
    assert found is not None and found[0] == place


@pytest.mark.parametrize(
    "text", ["At one point we went to Leeds for the weekend.", "When I was seven we went to Rhyl for the day."]
)
def test_a_childs_outing_or_a_point_in_time_is_no_move(text: str) -> None:
    assert opened_on(text) is None


def test_not_finished_is_met_with_an_invitation_to_go_on(api: Api) -> None:
    sid = story_session(api, "Vonnie", "Years in New York")
    say(api, sid, "We danced in the basement of the church on Sundays, a long chain, holding by the little finger.")
    result = say(
        api, sid, "Anna sent the money for the ticket. I'm not done yet. There's still the part where she met the boat."
    )
    reply = result["reply"]
    assert "Anna met the boat" in reply and "?" in reply, reply
    assert not reply.startswith(("Gladly", "Of course")) and "Gladly" not in reply, reply
