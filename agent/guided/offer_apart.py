"""An answer's request to be carried over to a part of the life ("carry me on over to X", "X, that's where I want
us to go next": ``where_next``) is an offer of what to tell, not the telling: the indicator reader (``records``)
reads the answer without it, so a part only asked for meets no success indicator until it is told. Kept apart
because ``records`` is at its size limit.
"""

from __future__ import annotations

from agent.guided.name_words import sentences
from agent.guided.where_next import where_next


def told_apart(text: str) -> str:
    """The answer without its sentences asking to be carried over to a part (see the module)."""
    said = sentences(text or "")
    if not said or where_next(text or "") is None:
        return text or ""
    dropped: set[int] = set()
    for at, sentence in enumerate(said):
        if where_next(sentence) is not None:
            dropped.add(at)
        elif at and at - 1 not in dropped and where_next(f"{said[at - 1]} {sentence}") is not None:
            dropped.update((at - 1, at))  # "The praise house. That's where I want us to go next."
    return " ".join(s for at, s in enumerate(said) if at not in dropped)
