"""The interviewer's memory stays bounded however long the session runs (counted, not timed).

Each turn stores the memory (``agent.context.Memory.after_turn``) and the next one reads it back
to build ``TurnContext.asked``: if it kept one entry per prompt, every turn would decode, walk and
re-encode the whole session. It keeps a window of prompts and, for the ones before, a count and
the distinct question ids: these tests check the window's size and that nothing the guided
interviewer reads (how many prompts, which ids, the newest prompts' words) is lost.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

import msgspec

from agent.context import _WORDS_KEPT, Memory, QuestionIds, Recent
from agent.guided.state import extras_asked, read_turn
from agent.model import InteractionView, TurnContext

RECENT = 12  # the turn's recent history (``max_history_interactions``)
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def _qid(n: int) -> str:
    # Story-like ids: a few repeat (scene@…), most are new (extra.<n>), as in a long session.
    return f"scene.{n % 7}" if n < 40 else f"extra.{n}"


def _view(n: int) -> InteractionView:
    return InteractionView(
        n, f"Prompt number {n}?", f"Answer {n}.", "text", "scene", {"question_id": _qid(n)}, None, T0
    )


def _context(memory: Memory, recent: list[InteractionView]) -> TurnContext:
    oldest = recent[0].sequence
    asked = memory.views_before(oldest) + [v for v in recent if v.agent_prompt is not None]
    return TurnContext(
        session_id=uuid.uuid4(),
        person_id=uuid.uuid4(),
        kind="story",
        name="Life",
        status="active",
        person_name="Rosa",
        intention=None,
        success_indicators=[],
        completion_indicators=[],
        constraints=None,
        procedure_notes=None,
        data={},
        topics=[],
        history=recent,
        asked=asked,
        artifacts=[],
        running_summary=None,
        now=T0,
        asked_before=memory.older,
        ids_before=frozenset(memory.older_ids or ()),
    )


def _run(turns: int) -> tuple[Memory, bytes, TurnContext]:
    stored = None
    for n in range(1, turns + 1):
        recent = [_view(s) for s in range(max(1, n - RECENT), n)]
        memory = Memory.from_json(msgspec.json.decode(stored) if stored else None) or Memory()
        stored = msgspec.json.encode(memory.after_turn(Recent([], recent), _view(n), RECENT))
    memory = Memory.from_json(msgspec.json.decode(stored))
    assert memory is not None
    recent = [_view(s) for s in range(turns + 1 - RECENT, turns + 1)]
    return memory, stored, _context(memory, recent)


def test_memory_keeps_a_window_after_a_thousand_prompts() -> None:
    memory, stored, _ = _run(1000)
    # Only what the next turn's history does not hold: the words that make the newest
    # _WORDS_KEPT prompts, the history's included; everything older is a count and ids.
    assert len(memory.prompts) == _WORDS_KEPT - RECENT
    assert all(words for _, _, words in memory.prompts)
    assert memory.through == 1000 - RECENT  # the next history starts right after it
    assert memory.older + len(memory.prompts) == memory.through
    # The stored JSON does not grow with the prompts' words or views, and the ids grow by a
    # bit each (one bitmap per numbered pattern), not by their text.
    _, stored_short, _ = _run(200)
    assert len(stored) < 3_000
    assert len(stored) - len(stored_short) < 800 / 4 + 50


def test_what_the_interviewer_reads_is_the_same_as_unbounded() -> None:
    _, _, ctx = _run(1000)
    turn = read_turn(ctx)
    assert turn.count == 1000  # every prompt counted: acknowledgements rotate by it
    assert turn.asked_ids == frozenset(_qid(n) for n in range(1, 1001))
    assert all(_qid(n) in turn.asked_ids for n in range(1, 1001))
    assert "extra.1001" not in turn.asked_ids and "scene.7" not in turn.asked_ids
    for n in range(1001 - _WORDS_KEPT, 1001):  # the newest prompts' words: none is worded twice
        assert f"Prompt number {n}?" in turn.said
    assert len(ctx.asked) == _WORDS_KEPT


def test_an_unbounded_memory_from_before_is_folded_on_its_next_turn() -> None:
    legacy = {
        "through": 500,
        "first_at": T0.isoformat(),
        "prompts": [[n, _qid(n), None] for n in range(1, 501)],
        "older_ids": [],
    }
    memory = Memory.from_json(legacy)
    assert memory is not None
    recent = [_view(s) for s in range(501 - RECENT + 1, 501)]
    after = Memory.from_json(memory.after_turn(Recent([], recent), _view(501), RECENT))
    assert after is not None
    assert after.through == 501 - RECENT
    assert len(after.prompts) <= _WORDS_KEPT - RECENT
    assert after.older + len(after.prompts) == after.through
    ids = set(after.older_ids) | {e[1] for e in after.prompts} | {_qid(n) for n in range(after.through + 1, 502)}
    assert ids == {_qid(n) for n in range(1, 502)}
    # A memory of the first layout (every id written out) reads back the same.
    old = Memory.from_json({**legacy, "prompts": [], "older": 500, "older_ids": [_qid(n) for n in range(1, 501)]})
    assert old is not None and old.older_ids == frozenset(_qid(n) for n in range(1, 501))


def test_prompts_recorded_outside_turns_are_folded_in_from_where_the_memory_stops() -> None:
    """A turn's memory reaches up to where the next turn's history starts; when interactions
    recorded between turns move that start on, only the prompts in between are read."""
    memory, _, _ = _run(300)
    gap = [_view(n) for n in range(memory.through + 1, memory.through + 6)]
    extended = memory.extended(gap, memory.through + 5)
    assert extended.through == memory.through + 5
    assert extended.older + len(extended.prompts) == extended.through
    assert {_qid(v.sequence) for v in gap} <= set(extended.older_ids) | {e[1] for e in extended.prompts}
    assert [e[2] for e in extended.prompts[-5:]] == [v.agent_prompt for v in gap]


def test_question_ids_keep_numbered_ids_as_bits_and_the_rest_as_they_are() -> None:
    odd = [
        "closing",
        "scene@2",
        "extra.01",
        "extra.0",
        "x.999999",
        "a.b",
        "extra.-1",
        "extra.7.angle",
        "deeper.3",
        "١.٢",
    ]
    ids = QuestionIds.of([*odd, *(f"extra.{n}" for n in range(1, 2001))])
    expected = frozenset([*odd, *(f"extra.{n}" for n in range(1, 2001))])
    assert ids == expected and len(ids) == len(expected) and set(ids) == expected
    for q in [*expected, "extra.2001", "extra.1", "extra.7", "extra.8.angle", "extra.1.angle", "extra.001", "x.99999"]:
        assert (q in ids) == (q in expected), q
    plain, numbered = ids.to_json()
    back = QuestionIds.from_json(plain, numbered)
    assert back == expected
    assert len(msgspec.json.encode([plain, numbered])) < 250  # 2,000 extras without a gap: one run of bits
    sparse = QuestionIds.of(f"extra.{n}.angle" for n in range(0, 2000, 7))
    assert QuestionIds.from_json(*sparse.to_json()) == sparse and len(sparse) == 286
    assert len(msgspec.json.encode(sparse.to_json())) < 2000 // 4 + 50  # a hex digit per four numbers
    assert ids.with_ids(["extra.2001", None]) == expected | {"extra.2001"} and "extra.2001" not in ids
    # A turn's own ids join unparsed; walked (and counted) once each all the same.
    more = ids.plus(["extra.5", "extra.2002", "closing", "fresh", None])
    assert sorted(more) == sorted(expected | {"extra.2002", "fresh"}) and len(more) == len(expected) + 2
    assert "extra.2002" in more and "extra.2003" not in more
    assert QuestionIds.from_json(*more.to_json()) == more


def test_extras_are_counted_like_a_walk_over_every_id() -> None:
    for k in (0, 1, 2, 3, 7, 8, 9, 63, 64, 1000):
        ids = frozenset({"closing", "scene.1", "extra.x", *(f"extra.{n}" for n in range(1, k + 1))})
        assert extras_asked(ids) == sum(1 for q in ids if re.fullmatch(r"extra\.\d+", q)) == k
