"""Care sweep 19 (revsweep R1, R2): an illness that was over, bounded or partial is no grave illness, and a leaving
said as a bequest or a blessing said of every newborn is no death; the true cases still get care."""

import pytest

from agent.guided.grief import sorrow

OVER = [
    # the sweep's sentences: a state bounded by a span, undone later, or partial
    "I was in a coma after the motorbike crash for two days, then I woke up and asked for chips.",
    "I was bedridden with the flu for a week in nineteen fifty-seven, the Asian flu, and Mam fed me broth.",
    "After my hernia operation I was bedridden for a fortnight, then back at the depot like nothing happened.",
    "Grandpa went deaf in one ear from the foundry, but he still heard everything you didn't want him to.",
    "My leg was paralysed for a day after the injection, the nurse said it happens, and then it was fine.",
    "The doctors put him in a coma for a week after the accident, and he came out of it asking for his pipe.",
    "She was bedridden with her back for a month but she was dancing at Christmas.",
    "Dad was temporarily paralysed down one side after the operation, but he walked again in six months.",
    "My mother went blind in one eye from the cataract, then they operated and she could see again.",
    # other wordings of the same
    "Uncle Ted was paralysed for three weeks after he fell off the ladder, then he was back on the roofs by summer.",
    "My aunt went deaf in one ear after the fever, but she still sang in the choir every Sunday.",
    "He was in a coma for ten days after the fall, then he opened his eyes and asked for his mother.",
    "Mum was briefly paralysed after the spinal injection, and by the evening she was walking about.",
]

NOT_DEATH = [
    "Our Jean, my sister, she left her body to science, she always says, when her time comes. "
    "She's eighty-nine and fit as a fiddle.",
    "He breathed his last cigarette in nineteen eighty and took up running.",
    "She's with God now, the priest says of every baby he baptises.",
    # other wordings of the same
    "My brother has left his body to the university, for when he goes, and he still plays golf at ninety.",
    "He's with the angels now, Father Michael says to each christening party.",
]

GRAVE = [
    ("She had a stroke that left her unable to speak, and she never spoke again.", {"illness", "loss"}),
    ("My mother was bedridden until she died in nineteen eighty.", {"illness", "loss"}),
    ("She was bedridden for the last two years of her life.", {"illness", "loss"}),
    ("He was paralysed down one side after the stroke and never walked again.", {"illness", "loss"}),
    ("She was in a coma for two weeks before she passed.", {"illness", "loss"}),
    ("Dad was bedridden for years after the stroke.", {"illness", "loss"}),
    ("She went blind in both eyes from the sugar.", {"illness", "loss"}),
    ("She went blind in one eye and then the other, from the sugar.", {"illness", "loss"}),
    ("Dad was paralysed after the stroke. I went back to work in Leeds the week after.", {"illness", "loss"}),
    ("Mum was bedridden and lay on her back all day, she who had loved dancing.", {"illness", "loss"}),
    ("He breathed his last in my arms.", {"loss"}),
    ("She breathed her last in my arms at the hospice.", {"loss"}),
    ("Ama-la left her body in the winter of ninety-eight.", {"loss"}),
    ("She's with God now, bless her, she went in her sleep.", {"loss"}),
]


@pytest.mark.parametrize("text", OVER)
def test_an_illness_over_or_partial_is_no_grave_illness(text):
    assert sorrow(text) is None


@pytest.mark.parametrize("text", NOT_DEATH)
def test_a_bequest_a_joke_or_a_blessing_of_the_living_is_no_death(text):
    assert sorrow(text) is None


@pytest.mark.parametrize(("text", "kinds"), GRAVE)
def test_grave_illness_and_death_still_met_with_care(text, kinds):
    assert sorrow(text) in kinds
