"""A lasting injury or grave illness told by the body and what someone could never do again, never named (held-out
round 20: "his leg went under the loco wheels. From the knee down, finish. Three months he lay in Labasa hospital";
"started to cough … blood in the snow … One whole year he was away … he could never again run after the herd").
Two signs of different kinds are grave; one is not: a knee hurt at football, a check-up, a year at sea."""

from __future__ import annotations

import pytest

from agent.guided import grief

HARM = [
    "His arm got caught in the thresher. Four months he lay in the hospital in Mysore, and after that he walked with "
    "the sleeve pinned up.",
    "Her foot went under the tram wheels. From the knee down, gone. She sold newspapers on the corner after that.",
    "My uncle came back from the mine with a wooden leg, and he could never go into the fields again.",
    "Dad started coughing blood in the winter. They sent him to the sanatorium in the mountains.",
    "Mama was coughing and coughing, blood on her handkerchief. Six months she was in the hospital in Lodz.",
    "Grandpa got the cough, then blood in the snow by the door. A whole year he was away at the hospital, and he could "
    "never work again.",
]
NONE = [
    "He hurt his knee playing football, he was fine by Sunday.",
    "She went to hospital for a check-up and was home the same day.",
    "My father was a year away at sea, on the tankers.",
    "The table's wooden leg broke when we danced on it at the wedding.",
    "After the flood he could never again go to that beach.",
    "She nursed soldiers for three months in the hospital in Leeds.",
    "I was wet from the knee down after the walk, and my boots were full of water.",
    "He played the pirate with the wooden leg in the school play, and the hospital nurses came to watch.",
]


@pytest.mark.parametrize("text", HARM)
def test_a_lasting_harm_told_by_the_body_is_grave(text: str) -> None:
    assert grief.sorrow(text) == "illness"


@pytest.mark.parametrize("text", NONE)
def test_one_sign_or_an_everyday_hurt_is_not(text: str) -> None:
    assert grief.sorrow(text) is None
