"""A death told by a mourning custom no earlier rule met (held-out round 18: three days of prayer on the charpoys,
nine nights of prayer and a hat nobody touches, a mother taken south on the medical ship who did not come off,
telling the bees). Thought of by category, not by custom, in other wording than any persona's:

- someone taken to the hospital, the sanatorium or the doctors' ship who never came out (or off, or home): a loss
  alone, as a listener hears it;
- one sign each, two of them tell it: days or nights of prayer, of people come to the house or of food brought
  to it, counted; a bell tolled; someone's things given away after; one of the family who would not speak or come
  out of the room for a long time; a baby given someone's name; the news told to the bees or the animals; "when he
  went," said of someone at a time.

Animals dying in number ("half our cattle died") tell no death of someone; one's own pet that died still does.

Look-alikes that share the words (prayer for rain, a hat still worn, a hospital stay with a return, news of a
wedding, bells rung for a wedding, a ship that never came off the rocks, nights of dancing) stay quiet."""

from __future__ import annotations

import pytest

from agent.guided import grief

TAKEN_AND_NOT_BACK = [
    "They took Grandad to the sanatorium at Ballinasloe the winter I was six, and he never came out.",
    "The hospital plane came for my aunt Nalini in March. She went on board and she didn't come back.",
    "Every summer the doctors' boat came to the island with the X-ray. My sister Tuuli went up the gangway and "
    "she did not come off again. The boat sailed for Helsinki.",
    "Oma was sent to the TB hospital in Davos and she didn't come home.",
]

TWO_SIGNS = [
    # a week of prayer at the house + someone's things given away
    "For seven nights the neighbours said the rosary in our front room. Then my aunts gave away Father's clothes.",
    # forty days of reciting + a widow who would not come out of her room
    "Forty days the imam's men read the Koran in my uncle's house, and my aunt did not come out of her room.",
    # the bees told + someone who went, at a time
    "When Grandpa went, in the spring of '71, my mother took a black cloth out to the hives and told the bees.",
    # someone who went + nights of prayer with the family, counted
    "After Tata went, that October, the whole parish came to pray with us three nights running.",
    # a baby given her name + her husband who would not speak for a long time
    "Grandfather didn't speak for a long time after. When my cousin's first baby came, she got Grandmother's name.",
    # the animals told + things given away
    "My brother went round the stalls and told the cows. We gave away his boots and his coats to the church.",
    # food brought to the house for days, counted + a baby given his name
    "For ten days the neighbours brought pots of soup and rice to our door. My sister's boy, born that June, carries "
    "Grandpa's name.",
    # the church bell tolled + someone who went, at a time
    "When Uncle Dinis went, in the winter of '88, the bell of São Roque tolled all afternoon.",
]

ONE_SIGN = [
    "For seven nights the neighbours said the rosary in our front room.",
    "My aunts gave away Father's clothes.",
    "My aunt did not come out of her room for a week.",
    "When my cousin's first baby came, she got Grandmother's name.",
    "My mother took a black cloth out to the hives and told the bees.",
    "When Grandpa went, in the spring of '71, we had the house to ourselves.",
    "For ten days the neighbours brought pots of soup and rice to our door.",
    "The bell of São Roque tolled all afternoon.",
]

QUIET = [
    # prayer for rain, for a recovery, in Lent; nights of dancing
    "We prayed for three days for rain, the whole village in the church, and on the fourth day it came.",
    "For nine nights the family said the rosary for Granny's recovery, and she came home from the hospital.",
    "Nine nights of dancing at the carnival, the whole town came down to the square.",
    "Forty days of Lent we prayed every night in the kitchen.",
    # a hat still worn, a hospital stay with a return
    "His hat hangs on the nail by the door, he puts it on every morning.",
    "They took her to the hospital and she came home in a week.",
    "Dad went into hospital for his knee and didn't come out for three months.",
    "The doctors' ship came every July, and Mum went on board and didn't come off till the evening.",
    "The doctor came to see Gran, and Mum didn't come out of the kitchen.",
    "Mum worked nights at the hospital. Sometimes she didn't come home, and we made our own tea.",
    # the news told of a wedding, a ship on the rocks
    "I told the neighbours about the wedding and they all came.",
    "The ship never came off the rocks, it's still there at low tide.",
    # a name given, things given away, someone not speaking, for ordinary reasons
    "We named our son after my father, who was so proud he cried.",
    "When we moved to the small flat Mum gave away her clothes to the church sale.",
    "My brother didn't speak to me for a long time after the fight over the car.",
    "My sister did not come out of her room all weekend, she was revising for her exams.",
    # food brought for a new baby, bells rung for a wedding
    "For two weeks after the twins were born the neighbours brought soup, and when Dad went, in May, the bells rang.",
    "The bells of St Mary's rang all afternoon for my sister's wedding, and the neighbours brought cakes for days.",
    # someone who went abroad, the street come to see him off; a homecoming
    "When Dad went, in 1975, to work in Saudi, the whole street came to see him off three days running.",
    "When Grandma came home from Lagos, the relatives came every evening for two weeks to greet her.",
    # telling the bees as a craft, and a beekeeper talking to his hives
    "Grandpa always told the bees the news of a wedding, he said they liked to know.",
]


@pytest.mark.parametrize("text", TAKEN_AND_NOT_BACK)
def test_someone_taken_for_care_who_never_came_out_tells_a_loss_alone(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", TWO_SIGNS)
def test_two_signs_of_a_mourning_custom_tell_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", ONE_SIGN)
def test_one_sign_of_a_mourning_custom_alone_is_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_that_share_the_words_tell_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


# Animals dying in number, told as a hard time (a sickness through the dogs, a herd lost in a bad winter), is no
# death of someone: the answer goes on to where the family went (held-out round 18: "lots of dogs died that time"
# took the care, and the brother's drowning told next was taken as the reply to it). One animal of one's own that
# died is still a loss, met with care.
HERD = [
    "That was the year the foot-and-mouth came through and half our cattle died, so Father sold the farm.",
    "Many of the huskies died of distemper, and we moved to the settlement by the store.",
    "In the bad winter of '47 hundreds of sheep died in the drifts, and we dug them out all February.",
    "Most of the hens died in the heatwave, so Mum started keeping ducks instead.",
]
PET = [
    "Our old collie Bess died that winter, and I cried for a week.",
    "My pony died when I was ten, under the apple tree.",
]


@pytest.mark.parametrize("text", HERD)
def test_animals_dying_in_number_tell_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


@pytest.mark.parametrize("text", PET)
def test_an_animal_of_ones_own_that_died_is_still_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"
