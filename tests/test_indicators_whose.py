"""Whose an indicator's thing is: "own" stresses the person's (never a word an answer tells), a place where the
person spent years is told only of the person, and a relative's birth ("her children's births") is not the speaker's
own. The wordings are other than any benchmark persona's."""

from __future__ import annotations

import pytest

from tests.indicator_support import met


@pytest.mark.parametrize(
    "text",
    [
        "At school I played hurling for the parish, centre back, three seasons, and we won the county once.",
        "I played rugby for the Marist club until my knee went, every Saturday in the mud.",
    ],
)
def test_own_playing_days_told_of_the_person(text: str) -> None:
    aim = "His own hurling days" if "hurling" in text else "His own rugby days"
    assert met(aim, text)


@pytest.mark.parametrize(
    ("aim", "text"),
    [
        ("His own rugby days", "We made our own bread at the mission, and the fathers kept bees."),
        ("His own rugby days", "My grandsons play rugby for the school now, they are very strong."),
        ("Her own cooking", "My mother-in-law did all the cooking, her own way, and nobody could help her."),
        ("Her own wedding and the dowry", "My sister's wedding was in May; the whole village came to it."),
    ],
)
def test_own_is_no_word_to_tell_nor_someone_elses(aim: str, text: str) -> None:
    assert not met(aim, text)


@pytest.mark.parametrize(
    ("aim", "text"),
    [
        (
            "Her first years in Glasgow",
            "In 1961 we came to Glasgow, a room and kitchen in Govan, and I cried all winter.",
        ),
        ("His days in Lagos", "In Lagos I slept on my cousin's floor and sold cloth at Balogun market."),
    ],
)
def test_years_in_a_place_told_of_the_person(aim: str, text: str) -> None:
    assert met(aim, text)


@pytest.mark.parametrize(
    ("aim", "text"),
    [
        ("Her first years in Glasgow", "My uncle went to Glasgow for the shipyards, but that is another story."),
        ("Her first years in Glasgow", "Two nights in the Glasgow Royal, they kept him for the heart."),
        ("His days in Lagos", "His brother worked in Lagos for the bank and sent money home every month."),
    ],
)
def test_a_place_of_someone_elses_or_a_name_holding_it_is_no_years_of_hers(aim: str, text: str) -> None:
    assert not met(aim, text)


@pytest.mark.parametrize(
    "text",
    [
        "I was born in a village near Kandy; my mother said it rained for three days.",
        "I was born at home in 1932, the seventh child, and the midwife came on a bicycle.",
    ],
)
def test_the_speakers_own_birth_is_no_childrens_births(text: str) -> None:
    assert not met("Her children's births", text)
    assert not met("Her daughters' births", text)


@pytest.mark.parametrize(
    "text",
    [
        "My first son was born in the hospital at Jinja in 1968, the nurses were nuns.",
        "Both my children were born at home, the second one in the middle of a storm.",
    ],
)
def test_the_childrens_births_told(text: str) -> None:
    assert met("Her children's births", text)
