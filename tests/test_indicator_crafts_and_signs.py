"""Indicators met by answers that tell their thing in other words, by kind (``agent.guided.concept_crafts``): a trade
by its tools, a craft by its steps, a material by what it is, a feast by its own name, a boarding school by being
away, its beds and its discipline, spring by the thaw, a hunt by the hide, the game and the take, the young of a herd
born, a thing sealed by its closing with no flaw (``agent.guided.flaws``); and the look-alikes that share the words
but meet nothing (a plan, a negation, a bird watched, a father's strap at bedtime, a feast not kept that year, a
place's name, a flaw told present). Sessions and cultures other than any benchmark persona's."""

from __future__ import annotations

import pytest

from tests.indicator_support import met

MEETS = [
    # a trade by its tools and work
    (
        "His grandfather's blacksmith work",
        "Grandad had the forge at the crossroads. The anvil stood on a block of elm, and he kept the tongs hanging "
        "by the fire. The farmers brought the plough horses to be shod, and he made the hinges for half the parish.",
    ),
    (
        "Her uncle's work as a smith",
        "Uncle Tomasz worked the bellows with his foot and beat the iron on the anvil till it sang. "
        "He made sickles and hooks for the whole valley.",
    ),
    # a craft by its steps
    (
        "Tanning deer hides with her aunt",
        "My aunt and I pegged the deer skin out on the ground and scraped it clean with a sharp stone. Then we "
        "soaked it in the bark water for a week and smoked it over the willow fire.",
    ),
    (
        "Tanning sealskins with his mother",
        "Mother stretched the seal skin on a frame and I scraped the fat off it all afternoon. After that we salted "
        "it and worked it soft with our hands.",
    ),
    # a material by what it is
    (
        "Her job at the cashmere mill",
        "At the mill in Hawick I sat by the window combing the fine down from the goat fleece, the soft under-hair "
        "away from the coarse.",
    ),
    (
        "Working with silk in Kanchipuram",
        "In Kanchipuram I worked for my uncle. We boiled the cocoons and reeled the thread, and the worms ate "
        "mulberry leaves all night in the shed.",
    ),
    # a feast by its own name
    (
        "The Lunar New Year with his grandparents",
        "For Tet we always went to my grandparents' house in Hue, and Grandma made the banh chung wrapped in leaves.",
    ),
    (
        "The Lunar New Year at her grandmother's",
        "At Seollal we bowed to my grandmother in our new hanbok and she gave us envelopes of money.",
    ),
    (
        "Chinese New Year at her grandparents'",
        "The Spring Festival was at my grandparents' flat in Penang, firecrackers on the stairs and red packets.",
    ),
    # a boarding school by being away, its beds and its discipline
    (
        "His years at the mission school",
        "The mission truck took us away in January. We slept in long rows of beds, forty boys, and if you wet "
        "the bed the matron gave you the cane in front of everybody. I went home only at Christmas.",
    ),
    (
        "Her time at the residential school",
        "They gave me a number instead of my name and cut my braids. At night the nuns walked between the beds, "
        "and the girls who spoke our language got the strap.",
    ),
    # spring by the thaw, a hunt by the hide, the game and the take
    (
        "The spring seal hunt",
        "When the ice was going out, my father and uncles took the rifles out to the floe edge. They shot the "
        "seals from behind the blind and we skinned them on the ice.",
    ),
    (
        "The duck hunt in spring",
        "Every year at breakup we went to the marsh. Dad sat in the blind with the decoys out, called the ducks "
        "in, and shot them, and we plucked them by the fire.",
    ),
    # the young of a herd born
    (
        "Helping the ewes give birth in spring",
        "In April the lambs came, dozens a night, and some ewes would not take theirs. We carried the weak ones "
        "into the kitchen to warm them by the stove.",
    ),
    (
        "Helping the cows give birth in spring",
        "When the snow was melting the calves came, and I helped Dad pull them out with a rope when the cow "
        "couldn't manage.",
    ),
    # a child born to the teller, said as "give birth" in the indicator
    ("Giving birth to her daughter", "My daughter was born in the cottage hospital, the midwife was Mrs Kane."),
    # a thing sealed by its closing, its flaw told absent ("with no" as "without")
    ("Dumplings sealed with no cracks", "I closed them up, not one crack on any of them."),
    ("Pierogi sealed with no gaps", "I pinched the edges shut on every one, no gaps anywhere."),
]

MEETS_NOT = [
    # one tool alone, ironing, a kitchen: no forge
    ("His grandfather's blacksmith work", "Grandad did the ironing on Sundays and hung his shirts by the fire."),
    ("Her uncle's work as a smith", "Uncle Tomasz sold hooks and chains at the market, he bought them in Krakow."),
    # a skin bought or a sunburn: no hide worked
    ("Tanning deer hides with her aunt", "My aunt bought a deer skin rug at the market and it was so soft."),
    ("Tanning sealskins with his mother", "Mother's skin went red in the sun, she smoked on the porch all evening."),
    # goats kept, no fibre worked
    ("Her job at the cashmere mill", "At the farm we kept goats and sold the kids at the market in spring."),
    # the feast not kept that year, or a white thing, a month
    (
        "The Lunar New Year with his grandparents",
        "The year Grandpa passed, at Tet no guests came and we made no cakes.",
    ),
    ("The Lunar New Year at her grandmother's", "Grandmother had a white sheet on her bed that month."),
    # a parent's strap at bedtime; a hostel bed on a holiday
    (
        "His years at the mission school",
        "If we were cheeky Dad gave us the strap and sent us to bed, and I cried myself to sleep.",
    ),
    (
        "Her time at the residential school",
        "We stayed in a youth hostel in the summer holidays, bunk beds, and paid with a number on a card.",
    ),
    # birds watched from a hide; a chicken bought and plucked
    (
        "The spring seal hunt",
        "In April we watched the seals from the hide with binoculars and my son photographed them.",
    ),
    ("The duck hunt in spring", "In April Mum bought a duck from the butcher's and I plucked it for Easter."),
    # a person's birth, or a calf sold
    ("Helping the ewes give birth in spring", "My sister was born in April, at home, with the midwife."),
    ("Helping the cows give birth in spring", "We sold the calves in the autumn, the cows went to the market."),
    ("Her own birth", "In April the lambs came, dozens a night, we were up all night."),
    ("The story of her birth", "When the snow was melting the calves came, and we were in the barn."),
    # a word of a place's name tells no such thing
    ("Tanning moose hides with her grandmother", "Grandma lived by the Moose River, up from Moose Factory."),
    ("The spring goose hunt", "We lived at Goose Bay, by the base, and Dad drove a truck."),
    # a shop closed up, closing to come, the flaw told present
    ("Empanadas sealed with no cracks", "We closed up the shop at six, no cracks in the window."),
    ("Dumplings sealed with no cracks", "Tomorrow I will close them up, no cracks I hope."),
    ("Dumplings sealed with no cracks", "I closed them up but half of them cracked."),
    ("Bend straps without cracks", "I bent six straps and two of them cracked."),
]


@pytest.mark.parametrize(("aim", "answer"), MEETS)
def test_told_in_other_words(aim: str, answer: str) -> None:
    assert met(aim, answer)


@pytest.mark.parametrize(("aim", "answer"), MEETS_NOT)
def test_look_alikes_meet_nothing(aim: str, answer: str) -> None:
    assert not met(aim, answer)
