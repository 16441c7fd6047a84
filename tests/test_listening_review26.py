"""Review of round 26's listening readers (honour, topic, end in story sessions), in wordings of the reviewer's own.

* end (:mod:`agent.guided.own_close`): a call the teller comes back from is a pause, no close ("the phone is ringing
  for me", "I'll be right back"); a ride named in a photo with the story after it; a stop "right here" of the story
  ("for water", "at the well");
* honour and topic (:mod:`agent.guided.where_next`): a bare "take me to X" cried in the story, words said in the
  sentence after; a had-enough set at a time of the story, a lack told ("no more rice");
* honour (:mod:`agent.guided.subject_orders`): "that/this machine" and "in the machine" of a house or a job are no
  record; advice of an errand in the listener's place; "I'd like X on your tape", "get X down on paper", "were I
  you".
"""

from __future__ import annotations

import pytest

from agent.guided import wishes


def _subject(text: str) -> str | None:
    found = wishes.request(text)
    return found.subject if found else None


@pytest.mark.parametrize(
    "text",
    [
        # the round's miss
        "That's the church van blowing for me. We stop right here, and you come back and see me Sunday.",
        "That's my taxi outside, I must go.",
        "That's my son's car outside now. Thank you for listening.",
        "We stop right here, my dear.",
        "We'll stop right there for today.",
        "You come and see me Sunday and we will finish the war part.",
    ],
)
def test_called_away_or_stopped_now_is_a_close(text: str) -> None:
    assert wishes.tired(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hold on, that's my daughter calling for me, I'll be right back.",
        "The phone is ringing for me, one moment please.",
        "The doorbell is ringing for me. Wait, I come back.",
        "There's my bus now, the number 9, I drove that route for years.",
        "The bus goes to Kabul. We stop right here for water.",
        "We stop right here at the well.",
    ],
)
def test_a_pause_a_photo_or_a_stop_of_the_story_is_no_close(text: str) -> None:
    assert not wishes.tired(text)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the round's misses
        (
            "Now, if oonuh want the sweet part of my life, carry me on over to the praise house. That's where I want "
            "us to go next.",
            "the praise house",
        ),
        (
            "Fogo is stones and goats, you heard enough. We cross over to Rotterdam. Sixty-one I came, to the "
            "Katendrecht side.",
            "Rotterdam",
        ),
        ("Now take me to the harbour.", "the harbour"),
        ("Bring us back to the village, please.", "the village"),
        ("Walk me over to the tannery now, that's where the real work was.", "the tannery"),
        ("You've heard enough about those years in the camp. Now we go to Canada.", "Canada"),
    ],
)
def test_carried_on_to_a_part_is_taken_up(text: str, subject: str) -> None:
    assert _subject(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the round's miss
        ("Now put the volcano on your paper. Ninety-five, when the fire came down.", "the volcano"),
        ("I'd like the strike on your tape.", "the strike"),
        ("Get the flood down on paper, love.", "the flood"),
        ("Put the song on this tape.", "the song"),
        ("Were I you, I'd ask about the ferry.", "the ferry"),
        ("If I was sitting where you are, I'd ask about the mine.", "the mine"),
        ("You want something for the recording? Put the harvest festival in the book.", "the harvest festival"),
    ],
)
def test_the_record_named_or_the_listeners_place(text: str, subject: str) -> None:
    assert _subject(text) == subject


@pytest.mark.parametrize(
    "text",
    [
        # a cry of the story, bare or said after
        "Take us to the beach! The children shouted it all the way.",
        "Take me to my mother. That is all I could say to the soldiers.",
        "Take me back to my mother! That is all I could say.",
        # had enough, then, or a lack
        "By seventy-five we have had enough of the war. So we cross over to Thailand.",
        "No more rice. So we go to my uncle.",
        # a house's or a job's machine, book, paper
        "Put the coins in the machine.",
        "Put the sheets in the machine and press start.",
        "Put the cassette in the machine and press play.",
        "Put the washing in that machine, the other one is broken.",
        "Put the fish on this paper.",
        "Write the numbers in the book every evening. That was my job at the shop.",
        # advice of an errand
        "If I were you, I'd ask about the bus times at the station.",
        "If I were you I'd ask about the ferry times.",
    ],
)
def test_stories_errands_and_house_work_ask_for_nothing(text: str) -> None:
    assert wishes.request(text) is None
