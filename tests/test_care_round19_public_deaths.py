"""A death in the news is no loss of the teller's (held-out round 19: "they killed the Jefe, Trujillo, on the road"
was met with "I'm so sorry about your Papá", and that false care then made the father's real death in the next
answer, told by its customs, count as the loss already met). A ruler, a president, a king or a star killed or dead,
said by an office or as the country heard it, is history to follow; a death of one's own said beside one is still a
loss. Wordings of other places than the persona's, and look-alikes that must keep their care."""

from __future__ import annotations

import pytest

from agent.guided import grief
from tests.support import Api
from tests.turns_support import question_id, say, story_session

PUBLIC = [
    # the persona's case
    "May of '61 they killed the Jefe, Trujillo, on the road to San Cristóbal, at night, in his car. Nobody believed "
    "it. Papá said, quiet, quiet, you don't know who comes next.",
    "When the old King died, the radio played hymns all day and we had no school for a week.",
    "We watched the Queen's funeral on the television at my aunt's house, all of us squeezed on the sofa.",
    "The day Kennedy was killed, the papers were all black and my mother cried in the kitchen.",
    "Mao died and the whole country wept; the teacher made us stand in the yard for three minutes.",
    "In 1948 they killed the Mahatma, and in our street the shops closed and nobody lit the stoves.",
]
OWN = [
    "They killed the president and my father with him, in the same car.",
    "My father died when the President was in Paris, so the funeral was small.",
    "My friend Kwame died, we heard it on the radio.",
    "Kwame died in the mine. The radio said forty men were trapped.",
    "The general died in 1970, my grandfather, and the whole village came.",
    "The president of our club died, old Mr Patel, he taught me chess.",
]


@pytest.mark.parametrize("text", PUBLIC)
def test_a_public_figure_dead_in_the_news_is_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


@pytest.mark.parametrize("text", OWN)
def test_a_death_of_ones_own_beside_a_public_one_is_still_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


def test_the_killing_in_the_news_is_followed_and_the_fathers_death_after_it_gets_care(api: Api) -> None:
    """Over the real turns: the dictator shot is followed, not met with care; the father's death told next by its
    customs (the mirrors covered, the clock stopped, the nights of prayer) is the loss, and gets care."""
    sid = story_session(api, "Anselmo", "Growing up")
    say(api, sid, "I grew up in Moca, above the river, my father had a little shop that sold salt and kerosene.")
    news = say(
        api,
        sid,
        "In '61 they killed the Generalissimo on the coast road, at night. For three days the radio played only "
        "music, and then everybody was in the street. My father closed the shop and said, wait, wait, nobody knows "
        "who is next.",
    )
    assert not question_id(news).startswith("care."), news["reply"]
    loss = say(
        api,
        sid,
        "Two years later we did the nine nights for my father in the front room. My mother covered the mirrors and "
        "stopped the clock, and every night the neighbours came to pray the rosary.",
    )
    assert question_id(loss).startswith("care."), loss["reply"]
