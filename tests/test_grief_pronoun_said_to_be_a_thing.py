"""What a sentence says of the she or he that died decides what it stands for (agent.guided.grief, review2 of 0463557
and 227b19d). A pronoun said to be a thing is the thing, even as the subject of that sentence ("She was a good old
boat, the Mary Jane.", "He was a grand old tractor, our Fergie."), and one only praised ("She was a beauty.") stands
for the thing named before. A pronoun that does something to the thing, its object ("she used it", "he skippered
her"), is someone. Look-alikes: a pronoun said to be a person ("She was a nurse", "He was a good man, the skipper",
"he was a mechanic"), praise after a person named ("My aunt bought a Holden. She was a beauty."), a machine that gets
somewhere ("she made it to Brighton") or serves someone ("she served him well"). Seen: the machines were met with
care, the deaths below were not."""

from __future__ import annotations

import pytest

from agent.guided import grief
from tests.support import Api
from tests.turns_support import question_id, say, story_session, transcript

SAID_TO_BE_A_THING = [
    # the review's
    "Dad bought a Holden in 1970. She was a beauty. She died on the Hume in '82.",
    "She was a good old boat, the Mary Jane. She died on the rocks off Arran in 1971.",
    "He was a grand old tractor, our Fergie. He died in the big freeze of 1963.",
    # other wordings
    "She was a lovely old car, our Anglia. She died in 1970.",
    "Dad bought a Cortina. She was a gem. She died on the M6.",
    "It was a Singer. She was a workhorse, that machine. She died in 1979.",
    "The old Fergie, he was a workhorse. He died in the big freeze.",
    "The old Morris, she made it to Brighton every summer. She died on the A1 in '75.",
    "Our old boat, she served him well. She died on the rocks in '71.",
    "The old tractor, she pulled him out of the ditch. She died the year after.",
]

SOMEONE_DIED = [
    # the review's
    "The old Singer, she used it for the church dresses. She died in 1979.",
    "The Mary Jane, he skippered her for forty years. He died in 1971.",
    "The old kiln at the college, he fired it every Friday for thirty years. He died in 1990.",
    # other wordings
    "The Anglia, he drove her to Cork every summer. He died in 1985.",
    "The old Morris, he was a mechanic and he loved it. He died in 1975.",
    # look-alikes: a person said, or praised after a person named
    "My aunt bought a Holden in 1970. She was a beauty. She died in '82.",
    "She was a lovely woman, our Mary. She died in 1971.",
    "He was a good man, the skipper. He died in 1971.",
    "She was a nurse at the Royal. She died in 1990.",
    "Our old boat, Dad had her thirty years, he painted her every spring. He died in 1980.",
]


@pytest.mark.parametrize("text", SAID_TO_BE_A_THING)
def test_a_pronoun_said_to_be_a_thing_tells_no_death(text: str) -> None:
    assert grief.sorrow(text) is None


@pytest.mark.parametrize("text", SOMEONE_DIED)
def test_a_pronoun_doing_something_to_the_thing_or_said_to_be_someone_is_a_death(text: str) -> None:
    assert grief.sorrow(text) == "loss"


def test_the_singers_owner_dying_gets_care_and_stays_private(api: Api) -> None:
    sid = story_session(api, "Ewan", "The church")
    said = SOMEONE_DIED[0]
    reply = say(api, sid, said)
    assert question_id(reply).startswith("care."), reply["reply"]
    assert next(i["is_private"] for i in transcript(api, sid) if i["person_response"] == said)


def test_a_car_said_to_be_a_beauty_gets_no_care(api: Api) -> None:
    sid = story_session(api, "Ray", "Cars")
    reply = say(api, sid, SAID_TO_BE_A_THING[0])
    assert not question_id(reply).startswith("care."), reply["reply"]
