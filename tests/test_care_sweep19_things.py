"""Care sweep 19 (revsweep G): a machine that "died" or "passed away" is a thing (named by its kind, or by its make
and handled as "it" after), and "a stroke of luck" is no illness; a person who died still gets care."""

import pytest

from agent.guided.grief import sorrow

THINGS = [
    # the sweep's sentences
    "My dad's Austin died on the M6 and we had to push it to the hard shoulder.",
    "The sterilizer died in the middle of Doctor Patel's clinic.",
    "Our Peugeot passed away in nineteen eighty-eight, God rest it.",
    "My bus died on the Hagley Road with forty people on board.",
    "Our old tractor passed away the year I left school, Dad joked we should bury it.",
    "My wife had a stroke of luck at the bingo that night.",
    # other wordings of the same
    "Our Morris died outside Preston and Dad towed it home with the milk lorry.",
    "The photocopier died the week of the exams and the headmaster went spare.",
    "Grandad had a stroke of genius and built the shed himself.",
]

STILL_A_DEATH = [
    ("My dad's friend Austin died on the M6 in a pile-up.", {"loss"}),
    ("Our Jean passed away in nineteen eighty-eight, God rest her.", {"loss"}),
    ("The bus driver died at the wheel on the Hagley Road.", {"loss"}),
    ("Grandad had a stroke and we sat with him.", {"illness", "loss"}),
    ("Mum had a stroke of her own in ninety-one and never spoke again.", {"illness", "loss"}),
]


@pytest.mark.parametrize("text", THINGS)
def test_a_machine_that_died_or_a_stroke_of_luck_is_no_sorrow(text):
    assert sorrow(text) is None


@pytest.mark.parametrize(("text", "kinds"), STILL_A_DEATH)
def test_a_person_who_died_or_had_a_stroke_still_gets_care(text, kinds):
    assert sorrow(text) in kinds


@pytest.mark.parametrize(
    "text",
    [
        "The old till died in nineteen eighty-two, the bell stopped ringing, and Dad said that's the end of an era.",
        "The old ticket printing machine died in nineteen seventy-five and we wrote tickets by hand for a month.",
        "Our old coffee roasting machine died the week Mum opened the second shop.",
    ],
)
def test_a_shop_machine_named_with_several_words_is_a_thing(text):
    assert sorrow(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "We waited till Grandad died, then we sold the farm.",
        "She nursed him till the old man died in the spring.",
    ],
)
def test_till_as_a_conjunction_still_tells_a_death(text):
    assert sorrow(text) == "loss"
