"""Review of f3ff4e3: the 'again' follow counted every "he" of a sentence that names someone for them, so a long
answer about the uncle who took the boat out while the father lay in hospital asked "What do you think that meant
to your father?". A "he"/"she" after another one named in the sentence (read as someone or not) is the other's."""

from __future__ import annotations

from agent.guided.annotate import read
from agent.guided.story import _people, _told_of_times
from tests.support import Api
from tests.turns_support import say, story_session


def _told(text: str, key: str) -> int:
    reading = read(text)
    people = _people(reading)
    who = next(w for w in people if w.key == key)
    return _told_of_times(text, who, people, reading.places)


def test_a_she_after_another_named_is_not_hers() -> None:
    text = (
        "That spring my mother was laid up with her hip, so Leila ran the bakery alone; she lit the ovens at four, "
        "she kneaded every loaf, she served the whole street and she locked up at nine."
    )
    assert _told(text, "mother") == 1


def test_a_she_after_her_own_name_is_still_hers() -> None:
    text = (
        "That spring my mother ran the bakery alone; she lit the ovens at four, she kneaded every loaf, and she "
        "locked up at nine."
    )
    assert _told(text, "mother") == 4


def test_the_one_who_did_it_is_not_taken_for_the_father(api: Api) -> None:
    sid = story_session(api, "Rita", "The fishing boats")
    for answer in (
        "My uncle Tomás had the boat, the Estrela, and my father Manuel went out with him every night.",
        "Tomás was a big man, loud, always laughing, he drank too much on Sundays.",
        "Manuel, my father, was quiet, he mended the nets in the kitchen.",
    ):
        say(api, sid, answer)
    result = say(
        api,
        sid,
        "That last winter my father was in the hospital with his chest, so Tomás took the Estrela out alone; he "
        "rowed past the point before dawn, he set the lines by himself, he fought the swell for six hours, and he "
        "came back with the boat full to the gunwales. The whole village came down to the slip to see him. He "
        "never said a word about it, he just went to bed.",
    )
    qid = result["interactions"][-1]["data"]["question_id"]
    assert qid != "again.father", result["reply"]
