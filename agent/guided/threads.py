"""Open threads: what earlier sessions left unexplored, so a follow-up starts where they stopped.

A pure reading of stored exchanges (oldest first, across the earlier sessions of the same life
events): people and places an answer named that no later question took up, "ask me more about
X" that no later question honoured, and the indicators the last session did not meet. The
follow-up's intention names them and its first questions follow them (``agent.guided.story``);
the question ids asked before are carried too, so nothing answered is asked again.

"Taken up" means a later question, answered or skipped (one left hanging when the session ended
does not count), by its id (``who.<name>``, ``where.<place>``, ``ask.<subject>``) or naming it in
a question ("…?", "Tell me about …", "I'd love to hear more about …"): the guided interviewer's
acknowledgements name places in passing, which is not exploring them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from agent.guided.annotate import read
from agent.guided.lexicon import KIN
from agent.guided.listening import request, slug

_MAX_PEOPLE = 4
_MAX_PLACES = 3
_MAX_REQUESTS = 3
_MAX_ASKED = 400
# Question ids that belong to one session only: asking them again elsewhere is not a repeat.
_LOCAL_IDS = re.compile(r"^(?:closing|extra\.\d+|care\.\d+|q\d+(?:\.\w+)*|opening|scene\.new|[^.]*\.angle)$")
_ASKING = re.compile(
    r"\b(?:tell me|take me|hear more|talk about|more about|you mentioned|you spoke of|what|who|where|when|how|why)\b",
    re.IGNORECASE,
)
_STOP = frozenset("my our your the a an of in at on to and about more me it that this there some".split())


@dataclass(frozen=True)
class Exchange:
    """One stored exchange of an earlier session: the prompt and the answer given to it."""

    prompt: str | None
    question_id: str | None
    answer: str | None
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    private: bool = False  # a private answer is never quoted into another session
    answered: bool = True  # answered or skipped; a question left hanging when the session ended was not


@dataclass(frozen=True)
class Thread:
    """Something to pick up: ``kind`` is person, place, request or indicator."""

    kind: str
    name: str  # as recorded: "Tommy", "Revere Beach", "the ovens", an indicator's text
    said: str  # as said back to the storyteller: "your brother Tommy"

    @property
    def question_id(self) -> str | None:
        """The id the guided interviewer asks it under (None: not a question of its own)."""
        prefix = {"person": "who", "place": "where", "request": "ask"}.get(self.kind)
        return f"{prefix}.{slug(self.name)}" if prefix else None

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "name": self.name, "said": self.said}

    @classmethod
    def from_json(cls, value: Any) -> Thread | None:
        if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in ("kind", "name", "said")):
            return None
        return cls(value["kind"], value["name"], value["said"])


def open_threads(
    exchanges: Sequence[Exchange], unmet: Iterable[str] = (), *, person_name: str | None = None
) -> list[Thread]:
    """People, places and requests left open (most mentioned first), then the unmet indicators."""
    people, places, requests = _mentions(exchanges, {w.lower() for w in (person_name or "").split()})
    threads = requests[-_MAX_REQUESTS:]
    asked_for = [_words(t.name) for t in threads]  # "more about my uncle Sal" is Sal's thread already
    named = _ranked(people, _MAX_PEOPLE) + _ranked(places, _MAX_PLACES)
    threads += [t for t in named if not any(_words(t.name) <= words for words in asked_for)]
    threads += [Thread("indicator", text, text) for text in unmet if text.strip()]
    return threads


def asked_before(exchanges: Sequence[Exchange]) -> list[str]:
    """The question ids already answered or skipped (newest kept when there are many), session-local
    ids left out: a question the session ended on, unanswered, may still be asked. People and places
    asked about under another id ("You mentioned your father…" as ``people@…``) count as their
    ``who.``/``where.`` question, so no later session follows them again."""
    seen: dict[str, None] = {}
    for ex in exchanges:
        qid = ex.question_id
        if qid and ex.answered and not _LOCAL_IDS.match(qid):
            seen.pop(qid, None)
            seen[qid] = None
    people, places, _ = _mentions(exchanges, set())
    for prefix, table in (("who", people), ("where", places)):
        seen.update((f"{prefix}.{key}", None) for key, (count, _, _) in table.items() if count < 0)
    return list(seen)[-_MAX_ASKED:]


Mentions = dict[str, tuple[int, int, Thread]]  # slug → (mentions since last taken up, or -1; first index; thread)


def _mentions(exchanges: Sequence[Exchange], own: set[str]) -> tuple[Mentions, Mentions, list[Thread]]:
    """Who and where each answer named, and whether a later question took them up; the requests
    no later question honoured."""
    people: Mentions = {}
    places: Mentions = {}
    requests: list[Thread] = []
    for index, ex in enumerate(exchanges):
        if ex.private or not ex.answer:
            continue
        later = exchanges[index + 1 :]
        reading = read(ex.answer)
        said_back = dict(zip(reading.people, reading.reflections, strict=False))
        for name in ex.people or tuple(reading.people):
            if not name.strip() or name.lower() in own:
                continue
            _count(people, index, Thread("person", name, said_back.get(name) or _said(name)))
            if _taken_up(later, f"who.{slug(name)}", [name, said_back.get(name, name)]):
                people[slug(name)] = (-1, index, people[slug(name)][2])
        for place in ex.places or tuple(reading.places):
            if not place.strip():
                continue
            _count(places, index, Thread("place", place, place))
            if _taken_up(later, f"where.{slug(place)}", [place]):
                places[slug(place)] = (-1, index, places[slug(place)][2])
        wish = request(ex.answer)
        if wish is not None and not _honoured(later, wish.subject):
            thread = Thread("request", wish.subject, _reflect(wish.subject))
            if all(slug(t.name) != slug(thread.name) for t in requests):
                requests.append(thread)
    return people, places, requests


def intention(subject: str, threads: Sequence[Thread], earlier: str | None = None) -> str:
    """The follow-up's intention: carry on with ``subject``, picking up the open threads by name."""
    people = [t.said for t in threads if t.kind == "person"]
    places = [t.name for t in threads if t.kind == "place"]
    asked = [t.said for t in threads if t.kind == "request"]
    unmet = [t.name.rstrip(". ") for t in threads if t.kind == "indicator"]
    parts = [f"Pick up {subject} where the last session stopped, without asking again what was already answered."]
    if asked:
        parts.append(f"They asked to talk more about {_list(asked)}.")
    if people:
        parts.append(f"People mentioned but not yet explored: {_list(people)}.")
    if places:
        parts.append(f"Places mentioned but not yet explored: {_list(places)}.")
    if unmet:
        parts.append(f"Not reached yet: {'; '.join(unmet)}.")
    if not (asked or people or places or unmet):
        parts.append("Go deeper into what has not been covered yet.")
    if earlier and earlier.strip() and not earlier.startswith("Pick up "):
        parts.append(f"(Earlier aim: {earlier.strip().rstrip('.')}.)")
    return " ".join(parts)


# --- reading the exchanges --------------------------------------------------------------------


def _count(table: Mentions, index: int, thread: Thread) -> None:
    """One more mention (a thread taken up counts again from naught: a later mention reopens it)."""
    key = slug(thread.name)
    count, first, known = table.get(key, (0, index, thread))
    table[key] = (max(count, 0) + 1, first, known)


def _ranked(table: Mentions, limit: int) -> list[Thread]:
    open_ = [(count, first, thread) for count, first, thread in table.values() if count > 0]
    return [t for _, _, t in sorted(open_, key=lambda e: (-e[0], e[1]))][:limit]


def _taken_up(later: Sequence[Exchange], qid: str, names: list[str]) -> bool:
    """A later question about it: by its id, by a question about people naming them (``people@…``:
    "You mentioned your father. How would you describe him…"), or by a question sentence naming it."""
    about_people = qid.startswith("who.")
    for ex in later:
        if not ex.answered:
            continue
        asked = ex.question_id or ""
        if asked == qid or asked.startswith(qid + "."):
            return True
        if not ex.prompt:
            continue
        if about_people and asked.startswith(("people", "who.")) and any(_named(ex.prompt, n) for n in names if n):
            return True
        if any(_names_in_question(ex.prompt, n) for n in names if n):
            return True
    return False


def _named(text: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE) is not None


def _names_in_question(prompt: str, name: str) -> bool:
    pattern = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
    for part in re.split(r"(?<=[.!?])\s+", prompt):
        if pattern.search(part) and (part.rstrip().endswith("?") or _ASKING.search(part)):
            return True
    return False


def _honoured(later: Sequence[Exchange], subject: str) -> bool:
    """A later prompt took the subject up: its ``ask.``/``who.`` id, or all its words in the prompt."""
    key = slug(subject)
    words = _words(subject)
    for ex in later:
        if not ex.answered:
            continue
        qid = ex.question_id or ""
        if qid.split(".")[1:2] == [key] or (key and qid.endswith("." + key)):
            return True
        if words and ex.prompt and words <= _words(ex.prompt):
            return True
    return False


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-zà-ÿ]+", text.lower()) if w not in _STOP and len(w) > 2}


def _said(name: str) -> str:
    """A bare kin word is someone of theirs ("brother" → "your brother"); a name stays a name."""
    return f"your {name}" if name.lower() in KIN and name[:1].islower() else name


def _reflect(phrase: str) -> str:
    return re.sub(r"\b(my|our)\b", "your", phrase, flags=re.IGNORECASE)


def _list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
