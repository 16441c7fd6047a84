"""The model path's two reply checks end to end, with the scripted model (``openai_api``, auto mode):
a pronoun contradicting the person's is put right in place or the reply not used, and a reply telling
the person's story in their first person gets the guided question instead. Both are logged as the
interaction's ``data.fallback``, as every reply not shown as written is."""

from __future__ import annotations

from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import new_session, say


def test_a_contradicting_pronoun_is_put_right_or_the_guided_question_asked(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    told = "On a farm in the hills. We had a donkey called Biscuit. He carried the milk churns down to the road."
    llm.push(Step(text="Tell me about your donkey. What was she like to work with?"))
    result = say(openai_api, sid, told)
    assert result["reply"] == "Tell me about your donkey. What was he like to work with?", result["reply"]
    fallback = result["interactions"][-1]["data"]["fallback"]
    assert fallback["reason"] == "a pronoun contradicts the person's", fallback
    assert fallback["by"] == "pronoun put right", fallback

    # "help her carry": "him" or "his" - no rewrite is safe, so the guided interviewer asks
    llm.push(Step(text="Tell me about Biscuit. Did you ever help her carry the churns?"))
    result = say(openai_api, sid, "Every morning before school, rain or shine.")
    assert "help her carry" not in result["reply"] and "?" in result["reply"], result["reply"]
    fallback = result["interactions"][-1]["data"]["fallback"]
    assert fallback["reason"] == "a pronoun contradicts the person's" and fallback["by"] == "guided", fallback

    # agreeing with the person: shown as written
    llm.push(Step(text="Tell me about Biscuit. What did he do when the milk lorry came?"))
    result = say(openai_api, sid, "He knew the lorry's horn before we did.")
    assert result["reply"] == "Tell me about Biscuit. What did he do when the milk lorry came?", result["reply"]
    assert "fallback" not in result["interactions"][-1]["data"], result["interactions"][-1]["data"]


def test_a_reply_speaking_as_the_person_gets_the_guided_question(openai_api: Api, llm: FakeLLM) -> None:
    llm.push(Step(text="Hello Rosa! Where did you grow up?"))
    sid = new_session(openai_api)["id"]
    llm.push(Step(text="I remember the tram bells on Dock Street, and my uncle came home smelling of tar."))
    result = say(openai_api, sid, "In Dundee, near the docks, with my uncle Tam.")
    assert "tram bells" not in result["reply"] and "?" in result["reply"], result["reply"]
    fallback = result["interactions"][-1]["data"]["fallback"]
    assert fallback["reason"] == "speaks as the person" and fallback["by"] == "guided", fallback
