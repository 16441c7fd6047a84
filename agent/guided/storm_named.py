"""A storm an indicator names by its own name ("Hurricane Hattie in 1961", "Typhoon Ruth", "Cyclone Tracy") told by
that name alone as what came and did harm: "when Hattie came, the last night of October … the sea came up the
stairs". People who lived through one call it by its name; the word "hurricane" is then rarely said.

Read by ``records`` (near 80 KB): this module finds the storm and its name in the indicator; whether the answer
tells that name as a storm is ``storms_told.storm_sentence``, the reading the reader shares, at the indicator's
strictness (one harm told beside the name, never a person of that name).
"""

from __future__ import annotations

import re

from agent.guided.storms_told import INDICATOR, storm_sentence

# The indicator's storm and its name: "Hurricane Hattie", "Typhoon Haiyan", "Cyclone Tracy", "Storm Ciarán".
_NAMED = re.compile(
    r"\b(?P<head>hurricanes?|typhoons?|cyclones?|storms?|tempest)\s+(?P<name>[A-Z][\w'’-]+)", re.IGNORECASE
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
    sentence = storm_sentence(sentences, name, INDICATOR)
    return {} if sentence is None else {head: sentence}
