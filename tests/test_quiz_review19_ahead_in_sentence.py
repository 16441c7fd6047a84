"""After care, the next question's name or term answered ahead as a clause of its own inside a longer sentence
("It's okay, next one, Collina.", "Collina, the Italian with no hair.", "I know the next one anyway: Collina.") is
the answer ahead, as it is in a sentence of its own (review of ffd4745, G8). Never a name said beside talk of
someone or of the loss ("Lima, where she was buried.")."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided.study import answered_ahead

COLLINA = {"id": "q2", "prompt": "Who refereed the 2002 World Cup final?", "answer": "Pierluigi Collina"}
LIMA = {"id": "q2", "prompt": "What is the capital of Peru?", "answer": "Lima"}


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (COLLINA, "It's okay, next one, Collina."),
        (COLLINA, "It's old. Collina, the Italian with no hair."),
        (COLLINA, "Go on. Pierluigi Collina, the bald Italian with the owl eyes."),
        (COLLINA, "I know the next one anyway: Collina."),
        (LIMA, "Thank you, that's kind. Lima, the city of kings."),
        (LIMA, "It's fine, really - Lima, easy one."),
    ],
)
def test_a_name_in_a_clause_of_its_own_is_answered_ahead(question: dict[str, Any], said: str) -> None:
    assert answered_ahead(said, [question]) == "q2"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (LIMA, "Lima, where she was buried."),
        (LIMA, "Thanks. She loved Lima, she lived there."),
        (LIMA, "Lima, the city where it happened."),
        (COLLINA, "Collina, my father loved him, he watched every game."),
        (LIMA, "Thank you. We went to Lima for the funeral, all of us."),
        (LIMA, "Thank you, go on. Quito, I think."),
    ],
)
def test_a_name_beside_talk_of_someone_or_the_loss_is_no_answer_ahead(question: dict[str, Any], said: str) -> None:
    assert answered_ahead(said, [question]) is None
