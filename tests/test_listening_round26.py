"""Round 26 (held out): what the teller asks of the listener, said in new ways.

* honour: the listener asked to carry the teller over to a part, or the part named as where "we" go next
  (:mod:`agent.guided.where_next`); what the teller would ask in the listener's place; an order naming the record
  ("your paper", "the tape") (:mod:`agent.guided.subject_orders`);
* topic: a part put behind, the next one claimed as the teller's own (:mod:`agent.guided.set_aside`); a part had
  enough of and the crossing to another said as the telling's step (:mod:`agent.guided.where_next`);
* end: what calls the teller away, a stop "right here", the next visit told to the listener
  (:mod:`agent.guided.own_close`).

Each with the round's miss, wordings of our own, and look-alikes from stories that must not fire.
"""

from __future__ import annotations

import pytest

from agent.guided import wishes


def _subject(text: str) -> str | None:
    found = wishes.request(text)
    return found.subject if found else None


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the round's miss
        (
            "Now, if oonuh want the sweet part of my life, carry me on over to the praise house. That's where I want "
            "us to go next.",
            "the praise house",
        ),
        ("Take us on to the shipyard, please.", "the shipyard"),
        ("The dance hall. That's where I want us to go next.", "The dance hall"),
        ("I want us to go to the mill next.", "the mill"),
        ("Paris is where we go next.", "Paris"),
        ("So bring me round to Lagos now.", "Lagos"),
    ],
)
def test_carried_over_to_a_part_is_asked_about(text: str, subject: str) -> None:
    assert _subject(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the round's miss
        (
            "If I was the one holding the machine, I would ask about the grind. Nobody down in Denmark wants to hear "
            "about it, but you are one of us.",
            "the grind",
        ),
        ("If I were you I'd ask me about the strike.", "the strike"),
        ("In your shoes I would ask about the mill.", "the mill"),
        ("I'd ask about the dances, if I was doing the asking.", "the dances"),
        ("If I had your machine, I would ask about the whaling.", "the whaling"),
    ],
)
def test_what_the_teller_would_ask_in_the_listeners_place(text: str, subject: str) -> None:
    assert _subject(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the round's miss
        (
            "Now put the volcano on your paper. Ninety-five, when the fire came down in Chã. That one I want on the "
            "tape before I forget it also.",
            "the volcano",
        ),
        ("Get the strike on the tape.", "the strike"),
        ("I want the mill in your book too.", "the mill"),
        ("So write the flood in your notebook.", "the flood"),
        ("Put the volcano down on your paper.", "the volcano"),
    ],
)
def test_an_order_naming_the_record(text: str, subject: str) -> None:
    assert _subject(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the round's misses
        (
            "Ja ja. Nú. Put the sea behind us, I have had enough sea. The filleting plant, that is where I was young "
            "and had money in my own pocket.",
            "The filleting plant",
        ),
        (
            "Okay. Enough of the village, the village is my father's story. Detroit is mine. Sixty-nine, Baghdad to "
            "Beirut to Detroit, one suitcase, my cousin Faris waiting at the airport with a coat that was too big "
            "for me.",
            "Detroit",
        ),
        ("Put the war behind me, I've said all of it. The bakery, that was my life.", "The bakery"),
        ("Enough of the farm, the farm is my brother's story. The mill is mine.", "The mill"),
        ("Leave the harbour behind us, I have had my fill. The cannery, that is where I grew up.", "The cannery"),
        # the round's miss
        (
            "Fogo is stones and goats, you heard enough. We cross over to Rotterdam. Sixty-one I came, to the "
            "Katendrecht side, where all the Cape Verdean boys waited in the cafés for a ship.",
            "Rotterdam",
        ),
        ("I've had enough of the farm. Now we go over to the city.", "the city"),
        ("You heard enough about Kano. Let us go on to Lagos.", "Lagos"),
        ("No more of the army. We go on to the wedding.", "the wedding"),
    ],
)
def test_a_part_left_for_another_is_a_change_of_subject(text: str, subject: str) -> None:
    found = wishes.request(text)
    assert found is not None and found.kind == "switch" and found.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "He carried me over to the fire and wrapped me in a blanket.",
        "Take me to the hospital, I begged.",
        "Carry me to the window, she said, and I did.",
        "If I were you, I'd ask the doctor about the pills.",
        "If I was the one holding the machine, I would hold it steady.",
        "If I were you I would ask about the price before you buy.",
        "She put the letter on the paper pile.",
        "Put the fish on the paper, then roll it.",
        "If I had the money, I would ask about the house.",
        "Leave the bags behind. The boat, that was small.",
        "Put the war behind us, Father said. The farm, that was what mattered.",
        "We put the war behind us. The farm, that was all we had.",
        "Enough rain, the crops were drowning. The barn is mine.",
        "We had enough of the rain. We crossed over to Dover in a storm.",
        "I had enough money. We go to Lagos every summer.",
        "We had enough of the rain. We go over to Dover.",
        "There was no more bread. We go to the market.",
        "They gave us enough of the rice. We go to the market.",
        "Tomorrow we'll go to the market.",
        "I want you to go to the Tate, it's lovely.",
    ],
)
def test_stories_with_the_same_words_ask_for_nothing(text: str) -> None:
    assert wishes.request(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # the round's miss
        "That's the church van blowing for me. We stop right here, and you come back and see me Sunday.",
        "That is my taxi honking for me outside.",
        "We stop right here, love.",
        "Come and see me again next week, eh.",
        "There's my son's car waiting for me. Thank you, dear.",
        "That's my lift at the door.",
    ],
)
def test_called_away_or_a_next_visit_is_a_close(text: str) -> None:
    assert wishes.tired(text)


@pytest.mark.parametrize(
    "text",
    [
        "We stop right here at the well and the camels drink.",
        "When you come back and see me Sunday, bring the photos.",
        "That's the church bell ringing for Mass.",
        "Every Sunday the church van was blowing for me at nine.",
        "My grandmother said, we stop right here, and we sat on the wall.",
        "The bus is waiting for us. We went to the sea that day and swam for hours and hours.",
        "We crossed over to Dover in a storm and I was sick the whole way.",
        "My son is waiting for me in Toronto, he has a room ready.",
        "That's my car in the photo, a Ford.",
        "My sister is calling for me from the yard. We were girls then and the goats had got out.",
    ],
)
def test_stories_of_stopping_or_calling_are_no_close(text: str) -> None:
    assert not wishes.tired(text)
