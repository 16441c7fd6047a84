"""A model reply that says our cue back is no question, whatever name it gives the person.

Held-out round 22 with the real 0.5B model: the opening cue named him "Papus Jozef Horvath" and the reply began
"Greet Papus warmly in one sentence." — six words of the cue with one name word left out, so the check of six
words in a row let it through and it was shown as the interviewer's greeting."""

from __future__ import annotations

import pytest

from agent.prompting import render
from agent.replies import echoes, problem

ECHOED = [
    ("Greet Papus warmly in one sentence. Think of boyhood in Jarovnice: what do you picture?", "Papus Jozef Horvath"),
    ("Greet Jozef warmly in one sentence and ask him about the forge.", "Papus Jozef Horvath"),
    ("Greet Nana Rose Fletcher warmly, in one sentence: where did you grow up?", "Nana Rose Fletcher"),
    ("Greet Kui warmly in one sentence. What did the village sound like in the morning?", "Kui Sione Havili"),
]

NOT_ECHOED = [
    ("Hello Jozef! What is the first place you picture from your boyhood in Jarovnice?", "Papus Jozef Horvath"),
    ("Good morning, Rose. In one sentence, what did the kitchen smell like?", "Nana Rose Fletcher"),
    ("Welcome, Sione. What was your first question to your teacher at Tupou College?", "Kui Sione Havili"),
]


@pytest.mark.parametrize(("text", "name"), ECHOED)
def test_the_cue_said_back_with_the_name_shortened_is_an_echo(text: str, name: str) -> None:
    cue = render("system/opening_cue.j2", person_name=name)
    assert echoes(text, cue, names=[name])
    assert problem(text, 2000, (), cue, person_name=name) == "echoed the instructions"


@pytest.mark.parametrize(("text", "name"), NOT_ECHOED)
def test_a_greeting_and_a_question_of_our_own_words_is_no_echo(text: str, name: str) -> None:
    cue = render("system/opening_cue.j2", person_name=name)
    assert not echoes(text, cue, names=[name])
    assert problem(text, 2000, (), cue, person_name=name) != "echoed the instructions"
