"""Storyloom talking to a real model: a live app whose ``openai`` provider points at llama.cpp.

Used by ``tests/test_real_model.py`` (against the ``real_llm`` fixture) and by
``benchmarks/real_model.py``. Holds the storyteller's answers (rich in people and places,
hand-annotated) and the checks every reply must pass: plain words, no machine text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

import httpx

from agent.settings import AgentSettings, LLMSettings
from agent.tools import TOOLS
from tests.support import Api, Database, LiveServer, Loop, MovableClock, settings_for

# A model call on a busy 2-core machine can take a while; these are limits, not expectations.
MODEL_TIMEOUT_SECONDS = 900.0
HTTP_TIMEOUT_SECONDS = 1800.0


@dataclass(frozen=True)
class Answer:
    text: str
    people: frozenset[str]
    places: frozenset[str]


def _a(text: str, people: set[str], places: set[str]) -> Answer:
    return Answer(text, frozenset(people), frozenset(places))


STORY = [
    _a(
        "I grew up in Lisbon in the sixties. My grandmother Maria ran a bakery there, and every morning "
        "my brother João and I carried the bread baskets down to the tram stop.",
        {"Maria", "João"},
        {"Lisbon"},
    ),
    _a(
        "In 1972 we moved to Porto because my father Manuel found work at the shipyard. I missed Lisbon terribly, "
        "and I cried on the train the whole way.",
        {"Manuel"},
        {"Porto", "Lisbon"},
    ),
    _a(
        "My best friend in Porto was Teresa. Every summer we swam in the Douro river, and her mother Ana "
        "grilled sardines for us on the balcony.",
        {"Teresa", "Ana"},
        {"Porto", "Douro"},
    ),
    _a(
        "At school my teacher, Mr Silva, taught me to love poetry. He gave me a book of poems that I still "
        "keep by my bed in Coimbra.",
        {"Silva"},
        {"Coimbra"},
    ),
    _a(
        "When I was eighteen I went to Paris to study. My aunt Helena let me stay in her little flat in "
        "Montmartre, above a bakery that smelled like my grandmother's.",
        {"Helena"},
        {"Paris", "Montmartre"},
    ),
    _a(
        "I met my husband Pierre in Paris, at a café near the Sorbonne, on a rainy evening in 1979. "
        "He lent me his umbrella and walked me home.",
        {"Pierre"},
        {"Paris", "Sorbonne"},
    ),
]

PRACTICE_TEMPLATE = {
    "name": "Clarinet warm-up",
    "kind": "practice",
    "intention": "A steady daily warm-up",
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 10, "items": [{"name": "Long tones"}, {"name": "Scales in C"}]}
        ]
    },
}
PRACTICE_ANSWER = "I did the long tones for about six minutes. My breath held steady and the low notes were clear."

STUDY_TEMPLATE = {
    "name": "Geography",
    "kind": "study",
    "intention": "Know a few facts by heart",
    "structure": {
        "questions": [
            {"prompt": "What is the capital of France?", "answer": "Paris"},
            {"prompt": "How many legs does a spider have?", "answer": "8"},
        ]
    },
}
STUDY_ANSWER = "The capital of France is Paris."
# No questions in the template: the model tutors (a quiz with questions is asked and graded by the template).
STUDY_FREE_TEMPLATE = {
    "name": "Kitchen French",
    "kind": "study",
    "intention": "Revise the French words for things in the kitchen",
    "structure": {},
}
STUDY_FREE_ANSWER = "La cuisine is the kitchen, le four is the oven and la cuillère is the spoon."

_ROLE_LABEL = re.compile(r"^\s*(interviewer|assistant|user|storyloom|ai|system)\s*:", re.IGNORECASE | re.MULTILINE)
_WORD = re.compile(r"[^\W\d_]{2,}")


def machine_text(reply: str) -> str | None:
    """What makes ``reply`` machine text rather than words for a person, or None."""
    if any(c in reply for c in "{}[]<>`"):
        return "braces, brackets or fences"
    if '"name"' in reply or '"arguments"' in reply:
        return "a JSON key"
    if any(name in reply for name in TOOLS):
        return "a tool name"
    if _ROLE_LABEL.search(reply):
        return "a role label"
    if reply.strip().startswith(('"', "'")):
        return "a stray quote"
    return None


def is_question(reply: str) -> bool:
    """A question in plain words: several words, and a question mark or an invitation to tell."""
    words = _WORD.findall(reply)
    invitation = re.search(r"\b(tell me|describe|share|talk about|walk me through|what|how|who|where)\b", reply, re.I)
    return len(words) >= 3 and ("?" in reply or invitation is not None)


def recorded(interaction: dict[str, Any], answer: Answer) -> tuple[set[str], set[str]]:
    """The expected people and places the turn recorded on the answer's interaction."""

    def found(expected: frozenset[str], values: list[str] | None) -> set[str]:
        text = " ".join(values or []).lower()
        return {name for name in expected if name.lower() in text}

    return found(answer.people, interaction.get("mentions_people")), found(
        answer.places, interaction.get("mentions_places")
    )


@contextmanager
def app_on(
    llm: LLMSettings, database_url: str, engine_name: str, loop: Loop, clock: MovableClock
) -> Iterator[tuple[LiveServer, Database]]:
    """A live app on ``database_url`` whose interviewer is the ``openai`` provider with ``llm``."""
    settings = replace(settings_for(database_url), agent=AgentSettings(provider="openai", llm=llm))
    server = LiveServer(settings, clock)
    server.start()
    database = Database(engine_name, database_url, loop)
    database.start()
    try:
        yield server, database
    finally:
        database.stop()
        server.stop()


@contextmanager
def account_on(server: LiveServer, database: Database, clock: MovableClock) -> Iterator[Api]:
    """A fresh account on ``server``."""
    account_id, token = database.new_account()
    with httpx.Client(
        base_url=server.url + "/api/v1", headers={"Authorization": f"Bearer {token}"}, timeout=HTTP_TIMEOUT_SECONDS
    ) as client:
        yield Api(database.engine_name, client, account_id, token, database, clock, server.url)


def real_llm_settings(base_url: str, model: str, tool_mode: str) -> LLMSettings:
    """The ``openai`` provider against a real local model: generous timeout (2 busy cores), no retries."""
    return replace(
        LLMSettings(),
        base_url=base_url,
        model=model,
        api_key=None,
        timeout_seconds=MODEL_TIMEOUT_SECONDS,
        max_retries=0,
        tool_mode=tool_mode,
    )


@contextmanager
def model_api(
    base_url: str, model: str, database_url: str, engine_name: str, loop: Loop, clock: MovableClock, tool_mode: str
) -> Iterator[Api]:
    """A live app whose interviewer is the model at ``base_url``, and one fresh account on it."""
    llm = real_llm_settings(base_url, model, tool_mode)
    with (
        app_on(llm, database_url, engine_name, loop, clock) as (server, database),
        account_on(server, database, clock) as api,
    ):
        yield api
