"""A storm an indicator names by its own name ("Hurricane Hattie in 1961", "Typhoon Ruth", "Cyclone Tracy") told by
that name alone as what came and did harm: "when Hattie came, the last night of October … the sea came up the
stairs". People who lived through one call it by its name; the word "hurricane" is then rarely said.

Read by ``records`` (near 80 KB): the indicator's storm word is told where its name arrives or strikes and the sea,
the wind or the roofs are told beside it; never a person of that name ("when Aunt Hattie came to stay", "Tracy came
with her boyfriend"), nor the name alone with no harm told ("When Hattie came, we had cake").
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
# What a storm does, told beside its name.
_HARM = frozenset(
    """sea seas wind winds gust gusts roof roofs rooftops flood floods flooded flooding surge waves rain water trees
    uprooted flattened wreckage debris zinc tin blew blown canal""".split()
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
            near = " ".join(sentences[k : k + 3]).lower()
            if _HARM & set(re.findall(r"[a-z]+", near)):
                return {head: sentence}
    return {}
