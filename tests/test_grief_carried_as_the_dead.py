"""Belongings given back by the hospital or the home, then the owner going home or on in a coffin, a casket or the
hearse, or to the funeral home, the undertaker's, the chapel of rest (agent.guided.grief, review4 of ddae16c): a
going of the dead is no life after the return, the answer stays a loss. A going in a taxi, an ambulance or to the
pub is a life, no loss."""

from __future__ import annotations

import pytest

from agent.guided import grief
from tests.support import Api
from tests.turns_support import question_id, say, story_session, transcript

CARRIED_AS_THE_DEAD = [
    # the review's
    "The hospital gave us his things in a bag and he came home in a coffin.",
    "The hospital sent his things home in a bag, he followed on the Friday, in the hearse.",
    "The hospital returned his clothes and his wallet. He went to the funeral home that afternoon.",
    # other wordings
    "The home sent back her things in two bags. She came back to Kerry in a plain pine casket.",
    "The hospital gave us his things in a bag; he went to the undertaker's that night.",
    "The hospital returned all her things in a box, and she went to the chapel of rest on the Monday.",
    "The hospice sent back his things in a bag. He travelled home by hearse, the whole village out.",
]

A_LIFE_AFTER = [
    "The hospital sent his things home in a bag and he came home in a taxi.",
    "The hospital sent back her things in a bag, and she came home in the ambulance with me.",
    "The hospital gave back his clothes and his wallet. He went to the pub that afternoon.",
    "The hospital sent his things home in a bag, he followed on the Friday, in his own car.",
]


@pytest.mark.parametrize("text", CARRIED_AS_THE_DEAD)
def test_the_owner_carried_as_the_dead_after_the_return_is_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", A_LIFE_AFTER)
def test_the_owner_going_as_the_living_after_the_return_is_no_loss(text: str) -> None:
    assert grief.sorrow(text) != "loss"


def test_things_returned_and_the_coffin_home_get_care_and_stay_private(api: Api) -> None:
    sid = story_session(api, "Ewan", "Hospital")
    said = CARRIED_AS_THE_DEAD[0]
    reply = say(api, sid, said)
    assert question_id(reply).startswith("care."), reply["reply"]
    assert next(i["is_private"] for i in transcript(api, sid) if i["person_response"] == said)
