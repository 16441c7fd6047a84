"""Coming-of-age rites, a concept family for the indicator reader (``concepts``): data only, kept apart from
``concept_table`` and ``concept_more`` (near their size limits) with the same :class:`Concept` shape.

An indicator names the rite in general ("Her coming-of-age ceremony", "His coming of age"); an answer names it by its
own name in the teller's tradition: the umemulo or intonjane, a quinceañera, a bar or bat mitzvah, the upanayana or
sacred thread, a seijin shiki, a kinaaldá, a dipo, a debutante ball. A ceremony of another kind (a wedding, a
funeral) is none of it: the indicator's "ceremony" is read as part of its head.
"""

from __future__ import annotations

from agent.guided.concept_table import Concept, word_set

RITE_CONCEPTS: tuple[Concept, ...] = (
    Concept(
        "coming of age",
        heads=word_set(
            """coming_of_age coming_of_age_ceremony coming_of_age_ceremonies coming_of_age_rite coming_of_age_rites
            coming_of_age_celebration"""
        ),
        says=word_set(
            """umemulo intonjane ulwaluko quinceañera quinceanera quinceañeras mitzvah mitzvahs upanayana upanayanam
            janeu poita seijin kinaaldá kinaalda dipo chisungu debutante debutantes rumspringa"""
        ),
    ),
)
