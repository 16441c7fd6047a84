"""On the model path an answer's sorrow (a loss, a grave accident, a grave illness: :func:`grief.sorrow`) is read
once per turn, with its sensitive topic (:func:`grief.sensitive`), and not read again to decide whether the guided
coach meets it with care; the care is given all the same. A cello routine, in no persona's words."""

from __future__ import annotations

from typing import Any

import pytest

import agent.loop as model_loop
from agent.guided import grief
from tests.llm_server import FakeLLM, Step
from tests.support import Api
from tests.turns_support import say, template_session


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("My grandmother died in her sleep on Tuesday.", "loss"),
        ("My brother fell from the scaffolding and was crushed under the planks.", "accident"),
        ("Dad was diagnosed with cancer in March.", "illness"),
        ("We are behind on the rent and the landlord wants us out.", None),  # private, no sorrow
        ("Scales, ten minutes, all even.", None),
    ],
)
def test_the_sorrow_read_with_the_sensitive_topic_is_griefs_own(said: str, kind: str | None) -> None:
    assert grief.sorrow(said) == kind
    assert model_loop._SORROW.get(grief.sensitive(said) or "") == kind


class _Counting:
    """The loop's grief reader, counting what it reads (the planners keep their own)."""

    def __init__(self) -> None:
        self.read: list[str] = []

    def sensitive(self, text: str | None) -> str | None:
        self.read.append("sensitive")
        return grief.sensitive(text)

    def sorrow(self, text: str) -> str | None:
        self.read.append("sorrow")
        return grief.sorrow(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(grief, name)


CELLO = {
    "name": "Cello before school",
    "kind": "practice",
    "intention": "The Bach minuet by the spring concert",
    "structure": {
        "sections": [{"name": "Technique", "duration_minutes": 15, "items": [{"name": "Scales"}, {"name": "Minuet"}]}]
    },
}


@pytest.mark.parametrize(
    ("said", "care"),
    [
        ("Scales, twelve minutes, the D major ones ring nicely now.", False),
        ("Scales, twelve minutes. My grandmother died on Tuesday, she bought me this cello.", True),
    ],
)
def test_an_answer_is_read_for_sorrow_once_per_turn(
    openai_api: Api, llm: FakeLLM, monkeypatch: pytest.MonkeyPatch, said: str, care: bool
) -> None:
    counting = _Counting()
    monkeypatch.setattr(model_loop, "grief", counting)
    llm.push(Step(text="Good morning Tamsin! How did the scales go?"))
    sid = template_session(openai_api, "Tamsin", CELLO)
    llm.push(Step(text="Lovely. Now the minuet: how did it go?"))
    counting.read.clear()
    result = say(openai_api, sid, said)
    assert counting.read == ["sensitive"]
    moment = result["interactions"][-1]["data"].get("guided_moment") or ""
    assert (moment == "a loss told beside a practice answer") is care, moment
