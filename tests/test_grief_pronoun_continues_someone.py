"""A she or he that died is a being unless a thing is its clear antecedent (agent.guided.grief, review of 227b19d,
878b562, 00b4d45). The same pronoun already the subject of a sentence before any thing is named in it goes on
telling of someone ("He loved that tractor more than anything. He died in 1988."); someone named by what they do,
the subject of a clause ("Our lodger had a typewriter", "The skipper took the trawler out"), or a name after
"old" ("Old Ngata") is a being; "at sea" is a death only a being dies. A thing that is the topic or the subject
of the sentence before, and no she or he told of before it, still stands for the pronoun ("Our old boat, she was
a beauty. She died off Arran."). Seen: these deaths got no care and were not kept private."""

from __future__ import annotations

import pytest

from agent.guided import grief
from tests.support import Api
from tests.turns_support import question_id, say, story_session, transcript

SOMEONE_DIED = [
    # the review's
    "He loved that tractor more than anything. He died in 1988.",
    "He never learned to drive, never owned a car. He died in 1961.",
    "She bought a new washing machine in 1975. She died a month later.",
    "He went out on the boat at dawn. He died at sea.",
    "She was always out on her bike. She died at twelve.",
    "He worked the looms at Dewhurst's mill. He died of the dust in his lungs.",
    "The ferryman rowed that boat across the loch for forty years. He died in the spring.",
    "The skipper took the trawler out that morning. He died at sea.",
    "Our lodger had a typewriter. He died in his room.",
    "Old Ngata had a canoe. He died on the river.",
    # other wordings
    "In 1975 she bought a twin-tub washing machine. She died that winter.",
    "She drove the school bus for thirty years. She died in 1999.",
    "He kept the old tractor running with baling twine. He died in '92.",
    "The boatman rowed us across every Sunday. He died in the flood year.",
    "Old Tam had a wee boat. He died on the Clyde.",
    "Our tenant kept a piano in the attic. He died up there.",
    "The blacksmith kept the forge and the old tractor going. He died in 1971.",
    "He signed on to the trawler at sixteen. He died at sea.",
    "She loved her sewing machine, she made all our clothes on it. She died in March.",
]

A_THING_DIED = [
    "Our old boat, she was a beauty. She died off Arran.",
    "We bought a Morris in '62. She died on the A1.",
    "Dad bought the Morris. She died on the hill.",
    "The generator at the hall, he was older than me. He died in the big freeze.",
    "The little Fiat, she was red. She died on the M6.",
    "Our old van, the Bedford, he never let us down. He died on the hill in '81.",
    "The engine died at sea and we drifted for a day.",
]


@pytest.mark.parametrize("text", SOMEONE_DIED)
def test_a_pronoun_that_goes_on_telling_of_someone_is_a_death(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", A_THING_DIED)
def test_a_pronoun_whose_antecedent_is_a_thing_tells_none(text: str) -> None:
    assert grief.sorrow(text) is None


def test_a_death_after_a_thing_named_gets_care_and_stays_private(api: Api) -> None:
    sid = story_session(api, "Ewan", "The farm")
    said = SOMEONE_DIED[0]
    reply = say(api, sid, said)
    assert question_id(reply).startswith("care."), reply["reply"]
    assert next(i["is_private"] for i in transcript(api, sid) if i["person_response"] == said)
