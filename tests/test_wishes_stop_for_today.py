"""A stop for today said plainly, as the care lines offer it ("stop here for today"), is heard
(agent.guided.wishes.tired): "I'd rather …", "I'd sooner we …", the plain imperative, "we can stop for now",
"I'll stop there for today". The same words told inside a story stay quiet: a bus that would stop here for
today's market, a stop at the bakery, what someone said in the story. Wording other than the reports'."""

from __future__ import annotations

import pytest

from agent.guided import wishes
from tests.support import Api
from tests.turns_support import question_id, say, story_session


@pytest.mark.parametrize(
    "said",
    [
        "I think I'd rather stop there for today, if that's all right.",
        "I would sooner we finished here.",
        "Stop for now, please, my tea's going cold.",
        "Please, stop here for today.",
        "That's fine, we can stop for today.",
        "I'll stop there for now, dear.",
        "Honestly, I'd prefer to stop now.",
    ],
)
def test_a_plain_stop_for_today_is_heard(said: str) -> None:
    assert wishes.tired(said), said


@pytest.mark.parametrize(
    "said",
    [
        "On Thursdays the tram would stop here for today's fish from the harbour.",
        "I'd rather stop at the bakery on the way, Mum always said.",
        "I'd rather stop than go back to that school.",
        "Stop here for today's special, the sign said.",
        "The foreman said, stop here for today, lads, and we sat down.",
        "We would stop there for the night on the way to Cork.",
    ],
)
def test_a_stop_told_inside_a_story_is_not_a_wish_to_stop(said: str) -> None:
    assert not wishes.tired(said), said


def test_a_story_session_closes_when_the_teller_would_rather_stop_for_today(api: Api) -> None:
    sid = story_session(api, "Oonagh", "Growing up in Sligo")
    say(api, sid, "We lived over the shop on Wine Street, and the smell of bread came up through the floor.")
    told = say(api, sid, "On market days the bus would stop here for today's cattle, right at our door.")
    assert not told["proposed_end"], told["reply"]
    stop = say(api, sid, "I'd rather stop here for today, love.")
    assert stop["proposed_end"] and question_id(stop) == "closing", stop["reply"]
