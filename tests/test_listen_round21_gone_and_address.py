"""Round 21 (held-out): gentle 1/3 and address 2/3.

- A plain "I don't remember them." ending a long answer (the praises learned as a child, "I can say two, three, and
  then... nothing") was not heard as a gap, and the reply followed the grandfather; a memory said gone by an image
  ("It's gone, like a canoe that goes out past the reef") neither. Other wordings (prayers, songs; smoke, water
  through the fingers); look-alikes ("I don't remember them ever arguing", a bus or a brother gone like a shot or the
  wind, money gone like water) are no gap.
- A display name with a family's word before a given name and a surname ("Kui Sione Havili") was greeted by the
  family's word ("Hello Kui"). Other languages (Hawaiian "Tutu", Filipino "Lola", Greek "Ya Ya", Kikuyu "Cucu");
  look-alikes: the word alone, a given name that is such a word, a surname that is one.
"""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from agent.guided.naming import address_name
from agent.guided.story import not_remembered
from tests.support import Api
from tests.turns_support import question_id, say, story_session


@pytest.mark.parametrize(
    "text",
    [
        "Grandmother Ilse had a prayer for every saint, she said them each morning over the stove in Kempten while "
        "the porridge cooked, and she made us repeat them after her. I cannot remember them now.",
        "On Sundays my uncle played the accordion and everyone sang the old songs of the village, the wedding songs, "
        "the harvest songs, the songs for the dead. But I don't remember them any more.",
        "My grandfather taught me a song about the river, in the old language, every evening by the stove. Now it is "
        "gone, like smoke from the chimney.",
        "Mother told me the name of her village many times when I was small, and the name of the church too. That "
        "went like water through the fingers, all of it.",
        "My grandfather Sivakumar taught me the names of the stars over Jaffna from the roof. Gone, like the lamps of "
        "the fishing boats at dawn.",
        "My grandmother Wanjiru sang to us by the fire in Nyeri every night, long songs about the rains and the old "
        "chiefs, and she made us sing them back to her until we knew them. But I can't remember the words now.",
    ],
)
def test_a_memory_gone_at_the_end_or_by_an_image_is_not_remembering(text: str) -> None:
    assert not_remembered(text, read(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "My parents fought about money a lot in those years, or so my sister says, she was older and heard more of it "
        "through the wall. I don't remember them ever arguing though.",
        "The bus was gone like a shot before I could reach the stop, so I walked the whole way to the factory in the "
        "rain.",
        "My brother ran off across the field after the dog and he was gone like the wind, we did not see him till "
        "supper.",
        "The money my father saved went like water, we spent it on the roof and the new well.",
        "My brother learned the song from Father and went like the wind to the dance in Kisumu.",
        "My grandmother Wanjiru sang to us by the fire in Nyeri every night, long songs about the rains and the old "
        "chiefs. I don't remember the year she died.",
    ],
)
def test_a_memory_told_or_a_thing_gone_is_no_gap(text: str) -> None:
    assert not not_remembered(text, read(text)), text


def test_the_planner_offers_a_gentler_way_in_after_a_long_answer(api: Api) -> None:
    sid = story_session(api, "Elena", "Growing up in Porto")
    text = (
        "On Sundays my uncle played the accordion and everyone sang the old songs of the village, the wedding songs, "
        "the harvest songs, the songs for the dead. But I don't remember them any more."
    )
    result = say(api, sid, text)
    assert question_id(result).endswith(".angle"), result["reply"]


@pytest.mark.parametrize(
    ("display", "called"),
    [
        ("Tutu Leilani Kahale", "Leilani"),
        ("Lola Corazon Villanueva", "Corazon"),
        ("Ya Ya Eleni Pappas", "Eleni"),
        ("Cucu Wanjiru Kamau", "Wanjiru"),
        ("Kupuna Kalani Akana", "Kalani"),
        ("Meemaw June Carter", "June"),
        ("Jaddah Fatima Haddad", "Fatima"),
    ],
)
def test_a_family_word_before_a_full_name_is_not_the_address(display: str, called: str) -> None:
    assert address_name(display) == called


@pytest.mark.parametrize(
    ("display", "called"),
    [
        ("Tutu", "Tutu"),
        ("Lola Montez", "Lola"),
        ("Lola Mae Jenkins", "Lola"),
        ("Tina Maria Lopez", "Tina"),
        ("Gigi Hadid", "Gigi"),
        ("Mimi Rose Taylor", "Mimi"),
        ("Leilani Tutu", "Leilani"),
        ("Desmond Tutu", "Desmond"),
    ],
)
def test_the_word_alone_a_given_name_or_a_surname_stays(display: str, called: str) -> None:
    assert address_name(display) == called


@pytest.mark.parametrize(
    ("display", "called"),
    [
        ("Nguyen Thi Lan", "Lan"),
        ("Ông Trần Văn Minh", "Minh"),
        ("Đặng Thị Mai", "Mai"),
        ("Pham Minh Duc", "Duc"),
        ("Tan Bee Lian", "Bee Lian"),
    ],
)
def test_a_vietnamese_or_hokkien_name_is_said_by_its_given_name(display: str, called: str) -> None:
    assert address_name(display) == called


@pytest.mark.parametrize(
    ("display", "called"),
    [("Le Corbusier", "Le"), ("Mary Tan", "Mary"), ("Van Morrison", "Van"), ("Nguyen", "Nguyen")],
)
def test_a_family_name_alone_or_after_a_given_name_stays(display: str, called: str) -> None:
    assert address_name(display) == called
