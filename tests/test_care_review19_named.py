"""Round 19 care review: the care for a loss or a grave illness names the one the death or harm is said of, never a
bystander named before them in the answer (a teacher who told the story, an aunt who cooked, a sister who came
along, a friend who drove), and nobody when the words do not tell whom."""

from __future__ import annotations

import pytest

from tests.support import Api
from tests.turns_support import question_id, say, story_session

OPEN = "I grew up in Kumasi, my father had a small shop that sold cloth and kerosene."

# answer, a word the care must say (the one it is for), words it must not say (the bystander)
NAMED = [
    (
        "Mr Boateng, our teacher, told us the story years later: my grandfather was hanged by the British in 1931.",
        "grandfather",
        ("teacher", "Boateng"),
    ),
    (
        "Every Sunday Auntie Efua cooked for us, because the sea took my uncle Kwame the year before.",
        "Kwame",
        ("Efua", "auntie"),
    ),
    (
        "My sister Abena and I visited our grandmother every Sunday. By then Grandmother was bedridden and could"
        " not speak any more.",
        "grandmother",
        ("Abena", "sister"),
    ),
    (
        "My friend Kofi drove me to the hospital at night. My father lay in a coma there for two weeks.",
        "father",
        ("Kofi", "friend"),
    ),
    # look-alikes of our own: a neighbour who brought the news, a cousin who wrote
    (
        "Our neighbour Mrs Owusu came running to the market that day: my brother was shot dead at the checkpoint.",
        "brother",
        ("Owusu", "neighbour"),
    ),
    (
        "My cousin Yaa wrote to me in London. My mother had gone blind and could not feed herself any more.",
        "mother",
        ("Yaa", "cousin"),
    ),
]


@pytest.mark.parametrize(("answer", "cared", "bystanders"), NAMED)
def test_care_names_the_one_it_is_for(api: Api, answer: str, cared: str, bystanders: tuple[str, ...]) -> None:
    sid = story_session(api, "Yaw", "Kumasi")
    say(api, sid, OPEN)
    result = say(api, sid, answer)
    assert question_id(result).startswith("care.")
    reply = result["reply"]
    assert not any(word.lower() in reply.lower() for word in bystanders), reply
    assert cared.lower() in reply.lower(), reply


def test_care_still_names_the_one_who_died(api: Api) -> None:
    sid = story_session(api, "Yaw", "Kumasi")
    say(api, sid, OPEN)
    result = say(api, sid, "My grandmother raised me in Kumasi. She died when I was eleven, in the rainy season.")
    assert question_id(result).startswith("care.")
    assert "grandmother" in result["reply"].lower()


def test_care_names_the_one_told_of_by_pronoun(api: Api) -> None:
    sid = story_session(api, "Yaw", "Kumasi")
    say(api, sid, OPEN)
    result = say(api, sid, "My uncle Kojo got sick in the rainy season. They took him to Korle Bu and he died there.")
    assert question_id(result).startswith("care.")
    assert "Kojo" in result["reply"], result["reply"]


def test_care_names_nobody_when_the_one_who_died_is_not_named(api: Api) -> None:
    sid = story_session(api, "Yaw", "Kumasi")
    say(api, sid, OPEN)
    result = say(api, sid, "My sister Efua sat with him all night at the hospital, and he died at dawn.")
    assert question_id(result).startswith("care.")
    assert "Efua" not in result["reply"] and "sister" not in result["reply"], result["reply"]
