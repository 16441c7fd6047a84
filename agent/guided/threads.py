"""Open threads: what earlier sessions left unexplored, so a follow-up starts where they stopped.

A pure reading of stored exchanges (oldest first, across the earlier sessions of the same life
events): people and places an answer named that no later question took up, "ask me more about
X" that no later question honoured, and the indicators the last session did not meet (said to
the storyteller: ``spoken_aim``). The follow-up's intention names them and its first questions
follow them (``agent.guided.story``); the question ids asked before are carried too, so nothing
answered is asked again, and the newest questions' words, for a model (``asked_words``).

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
from agent.guided.naming import slug, spoken_title
from agent.guided.wishes import request

_MAX_PEOPLE = 4
_MAX_PLACES = 3
_MAX_REQUESTS = 3
_MAX_ASKED = 400
_MAX_WORDS = 20  # earlier questions a model is shown, newest kept
_WORDS_CHARS = 200
# Question ids that belong to one session only: asking them again elsewhere is not a repeat.
_LOCAL_IDS = re.compile(r"^(?:closing|extra\.\d+|care\.\d+|q\d+(?:\.\w+)*|opening|scene\.new|[^.]*\.angle)$")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
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
        prefix = {"person": "who", "place": "where", "request": "ask", "indicator": "unmet"}.get(self.kind)
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
    threads += [Thread("indicator", text, spoken_aim(text, person_name) or text) for text in unmet if text.strip()]
    return threads


# An indicator is written about the storyteller ("Describe his parents", "The wedding in 1962 is
# described"): what it asks for, said to them, is the phrase inside the instruction.
_AIM_VERBS = (
    r"describes?|described|talks? about|tells? (?:us |me |you )?about|tells?|shares?|mentions?|explains?|"
    r"recalls?|remembers?|names?|captures?|covers?|explores?|recounts?|gives?|reflects? on|looks? back on"
)
_AIM_LEAD = re.compile(
    rf"^(?:(?:he|she|they|the (?:person|storyteller|narrator|interviewee)|{{name}})\s+)?(?:{_AIM_VERBS})\s+",
    re.IGNORECASE,
)
_AIM_TAIL = re.compile(
    r"\s+(?:is|are|was|were|has been|have been|gets?|got)\s+(?:described|told|mentioned|covered|explored|captured|"
    r"discussed|shared|named|recalled|talked about|recounted|given|reached)\s*$",
    re.IGNORECASE,
)
_AIM_SWAPS = (
    (r"\b(?:his|their|the (?:person|storyteller|narrator)['’]s)\b", "your"),
    (r"\bher\b(?=\s+[a-z])", "your"),
    (r"\b(?:hers|theirs)\b", "yours"),
    (r"\b(?:himself|herself|themselves|themself)\b", "yourself"),
    (r"\b(?:he|she|they|him|them|her)\b", "you"),
)
# What is left must be a thing to talk about, not a clause or a count ("at least two people").
_AIM_REFUSED = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|did|do|can|could|will|would|should|must|feels?|felt|"
    r"at least|or more|minutes?|questions?|answers?|indicators?|session)\b|\d+\s*%",
    re.IGNORECASE,
)


def spoken_aim(text: str, person_name: str | None = None) -> str | None:
    """An indicator as said to the storyteller ("Describe his parents" → "your parents", "The
    wedding in 1962 is described" → "the wedding in 1962"), or None when it cannot be said
    plainly: then it stays in the intention and is never read out (it is not written to them)."""
    names = [w for w in re.findall(r"[A-ZÀ-Þ][\w’'-]+", person_name or "") if len(w) > 1]
    name = "|".join(map(re.escape, names)) or "(?!)"
    phrase = " ".join(text.split()).rstrip(".!;: ")
    phrase = re.sub(_AIM_LEAD.pattern.replace("{name}", name), "", phrase, count=1, flags=re.IGNORECASE)
    phrase = _AIM_TAIL.sub("", phrase)
    if names:
        phrase = re.sub(rf"\b(?:{name})['’]s\b", "your", phrase)
        phrase = re.sub(rf"\b(?:{name})\b", "you", phrase)
    for pattern, said in _AIM_SWAPS:
        phrase = re.sub(pattern, said, phrase, flags=re.IGNORECASE)
    phrase = phrase.strip(" ,")
    if not phrase or len(phrase.split()) > 12 or _AIM_REFUSED.search(phrase):
        return None
    return spoken_title(phrase)


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


def asked_words(exchanges: Sequence[Exchange], limit: int = _MAX_WORDS) -> list[str]:
    """The asking sentences of the newest questions answered or skipped (at most ``limit``), for a
    model, which has no question ids: what it must not ask again. A prompt right after a private
    answer is left out (its acknowledgement may echo that answer), and so is the closing."""
    kept: dict[str, None] = {}
    for index, ex in enumerate(exchanges):
        if not ex.prompt or not ex.answered or ex.question_id == "closing":
            continue
        if index and exchanges[index - 1].private:
            continue
        parts = _SENTENCE.split(" ".join(ex.prompt.split()))
        asking = " ".join(p for p in parts if p.rstrip().endswith("?") or _ASKING.search(p)) or parts[-1]
        words = asking if len(asking) <= _WORDS_CHARS else asking[: _WORDS_CHARS - 1].rstrip() + "…"
        kept.pop(words, None)
        kept[words] = None
    return list(kept)[-limit:] if limit > 0 else []


Mentions = dict[str, tuple[int, int, Thread]]  # slug → (mentions since last taken up, or -1; first index; thread)


def _mentions(exchanges: Sequence[Exchange], own: set[str]) -> tuple[Mentions, Mentions, list[Thread]]:
    """Who and where each answer named, and whether a later question took them up; the requests
    no later question honoured. Linear in the exchanges (one pass to collect, one to match)."""
    seen: dict[tuple[str, str], list[int]] = {}  # ("who"|"where", key) → indices of the answers naming it
    threads: dict[tuple[str, str], Thread] = {}
    names: dict[str, set[tuple[str, str]]] = {}  # a name as it may be said, lower case → what it names
    wishes: list[tuple[int, str]] = []
    for index, ex in enumerate(exchanges):
        if ex.private or not ex.answer:
            continue
        reading = read(ex.answer)
        said_back = dict(zip(reading.people, reading.reflections, strict=False))
        found = [("who", n, said_back.get(n) or _said(n)) for n in ex.people or reading.people]
        found += [("where", p, p) for p in ex.places or reading.places]
        for prefix, name, said in found:
            if not name.strip() or (prefix == "who" and name.lower() in own):
                continue
            key = (prefix, slug(name))
            seen.setdefault(key, []).append(index)
            threads.setdefault(key, Thread("person" if prefix == "who" else "place", name, said))
            for form in {name, said}:
                names.setdefault(form.lower(), set()).add(key)
        if (wish := request(ex.answer)) is not None:
            wishes.append((index, wish.subject))
    last = _last_taken_up(exchanges, names)
    tables: dict[str, Mentions] = {"who": {}, "where": {}}
    for key, indices in seen.items():
        still_open = [i for i in indices if i > last.get(key, -1)]
        entry = (len(still_open), still_open[0]) if still_open else (-1, indices[0])
        tables[key[0]][key[1]] = (*entry, threads[key])
    requests: list[Thread] = []
    for index, subject in wishes[-_MAX_REQUESTS * 3 :]:
        if not _honoured(exchanges[index + 1 :], subject) and all(slug(t.name) != slug(subject) for t in requests):
            requests.append(Thread("request", subject, _reflect(subject)))
    return tables["who"], tables["where"], requests


def _last_taken_up(exchanges: Sequence[Exchange], names: dict[str, set[tuple[str, str]]]) -> dict[tuple[str, str], int]:
    """For each person and place, the last answered question about it: by its id (``who.<key>``,
    ``where.<key>``), by a question about people naming them ("You mentioned your father. How
    would you describe him…" is ``people@…``), or by a question sentence naming it."""
    last: dict[tuple[str, str], int] = {}
    forms = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, forms)) + r")\b", re.IGNORECASE) if forms else None
    for index, ex in enumerate(exchanges):
        if not ex.answered:
            continue
        qid = ex.question_id or ""
        head, _, rest = qid.partition(".")
        if head in ("who", "where") and rest:
            last[(head, rest.split(".")[0])] = index
        if pattern is None or not ex.prompt:
            continue
        asking = " ".join(p for p in _SENTENCE.split(ex.prompt) if p.rstrip().endswith("?") or _ASKING.search(p))
        texts = [(asking, ("who", "where"))]
        if qid.startswith(("people", "who.")):
            texts.append((ex.prompt, ("who",)))
        for text, kinds in texts:
            for match in pattern.finditer(text):
                for key in names.get(match.group().lower(), ()):
                    if key[0] in kinds:
                        last[key] = index
    return last


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


def _ranked(table: Mentions, limit: int) -> list[Thread]:
    open_ = [(count, first, thread) for count, first, thread in table.values() if count > 0]
    return [t for _, _, t in sorted(open_, key=lambda e: (-e[0], e[1]))][:limit]


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
