"""The loss "already met" is the same person's loss, not any loss (held-out round 19: care given for one death made
the father's death told next, by its customs, count as met, because the father had been named in the cared-for
answer as a bystander). After care, a death told by its customs for someone the care was not for gets care of its
own; the same death retold by its customs, by pronoun or by the same one's name or kin, stays the reply to the
care. Over the real story turns; wordings other than the persona's."""

from __future__ import annotations

import pytest

from tests.support import Api
from tests.turns_support import question_id, say, story_session

UNCLE = (
    "My uncle Ramón died in the cane fields that year, the machete slipped. My father said nothing for days, he only "
    "sat on the step with his coffee."
)
FATHER = "My father died in the March of '64, at home, in his own bed."


def _cared(api: Api, loss: str) -> str:
    sid = story_session(api, "Teodoro", "The campo")
    say(api, sid, "I grew up in the campo above Moca, my father had a little shop that sold salt and kerosene.")
    care = say(api, sid, loss)
    assert question_id(care).startswith("care."), care["reply"]
    return sid


@pytest.mark.parametrize(
    "answer",
    [
        "In '64 we did the nine nights for my father in the front room. My mother covered the mirrors and stopped "
        "the clock, and every night the neighbours came to pray.",
        "Two winters later the forty days for my father: the mirrors covered with sheets, the clock stopped, the "
        "women praying the rosary in the kitchen.",
    ],
    ids=["nine-nights", "forty-days"],
)
def test_a_death_by_its_customs_of_one_only_named_beside_the_cared_loss_gets_care(api: Api, answer: str) -> None:
    sid = _cared(api, UNCLE)
    reply = say(api, sid, answer)
    assert question_id(reply).startswith("care."), reply["reply"]


@pytest.mark.parametrize(
    "answer",
    [
        "We did the nine nights for my father in the front room. My mother covered the mirrors and stopped the "
        "clock, and every night the neighbours came to pray.",
        "We did the nine nights for him, my mother covered the mirrors and stopped the clock, the neighbours prayed.",
    ],
    ids=["same-by-kin", "same-by-pronoun"],
)
def test_the_same_death_retold_by_its_customs_gets_no_second_care(api: Api, answer: str) -> None:
    sid = _cared(api, FATHER)
    reply = say(api, sid, answer)
    assert not question_id(reply).startswith("care."), reply["reply"]
