"""Signs of mourning that an ordinary answer shares (review of d0bb96e and 3c1f99b), and animals dying in number
that hid a person's death. A sign counts only with no other cause told in its sentence (silence after a lost final,
an operation or a strike; things given away by their owner, or to pay the rent; a bell for the mass or at dawn; the
animals told every morning; days of food or people for a birth, a move, pilgrims or a going away; a hospital visitor),
and the signs of one who is gone never when someone is told alive now. Herds that died hide no person said dying
with them, and a few animals of one's own are still a loss. Reviewer's sentences and other wording."""

from __future__ import annotations

import pytest

from agent.guided import grief

ORDINARY = [
    # reviewer's
    "The church bell tolled for the mass every evening, and we prayed the rosary for a week in May.",
    "For forty days the pilgrims prayed at the shrine, and the bells tolled at dawn.",
    "We prayed for nine nights before my brother left for the army, and the bell tolled at his going.",
    "We named our daughter after my mother, and for ten days the neighbours brought food.",
    "After my operation I couldn't speak for a week, and the neighbours brought soup for days.",
    "Dad didn't speak for a week after his team lost the final, and we gave away his old boots.",
    "When the strike came my father did not speak for weeks, and we gave away his tools to pay the rent.",
    "My father didn't speak for days when the price of wool fell, and he gave away his old coats to the church.",
    "My sister didn't talk for a week after her tonsils came out, and people came for days with soup.",
    "When we moved to the flat, Mum gave away her old clothes, and for a week the neighbours came to help us pack.",
    "I told the cows the news every morning, and for three days the neighbours came to see the new calf.",
    "My grandmother, she's ninety-eight, gave away her things to us grandchildren last year, and for three days we "
    "prayed and thanked God for her.",
    "Dad went to the hospital to visit Uncle Ravi, and he didn't come home, and Mum was furious, he'd gone to the pub.",
    # other wording
    "Grandpa wouldn't talk for days after the flood took the barn, and he gave away his coats and boots to the boys.",
    "The chapel bell tolled at six every evening, and for a week in October the whole village prayed for the harvest.",
    "We named our son Tariq after my uncle, and for a week the relatives brought sweets and rice to the house.",
    "Mother did not come out of her room for two days because of the migraine, and for a week the neighbours "
    "brought meals.",
    "Abuela gave away her sewing machine to my cousin when she moved to Lima, and for days the neighbours came to say "
    "goodbye.",
    "Before my sister sailed for Canada we prayed for seven nights, and the church bell tolled at noon.",
    "My aunt went into the clinic to see her friend Mrs Obi, and she didn't come home, she stayed for the card game.",
]

STILL_A_LOSS = [
    "For nine nights the neighbours sang and prayed in our yard. Afterwards Mama did not speak for months.",
    "The bell tolled all morning, and then we gave away Joe's coats and boots to the mission.",
    "Grandfather didn't speak for a long time after. When my cousin's first baby came, she got Grandmother's name.",
    "They took my brother to the sanatorium at Kenmare and he never came out.",
]

HERD_AND_SOMEONE = [
    # reviewer's
    "Many of the sheep died, and my uncle too.",
    "Lots of the cattle died that winter, and so did my grandfather.",
    "Half the village's goats died, and the old shepherd Yusuf with them.",
    "Two of my dogs died that winter, Kaya and Bear, and I cried for both.",
    "My three old horses died the same year, and I cried for weeks.",
    # other wording
    "Dozens of our camels died in the sandstorm, and so did my little brother.",
    "Most of the pigs died of the fever that year, and my aunt Zainab with them.",
    "Our two ponies died the spring we left, Bramble and Pip.",
]

HERD_ALONE = [
    "Half of the sheep died, and my father sold the rest.",
    "Many of the goats died that spring, and my brother Ali had to sell the rest.",
    "Hundreds of our reindeer died in the ice winter, and the families went hungry.",
    "Most of the chickens died and Mum cried.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_a_sign_with_another_cause_told_is_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


@pytest.mark.parametrize("text", STILL_A_LOSS)
def test_the_signs_with_no_other_cause_still_tell_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", HERD_AND_SOMEONE)
def test_a_person_or_a_few_of_ones_own_dying_with_the_herd_is_a_loss_kept_private(text: str) -> None:
    assert grief.sorrow(text) == "loss"
    assert grief.sensitive(text) == "loss"


@pytest.mark.parametrize("text", HERD_ALONE)
def test_animals_dying_in_number_alone_are_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None
