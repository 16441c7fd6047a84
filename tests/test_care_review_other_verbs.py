"""The signs of mourning added in d0bb96e and 3c1f99b, said in other verbs (review: reviewD's list 8). The same
categories, two of which still tell a loss: one of the family who would not leave the room, stayed in it for a time
or never spoke again; someone's things handed out, given to a charity or the neighbours, divided or shared out among
the family; a bell rung slowly; a child called someone's name for them; the aunties, the cousins or the family come
to the house, or the women who sang, for nights counted. Look-alikes: one's own things handed out, a room kept for an
illness, a namesake alive and a naming ceremony, a bell rung slowly for the Sunday service, a naming with presents."""

from __future__ import annotations

import pytest

from agent.guided import grief

OTHER_VERBS = [
    # reviewer's
    "The aunties came to sing hymns at the house for five nights, and my mother would not leave her room.",
    "For three nights the neighbours sat with us, and my mother stayed in her room for a month.",
    "Nine nights the family prayed, and Grandmother never spoke again.",
    "Mum handed out Dad's suits to the neighbours, and for a week people brought food.",
    "We gave his clothes to the Salvation Army, and the bell tolled all afternoon.",
    "My brothers divided his tools among them, and for ten days the relatives came to the house.",
    "My uncle's wives shared out his cloths, and the women sang for three nights.",
    "The church bell rang slowly all morning, and we gave away Father's clothes.",
    "Our son is called Emeka, for my father, and for a week the whole village came to the compound.",
    "The church bell rang slowly all morning, and for nine days the neighbours cooked for us.",
    "After Papa, Mama never spoke again, and we gave his clothes to the Salvation Army.",
    "Our son is called Emeka, for my father, and for seven days the compound was full of people from the village.",
    # other wording
    "The cousins came to the house for seven nights to recite, and Grandpa kept to his room for weeks.",
    "My aunts handed out Mother's saris to the neighbours, and Father never spoke again.",
    "Our daughter was named Rosa, after her, and my husband did not leave the bedroom for days.",
]

ORDINARY = [
    "Mum handed out her old clothes to the neighbours when we moved, and the whole family came for three days to help.",
    "My sister stayed in her room for a week with the mumps, and the neighbours brought soup for days.",
    "Dad shared his tools among the boys when he retired, and for a week the cousins came to fish.",
    "He gave his coats to the church every winter, and the bell rang slowly for the Sunday service.",
    "Our son is called Emeka, for my father, who is eighty and still farms, and for a week the whole village came "
    "for the naming.",
    "My brother never spoke again about the match, and he gave away his old boots.",
    "The baby was named Rosa after her grandmother, and for ten days the relatives came with presents.",
    "We gave his clothes to the charity shop because he'd outgrown them, and the bell rang slowly at noon.",
    "For seven days the house was full for my sister's wedding, and Dad gave away his old coats.",
    "After Christmas, Dad didn't speak for a week, and we gave away his old boots.",
    "For three days the neighbours cooked for us when Mum had the twins, and the bell rang slowly at noon.",
]


@pytest.mark.parametrize("text", OTHER_VERBS)
def test_two_signs_in_other_verbs_tell_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", ORDINARY)
def test_the_same_verbs_for_something_else_tell_none(text: str) -> None:
    assert grief.sorrow(text) is None
