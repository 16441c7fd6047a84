"""Sweep of ordinary life stories (revsweep R3-R5): a title of service said alone ("Sir", "Madam", "Sahib") as
the other name of someone the answer, or an earlier answer, named with a title ("The headmaster, Mr Asante, we
called him Sir. Sir was very strict") is that one, never a second person followed later as "they"; the sexes
must agree ("Mr Jones … Madam said no" is someone else). With no one so named, the title alone is still
someone ("Sir taught us"), and a title before a name stays that name ("Madam Leung"). And someone's relative
said back with the owner's title ("Mrs Khan's daughter Shabnam", not "Khan's daughter Shabnam")."""

from __future__ import annotations

import pytest

from agent.guided.annotate import Known, read
from tests.support import Api
from tests.turns_support import say, story_session

# --- a title said alone, the other name of one named with a title ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "named", "title"),
    [
        # the sweep's sentences
        (
            "The headmaster, Mr Asante, we called him Sir, of course. Sir was very strict. He caned me only once.",
            "Mr Asante",
            "Sir",
        ),
        ("Mrs Pillai, we called her Madam. Madam would read us stories after lunch.", "Mrs Pillai", "Madam"),
        (
            "I went to Gayaza High School near Kampala. The headmistress was Miss Robinson, and we called her Madam. "
            "Madam was very strict about shoes.",
            "Miss Robinson",
            "Madam",
        ),
        (
            "The mathematics teacher was Mr Okoro, but we all called him Sir. Sir was never late, not once.",
            "Mr Okoro",
            "Sir",
        ),
        (
            "Later I worked at the bank on Kampala Road. The manager was Mr Fernandes, Sahib we called him. Sahib "
            "had a green jeep.",
            "Mr Fernandes",
            "Sahib",
        ),
        # other wordings
        ("Our landlady was Mrs Dlamini. Missus said no visitors after nine.", "Mrs Dlamini", "Missus"),
        ("I drove for Dr Mehta for twelve years. Boss said I was the only one he trusted.", "Dr Mehta", "Boss"),
        ("In the shop it was Mr Lim who ran things; Sir paid us every Friday in cash.", "Mr Lim", "Sir"),
    ],
)
def test_a_title_alone_is_the_one_named_with_a_title(text: str, named: str, title: str) -> None:
    people = read(text).people
    assert named in people, people
    assert title not in people, people


@pytest.mark.parametrize(
    "text",
    [
        "The station master, Sharma Sahib, was very particular. Every ticket counted. Sahib would check the ledger.",
        "Our manager was Gupta Sahib. Sahib was drinking by four every day.",
    ],
)
def test_a_title_alone_after_a_name_with_the_title_after_it_is_no_one_new(text: str) -> None:
    assert "Sahib" not in read(text).people


@pytest.mark.parametrize(
    ("earlier", "text", "named", "title"),
    [
        (
            "My first job was at the post office, under Mr Boateng.",
            "Sir said I had the neatest hand.",
            "Mr Boateng",
            "Sir",
        ),
        (
            "We rented a room from Mrs Adeyemi in Brixton.",
            "Madam would knock on the door at ten sharp.",
            "Mrs Adeyemi",
            "Madam",
        ),
        (
            "Then Madam Leung, in Tai Koo Shing, thirty-first floor.",
            "The contract, Madam said no.",
            "Madam Leung",
            "Madam",
        ),
    ],
)
def test_a_title_alone_in_a_later_answer_is_the_one_named_before(
    earlier: str, text: str, named: str, title: str
) -> None:
    people = read(text, known=Known.from_answers([earlier])).people
    assert named in people, people  # the one the earlier answer named, told of again
    assert title not in people, people


# --- look-alikes: the title alone stays someone, a titled name stays that name -----------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Sir taught us that in Standard Five, with a big map on the wall.", "Sir"),  # no one named before
        ("Every Sunday Madam went to church in the big car.", "Madam"),
        ("Madam Leung said no, and that was that.", "Madam Leung"),
        ("Our neighbour Mr Jones was kind. Madam said we could not play with his son.", "Madam"),  # she, not he
        ("The doctor came. Sir said no more visitors.", "Sir"),  # a role, no one named with a title
        ("Sir and Madam went to England every summer.", "Sir"),
    ],
)
def test_a_title_alone_with_no_one_so_named_is_someone(text: str, who: str) -> None:
    assert who in read(text).people


def test_a_title_alone_in_a_later_answer_of_another_sex_is_someone() -> None:
    known = Known.from_answers(["My first job was at the post office, under Mr Boateng."])
    assert "Madam" in read("Madam said I had the neatest hand in the office.", known=known).people


def test_the_title_is_not_followed_as_a_second_person(api: Api) -> None:
    sid = story_session(api, "Kwabena", "School days in Kumasi")
    say(
        api,
        sid,
        "The headmaster, Mr Asante, we called him Sir, of course. Sir was very strict. He caned me only once, for "
        "playing football in the classroom.",
    )
    reply = say(
        api,
        sid,
        "At Akwasidae the whole town came out, the drums, the chiefs under their umbrellas, and we ate fufu until "
        "we could not move.",
    )["reply"]
    assert "Sir" not in reply, reply


# --- someone's relative said back with the owner's title ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Mrs Khan's daughter Shabnam taught me to sew, and Mrs Khan made the best samosas.",
            "Mrs Khan's daughter Shabnam",
        ),
        ("Mr. Okafor's son Emeka drove the lorry to Kano every week.", "Mr. Okafor's son Emeka"),
        ("Dr Patel's wife Meena sang at every wedding in the street.", "Dr Patel's wife Meena"),
    ],
)
def test_the_owner_keeps_the_title(text: str, said: str) -> None:
    assert said in read(text).reflections


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Staszek's cousin Bolek came with us to the coast.", "Staszek's cousin Bolek"),
        ("I thanked Mrs Khan. Ola's brother Marek carried the bags.", "Ola's brother Marek"),
    ],
)
def test_an_owner_with_no_title_is_said_as_before(text: str, said: str) -> None:
    assert said in read(text).reflections
