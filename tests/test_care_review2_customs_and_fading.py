"""Review of the funeral and fading cues (agent/guided/funeral_cues.py, fading_cues.py, care.py): losses told by the
rites of other customs (hemp worn and the hearse followed, mourning cloth worn for someone, the Irish wake as a verb,
a photo on the ofrenda or the ancestors' altar), a mind fading told in other ways (living in another year, the same
story again within the hour and not known, the house labelled, a child's call for a parent), and the look-alikes
the first cues took for a loss or an illness: a thing that fell on a car or a bike, someone sleeping at a relative's
home, ashes from the fireplace, an identity card with a photo and dates, black worn in protest or by law. Care names
the one a rite is for or whose it is, never the mourner named last. None of these is a persona's sentence."""

from __future__ import annotations

import pytest

from agent.guided import care
from agent.guided.grief import sorrow

LOSS = [
    # mourning clothes of hemp or sackcloth, and the hearse followed
    "My cousins and I wore white hemp clothes and walked behind the hearse to the hillside.",
    "In coarse sackcloth we followed the hearse down to the river.",
    # mourning cloth worn for someone
    "The whole family wore red and black cloth for Auntie Efua, and the drummers played all Saturday.",
    "For Grandfather we wore rough hemp and white cloth, and my uncle burned paper money at the gate.",
    "My aunts dressed in white for my grandfather, as they do at home in Kerala.",
    # the wake as a verb
    "We waked him in the front room for two nights, and the neighbours came with whiskey and stories.",
    "They waked Granda in the kitchen at home, and the clock was stopped.",
    "We waked her at the house for three nights, with the women keening.",
    # a photo or things of someone on the ofrenda, the ancestors' altar
    "This year Abuelita's photo is on the ofrenda for the first time, next to her marigolds.",
    "Every November my mother puts my brother's picture on the ofrenda, with the candy he liked.",
    "Grandpa Chen's portrait sits on our ancestral altar now, with incense every morning.",
]

ILLNESS = [
    # living in another year, a working life long over
    "Most mornings Dad thinks it is 1962 and that he has to get up for the pit.",
    "She is sure it's 1958, and she thinks she has to go to the mill.",
    # the same story again within the hour, and not known
    "He tells me the same story three times in an hour and never knows he has.",
    "She asks me the same question every few minutes and doesn't remember asking.",
    # the house labelled so they can find their own things; a grown one calling for a parent
    "I have labelled every drawer in her kitchen so she can find her own cups, and she still asks for her mother.",
    "Some days he asks me who I am; he thinks I'm his sister and calls me Maria.",
]

NONE = [
    # a thing or one's own limb is no one crushed
    "The tree came down on our car in the storm; thank God we were all inside.",
    "The wall fell over on my bike in the storm, and the frame was bent.",
    "The log rolled over on my foot and I limped for a week.",
    # sleeping at someone's home is no one lying in a cemetery
    "Dad is sleeping at Aunt Joan's tonight, beside my brother on the floor.",
    "My son is sleeping at Grandma's this week, next to his cousin Tom.",
    # ashes from a fire, an identity card with a photo and dates
    "We put the ashes from the fireplace in the old urn in the garden, for the roses.",
    "Her new bus pass came, a card with her photo and the dates printed on it.",
    # black worn in protest or by a place's law
    "Every student wore a black armband for two weeks in protest at the closure.",
    "In Tehran I wore a black headscarf for two years, like every woman there.",
    # the new cues' own look-alikes
    "We all wore white for my sister's wedding and danced till dawn.",
    "The whole team wore red and black for Coach Miller at the final.",
    "My uncle drove a hearse for a living and whistled in it.",
    "I waked him at six for the early shift.",
    "At school we put Frida Kahlo's picture on the ofrenda for the class project.",
    "She bought hemp trousers at the eco shop in Totnes.",
    "Grandpa tells the same joke every Christmas, and we all laugh.",
    "The kids ask the same question every few minutes on a car journey and never remember the answer.",
    "I labelled every box so the removal men could find the kitchen.",
    "My daughter thinks it is 1985 in this house because we still have a cassette player, she jokes.",
    "She thinks I'm her sister, people say we look alike.",
    "The baby cries for her mum at night.",
    "Every night for nine nights we sang at the posada and ate tamales with the neighbours.",
    "What was left of the birthday cake went into the tin on the dresser.",
    "The combine went over on its side in the wet field, but Dad climbed out and laughed about it.",
]


@pytest.mark.parametrize("said", LOSS)
def test_a_death_told_by_the_rites_of_other_customs_is_a_loss(said: str) -> None:
    assert sorrow(said) == "loss"


@pytest.mark.parametrize("said", ILLNESS)
def test_a_mind_fading_told_in_other_ways_is_a_grave_illness(said: str) -> None:
    assert sorrow(said) == "illness"


@pytest.mark.parametrize("said", NONE)
def test_look_alikes_are_no_sorrow(said: str) -> None:
    assert sorrow(said) is None


@pytest.mark.parametrize(
    ("said", "whom"),
    [
        ("We sat shiva for Zayde at Aunt Miriam's flat, and she covered every mirror herself.", "grandfather"),
        ("Tita Baby led the rosary every night of Lolo's pasiyam, nine nights in the sala.", "grandfather"),
        ("We sat shiva for my mother at my brother Dov's flat.", "mother"),
        (
            "A letter with a black border came from Uncle Sione. Inside was a memorial card with Grandma's photo and a "
            "hymn printed under it.",
            "grandmother",
        ),
        ("This year Abuelita's photo is on the ofrenda for the first time, next to her marigolds.", "grandmother"),
        ("The whole family wore red and black cloth for Auntie Efua, and Kwame led the drummers.", "efua"),
    ],
)
def test_care_names_the_one_the_rite_is_for_never_the_mourner_named_last(said: str, whom: str) -> None:
    assert sorrow(said) == "loss"
    assert care.said_of(said, None) == whom
