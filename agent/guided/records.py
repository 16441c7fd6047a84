"""Tool arguments built from an answer: the annotation every answer gets, the scene a rich one becomes."""

from __future__ import annotations

import uuid

from agent.guided.state import ANNOTATED_CATEGORIES, Turn, clean
from agent.model import TurnContext
from agent.tools import AnnotateArgs, MarkIndicatorArgs, SaveArtifactArgs


def annotation(turn: Turn) -> AnnotateArgs | None:
    """Sentiment, themes, people and places of the answer; None when there are no words to read."""
    if turn.reading is None:
        return None
    r, category = turn.reading, turn.last_category
    return AnnotateArgs(
        sentiment=r.sentiment,  # type: ignore[arg-type]
        key_themes=[clean(t, 200) for t in r.themes][:20],
        mentions_people=[clean(p, 200) for p in r.people][:20],
        mentions_places=[clean(p, 200) for p in r.places][:20],
        prompt_category=category if category in ANNOTATED_CATEGORIES else None,  # type: ignore[arg-type]
    )


def scene_capture(turn: Turn, *, category: str, topic_title: str, topic_id: uuid.UUID | None) -> SaveArtifactArgs:
    """A rich answer kept as a provisional scene, in the person's own words, for them to approve."""
    r = turn.reading
    assert r is not None and turn.text
    where = f" ({r.places[0]})" if r.places else ""
    return SaveArtifactArgs(
        artifact_type="scene_capture",
        content=clean(turn.text, 20_000),
        title=clean(f"{topic_title}: {category}{where}", 200),
        structured_data={
            "source": "guided",
            "prompt_category": category,
            "question_id": turn.last_id,
            "question": turn.last_text,
            "people": r.people,
            "places": r.places,
            "themes": r.themes,
            "sentiment": r.sentiment,
            "word_count": r.words,
        },
        topic_id=topic_id,
    )


# Open success indicators the guided interviewer can judge from one answer: the words an
# indicator uses, and what in the answer counts as evidence for it.
_EVIDENCE_WORDS = (
    (("scene", "moment", "memory", "picture"), "scene"),
    (("person", "people", "named", "someone", "who"), "people"),
    (("place", "places", "where", "location"), "places"),
    (("feeling", "feelings", "emotion", "emotions", "felt"), "feeling"),
)


def indicator_marks(ctx: TurnContext, turn: Turn, *, scene_saved: bool) -> list[MarkIndicatorArgs]:
    """Success indicators this answer clearly meets (a saved scene, named people, places, a feeling)."""
    r = turn.reading
    if r is None:
        return []
    evidence = {
        "scene": f"a scene in their own words was saved ({r.words} words)" if scene_saved else None,
        "people": f"named {', '.join(r.people[:3])}" if r.people else None,
        "places": f"described {', '.join(r.places[:3])}" if r.places else None,
        "feeling": f"spoke with {r.sentiment} feeling" if r.sentiment not in (None, "neutral") else None,
    }
    marks: list[MarkIndicatorArgs] = []
    for index, indicator in enumerate(ctx.success_indicators):
        if indicator.get("met"):
            continue
        words = set(indicator.get("text", "").lower().replace("-", " ").split())
        for keys, kind in _EVIDENCE_WORDS:
            if words.intersection(keys) and evidence[kind]:
                marks.append(MarkIndicatorArgs(which="success", index=index, evidence=clean(evidence[kind], 500)))
                break
    return marks
