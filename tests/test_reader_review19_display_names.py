"""Review of round 19's reader: display names with a kin word of two words, a title of honour, the Cantonese 'Ah'
or the surname first (naming.address_name); and kin words and titles of more languages (Tagalog, Kurdish, Sámi,
Fiji Hindi) read in answers."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from agent.guided.naming import address_name


@pytest.mark.parametrize(
    ("display", "called"),
    [
        # a kin word of two words is the relation, the name is in the brackets, surname first
        ("Por Por (Leung Siu Fong)", "Siu Fong"),
        ("Gung Gung (Wong Kai Ming)", "Kai Ming"),
        ("Halmeoni (Kim Soon-ja)", "Soon-ja"),
        ("Datuk Lee Chong Wei", "Chong Wei"),
        ("Park Ji-sung", "Ji-sung"),
        # the Cantonese familiar "Ah" is how they are called
        ("Ah Keung", "Ah Keung"),
        ("Ah Wai", "Ah Wai"),
        # a title of honour or of another language before the name
        ("Sir John Smith", "John"),
        ("Dame Judi Dench", "Judi"),
        ("Puan Sri Rahmah", "Rahmah"),
        ("Tan Sri Ahmad", "Ahmad"),
        ("Ate Joy Santos", "Joy"),
        ("Mang Tomas Reyes", "Tomas"),
        ("Mamosta Ahmed", "Ahmed"),
    ],
)
def test_display_name_address(display: str, called: str) -> None:
    assert address_name(display) == called


@pytest.mark.parametrize(
    ("display", "called"),
    [
        # look-alikes: a Western name whose first word is an Eastern surname, a title of courtesy before a surname
        ("Lee Harvey Oswald", "Lee"),
        ("Kim Anderson", "Kim"),
        ("Lee Ann Womack", "Lee"),
        ("Mrs Smith", "Smith"),
        ("Grandma Rosa", "Rosa"),
        ("Lola Cora (Corazon Villanueva)", "Cora"),
        ("Mei Lin Chow", "Mei"),
    ],
)
def test_display_name_look_alikes_unchanged(display: str, called: str) -> None:
    assert address_name(display) == called


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ate Joy sent money every month from Dubai.", "Ate Joy"),
        ("Aling Nena sold fish by the church.", "Aling Nena"),
        ("Mang Tomas drove the jeepney.", "Mang Tomas"),
        ("Mamosta Ahmed taught us Kurdish in secret.", "Mamosta Ahmed"),
        ("Dapîr baked bread in the tandoor.", "grandmother"),
        ("Áhkku taught me to sew the gákti.", "grandmother"),
        ("Áddjá herded the reindeer until he was eighty.", "grandfather"),
        ("Bhauji cooked for all of us.", "sister-in-law"),
        ("Xalo Rostam carried me over the mountains.", "Rostam"),
    ],
)
def test_kin_and_titles_of_more_languages(text: str, who: str) -> None:
    assert who in read(text).people


@pytest.mark.parametrize(
    "text",
    ["Ate breakfast at six and walked to school.", "I ate the rice and went to bed.", "Mang was the word for it."],
)
def test_kin_look_alikes_are_no_one(text: str) -> None:
    assert read(text).people == []
