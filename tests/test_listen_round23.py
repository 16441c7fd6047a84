"""Round 23 (held-out) listening misses, fixed by category:

* address: a nickname in quotes in the display name is what the person answers to ("Maryvonne 'Vonig' Le Bihan" is
  Vonig), and a courtesy title opening it asks for the title and surname ("Mr. Cleveland Arzu" is Mr. Arzu);
* topic: the wish to tell the journey to a place ("now, I want to tell you how I got to New York"), and a move opened
  by the teller's age ("At sixteen I went to Bangkok, like all the girls from our village");
* gentle: a time of one's own life not called up, said as "nothing comes", by others' telling ("my cousins tell me
  we …, but I cannot see it myself") or as a spoilt page ("it is like a page that got wet");
* follow: "wait, I haven't finished, there is still how he wrote to Mamm" asks about what is left, with "he" said as
  the one named last; "I'm not finished with Gourin, there is still the school" asks about the school;
* a sentence opening "It's …" said after "Well." is no heading of a new subject ("Well. It's seventy years.").
Each with other wordings and look-alikes that must not trigger."""

from __future__ import annotations

import pytest

from agent.guided import gaps, wishes
from agent.guided.left_to_tell import still_to_tell
from agent.guided.memory_unseen import unseen
from agent.guided.naming import address_name
from agent.guided.opening_moves import opened_on
from agent.guided.teller_name import own_names
from agent.guided.telling_on import told_on
from benchmarks.interviewer import _behaviour
from tests.support import Api
from tests.turns_support import say, story_session


@pytest.mark.parametrize(
    ("display", "called"),
    [
        ("Maryvonne 'Vonig' Le Bihan", "Vonig"),
        ('Robert "Bobby" Jones', "Bobby"),
        ("Margaret “Peggy” O'Neill", "Peggy"),
        ("Kwame ‘Kojo’ Mensah", "Kojo"),
        ("Mr. Cleveland Arzu", "Mr. Arzu"),
        ("Mrs Edith Hale", "Mrs Hale"),
        ("Dr. Amara Obi", "Dr. Obi"),
        ("Señora Ana Ortega", "Señora Ortega"),
        ("Dr Jan van der Berg", "Dr van der Berg"),
        # look-alikes: an apostrophe inside a name is no quote; a title before a name in brackets, an honour, none
        ("Mary O'Brien", "Mary"),
        ("D'Arcy Wentworth", "D'Arcy"),
        ("Dr. Okafor (Chidi Okafor)", "Chidi"),
        ("Sir John Smith", "John"),
        ("Misty Rivers", "Misty"),
        ("Mrs Smith", "Smith"),
        ("Kui Sione Havili", "Sione"),
    ],
)
def test_the_name_to_greet_by(display: str, called: str) -> None:
    assert address_name(display) == called


def test_the_given_name_stays_the_tellers_own_beside_the_nickname_or_the_title() -> None:
    assert {"vonig", "maryvonne"} <= own_names("Maryvonne 'Vonig' Le Bihan")
    assert "cleveland" in own_names("Mr. Cleveland Arzu")


def test_the_opening_greets_by_the_nickname_and_by_the_title(api: Api) -> None:
    for display, called in (("Margaret 'Peggy' Doyle", "Peggy"), ("Mrs. Edith Hale", "Mrs. Hale")):
        person = api.ok("POST", "/people", json={"display_name": display})
        body = {"person_id": person["id"], "name": "Girlhood", "start": True, "scheduled_duration_minutes": 60}
        session = api.ok("POST", "/sessions", json=body)
        items = api.ok("GET", f"/sessions/{session['id']}/interactions")["items"]
        opening = items[0]["agent_prompt"]
        assert called in opening and display not in opening, opening


_JOURNEYS = [
    ("Bremañ, now, I want to tell you how I got to New York, that's the part my son asks for. 1955, I was nineteen.",
     "New York"),
    ("I'd like to tell you how we came to Canada. It was 1968 and it was snowing.", "Canada"),
    ("Now I would love to tell you about how I ended up in Leeds, it is a long story.", "Leeds"),
    ("Achha, I really want to tell you how we got to Nairobi, on the lorry with the goats.", "Nairobi"),
]  # fmt: skip
_NOT_JOURNEYS = [
    "I don't want to tell you how I got to Leeds. It was bad.",
    "She wanted to tell me how she got to Lagos, but the bus came.",
    "I want to tell you how I got to Paris for the wedding, on the night train.",
    "I want to tell you how we got back to Gourin after the war.",
    "I want to tell you how I got to school every morning, across the river.",
]


@pytest.mark.parametrize(("text", "place"), _JOURNEYS)
def test_the_wish_to_tell_the_journey_to_a_place_is_a_new_part(text: str, place: str) -> None:
    found = told_on(text)
    assert found is not None and found[0] == place, found


@pytest.mark.parametrize("text", _NOT_JOURNEYS)
def test_a_journey_denied_someone_elses_a_trip_or_a_return_is_none(text: str) -> None:
    assert told_on(text) is None


_AGED_MOVES = [
    ("At sixteen I went to Manila, like all the girls from our barrio. A cousin met us at the pier.", "Manila"),
    ("When I was seventeen I came to Lagos with one bag. My aunt found me a place in a bakery.", "Lagos"),
    ("At the age of 19, I went to Glasgow. A man from the yards met the boat.", "Glasgow"),
    ("Aged 20 we moved to Leeds, into two rooms above a chemist.", "Leeds"),
    ("When I was six we moved to Leeds. Dad found work at the mill.", "Leeds"),
]
_NOT_AGED_MOVES = [
    "When I was ten we went to Blackpool. The sea was grey and Dad bought chips.",
    "At sixteen I went to Paris for a weekend with my aunt.",
    "At sixteen I went to Mass every day with my grandmother.",
    "At first I went to Leeds, then to York. It rained.",
    "At eighteen I went to London to see the Queen.",
    "At seventeen I went to Cork, to the shop for my mother's coat.",
    "I went to Bangkok for a weekend. It was hot.",
]


@pytest.mark.parametrize(("text", "place"), _AGED_MOVES)
def test_going_to_a_city_at_an_age_of_leaving_home_is_a_move(text: str, place: str) -> None:
    found = opened_on(text)
    assert found is not None and found[0] == place, found


@pytest.mark.parametrize("text", _NOT_AGED_MOVES)
def test_a_childs_outing_a_visit_a_habit_or_no_age_is_none(text: str) -> None:
    assert opened_on(text) is None


def test_the_move_at_sixteen_becomes_a_topic(api: Api) -> None:
    sid = story_session(api, "Rosalind", "Girlhood in Iloilo")
    say(api, sid, "We had a carabao called Kidlat, and my Lola made rice cakes every Sunday for the church.")
    result = say(
        api,
        sid,
        "At sixteen I went to Manila, like all the girls from our barrio after the harvest. A cousin of my father met "
        "us at the pier, and a Chinese family in Binondo gave us beds above their shop, six girls in one room.",
    )
    topics = api.ok("GET", f"/sessions/{sid}/topics")
    assert _behaviour("topic", "Manila", result["reply"], result, None, topics), result["reply"]


_UNSEEN = [
    "Songkran, the New Year, when I was small... nothing comes. My cousins tell me we poured scented water over "
    "Grandmother's hands, and I believe them, but I cannot see it myself. It is like a page that got wet.",
    "My first school, I reach for it and nothing comes back to me.",
    "The house in Jaffna when I was a child... nothing comes.",
    "Mum says I sang at my uncle's wedding, on a table. I don't see it, not at all.",
    "They told me we lived over the bakery. I have to take their word for it.",
    "My brother tells me we had a dog called Max, but I cannot see it myself.",
    "The village before the war, it's like a photograph left in the sun.",
    "That year? It is all smudged, like ink in the rain.",
]
_SEEN = [
    "We planted the seeds and waited, but nothing comes of it if there's no rain.",
    "We waited at the crossroads for hours, nothing comes down that road on a Sunday.",
    "Her bread, nothing comes close to it, even now.",
    "We tried the pump by the school, nothing comes.",
    "People say we'll win the cup this year, but I can't see it myself.",
    "He said I should sell the farm. I can't see it myself.",
    "My sister said she saw a ghost in the barn, but I cannot see it myself.",
    "The letter from Mamm was like a page that got wet, all the ink run.",
    "The map is like a page that got wet.",
    "My cousins tell me we poured water over her hands, and I remember it well, her laugh.",
]


@pytest.mark.parametrize("text", _UNSEEN)
def test_a_time_of_ones_own_not_called_up_is_a_gap(text: str) -> None:
    assert unseen(text) and gaps.lost(text) and gaps.unsure(text)


@pytest.mark.parametrize("text", _SEEN)
def test_an_outcome_a_doubt_a_thing_or_a_memory_held_is_none(text: str) -> None:
    assert not unseen(text)


def test_the_gap_told_by_others_gets_a_gentler_way_in(api: Api) -> None:
    sid = story_session(api, "Malee", "Girlhood in Ubon")
    say(api, sid, "Our buffalo was called Old Smoke, and my big brother Somsak rode him to the pond every evening.")
    result = say(api, sid, _UNSEEN[0])
    assert _behaviour("gentle", "", result["reply"], result, None, []), result["reply"]


_LEFT = [
    ("At home my uncle played the bombarde. Job danced as if the floor was on fire. At two in the morning he took my "
     "hand. Wait, wait, I haven't finished, there is still how he wrote to Mamm to ask for me.",
     "how Job wrote to Mamm to ask for me"),
    ("Anna sent the money for the ticket. I'm not done yet. There's still the part where she met the boat.",
     "the part where Anna met the boat"),
    ("I'm not done, there is still how we met.", "how we met"),
    ("Ya. Well. It's seventy years. No, go on, I'm not finished with Gourin yet, there is still the school.",
     "the school"),
    ("We're not done with the farm, there's still the old barn.", "the old barn"),
]  # fmt: skip
_NOT_LEFT = [
    "I haven't finished my tea, there is still the biscuit.",
    "We waited and waited. There is still how to pay the men, he said.",
    "Wait, there is still how he built it.",
    "The roof isn't finished, there is still how to get the slates up.",
]


@pytest.mark.parametrize(("text", "left"), _LEFT)
def test_what_the_teller_not_finished_says_is_still_to_tell(text: str, left: str) -> None:
    assert still_to_tell(text) == left


@pytest.mark.parametrize("text", _NOT_LEFT)
def test_a_thing_of_now_someone_elses_words_or_wait_alone_is_none(text: str) -> None:
    assert still_to_tell(text) is None


def test_what_is_still_to_tell_is_asked_about_by_name(api: Api) -> None:
    sid = story_session(api, "Vonnie", "Years in New York")
    say(api, sid, "We danced in the basement of the church on Sundays, a long chain, holding by the little finger.")
    result = say(api, sid, _LEFT[0][0])
    assert "Job" in result["reply"] and "wrote" in result["reply"], result["reply"]


@pytest.mark.parametrize(
    "text",
    [
        "Ya. Well. It's seventy years. No, go on.",
        "Well. That's how it was. We went home.",
        "So. It's a long time ago now. But I remember the bell.",
    ],
)
def test_a_sentence_that_tells_is_no_heading_of_a_new_subject(text: str) -> None:
    assert wishes.request(text) is None


def test_a_heading_after_a_marker_is_still_a_new_subject() -> None:
    found = wishes.request("So. Los Angeles. In 1976 we came with two suitcases.")
    assert found is not None and found.subject == "Los Angeles"
