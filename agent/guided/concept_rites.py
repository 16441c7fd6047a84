"""Coming-of-age rites, a concept family for the indicator reader (``concepts``): data only, kept apart from
``concept_table`` and ``concept_more`` (near their size limits) with the same :class:`Concept` shape.

An indicator names the rite in general ("Her coming-of-age ceremony", "His coming of age"); an answer names it by its
own name in the teller's tradition: the umemulo or intonjane, a quinceañera, a bar or bat mitzvah, the upanayana or
sacred thread, a seijin shiki, a kinaaldá, a dipo, a debutante ball. A ceremony of another kind (a wedding, a
funeral) is none of it: the indicator's "ceremony" is read as part of its head.
"""

from __future__ import annotations

import re

from agent.guided.concept_table import Concept, word_set

# a rite's name, its last word where the rite is marked ("bar mitzvah" -> "mitzvah")
_RITES = (
    r"(?:(?:bar|bat|b'nai)\s+)?(?P<at>umemulo|intonjane|ulwaluko|quincea[ñn]eras?|mitzvahs?|upanayanam?|janeu|poita"
    r"|seijin|kinaald[áa]|dipo|chisungu|debutantes?|rumspringa)"
)


def _phrases(*patterns: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


_SAYS = word_set(
    """umemulo intonjane ulwaluko quinceañera quinceanera quinceañeras mitzvah mitzvahs upanayana upanayanam
    janeu poita seijin kinaaldá kinaalda dipo chisungu debutante debutantes rumspringa"""
)
# a rite named but not had: denied ("Bar mitzvahs were not something we had"), planned and never held ("We were
# planning my umemulo but my father died"), or someone else's the person went to ("We went to a quinceañera every
# Saturday"), watched or worked at ("watched the quinceañera procession", "played the trumpet at a bar mitzvah");
# going to "the" rite is the person's own ("At twenty I went to the seijin shiki")
_NOT_HAD = _phrases(
    rf"\b{_RITES}\s+(?:(?:was|were|is|are)\s*(?:n['’]t|\s+not|\s+never)|never)\b",
    rf"\b(?:(?:was|were)\s+plann(?:ed|ing)|(?:meant|going|supposed)\s+to\s+have)\s+(?:\w+\s+){{0,2}}?{_RITES}\b",
    rf"\b(?:went|go|going|invited|danced)\s+(?:\w+\s+){{0,3}}?(?:to|at|for)?\s*(?:a|an|another|so\s+many|many|every)"
    rf"\s+(?:\w+\s+)?{_RITES}\b",
    rf"\b(?:watched|watch|saw|see|played|sang|cooked|catered)\s+(?:\w+\s+){{0,3}}?(?:to|at|for)?\s*"
    rf"(?:a|an|another|the|their|so\s+many|many|every)\s+(?:\w+\s+)?{_RITES}\b",
)

RITE_CONCEPTS: tuple[Concept, ...] = (
    # the ceremony first: the indicator's longer head is joined before the shorter one
    Concept(
        "coming-of-age ceremony",
        heads=word_set(
            """coming_of_age_ceremony coming_of_age_ceremonies coming_of_age_rite coming_of_age_rites
            coming_of_age_celebration"""
        ),
        says=_SAYS,
        unlike=_NOT_HAD,
    ),
    Concept(
        "coming of age",
        heads=word_set("coming_of_age"),
        says=_SAYS,
        # the coming of age told by its verb: "I came of age in Soweto in '76", "when he comes of age" (a ceremony
        # asked for is not told by it: "I came of age during the war, there were no parties")
        phrases=_phrases(r"\b(?:came|come|comes|coming)\s+of\s+(?P<at>age)\b"),
        unlike=_NOT_HAD,
    ),
)
