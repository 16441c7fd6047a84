"""A coming-of-age rite named by its own name in the teller's tradition (an umemulo, a quinceañera, a bat mitzvah)
meets "Her coming-of-age ceremony"; a ceremony of another kind, someone else's rite, or the words "age" and
"ceremony" said of other things do not. The wording is other than any benchmark persona's."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided.annotate import read
from agent.guided.records import indicator_marks


def _met(aim: str, text: str) -> bool:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}], data={})
    turn = SimpleNamespace(reading=read(text), text=text, last_text="")
    return bool(indicator_marks(ctx, turn, scene_saved=False))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "I was sixteen when my umemulo came; my father slaughtered a goat and the girls danced all night.",
        "For my quinceañera my aunt sewed a pink dress and the whole barrio came to the church hall.",
        "In 1961 I read from the Torah at my bat mitzvah and my grandmother cried.",
    ],
)
def test_a_rite_named_by_its_own_name(text: str) -> None:
    assert _met("Her coming-of-age ceremony", text)


@pytest.mark.parametrize(
    "text",
    [
        "Our wedding ceremony was in the registry office, ten minutes and done.",
        "My niece had her quinceañera last year in Houston; I sent money.",
        "The age of the ceremony hall was a hundred years, the roof leaked.",
    ],
)
def test_another_ceremony_or_someone_elses_rite_is_not_hers(text: str) -> None:
    assert not _met("Her coming-of-age ceremony", text)
