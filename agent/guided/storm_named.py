"""A storm an indicator names by its own name ("Hurricane Hattie in 1961", "Typhoon Ruth", "Cyclone Tracy") told by
that name alone as what came and did harm: "when Hattie came, the last night of October … the sea came up the
stairs". People who lived through one call it by its name; the word "hurricane" is then rarely said.

Read by ``records`` (near 80 KB): the indicator's storm word is told where its name arrives or strikes and damage is
told beside it (the sea come up the stairs, roofs in the canal), never a weather word alone; never a person of that
name ("when Aunt Hattie came to stay", "Tracy came with her boyfriend", "Ruth came by with fish from the sea"), nor the
name alone with no harm told ("When Hattie came, we had cake").
"""

from __future__ import annotations

import re

# The indicator's storm and its name: "Hurricane Hattie", "Typhoon Haiyan", "Cyclone Tracy", "Storm Ciarán".
_NAMED = re.compile(
    r"\b(?P<head>hurricanes?|typhoons?|cyclones?|storms?|tempest)\s+(?P<name>[A-Z][\w'’-]+)", re.IGNORECASE
)
_ARRIVED = (
    r"(?:came|come|comes|hit|struck|strikes|arrived|passed|blew|roared|tore|ripped|flattened|landed|was\s+coming)"
)
# A person's title or kin before the name, or a visit after it: "Aunt Hattie came", "Tracy came to stay".
_PERSON_BEFORE = re.compile(
    r"\b(?:aunt|auntie|uncle|miss|mrs|mr|ms|cousin|sister|brother|grandma|granny|nana|my|our|his|her|little|old)\s*$",
    re.IGNORECASE,
)
_VISIT_AFTER = re.compile(
    r"^\s+(?:to\s+(?:visit|stay|see|live|dinner|tea|lunch|school|church|work)|with\s+(?:her|his|a|the)\b|and\s+(?:sat|said"
    r"|told|asked|brought|cooked))",
    re.IGNORECASE,
)
# What a storm does, told beside its name: damage, never a weather word alone ("the wind took her hat", "soaked by the
# rain", "fish from the sea" are told of any day by the shore, and of a person named like the storm).
_HARM = re.compile(
    r"\b(?:sea|seas|water|waves?|river|tide|surge)\s+(?:\w+\s+)?(?:came\s+(?:right\s+|straight\s+)?(?:up|in|over|into"
    r"|through)|rose|poured|rushed|stood|swallowed|broke\s+(?:in|over|through))\b"
    r"|\broofs?\s+(?:were\s+|was\s+)?(?:in\s+the|off|gone|blown|torn|ripped|down|flew)\b"
    r"|\bno\s+roofs?\b|\btook\s+(?:\w+\s+){0,2}roofs?\b"
    r"|\b(?:flood(?:s|ed|ing)?|storm\s+surge|uprooted|flattened|wreckage|debris|destroyed|devastat\w+|tore|torn"
    r"|ripped|smashed|collapsed|washed\s+away|blown\s+(?:away|off|down)|blew\s+(?:away|off|down)|swept\s+away)\b",
    re.IGNORECASE,
)


def storm_by_name(aim: str, content: set[str], found: dict[str, str | None], sentences: list[str]) -> dict[str, str]:
    """The indicator's storm word (``content``, not yet ``found``) told by the sentence where its name comes or strikes
    with harm told in it or the next two sentences; {} otherwise."""
    named = _NAMED.search(aim)
    if named is None or not named.group("name")[:1].isupper():
        return {}
    head, name = named.group("head").lower(), named.group("name")
    if head not in content or found.get(head):
        return {}
    arrives = re.compile(rf"\b{re.escape(name)}\s+(?:had\s+|finally\s+|then\s+)?{_ARRIVED}\b")
    for k, sentence in enumerate(sentences):
        for m in arrives.finditer(sentence):
            if _PERSON_BEFORE.search(sentence[: m.start()]) or _VISIT_AFTER.match(sentence[m.end() :]):
                continue
            if _HARM.search(" ".join(sentences[k : k + 3])):
                return {head: sentence}
    return {}
