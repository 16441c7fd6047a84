"""Round 16 of the reader (held-out, unseen writer): words said back never change inside a word.

"my"/"I" said back as "your"/"you" is a whole word only: a letter or an apostrophe joining it to
the word around it makes it part of a name ("Savai'i", "Hawai'i", "Moloka'i") or another language's
word (Tongan "me'a"). Tested in other wording than the persona's; look-alikes must still reflect.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from agent.guided.naming import reflect, spoken_title


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Growing up on Moloka'i", "growing up on Moloka'i"),
        ("Summers in Hawai’i", "summers in Hawai’i"),
        ("School days on Ni'ihau with my cousins", "school days on Ni'ihau with your cousins"),
        ("The me'a my grandmother kept", "the me'a your grandmother kept"),
    ],
)
def test_a_word_joined_by_an_apostrophe_is_never_reflected(title: str, said: str) -> None:
    assert spoken_title(title) == said


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("my uncle Yaw", "your uncle Yaw"),
        ("what I did after the war", "what you did after the war"),
        ("I'd go back to Apia", "you'd go back to Apia"),
        ("I've kept my letters", "you've kept your letters"),
        ("the word 'my' in a song", "the word 'your' in a song"),
        ("Mine and our neighbours' farms", "yours and your neighbours' farms"),
    ],
)
def test_whole_words_and_contractions_are_still_reflected(phrase: str, said: str) -> None:
    assert reflect(phrase) == said


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Every Sunday Tinā ironed our white clothes before church.", "mother"),
        ("Tamā mended the nets on the beach.", "father"),
        ("Hooyo sold tea at the market in Hargeisa.", "mother"),
        ("Aabo drove a lorry to Berbera.", "father"),
        ("Ayeeyo told stories at night.", "grandmother"),
        ("Motabhai ran the shop after school.", "brother"),
        ("My tuafafine married a man from Apia.", "sister"),
    ],
)
def test_kin_words_of_other_languages_said_as_names_are_relatives(text: str, role: str) -> None:
    reading = read(text)
    assert role in reading.people, reading.people
    assert not reading.places or all(p.lower() != text.split()[0].lower() for p in reading.places)


@pytest.mark.parametrize(
    "text",
    [
        "We visited Tina in Hargeisa.",  # a given name, without the long mark
        "Tama played rugby for Wellington.",
    ],
)
def test_given_names_like_them_are_no_relatives(text: str) -> None:
    reading = read(text)
    assert "mother" not in reading.people and "father" not in reading.people, reading.people
