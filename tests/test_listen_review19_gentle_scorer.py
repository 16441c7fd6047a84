"""Review of round 19's listening: the benchmark's gentle check reads the angle in the question the reply asks
(a sound, a smell, a photograph, who else), never a word of the acknowledgement ("That helps me picture it",
"I'd love to hear more about …"), which passed generic follow-ups by luck."""

from __future__ import annotations

import pytest

from benchmarks.interviewer import _behaviour


@pytest.mark.parametrize(
    "reply",
    [
        "That helps me picture it. What do you remember most about your sister?",
        "I'd love to hear more about your sister. What was one thing she always said or did?",
        "I can picture the two of you there. How old were you then?",
        "Thank you for telling me; I can almost hear it. Where did you go next?",
        # The stock meaning question (prompts/guided/story/meaning.j2) is no angle: its "carry" passed held-out
        # round 27's first run by luck in one run of two.
        "Thank you. Let's go on gently. What do you carry with you from your life on the Cerro Rico into your life?",
        "I see. What do you carry with you from the war years into your life now?",
    ],
)
def test_an_angle_word_in_the_acknowledgement_is_no_gentle_angle(reply: str) -> None:
    assert not _behaviour("gentle", "", reply, {}, None, [])


@pytest.mark.parametrize(
    "reply",
    [
        "That's all right; memories often come back by another door. When you think of the pass, is there a sound, "
        "a smell or a colour, even a small one?",
        "No need to force it. Who else would remember the name of the pass, someone you could picture beside you?",
        "That's all right. Is there a photograph, or something you still have, that goes with that journey?",
        "That's fine. What could you hear at night in the villages?",
        "That's all right. What did you carry in your hands that morning?",
        "No matter. What did you carry with you onto the boat?",
    ],
)
def test_the_angle_asked_is_a_gentle_angle(reply: str) -> None:
    assert _behaviour("gentle", "", reply, {}, None, [])
