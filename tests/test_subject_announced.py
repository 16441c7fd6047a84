"""A new subject announced to the listener as one ("I tell you another thing", "something else", "a different
thing", "another thing I tell you now, different") and then named as a heading that ends its sentence is a change
of subject (agent.guided.wishes.request): the topic is linked and the reply names it. The same marker words that go
on with the story ("another thing I remember about the farm is the smell", "something else happened that day"),
or a heading that is a whole clause, or the one spoken to ("my friend"), are none. Wording other than round 17's."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided import wishes
from tests.support import Api
from tests.turns_support import say, story_session

ANNOUNCED = [
    ("Now I will tell you another thing, a different thing: Chittagong. In 1971 we walked there.", "Chittagong"),
    (
        "The goats were sold that spring, so I tell you something else now, the railway. Father got me in.",
        "the railway",
    ),
    (
        "Enough with the village. Another story I tell you now, different: Hamburg. The docks took me in 1962.",
        "Hamburg",
    ),
    ("She cried at the gate. And then, something different: my wedding. It rained for two days.", "my wedding"),
    ("Okay, now let me tell you one more thing — the Carnival. We sewed all year for it.", "the Carnival"),
    ("I have told you the farm. Another thing: Mombasa. I went there on the lorry in 1958.", "Mombasa"),
]


@pytest.mark.parametrize(("said", "subject"), ANNOUNCED)
def test_a_new_subject_announced_then_named_is_a_change_of_subject(said: str, subject: str) -> None:
    wish = wishes.request(said)
    assert wish is not None and wish.kind == "switch" and wish.subject == subject, wish


@pytest.mark.parametrize(
    "said",
    [
        "Another thing I remember about the farm is the smell of the silage.",
        "Something else happened that day. The bull got out.",
        "I'll tell you something else, he was a hard man, my father.",
        "I tell you another thing: nobody locked their doors then.",
        "Let me tell you something else, my friend. Times were hard.",
        "Another thing, the war changed everything for us.",
        "There was always something else to do, the milking, the hens.",
        "He had another thing coming, that one.",
        "I tell you something new, the tractor changed everything.",
    ],
)
def test_marker_words_that_go_on_with_the_story_name_no_subject(said: str) -> None:
    assert wishes.request(said) is None, said


def _titles(api: Api, sid: str) -> list[str]:
    topics: Any = api.ok("GET", f"/sessions/{sid}/topics")
    return [str(t.get("title") or (t.get("topic") or {}).get("title") or "") for t in topics]


def test_an_announced_subject_is_linked_and_named_in_the_reply(api: Api) -> None:
    sid = story_session(api, "Anwara", "Growing up in Sylhet")
    say(api, sid, "We had a pond behind the house and my brother Rafiq caught fish there with his hands.")
    reply = say(
        api,
        sid,
        "So the pond was finished for me after that. And now I tell you a different thing, another story: Chittagong. "
        "In 1971 we walked to Chittagong, nine days, my mother carried the rice on her head.",
    )
    assert "Chittagong" in reply["reply"], reply["reply"]
    assert any("Chittagong" in t for t in _titles(api, sid)), _titles(api, sid)


@pytest.mark.parametrize(
    ("said", "subject"),
    [
        ("You only ask the sad things. I want to tell you how we make the island, nobody in town knows.", "the island"),
        ("Let me tell you how my mother cured the fish, in the smokehouse behind the church.", "cured the fish"),
        ("I'd like to tell you now how Grandad built the boat. Every plank by hand.", "built the boat"),
    ],
)
def test_a_wish_to_tell_how_a_thing_was_done_is_honoured_by_name(api: Api, said: str, subject: str) -> None:
    sid = story_session(api, "Francisca", "Girlhood on the lake")
    say(api, sid, "We lived on the water, six families, and my father fished every morning before the sun.")
    reply = say(api, sid, said)["reply"]
    assert subject in reply, reply


@pytest.mark.parametrize(
    "said",
    [
        "I want to tell you how hard it was.",
        "Let me tell you how it was in those years, nobody had shoes.",
        "I want to tell you how I felt when he left.",
        "She wanted to tell you how we make bread.",
    ],
)
def test_how_it_was_or_felt_or_a_wish_told_of_another_is_no_subject(said: str) -> None:
    assert wishes.request(said) is None, said
