"""A topic is said with the words its kind takes (agent.guided.topic_words): someone "in your time with Aunt May",
a place "in Winnipeg", "on the croft", "at the telephone exchange", a time "during the Blitz", a thing of someone's
by its noun ("in Grandma's kitchen", "at your father's workshop"), a venue with the word and the article the teller
used ("at the Hollywood Bowl"). Every story question that puts the topic in a sentence takes one of these forms,
never "one day of Winnipeg", "through Winnipeg", "in your time with Grandma's kitchen".

And "X was gone" is a death only of a person (agent.guided.grief): a mill, a shop, a firm gone is no loss.
Wordings other than the reports' ("Dad's garage", "Rose Bowl", "Adelaide", "Woolworths", "the old mill")."""

from __future__ import annotations

import re

import pytest

from agent.guided import grief
from agent.guided.annotate import Known
from agent.guided.phrasing import variants
from agent.guided.state import Turn
from agent.guided.story import Subject
from agent.guided.topic_words import topic_words, within
from tests.support import Api
from tests.turns_support import say, story_session


def _told(title: str, *answers: str) -> str:
    return within(title, Known.from_answers(list(answers)), "\n".join(answers))


# --- a thing or a place of someone's is no one ------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Grandma's kitchen", "in Grandma's kitchen"),
        ("Uncle Jim's farm", "on Uncle Jim's farm"),
        ("Mr Lee's shop", "at Mr Lee's shop"),
        ("My father's workshop", "at your father's workshop"),
        ("Nonna's", "at Nonna's"),
        ("Eddie's band", "in Eddie's band"),
    ],
)
def test_a_place_of_someones_takes_the_word_of_its_noun(title: str, said: str) -> None:
    assert within(title) == said


def test_a_thing_of_someones_is_had_not_someone() -> None:
    """ "Grandad's piano" is a thing one had time with; its owner is not the topic."""
    assert within("Grandad's piano") == "in your time with Grandad's piano"
    assert topic_words("Grandad's piano").span == "your time with Grandad's piano"


# --- a name ending in the noun of a place is no one -------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Ruby Theatre", "at Ruby Theatre"),
        ("Grace Hospital", "at Grace Hospital"),
        ("Victoria Station", "at Victoria Station"),
        ("Wembley Stadium", "at Wembley Stadium"),
        ("Ellis Island", "on Ellis Island"),
    ],
)
def test_a_name_ending_in_a_place_noun_is_that_place(title: str, said: str) -> None:
    assert within(title) == said


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Aunt May", "in your time with Aunt May"),
        ("Mrs Peterson", "in your time with Mrs Peterson"),
        ("My brother Tomek", "in your time with your brother Tomek"),
        ("Rose Kennedy", "in your time with Rose Kennedy"),
        ("Florence", "in your time with Florence"),
    ],
)
def test_someone_is_still_someone(title: str, said: str) -> None:
    assert within(title) == said


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("The Blitz", "during the Blitz"),
        ("My national service", "during your national service"),
        ("Life with Aunt May", "during your life with Aunt May"),  # names someone, is a time
        ("The telephone exchange", "at the telephone exchange"),
    ],
)
def test_a_time_stays_a_time_and_a_workplace_a_place(title: str, said: str) -> None:
    assert within(title) == said


# --- what the session's answers settled ---------------------------------------------------------------------


def test_the_word_and_article_the_teller_used_come_first() -> None:
    said = "We saw Sinatra at the Hollywood Bowl in 1958. Dad sold programmes at the Hollywood Bowl every summer."
    assert _told("Hollywood Bowl", said) == "at the Hollywood Bowl"
    assert _told("Florence", "We lived in Florence for three years after the war.") == "in Florence"
    assert _told("Skye", "We lived on Skye until I was twelve.") == "on Skye"


def test_someone_the_answers_name_stays_someone() -> None:
    assert _told("Florence", "Florence was my best friend at school, she lived next door.") == (
        "in your time with Florence"
    )
    assert _told("Grace Hall", "Grace Hall taught me to sing. I sat at Grace Hall's table.") == (
        "in your time with Grace Hall"
    )
    assert _told("Bert", "We relied on Bert for everything. Bert drove the truck.") == "in your time with Bert"


def test_a_name_before_a_noun_it_names_is_not_where_the_teller_was() -> None:
    """ "at Winnipeg airport" tells nothing of Winnipeg's word; a named city takes "in"."""
    assert _told("Winnipeg", "We landed at Winnipeg airport in the snow.") == "in Winnipeg"


def test_the_planner_says_the_subject_as_the_session_settled_it() -> None:
    answers = ("Every July we drove out to the Hollywood Bowl with a picnic.",)
    turn = Turn(None, None, frozenset(), 1, "", None, known=Known.from_answers(list(answers)), earlier=answers)
    words = Subject("", "Hollywood Bowl", None, 1958, "introduction", True).words(turn)
    assert words == {
        "topic": "the Hollywood Bowl",
        "within": "at the Hollywood Bowl",
        "span": "your time at the Hollywood Bowl",
        "year": 1958,
    }


# --- every story question that puts the topic in a sentence -------------------------------------------------

_BANKS = ("scene", "people", "tension", "change", "meaning", "transition", "closing", "angle")
# A topic put where only a time fits: "one day of Winnipeg", "through Aunt May", "part of Winnipeg"
_AS_A_TIME = r"\b(?:day of|moment from|through|after|because of|part of|during|back on|carry with you from|from)\s+"


def _lines(title: str) -> list[str]:
    words = topic_words(title)
    context = {
        "topic": words.topic, "within": words.within, "span": words.span, "year": 1967, "person": None,
        "pro": "they", "obj": "them", "was": "were", "previous": words.span, "topics": words.span,
        "person_name": "Renata", "time_up": False, "tired": False, "subject": words.span, "gap": False,
    }  # fmt: skip
    return [line for bank in _BANKS for line in variants(f"story/{bank}", **context)]


@pytest.mark.parametrize(
    ("title", "bare"), [("Winnipeg", "Winnipeg"), ("Aunt May", "Aunt May"), ("Dad's shed", "Dad's shed")]
)
def test_no_question_puts_a_place_or_someone_where_a_time_goes(title: str, bare: str) -> None:
    lines = _lines(title)
    wrong = [line for line in lines if re.search(_AS_A_TIME + re.escape(bare), line)]
    assert not wrong, wrong


def test_the_scene_and_change_questions_say_the_place_as_a_place() -> None:
    lines = _lines("Winnipeg")
    assert any("one day in Winnipeg, around 1967" in line for line in lines), lines
    assert any("through your time in Winnipeg" in line for line in lines), lines
    assert any("one moment in Winnipeg" in line for line in lines), lines


def test_a_time_is_still_said_as_itself() -> None:
    lines = _lines("The war years")
    assert any("one day during the war years" in line for line in lines), lines
    assert any("through the war years" in line for line in lines), lines
    assert not any("your time during" in line for line in lines), lines


def test_a_session_about_a_venue_says_it_as_the_teller_does(api: Api) -> None:
    """After the answers say "the Ruby Theatre", no question says "Ruby Theatre" bare, nor as someone."""
    sid = story_session(api, "Renata", "Ruby Theatre")
    replies = []
    for answer in (
        "Every Saturday we queued outside the Ruby Theatre, the smell of popcorn and wet coats, the lights going down.",
        "We sat in the front row at the Ruby Theatre, twenty of us kids, shouting at the cowboys on the screen.",
        "The hardest part was saving the sixpence every week, running errands and taking back bottles.",
        "It closed in 1962 and after that the Saturdays were never the same, we just played in the street.",
    ):
        replies.append(say(api, sid, answer)["reply"])
    assert not any(re.search(r"(?<!the )Ruby Theatre", reply) for reply in replies), replies
    assert not any("your time with" in reply for reply in replies), replies


# --- "X was gone": a death only of a person -----------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "When we moved back in '71 the old Foundry was gone and the pub with it.",
        "Dawson's Mill was gone by the time I came home from the army.",
        "We bought our school shoes at Kendals every August. By 1980 Kendals was gone.",
        "I worked the till at Hepworths for six years. When I came back from Leeds, Hepworths was gone.",
        "The Big Mill was already gone, flattened for a car park.",
    ],
)
def test_a_firm_or_a_building_gone_is_no_death(said: str) -> None:
    assert grief.sorrow(said) is None, said


@pytest.mark.parametrize(
    "said",
    [
        "Nana was gone by the spring, and the house went quiet.",
        "By the time the boat got in, Grandpa was already gone.",
        "My cousin Hemi stayed with us that winter. Hemi was gone by Easter.",
        "When I got to the ward, Mrs Okafor was gone.",
        "Aunty Moana was gone before we could say goodbye.",
    ],
)
def test_a_person_gone_is_still_a_loss(said: str) -> None:
    assert grief.sorrow(said) == "loss", said


# --- a one-word title is a part of one's life, not a place; a doing is a doing (review of 3ae8801) --------


@pytest.mark.parametrize(
    ("title", "within_", "span"),
    [
        ("Family", "in your family", "your family"),
        ("Retirement", "in your retirement", "your retirement"),
        ("Boyhood", "in your boyhood", "your boyhood"),
        ("Grandchildren", "in your time with your grandchildren", "your time with your grandchildren"),
        ("Navy", "in the navy", "your time in the navy"),
        ("College", "at college", "your time at college"),
        ("Bereavement", "in your bereavement", "your bereavement"),
        ("Burying Mum", "while burying Mum", "burying Mum"),
        ("Leaving Lagos", "while leaving Lagos", "leaving Lagos"),
        ("Raising my boys", "while raising your boys", "raising your boys"),
        ("Days with Grandad", "during your days with Grandad", "your days with Grandad"),
        ("Letters from Mum", "during letters from Mum", "letters from Mum"),
        ("Songs of my father", "during songs of your father", "songs of your father"),
    ],
)
def test_a_one_word_title_or_a_doing_is_not_said_as_a_place_or_someone(title: str, within_: str, span: str) -> None:
    said = topic_words(title)
    assert (said.within, said.span) == (within_, span)


@pytest.mark.parametrize(
    ("title", "within_"),
    [
        ("Adelaide", "in Adelaide"),  # a one-word name is still a place
        ("Ealing Studios", "in Ealing Studios"),  # a name in -ing is no doing
        ("Wedding Day", "during Wedding Day"),
        ("Auntie Grace", "in your time with Auntie Grace"),
    ],
)
def test_names_and_occasions_keep_their_words(title: str, within_: str) -> None:
    assert topic_words(title).within == within_


def test_a_one_word_name_the_answers_made_a_place_stays_that_place() -> None:
    assert _told("Family", "We sailed from Family on the morning tide, in Family we had cousins.") == "in Family"
