"""A coming-of-age rite named by its own name in the teller's tradition (an umemulo, a quinceañera, a bat mitzvah)
meets "Her coming-of-age ceremony"; a ceremony of another kind, someone else's rite, or the words "age" and
"ceremony" said of other things do not. The wording is other than any benchmark persona's."""

from __future__ import annotations

import pytest

from tests.indicator_support import met


@pytest.mark.parametrize(
    "text",
    [
        "I was sixteen when my umemulo came; my father slaughtered a goat and the girls danced all night.",
        "For my quinceañera my aunt sewed a pink dress and the whole barrio came to the church hall.",
        "In 1961 I read from the Torah at my bat mitzvah and my grandmother cried.",
    ],
)
def test_a_rite_named_by_its_own_name(text: str) -> None:
    assert met("Her coming-of-age ceremony", text)


@pytest.mark.parametrize(
    "text",
    [
        "Our wedding ceremony was in the registry office, ten minutes and done.",
        "My niece had her quinceañera last year in Houston; I sent money.",
        "The age of the ceremony hall was a hundred years, the roof leaked.",
    ],
)
def test_another_ceremony_or_someone_elses_rite_is_not_hers(text: str) -> None:
    assert not met("Her coming-of-age ceremony", text)
