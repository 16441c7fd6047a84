"""Round 19 care review, "still missed": a death said in the words of other Englishes and faiths, by what took them
or who shot them, and a body that never recovered, each with look-alikes that must stay ordinary answers."""

from __future__ import annotations

import pytest

from agent.guided import grief

LOSS = [
    # euphemisms of other Englishes and faiths
    "My grandmother closed her eyes for the last time in 1987, in her own bed.",
    "Baba went to join his ancestors the year of the drought.",
    "My father expired in 1990, at the district hospital.",
    "My father is late since 2005.",
    "Grandpa slept in the Lord in the year of the floods.",
    "Our Lord called my wife home in 1995.",
    "She's gone home to Jesus, my little Maria.",
    "My aunt perished in the camps.",
    "My father succumbed to his wounds in the field hospital.",
    # what took them, who shot them
    "Malaria took our first-born when he was two.",
    "Pneumonia took my sister Adwoa in the cold season.",
    "The soldiers shot my uncle in front of the house.",
    "My father was shot by the militia in 1971.",
]
NO_LOSS = [
    "My passport expired in 1990, so I stayed.",
    "My father's visa expired and he had to go back to Lagos.",
    "My brother is late since he started the new job.",
    "I nearly perished with cold on that bus to Kumasi.",
    "The crops perished in the drought, so we moved to the city.",
    "My brother succumbed to temptation and bought the motorbike.",
    "Mum closed her eyes for a minute on the bus.",
    "The soldiers shot my uncle in the leg, but he lived to ninety.",
    "My uncle was shot by the photographer for the magazine.",
    "Malaria took our first-born to the clinic every month.",
    "God called my brother to the priesthood at nineteen.",
    "She's gone home to Kumasi for the Christmas holidays.",
]
ILLNESS = [
    "The machine took off two of my father's fingers.",
    "The war took my father's leg at Monte Cassino.",
    "After the fall my mother lost the use of her legs.",
    "My mother could never again walk after the fall.",
]
NONE = [
    "The saw took off my father's sleeve, he was lucky.",
    "The machine cut off my father's cigarette, we laughed about it.",
    "After the hike my sister lost the use of her legs for a day.",
    "My father lost the use of his car when he moved to town.",
    "My mother could never again walk past that school without crying.",
    "I could never again walk to the market alone after that.",
]


@pytest.mark.parametrize("text", LOSS)
def test_a_death_said_in_other_words_is_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", NO_LOSS)
def test_the_look_alikes_are_no_loss(text: str) -> None:
    assert grief.sorrow(text) != "loss"


@pytest.mark.parametrize("text", ILLNESS)
def test_a_body_that_never_recovered_is_a_grave_illness(text: str) -> None:
    assert grief.sorrow(text) in ("illness", "accident")


@pytest.mark.parametrize("text", NONE)
def test_the_body_look_alikes_are_ordinary(text: str) -> None:
    assert grief.sorrow(text) is None
