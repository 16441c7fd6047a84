"""A topic said as the time it names takes the word that fits it (agent.guided.story.within): a place
"in Toronto", "at the mill", "on the farm", "in the Navy"; a period or an event "during the war years", "during
Ramadan", "while moving to Canada"; someone "in your time with Aunt May" — never "during Toronto". The stock
people and tension questions say it so. Wording other than the report's ("during Adelaide")."""

from __future__ import annotations

import pytest

from agent.guided.annotate import Known
from agent.guided.phrasing import variants
from agent.guided.story import within
from tests.support import Api
from tests.turns_support import question_id, say, story_session


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Toronto", "in Toronto"),
        ("Los Angeles", "in Los Angeles"),
        ("Stoke-on-Trent", "in Stoke-on-Trent"),
        ("The mill", "at the mill"),
        ("Boarding school", "at boarding school"),
        ("The old farm", "on the old farm"),
        ("The Navy", "in the Navy"),
        ("The war years", "during the war years"),
        ("My first job", "during your first job"),
        ("The Depression", "during the Depression"),
        ("Ramadan", "during Ramadan"),
        ("Wakes Week", "during Wakes Week"),
        ("School days", "during school days"),
        ("Moving to Canada", "while moving to Canada"),
        ("Aunt May", "in your time with Aunt May"),
    ],
)
def test_a_topic_is_said_as_a_time_with_the_word_it_takes(title: str, said: str) -> None:
    assert within(title) == said


def test_what_the_session_named_settles_a_name_that_could_be_either() -> None:
    """ "Florence" alone is a woman; told as where one lived, it is the city. "The Palais" told as a place is
    "at the Palais"."""
    assert within("Florence") == "in your time with Florence"
    assert within("Florence", Known(places=frozenset({"Florence"}))) == "in Florence"
    assert within("The Palais", Known(places=frozenset({"Palais"}))) == "at the Palais"


@pytest.mark.parametrize("bank", ["story/people", "story/tension"])
def test_no_stock_question_puts_during_before_a_place(bank: str) -> None:
    lines = variants(bank, topic="Toronto", within=within("Toronto"), year=None, person=None, pro="they",
                     obj="them", was="were")  # fmt: skip
    assert lines and not any("during Toronto" in line for line in lines), lines
    assert any("in Toronto" in line for line in lines), lines
    periods = variants(bank, topic="the war years", within=within("The war years"), year=None, person=None,
                       pro="they", obj="them", was="were")  # fmt: skip
    assert any("during the war years" in line for line in periods), periods


def test_the_people_and_tension_questions_of_a_place_never_say_during_it(api: Api) -> None:
    sid = story_session(api, "Renata", "Toronto")
    replies = []
    for answer in (
        "The first winter the snow came up to the window of the basement flat, and the radiator knocked all night.",
        "Mostly the other cleaners on the night shift at the bank tower, we ate our sandwiches in the lobby at three.",
        "The hardest was the English, and not knowing if the job would last past the spring.",
    ):
        reply = say(api, sid, answer)
        replies.append((question_id(reply), reply["reply"]))
    asked = [qid.split("@")[0] for qid, _ in replies]
    assert "people" in asked and "tension" in asked, replies
    assert not any("during Toronto" in text for _, text in replies), replies
