"""Belongings given back by the hospital or the home tell no death when their owner is told living after the return, in
any tense (agent.guided.grief, review2 of a34dc1a): he or she doing or being anything after it ("he got dressed and we
drove home", "she was home by teatime", "he followed on the Friday", "she moved to my sister's in Cork"), or the things
handed over for a stage of the stay (at the admission, before the operation, after the discharge, for safekeeping).
Still a loss: the death or the dead told after ("She never came home.", "She was gone by then."), a life told from
before ("He'd worked at the mill", "She was ninety-one.", "He was a tailor"), a liking for the thing ("He loved that
tweed jacket"), someone else doing something ("a nurse admitted they'd lost his ring"), or a he or she after someone
else is named ("My brother came over. He cried."). Seen: the review's five were met with care and kept private."""

from __future__ import annotations

import pytest

from agent.guided import grief
from tests.support import Api
from tests.turns_support import question_id, say, story_session, transcript

OWNER_ALIVE_OR_A_STAGE_OF_THE_STAY = [
    # the review's
    "The hospital returned his clothes and his wallet, and he got dressed and we drove home.",
    "The hospital sent back her things in a bag after she was discharged, and she was home by teatime.",
    "The hospital gave us her rings and her watch before the operation, for safekeeping.",
    "The home in Carlow sent back her things in two bags; she moved to my sister's in Cork and loved it there.",
    "The hospital sent his things home in a bag, he followed on the Friday.",
    # other wordings
    "The ward gave us his watch and his wedding ring when he was admitted, to keep them safe.",
    "The hospital handed back her clothes and her glasses on her discharge.",
    "The hospital sent his things home in a bag, and he came home on the Monday.",
    "The hospital sent her things back in a bag. She walked out on her own two feet.",
    "The hospital returned all her things in a carrier bag and she went home with my brother.",
    "The home sent back his things in two boxes; he settled in at my brother's in Galway.",
    "The care home gave us her things in a bag and she started at the day centre in May.",
    "The hospital sent his things home in a bag on Friday, he followed on the Monday.",
]

STILL_A_LOSS = [
    "The hospice gave us his things in a carrier bag. He'd worked at the mill forty years.",
    "The hospital sent back her things in two bags. She was ninety-one.",
    "The home sent back all his clothes in a box. He loved that tweed jacket.",
    "The hospital returned his clothes and his watch. He was a tailor all his life.",
    "The hospice sent her things back in a bag. She never came home.",
    "The nursing home sent back all of Granny's stuff in three bin bags. She was gone by then.",
    "The hospice sent her things back in a bag, and she lies in Glasnevin now.",
    "The hospital sent back his things in a bag. We drove home in silence.",
    "The hospice gave us his things in a bag. They were very kind to us.",
    "The hospital returned his things in a bag, and a nurse admitted they'd lost his ring.",
    "The hospital sent back his things in a bag. He always kept his watch in the left pocket.",
    # someone else named after the return: the he or she who lives on is them
    "The hospice gave us his things in a bag. My brother came over from Leeds. He cried all night.",
    "The hospice gave us his things in a bag. Tom came over. He cried.",
    "The hospice gave us her things in a bag. The nurse was lovely. She hugged me.",
]


@pytest.mark.parametrize("text", OWNER_ALIVE_OR_A_STAGE_OF_THE_STAY)
def test_belongings_of_one_living_after_or_handed_for_the_stay_tell_no_loss(text: str) -> None:
    assert grief.sorrow(text) != "loss"


@pytest.mark.parametrize("text", STILL_A_LOSS)
def test_belongings_returned_with_no_life_after_stay_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


def test_clothes_returned_to_one_who_dressed_get_no_care_and_are_not_private(api: Api) -> None:
    sid = story_session(api, "Ewan", "Hospital")
    said = OWNER_ALIVE_OR_A_STAGE_OF_THE_STAY[0]
    reply = say(api, sid, said)
    assert not question_id(reply).startswith("care."), reply["reply"]
    assert not next(i["is_private"] for i in transcript(api, sid) if i["person_response"] == said)
