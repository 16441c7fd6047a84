"""Tool arguments built from an answer: the annotation every answer gets, the scene a rich one becomes."""

from __future__ import annotations

import re
import uuid

from agent.guided.lexicon import KIN
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
    return SaveArtifactArgs(
        artifact_type="scene_capture",
        content=clean(turn.text, 20_000),
        title=human_title(turn.text) or clean(topic_title, 200),
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


_TITLE_CHARS = 60
_FILLER_OPENING = re.compile(
    r"^(?:(?:well|oh|so|yes|yeah|um+|uh+|ah|and|but|hmm+|ok(?:ay)?)\b[,.!…]*\s+)+"
    r"|^(?:i\s+(?:still\s+)?remember(?:\s+that)?|i\s+think|i\s+guess|you\s+know)\b[,]?\s+",
    re.IGNORECASE,
)


def human_title(text: str) -> str | None:
    """A title from the answer itself, in the person's words: its first sentence when short,
    else its first clause, else its first words ("We lived above the bakery on Salem Street").
    Never the machine's "topic: category (place)": two scenes of one topic read the same."""
    first = re.split(r"(?<=[.!?])\s+", " ".join(text.split()), maxsplit=1)[0]
    for _ in range(3):  # "Oh, well, I remember that …"
        first = _FILLER_OPENING.sub("", first)
    first = first.strip(" .!?;:,…-–—\"'“”‘’")
    if len(first.split()) < 2:
        return None
    if len(first) > _TITLE_CHARS:
        clause = re.split(r"\s*[,;:–—]\s*|\s+-\s+", first, maxsplit=1)[0]
        if len(clause.split()) >= 3 and len(clause) <= _TITLE_CHARS:
            first = clause
        else:
            first = first[: first.rfind(" ", 0, _TITLE_CHARS - 2)].rstrip(",;: ") + " …"
    return clean(first[:1].upper() + first[1:], 200)


# Open success indicators the guided interviewer can judge from one answer: the words an
# indicator uses, and what in the answer counts as evidence for it.
_EVIDENCE_WORDS = (
    (("scene", "moment", "memory", "picture", "vivid"), "scene"),
    (("person", "people", "named", "someone", "who", "colleague", "friend", "relative"), "people"),
    (("place", "places", "where", "location"), "places"),
    (("feeling", "feelings", "emotion", "emotions", "felt"), "feeling"),
)
# Words of an indicator that say how, not what ("Describe his parents", "Talk about school grades").
_FILLER = frozenset(
    """a an the and or of in at on to for with about from by his her their my our your its this that these
    those he she they him them describe described describes description talk talked talks tell told
    telling story stories remember remembered remembers memories recall recalled share shared say said
    some any one two least more most time times days years year life early how what when who why
    mention mentioned mentions named clear clearly good full detail details detailed""".split()
)
# Indicator words met by a family of answer words: "parents" by mother or father.
_FAMILIES = {
    "parent": {"mother", "father", "mum", "mom", "dad", "mam", "ma", "pa", "parents", "mama", "papa"},
    "sibling": {"brother", "sister", "brothers", "sisters", "siblings"},
    "grandparent": {"grandmother", "grandfather", "grandma", "grandpa", "gran", "granny", "nana", "grandparents"},
    "childhood": {"child", "boy", "girl", "young", "little", "kid"},
    "stud": {"school", "study", "studied", "studying", "university", "college", "class", "lessons", "teacher"},
    "study": {"school", "studied", "studying", "university", "college", "class", "lessons", "teacher"},
}


def indicator_marks(
    ctx: TurnContext, turn: Turn, *, scene_saved: bool, about: str | None = None
) -> list[MarkIndicatorArgs]:
    """Success indicators this answer plainly meets, with the evidence quoted from it.

    An indicator is met by a kind of evidence its words ask for (a saved scene, someone
    named, a place, a feeling), or when at least half of its content words ("parents",
    "kitchen", "Navy") turn up in the answer (or in the title of the topic it answers,
    for a substantial answer).
    """
    r = turn.reading
    if r is None or not turn.text:
        return []
    evidence = {
        "scene": f"a scene in their own words was saved ({r.words} words)" if scene_saved else None,
        "people": f"named {', '.join(r.people[:3])}" if r.people else None,
        "places": f"described {', '.join(r.places[:3])}" if r.places else None,
        "feeling": f"spoke with {r.sentiment} feeling" if r.sentiment not in (None, "neutral") else None,
    }
    words = _words(turn.text)
    if about and r.words >= 15:
        words |= _words(about)
    marks: list[MarkIndicatorArgs] = []
    for index, indicator in enumerate(ctx.success_indicators):
        if indicator.get("met"):
            continue
        wanted = _words(indicator.get("text", "")) - _FILLER
        kind = next((k for keys, k in _EVIDENCE_WORDS if wanted & set(keys)), None)
        if kind is not None and evidence[kind]:
            marks.append(MarkIndicatorArgs(which="success", index=index, evidence=clean(evidence[kind], 500)))
            continue
        content = wanted - {w for keys, _ in _EVIDENCE_WORDS for w in keys}
        found = [w for w in sorted(content) if _met(w, words)]
        if content and 2 * len(found) >= len(content):
            marks.append(MarkIndicatorArgs(which="success", index=index, evidence=_quote(turn.text, found)))
    return marks


def _words(text: str) -> set[str]:
    """The answer's words, with the role of each kin word ("mum" also counts as "mother")."""
    words = {w.lower().replace("’", "'").removesuffix("'s") for w in re.findall(r"[\w'’]+", text)}
    return words | {KIN[w] for w in words if w in KIN}


def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ies", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _met(wanted: str, words: set[str]) -> bool:
    """An indicator word turns up in the answer: as is, by stem, inside a compound, or by family."""
    stem = _stem(wanted)
    family = _FAMILIES.get(stem, set()) | _FAMILIES.get(wanted, set())
    for word in words:
        if word == wanted or _stem(word) == stem or word in family:
            return True
        if len(word) >= 4 and len(wanted) > len(word) and wanted.endswith(word):
            return True  # "farmhouse" met by "house"
    return False


def _quote(text: str, found: list[str]) -> str:
    """The sentence of the answer that holds the evidence, quoted."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    stems = {_stem(w) for w in found}
    best = next((s for s in sentences if any(_stem(w.lower()) in stems for w in re.findall(r"[\w']+", s))), text)
    return clean(f"In their words: “{clean(best, 400)}”", 500)
