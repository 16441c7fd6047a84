"""A she, he or it that "died" stands for what the teller spoke of just before (agent.guided.grief): the one who
died must be a being. A pronoun whose nearest antecedent is a vehicle, a machine or an object ("my first car, a
Falcon", "the old boat", "the Singer", "the kiln") tells no death; one whose nearest antecedent is a person or an
animal that agrees with it ("My mother loved that car. She died in '79.") does. Seen: a car loved and called her,
"She died on the Southern Motorway in '79", was met with care, twice. Wording differs from the persona's."""

from __future__ import annotations

import pytest

from agent.guided import grief
from tests.support import Api
from tests.turns_support import question_id, say, story_session

A_MACHINE_DIED = [
    "My first ute, a Holden, I adored her. She died on the Pacific Highway in '84, steam everywhere.",
    "Dad's old boat, the Mary Jane, he'd had her since the war. She died on me off Brighton, the engine seized.",
    "We had a Singer in the back room for forty years. She died the winter I married.",
    "The old kiln at the college, he was a beast. He died halfway through a firing.",
    "Grandad bought the Morris in '62. She died on the A1 the year after.",
    "The telly in the front room, she's dying, the picture rolls.",
    "Lovely car, the Falcon. She died on me in '79.",
    "The old tractor, she died of old age in the end.",
]

A_BEING_DIED = [
    "My mother loved that car. She died in '79.",
    "My sister bought the Morris in '62. She died on the A1 the year after.",
    "Our dog Bess, we had her fourteen years. She died in her basket by the fire.",
    "Grandad kept the boat going for years. He died in 1980 and we sold her.",
    "Granny had her sewing machine by the window. She died in March.",
    "I drove the Falcon for Aunty Mere. She died in '79.",
    "The man in the car died.",
    "Wanjiru drove the old Falcon. She died in '79.",
    "Tomasi bought a Holden in '70. He died on the Southern Motorway.",
    "My sister was driving. The car was a wreck. She died a week later.",
    "The boat came back without a skipper. He died of the cold.",
]


@pytest.mark.parametrize("text", A_MACHINE_DIED)
def test_a_pronoun_standing_for_a_machine_that_died_tells_no_death(text: str) -> None:
    assert grief.sorrow(text) is None


@pytest.mark.parametrize("text", A_BEING_DIED)
def test_a_pronoun_standing_for_a_person_or_an_animal_tells_a_death(text: str) -> None:
    assert grief.sorrow(text) == "loss"


def test_the_car_that_died_is_met_as_a_story_not_with_care(api: Api) -> None:
    sid = story_session(api, "Ray", "Cars")
    first = say(api, sid, A_MACHINE_DIED[0])
    assert not question_id(first).startswith("care."), first["reply"]
    then = say(api, sid, "After that I bought a Kingswood off my cousin, a lovely green one.")
    assert not question_id(then).startswith("care."), then["reply"]
