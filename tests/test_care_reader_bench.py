"""benchmarks.care_reader: the labelling, the sample, the metrics and the model's answer parsing (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import care_reader as cr

_STORY = """
title = "t"
person = "Ann"
address = "Ann"
[session]
kind = "story"
[[turn]]
say = "My father died in the spring; we buried him by the river."
expect = ["care", "no_end"]
[[turn]]
expect = ["gentle"]
[[turn]]
say = "The mill closed in 1975."
expect = ["no_end"]
"""

_STUDY = """
title = "t"
person = "Bo"
address = "Bo"
[session]
kind = "study"
[[turn]]
say = "The answer is the femur."
expect = ["correct"]
"""


@pytest.fixture
def personas(tmp_path: Path) -> Path:
    (tmp_path / "tuning").mkdir()
    (tmp_path / "held_out").mkdir()
    (tmp_path / "tuning" / "ann_story.toml").write_text(_STORY)
    (tmp_path / "held_out" / "hagop_aleppo.toml").write_text(_STUDY)  # a rounds 19-20 name
    return tmp_path


def test_corpus_labels_care_turns_and_counts_skipped_turns(personas: Path) -> None:
    answers = cr.corpus(personas)
    assert [(a.persona, a.turn, a.kind, a.care, a.held) for a in answers] == [
        ("ann_story", 1, "story", True, False),
        ("ann_story", 3, "story", False, False),  # turn 2 has no say: not an answer, but counted
        ("hagop_aleppo", 1, "study", False, True),
    ]
    assert answers[0].mentions_death and not answers[1].mentions_death


def test_sample_keeps_every_positive_and_a_fixed_number_of_negatives() -> None:
    answers = [cr.Answer("p", n, "story", f"a{n}", n % 10 == 0, False) for n in range(100)]
    picked = cr.sample(answers, 20)
    assert sum(a.care for a in picked) == 10 and sum(not a.care for a in picked) == 20
    assert picked == cr.sample(answers, 20)  # seeded: the same sample every run
    assert [a.turn for a in picked] == sorted(a.turn for a in picked)  # corpus order
    assert cr.sample(answers, None) == answers


def test_scores_count_each_cell_and_give_precision_recall_f1() -> None:
    answers = [cr.Answer("p", n, "story", "x", care, n >= 3) for n, care in enumerate([True, True, False, False, True])]
    verdicts = {0: True, 1: False, 2: True, 3: False, 4: True}
    s = cr.score(answers, verdicts)
    assert (s.tp, s.fp, s.fn, s.tn) == (2, 1, 1, 1)
    assert s.precision == pytest.approx(2 / 3) and s.recall == pytest.approx(2 / 3) and s.f1 == pytest.approx(2 / 3)
    assert [a.turn for a in s.false_pos] == [2] and [a.turn for a in s.false_neg] == [1]
    held = cr.score(answers, verdicts, lambda a: a.held)
    assert (held.tp, held.fp, held.fn, held.tn) == (1, 0, 0, 1)
    empty = cr.score(answers, {})
    assert empty.precision is None and empty.recall is None and empty.f1 is None


def test_the_models_answer_is_read_only_as_the_schema_says() -> None:
    assert cr.parse('{"loss": true}') is True
    assert cr.parse('{\n  "loss": false\n}') is False
    for bad in ("", "yes", '{"loss": "yes"}', "[true]", '{"loss": tru', None):
        assert cr.parse(bad) is None


def test_messages_end_on_the_answer_and_carry_examples_only_when_asked() -> None:
    plain = cr.messages("yesno", "We lost Mum in March.")
    shown = cr.messages("examples", "We lost Mum in March.")
    assert plain[-1] == shown[-1] == {"role": "user", "content": "Answer: We lost Mum in March."}
    assert len(plain) == 2 and len(shown) == 2 + 2 * len(cr._EXAMPLES)
    assert shown[0]["content"] == cr.PROMPTS["examples"]["system"]


def test_rules_are_the_guided_readers_sorrow() -> None:
    assert cr.rules("My father died in the spring; we buried him by the river.")
    assert not cr.rules("The answer is the femur.")


def test_false_alarms_and_merged_runs() -> None:
    answers = [cr.Answer("p", n, "story", "x", n == 1, False) for n in range(1, 5)]
    first = [{"persona": "p", "turn": 1, "care": True, "rules": True, "m": True}]
    first.append({"persona": "p", "turn": 2, "m": True})
    second = [{"persona": "p", "turn": 4, "care": False, "rules": False, "m": False}]
    merged, readers = cr.merged(answers, [first, second])
    assert [a.turn for a in merged] == [1, 2, 4]  # corpus order, only the answers a run scored
    assert readers == {"rules": {0: True, 2: False}, "m": {0: True, 1: True, 2: False}}
    s = cr.score(merged, readers["m"])
    assert (s.tp, s.fp, s.tn) == (1, 1, 1) and s.false_alarms == pytest.approx(0.5)
    assert cr.score(merged, {0: True}).false_alarms is None
