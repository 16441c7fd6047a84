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

from agent.context import _WORDS_KEPT, Memory, Recent
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
        stored = msgspec.json.encode(memory.after_turn(Recent([], recent), _view(n)))
    memory = Memory.from_json(msgspec.json.decode(stored))
    assert memory is not None
    recent = [_view(s) for s in range(turns + 1 - RECENT, turns + 1)]
    return memory, stored, _context(memory, recent)


def test_memory_keeps_a_window_after_a_thousand_prompts() -> None:
    memory, stored, _ = _run(1000)
    assert len(memory.prompts or []) <= RECENT + 1 + _WORDS_KEPT
    assert memory.older == 1000 - len(memory.prompts or [])
    # The stored JSON grows only by the distinct ids, not by the prompts' words or views.
    _, stored_short, _ = _run(200)
    assert len(stored) - len(stored_short) < 800 * len('"extra.1000",')


def test_what_the_interviewer_reads_is_the_same_as_unbounded() -> None:
    _, _, ctx = _run(1000)
    turn = read_turn(ctx)
    assert turn.count == 1000  # every prompt counted: acknowledgements rotate by it
    assert turn.asked_ids == frozenset(_qid(n) for n in range(1, 1001))
    for n in range(1001 - _WORDS_KEPT, 1001):  # the newest prompts' words: none is worded twice
        assert f"Prompt number {n}?" in turn.said
    assert len(ctx.asked) <= RECENT + 1 + _WORDS_KEPT


def test_an_unbounded_memory_from_before_is_folded_on_its_next_turn() -> None:
    legacy = {"through": 500, "first_at": T0.isoformat(), "prompts": [[n, _qid(n), None] for n in range(1, 501)]}
    memory = Memory.from_json(legacy)
    assert memory is not None
    recent = [_view(s) for s in range(501 - RECENT + 1, 501)]
    after = Memory.from_json(memory.after_turn(Recent([], recent), _view(501)))
    assert after is not None
    assert len(after.prompts or []) <= RECENT + 1 + _WORDS_KEPT
    assert after.older + len(after.prompts or []) == 501
    ids = set(after.older_ids or ()) | {e[1] for e in after.prompts or []}
    assert ids == {_qid(n) for n in range(1, 502)}


def test_extras_are_counted_like_a_walk_over_every_id() -> None:
    for k in (0, 1, 2, 3, 7, 8, 9, 63, 64, 1000):
        ids = frozenset({"closing", "scene.1", "extra.x", *(f"extra.{n}" for n in range(1, k + 1))})
        assert extras_asked(ids) == sum(1 for q in ids if re.fullmatch(r"extra\.\d+", q)) == k
