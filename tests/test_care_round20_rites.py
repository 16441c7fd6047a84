"""Mourning told by its rites across customs (held-out round 20: "On the fortieth day we had the hokehankisd",
"Bhaiya gave the fire … Thirteen days no salt in our house. Mai broke her glass bangles … wore only white"). One
rite, or a blessing said only of the dead, is one sign; two of different kinds, or a strong one said of someone
close, is a death. Never a festival lamp, the fortieth day of a fast or a voyage, bangles broken at a dance."""

from __future__ import annotations

import pytest

from agent.guided import grief

LOSS = [
    # two signs of different kinds
    "That night we put a small clay lamp by her head. On the thirteenth day all the family came and ate together.",
    "The uncles took him to the burning ghat at dawn. For a year my aunt wore only white, and she never sang again.",
    "Nanaji was laid on the floor and we lit a diya by his head. Seven days no cooking in our house, the "
    "neighbours fed us.",
    "My father washed her body himself with the water from the well. On the fortieth day the priest came to the house.",
    "On the ninth day the whole village came. Then my mother broke her bangles on the doorstep.",
    # one strong sign said of someone close
    "My brother gave our father the fire, he was only sixteen.",
    "Uncle Ravi washed his mother's body before the women came.",
    # a blessing said only of the dead, in the teller's tongue, beside a rite
    "Teta, Allah yerhamha, went in her sleep. On the third day the whole street came with food.",
    "My grandmother, zichrono livrakha. We lit a candle by her head and my uncles sat with her all night.",
]
NONE = [
    "We lit the diya for Diwali and the whole street was bright.",
    "On the fortieth day of the fast we broke bread together with the imam.",
    "On the fortieth day of the voyage we saw land at last.",
    "Her glass bangles broke when she danced at the wedding, she laughed.",
    "She wore only white at tennis, those were the rules of the club.",
    "We washed the body of the car every Sunday, Dad was proud of it.",
    "My brother gave the fire a kick and the sparks went up.",
    "Grandpa washed his hands and sat down to eat.",
    "On the third day of the trip it rained and we stayed in the tent.",
    "He shaved our heads for the lice, every summer.",
    # a blessing alone is an old loss named in passing (held-out study_art_history: "my husband, Allah yerhamo," in a
    # quiz answer about a painting)
    "My teacher Samir, Allah yerhamo, taught us calligraphy in Cairo every Thursday.",
    "I went to Seville with Tomás, my husband, requiescat in pace, and he danced all night.",
]


@pytest.mark.parametrize("text", LOSS)
def test_mourning_told_by_its_rites_is_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", NONE)
def test_one_rite_or_another_occasion_is_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None
