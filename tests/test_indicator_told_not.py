"""Indicators (review of concept_crafts and flaws, 2026-11-29): what tells an indicator's words but meets nothing
(``agent.guided.told_not``: a plan only, animals born for a person's birth, another trade for the trade named, a
trade denied a few words back) and the wordings the crafts rules now catch (a flaw told absent as "none of them
cracked" / "not one split", a smith by the hoof and the hissing shoe, a hide named by its animal in one word:
cowhide, deerskin). A school said is no residential school. Cultures and trades other than any benchmark persona's."""

from __future__ import annotations

import pytest

from tests.indicator_support import met

MEETS = [
    ("Dumplings sealed with no cracks", "I pinched the edges shut on each dumpling and not one split in the pot."),
    ("Gyoza sealed with no cracks", "I folded them over and pressed the edges together; none of them cracked."),
    ("Vases fired without cracks", "The vases came out of the kiln on Tuesday and not a single one cracked."),
    (
        "His uncle's work as a farrier",
        "Uncle Seamus held the hoof between his knees, took the hot shoe from the forge with the tongs and it hissed.",
    ),
    (
        "Her grandfather's work as a farrier",
        "Dziadek pumped the bellows, took the glowing shoe off the anvil and set it on the mare's hoof.",
    ),
    (
        "Tanning leather with his grandfather",
        "Grandfather and I soaked the cowhide in oak bark water for months, then scraped it and worked it soft.",
    ),
    (
        "Tanning hides with her mother",
        "Mother and I laced the deerskin to the frame, scraped it with the bone and smoked it over punk wood.",
    ),
    (
        "Her uncle's work as a blacksmith",
        "Uncle Kofi stood at the anvil all day, beat the red-hot iron and made hoes and knives for the farmers.",
    ),
]

# a plan said by someone in the story, or beside a past doing, is no plan of the teller's
MEETS += [
    (
        "Why she left Poland",
        "My uncle said to me, Hania, if we stay they will send us east. So we left Poland on a coal boat to Sweden.",
    ),
    (
        "Why he left Chile",
        "The captain told us, tomorrow they will come for the students. We left Chile that night for Mendoza.",
    ),
]

UNMET = [
    # a plan only
    (
        "Tanning hides with her grandmother",
        "Next summer I'll scrape and smoke a moose hide with my grandmother, she promised to show me.",
    ),
    ("Spring on the trapline", "In May I will go to the trapline with my son, he wants to learn."),
    ("Goose hunting with his father", "One day I want to shoot a goose with my father, he has the decoys ready."),
    # another trade for the trade named
    (
        "His father's work as a blacksmith",
        "My father was a carpenter. He had a hammer and nails and built the barn with iron hinges from the shop.",
    ),
    ("Her mother's work as a smith", "My mother was a seamstress; she sewed the wedding dresses for the whole town."),
    # denied a few words back
    ("His father's work as a blacksmith", "He never worked as a blacksmith; he drove the bus."),
    ("Her uncle's work as a blacksmith", "My uncle did not work as a blacksmith, he kept bees."),
    # animals born, a person's birth asked
    ("Where she was born", "The calves were born in March and I fed them every morning."),
    ("The village where he was born", "The lambs were born in the top field that spring, forty of them."),
    # a school said is no residential school
    ("Her years at residential school", "My daughter goes to the school down the road; she loves her teacher."),
    ("His years at the residential school", "I taught at the school in Leeds for thirty years, maths and physics."),
    # a flaw told present
    ("Dumplings sealed with no cracks", "I pinched them shut but half of them cracked in the water."),
]


@pytest.mark.parametrize(("aim", "text"), MEETS)
def test_told_in_other_words(aim: str, text: str) -> None:
    assert met(aim, text)


@pytest.mark.parametrize(("aim", "text"), UNMET)
def test_the_words_told_but_nothing_met(aim: str, text: str) -> None:
    assert not met(aim, text)
