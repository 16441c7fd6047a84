"""A word of closeness said to the listener, not someone in the story: "That will do for today, my friend.",
"Thank you, my brother!", "Listen, my dear, it was hard." The teller speaks to whoever records them; a friend,
brother or child called so at the end of a clause, after a comma, is no one they mention.

Never where the word follows someone just named ("I stayed with Ana, my sister."), a relative or a person noun
("the old man, my friend."), where more is told of them ("my friend, Dennis, came"), nor where the clause before
told of "he" or "she" ("He never came back from the war, my brother.": the brother, said after).
"""

from __future__ import annotations

import re

from agent.guided.lexicon import KIN, PERSON_NOUNS

# ", my friend." ", my dear brother!" ", my child," then the clause goes on or the sentence ends
_CALLED = re.compile(
    r"(?P<before>[\w'’]+)\s*,\s+my\s+(?:dear\s+|good\s+|old\s+|young\s+)?(?P<word>friend|brother|sister|child|son|"
    r"daughter|dear)(?=\s*[.!?]|\s*$|,\s+(?:you|listen|I|we|it|that|this)\b)",
    re.IGNORECASE,
)


_THIRD = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.IGNORECASE)


def called_here(text: str) -> list[tuple[int, int]]:
    """Where in ``text`` each word said to the listener stands, with the word before its comma ("Listen, my son"
    is no son named Listen) (see the module)."""
    spots = []
    for match in _CALLED.finditer(text):
        before = match.group("before")
        opening = re.search(r"(?:^|[.!?]\s+)$", text[: match.start("before")]) is not None  # "Listen, my dear,"
        told_of = before.lower() in KIN or before.lower().removesuffix("s") in PERSON_NOUNS
        # "She was the bravest of us all, my sister.", "I miss him every day, my son.": the one the clause told of,
        # named after it (said so in speech), not the listener; never "my dear"
        clause = re.split(r"[.!?]\s+", text[: match.end("before")])[-1]
        told_of = told_of or (match.group("word").lower() != "dear" and _THIRD.search(clause) is not None)
        if (before[:1].isupper() and not opening) or told_of:
            continue
        spots.append((match.start("before"), match.end("word")))
    return spots
