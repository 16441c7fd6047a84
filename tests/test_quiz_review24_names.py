"""Review of round 24's names said otherwise: wrong answers a strict examiner fails stay wrong (wordings made up).

A longer name of another thing that holds the expected name (German measles for measles, New Mexico for Mexico,
coconut milk for milk, a combi oven for a combination boiler), an Italian marking turned by the word before it
(mezzo piano, non legato), a plural with a sense of its own (securities, braces, premises), and a device's doing
before "agent" (a washing agent) are wrong; the expected thing said with a part, a place or a kind of it, or the
longer name where it is the thing asked, stays right.
"""

from __future__ import annotations

import pytest

from agent.guided.grading import grade
from agent.guided.term_spelling import same_term


@pytest.mark.parametrize(
    ("said", "expected", "question", "right"),
    [
        # a longer name of another illness, place, food, voice or variety
        ("German measles, the one they vaccinate girls for.", "measles", "What disease causes Koplik spots?", False),
        ("It was German measles.", "measles", "Which disease did the 1989 US outbreak spread?", False),
        ("Diabetes insipidus.", "diabetes", "Which illness do you treat with insulin?", False),
        ("Scarlet fever.", "fever", "What is a temperature above 38 degrees called?", False),
        ("New Mexico, near the border.", "Mexico", "Which country is Guadalajara in?", False),
        ("Guinea-Bissau.", "Guinea", "Which country has Conakry as its capital?", False),
        ("New South Wales I think.", "Wales", "Which country is Snowdon in?", False),
        ("Coconut milk.", "milk", "What liquid goes into a custard with eggs?", False),
        ("Sweet potatoes.", "potatoes", "What is mash made from?", False),
        ("A mezzo-soprano.", "soprano", "What is the highest female voice?", False),
        ("Grenache Blanc.", "Grenache", "Which grape is most of a Priorat red?", False),
        # ... and through a trade's short form or synonym
        ("Stomach flu, the vomiting kind.", "influenza", "What does the yearly jab protect against?", False),
        ("A combi oven.", "a combination boiler", "Which boiler gives hot water with no cylinder?", False),
        ("An immersion blender.", "an immersion heater", "What heats the hot-water tank electrically?", False),
        ("Conspicuous consumption.", "tuberculosis", "What did the Brontë sisters die of?", False),
        # look-alikes: the thing itself with a part, place or kind of it, or the longer name asked, stay right
        ("Measles, not German measles.", "measles", "What disease causes Koplik spots?", True),
        ("German measles.", "rubella", "Which illness is the R in MMR?", True),
        ("Northern Ireland.", "Northern Ireland", "Where is the Giant's Causeway?", True),
        ("Southern Mexico, Oaxaca way.", "Mexico", "Which country is mole negro from?", True),
        ("In the fridge door.", "the refrigerator", "Where do you keep opened jam?", True),
        ("Swine flu, in 2009.", "influenza", "Which virus caused the 2009 pandemic?", True),
        ("Typhoid fever.", "typhoid", "Which illness did Mary Mallon carry?", True),
        ("Sweet potato.", "sweet potato", "What is a kumara?", True),
        ("A soprano, a proper coloratura.", "soprano", "What is the highest female voice?", True),
        ("Hay fever tablets.", "an antihistamine", "What kind of medicine is cetirizine?", True),
        ("Peanut butter, for the satay.", "peanut", "What nut is satay sauce made from?", True),
        # an Italian marking turned by the word before it
        ("Mezzo piano.", "piano", "Which marking tells you to play softly?", False),
        ("Non legato, each note apart.", "legato", "Which term means play the notes smoothly joined?", False),
        ("Meno mosso.", "mosso", "Which word says with movement?", False),
        ("Mezzo forte.", "mezzo forte", "Which marking is moderately loud?", True),
        ("Legato, smooth.", "legato", "Which term means play the notes smoothly joined?", True),
        ("Molto forte.", "forte", "Which marking means loud?", True),
        # a plural with a sense of its own
        ("Securities.", "security", "What does a guard at the door provide?", False),
        ("Braces.", "brace", "Which hand tool turns a bit with a crank?", False),
        ("Draughts.", "draught", "What is the cold air under a door called?", False),
        ("Premises.", "premise", "What is a statement an argument starts from?", False),
        ("Tannins, from the skins.", "tannin", "What makes a red wine feel dry?", True),
        ("Batteries.", "battery", "What stores a solar panel's power overnight?", True),
        # a doing before "agent": a substance's, never a device's
        ("A washing agent.", "a washer", "What stops a tap dripping?", False),
        ("A cooling agent.", "a cooler", "What keeps drinks cold at a picnic?", False),
        ("A binding agent, the egg.", "a binder", "What holds a burger together?", True),
        ("A softening agent.", "a softener", "What is fabric conditioner?", True),
    ],
)
def test_graded_as_a_strict_examiner(said: str, expected: str, question: str, right: bool) -> None:
    assert bool(grade(said, [expected], prompt=question)) is right


def test_own_sense_plurals_keep_their_spellings() -> None:
    assert same_term("colors", "colours") and same_term("honors", "honours")
    assert not same_term("premises", "premise") and not same_term("futures", "future")
    assert same_term("proteins", "protein")
