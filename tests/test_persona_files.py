"""The interviewer benchmark's personas are scorable: every expect entry is one a reply can pass.

A held-out persona is written once by someone who never reads the interviewer's code; an entry
the scorer cannot pass (``honour:a|b`` is matched as one string) would count as a miss forever.
"""

from __future__ import annotations

import pytest

from benchmarks.interviewer import load_personas, persona_problems


def test_every_persona_file_is_scorable() -> None:
    personas = load_personas("all", None)  # raises SystemExit naming the file and the problem
    assert {which for which, _, _ in personas} == {"tuning", "held_out"}


def _persona(expect: list[str], **final: object) -> dict[str, object]:
    return {
        "session": {
            "kind": "practice",
            "success_indicators": ["a", "b"],
            "template": {"structure": {"sections": [{"items": [{"name": "Scales"}, {"name": "Arpeggios"}]}]}},
        },
        "turn": [{"say": "Done.", "expect": expect}, {"say": "Yes."}],
        "final": final,
    }


@pytest.mark.parametrize(
    ("expect", "problem"),
    [
        (["honour:choir|singing"], "matched whole"),
        (["topic:Almaty|Alma-Ata"], "matched whole"),
        (["follow:"], "names nothing"),
        (["carefull"], "unknown behaviour"),
        (["done:s1.i3"], "no item of the template"),
    ],
)
def test_an_expect_no_reply_could_pass_is_named(expect: list[str], problem: str) -> None:
    assert any(problem in p for p in persona_problems(_persona(expect)))


def test_indicators_must_point_at_what_exists() -> None:
    problems = persona_problems(_persona(["no_end"], indicators_met=[0, 2], met_by={"0": [1, 3], "1": [2]}))
    assert any("[2] outside" in p for p in problems)
    assert any("turns [3] do not exist" in p for p in problems)
    assert any("met_by 1 is not in indicators_met" in p for p in problems)
    assert any("'first' is no indicator number" in p for p in persona_problems(_persona([], met_by={"first": [1]})))


def test_a_sound_persona_has_no_problems() -> None:
    assert persona_problems(_persona(["done:s1.i2", "follow:Scales|scales", "honour:scales", "no_end"])) == []
