"""Review of round 19 (revlisten R5, side note): the practice close with exercises left says where the routine
stops and what is left, never that everything was gone through or that this was the routine."""

from __future__ import annotations

from agent.guided.phrasing import variants


def test_a_close_with_exercises_left_never_claims_all_was_gone_through() -> None:
    said = variants("practice/closing", person_name="Lena", done=1, total=4, minutes="10", left="A, B, C", praise=True)
    assert said
    for text in said:
        assert "everything" not in text and "the routine," not in text, text
        assert "1 of 4" in text and "A, B, C" in text, text


def test_a_close_with_every_exercise_done_still_says_so() -> None:
    said = variants("practice/closing", person_name="Lena", done=4, total=4, minutes="40", left=None, praise=True)
    assert all("4" in text or "Every exercise" in text for text in said), said
