"""Review regressions of the indicator reader, by category (wording other than any benchmark persona's).

A study question meets an indicator only when it asks what the indicator says, the way the indicator asks
it (how many, where, when, who, why, how long, spell), and by its own words, not by a sign of a family
("Knows about the war" is not asked by a battle). A feast is told by rites (never by "everyone") and, for an
indicator naming no feast, by a feast day (a saint's, a holy day, a named feast), not any capitalised night."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided.records import answered_marks


@pytest.mark.parametrize(
    ("aim", "prompt", "met"),
    [
        # the way of asking the indicator says is the question's
        ("Knows how many rivers cross the county", "How many rivers cross the county?", True),
        ("Knows how many rivers cross the county", "Which river crosses the county town?", False),
        ("Knows the number of strings on a violin", "How many strings does a violin have?", True),
        ("Knows the number of strings on a violin", "Which violin string is the lowest?", False),
        ("Knows where the Amazon rises", "In which country does the Amazon rise?", True),
        ("Knows where the Amazon rises", "Where does the Amazon rise?", True),
        ("Knows where the Amazon rises", "How wide is the Amazon where it rises?", True),
        ("Knows where the Danube is", "How long is the Danube?", False),
        ("Knows when the Armada sailed", "In what year did the Armada sail?", True),
        ("Knows when the Armada sailed", "Who led the Armada when it sailed?", True),
        ("Knows when the Armada sailed", "Who led the Armada that sailed?", False),
        ("Knows who painted the Sistine ceiling", "Which artist painted the Sistine ceiling?", True),
        ("Knows who painted the Sistine ceiling", "How long did painting the Sistine ceiling take?", False),
        ("Can spell rhythm", "How do you spell rhythm?", True),
        ("Can spell rhythm", "Is rhythm a noun?", False),
        ("Knows why leaves fall", "Why do leaves fall in autumn?", True),
        ("Knows why leaves fall", "When do leaves fall?", False),
        # the indicator's own words, or a word naming its family in general; not a sign of the family
        ("Knows about the war", "When did the war end?", True),
        ("Knows about the war", "Which wartime leader gave the speech?", True),
        ("Knows about the war", "Which army won at Waterloo?", False),
        ("Knows about the war", "Who won the Battle of Bosworth?", False),
    ],
)
def test_a_question_asks_what_the_indicator_says_the_way_it_says(aim: str, prompt: str, met: bool) -> None:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}])
    assert bool(answered_marks(ctx, prompt, "x")) is met  # type: ignore[arg-type]
