"""The model path's reply checks: the person's own words said back, a question asked again behind
another opening, an earlier reply's opening copied. Unit tests over the reply text and the
session's history (no model needed)."""

from __future__ import annotations

import pytest

from agent.replies import asked_before, problem, says_back, without_copied_lead
from agent.tools import TOOLS

# --- the person's answer said back -------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "reply"),
    [
        # the whole answer, with a question added after it
        (
            "No sense dwelling on it. Ask your next one.",
            "No sense dwelling on it. Ask your next one. When that time was over, what was no longer the same?",
        ),
        # the whole answer alone, another wording and case
        ("Well, that was a long time ago, son.", "well that was a long time ago son"),
        # one of its sentences (not the first) opening the reply
        (
            "We kept bees behind the chapel. My uncle sold the honey at the market every Friday.",
            "My uncle sold the honey at the market every Friday! What did the honey taste like?",
        ),
        # its opening sentence, the rest left out
        (
            "I don't care to talk about the mill. It took my hearing.",
            "I don't care to talk about the mill. What else do you remember?",
        ),
    ],
)
def test_a_reply_that_opens_with_the_persons_own_words_is_not_usable(answer: str, reply: str) -> None:
    assert says_back(reply, answer)
    assert problem(reply, 800, TOOLS, answer=answer) == "says the person's answer back"


@pytest.mark.parametrize(
    ("answer", "reply"),
    [
        # two words of the answer inside a question of the interviewer's own
        (
            "They had a mule down there, Queenie. Daddy thought more of Queenie than he did of most folks.",
            "Queenie the mule — what was she like to work beside?",
        ),
        # a phrase of the answer asked about, not spoken as the interviewer's own sentence
        (
            "We went up Panther Creek to my grandmother's.",
            "What was it like up Panther Creek at your grandmother's?",
        ),
        # a short answer the reply happens to begin like
        ("Yes.", "Yes, I can see that. Who else was there?"),
        # a two-word sentence of the answer is too short to be their words taken over
        ("Forty below. We slept in our boots.", "Forty below! How did you keep warm at night?"),
    ],
)
def test_a_reply_that_quotes_a_few_words_in_its_own_question_stays_usable(answer: str, reply: str) -> None:
    assert not says_back(reply, answer)
    assert problem(reply, 800, TOOLS, answer=answer) is None


# --- a question asked again behind another opening ----------------------------------------------

MEANING = "When you look back on boyhood in Gary, West Virginia today, what does it mean to you?"


@pytest.mark.parametrize(
    "reply",
    [
        f"I can almost see Fort Jackson as you describe it. {MEANING}",
        f"Thank you for taking me to the railroad. {MEANING}",
        f"That sounds like it was hard. Thank you for telling me. {MEANING.upper()}",
        "So Welch it was! When you look back on boyhood in Gary West Virginia today -- what does it mean to you?",
    ],
)
def test_a_question_asked_before_behind_another_opening_is_a_repeat(reply: str) -> None:
    asked = ["Hello Virgil! Where did you grow up?", f"I can almost see Panther Creek as you describe it. {MEANING}"]
    assert asked_before(reply, asked)
    assert problem(reply, 800, TOOLS, asked=asked) == "repeats an earlier question"


def test_a_short_question_asked_turns_before_is_a_repeat() -> None:
    """Held-out Virgil, second run: "Who was father?" at turns 2 and 5, "Who was daddy?" at 9 and 12."""
    asked = ["Hello Virgil! Where were you born?", "Who was father?", "I'm so sorry.", "Go on."]
    assert problem("Thank you. Who was Father?", 800, TOOLS, asked=asked) == "repeats an earlier question"
    assert problem("Who was Mamaw?", 800, TOOLS, asked=asked) is None


@pytest.mark.parametrize(
    ("reply", "asked"),
    [
        # the same short question about someone else: not the same question
        ("Tell me about Leroy. What was he like?", ["Tell me about your daddy. What was he like?", "Who was Opal?"]),
        # a short prompt may come back
        ("Thank you. And then?", ["I see. And then?", "Who was Opal?"]),
        # the same stock words about another place: the lead-in names what "it" is
        (
            "You mentioned Welch. What was it like there? What do you see when you picture it?",
            ["You mentioned Cincinnati. What was it like there? What do you see when you picture it?"],
        ),
        # a new question that shares most of its words
        (
            "When you look back on your years on the railroad today, what does it mean to you?",
            [f"Thank you. {MEANING}"],
        ),
    ],
)
def test_a_new_question_behind_a_familiar_opening_is_not_a_repeat(reply: str, asked: list[str]) -> None:
    assert not asked_before(reply, asked)
    assert problem(reply, 800, TOOLS, asked=asked) != "repeats an earlier question"


# --- an earlier reply's opening copied --------------------------------------------------------------

HARD = "That sounds like it was hard. Thank you for sharing it with me. I've kept those words of yours."


@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        (f"{HARD} Tell me about Leroy Tubbs. What was he like?", "Tell me about Leroy Tubbs. What was he like?"),
        # part of it, in other case and stops, another question after it
        (
            "THAT SOUNDS LIKE IT WAS HARD! Thank you for sharing it with me... Where did the train go?",
            "Where did the train go?",
        ),
        # a sentence of its own stays, the copied ones go
        (
            "Thank you for sharing it with me. I've kept those words of yours. The railroad, then! Who ran it?",
            "The railroad, then! Who ran it?",
        ),
    ],
)
def test_an_earlier_replys_opening_said_again_is_left_out(reply: str, kept: str) -> None:
    asked = ["Hello Virgil! Where were you born?", f"{HARD} Tell me about your daddy. What was he like?"]
    assert without_copied_lead(reply, asked) == kept


@pytest.mark.parametrize(
    "reply",
    [
        "Thank you. Tell me about Leroy Tubbs. What was he like?",  # a short thanks may come back
        "I can almost see Welch as you describe it. Who played there?",  # the same frame, another place
        "That sounds like it was hard.",  # no question after it: the loop's other rules decide
        "Tell me about your daddy. What was he like?",  # a question asked again is the repeat rule's
    ],
)
def test_an_opening_of_its_own_stays(reply: str) -> None:
    asked = ["Thank you. Who was there?", f"{HARD} Tell me about your daddy. What was he like?"]
    asked.append("I can almost see Gary as you describe it. Who lived next door?")
    assert without_copied_lead(reply, asked) == reply
