"""A model's statement kept in front of the guided question must say something: names only ("Mr. Fontenot, Ras.",
the real 0.5B model on held-out Odile, kept before "Is there anything you'd like to add…") are no acknowledgement,
and the guided reply is shown whole. Other names here; short acknowledgements that name someone stay."""

from __future__ import annotations

import pytest

from agent.replies import acknowledgement
from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import new_session, say


@pytest.mark.parametrize("said", ["Mr. Fontenot, Ras.", "Aunty Kemi, Ibadan.", "Father Brennan. Ballina."])
def test_names_only_are_no_acknowledgement(said: str) -> None:
    assert acknowledgement(said) is None


@pytest.mark.parametrize("said", ["Thank you, Ana.", "That sounds like Ibadan.", "Got it.", "Mr. Brennan sounds kind."])
def test_short_acknowledgements_stay(said: str) -> None:
    assert acknowledgement(said) == said


def test_names_only_are_not_kept_before_the_guided_question(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    llm.push(Step(text="Aunty Kemi, Ibadan."))
    result = say(openai_api, sid, "In Ibadan, with my aunty Kemi, above her cloth shop on the market road.")
    assert "Aunty Kemi, Ibadan." not in result["reply"] and "?" in result["reply"], result["reply"]
    assert result["interactions"][-1]["data"]["fallback"]["by"] == "guided"
