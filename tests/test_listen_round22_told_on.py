"""Round 22 (held-out, topic 0/3): the teller taking the telling on to a new part of the life, said as a turn of the
telling ("Okay, now I take you down the line to Cochrane.", "Now I go to Ostrava. In 1969 …", "Now I go to the city.
In 1982 I flew to Ulaanbaatar …") got no topic: the guide's words are none of the move verbs ``opening_moves`` reads,
"the city" is no name, and Ostrava, named in passing in an earlier answer, was held to be told already. Other
wordings (other places, other verbs of the guide, a stage of life, a span of years) must now be topics; look-alikes (a
habit of now, a trip, a return, a sight shown, a stage with no move) must not."""

from __future__ import annotations

import pytest

from agent.guided.telling_on import told_on
from benchmarks.interviewer import _behaviour
from tests.support import Api
from tests.turns_support import say, story_session

_MOVES = [
    ("Okay, now I take you down the line to Sudbury. In 1966 I married Ernest and we took the train south.", "Sudbury"),
    ("Now I go to Katowice. In 1970 a man from the mine came to the village and said there is work.", "Katowice"),
    ("Now I go to the city. In 1979 I flew to Nairobi on the old Dakota from Kisumu, my first airplane.", "Nairobi"),
    ("Let me take you to Lagos now. We arrived in 1975 and I found work at the port.", "Lagos"),
    ("So now we come to Leeds. In 1958 my husband found a job in the mills.", "Leeds"),
    ("Now I bring you over to Glasgow. I started at the yards in 1961.", "Glasgow"),
    ("Now we move on to Mombasa. In 1970 I took a post at the hospital there.", "Mombasa"),
    ("Then came the years in Manchester. We had a flat above a chemist's.", "Manchester"),
    ("Now the Toronto years. I cleaned offices at night and my husband drove a cab.", "Toronto"),
    ("After the army, I went to Gdansk and worked at the shipyard for twelve years.", "Gdansk"),
    ("Next I take you to the capital. In 1990 we moved to Kampala with the children.", "Kampala"),
    ("Alright, now I go to Bradford. 1972, my uncle wrote that the mills want men.", "Bradford"),
    ("Achha, now I take you to Dubai. In 1984 I went on a work visa and lived in a camp with forty men.", "Dubai"),
    ("Za, now we go to the coast. In 1988 we came to Mombasa on the night bus.", "Mombasa"),
    ("Now I jump to Melbourne. We landed in 1969 with two trunks and a baby.", "Melbourne"),
    ("So, the Winnipeg part. We came in 1971 and I sewed coats at the factory.", "Winnipeg"),
    ("Then life took me to Coventry. In 1962 I started on the buses.", "Coventry"),
    ("Now I take you south, to Durban. In 1974 we moved into a flat in Berea.", "Durban"),
    ("Now let's go to Hamilton. I started at the steel plant in 1965.", "Hamilton"),
]

_NOT_MOVES = [
    "Now I go to the clinic twice a week for my legs.",
    "Now I go to Leeds to see my sister every month.",
    "Now we go to Paris for the wedding, in June.",
    "Now I go back to Accra, to the house of my father. It was blue.",
    "Let me take you to the window, you can see the river from here.",
    "After the war, we stayed in Leeds with my aunt.",
    "Now I go to bed early, the doctor says so.",
    "Now I take you to the photo album, look at this one.",
    "Now we go to Mass on Sundays, all of us.",
    "Then came the years of hunger. Nobody had bread.",
    "Now I go to Tesco myself, I like to choose.",
    "Then came Christmas. We had a goose and my uncle sang.",
    "Now I go to the city sometimes, to the market, to sell the cheese.",
    "Now we come to the hard part. My father was taken.",
    "Let me take you to the kitchen, that is where Mother was always.",
    "Then the work took me to the hospital every night.",
    "The war years. We had nothing.",
]


@pytest.mark.parametrize(("text", "place"), _MOVES)
def test_a_turn_of_the_telling_to_a_new_place_is_a_move(text: str, place: str) -> None:
    found = told_on(text)
    assert found is not None and found[0] == place, found


@pytest.mark.parametrize("text", _NOT_MOVES)
def test_a_habit_a_trip_a_sight_or_a_stage_without_a_move_is_none(text: str) -> None:
    assert told_on(text) is None


_FIRST = (
    "I grew up in Svinia, by the stream, in a house of clay my father built. In 1965 my uncle went to work in Kosice "
    "and sent us a postcard of the big steelworks, with the chimneys."
)
_KOSICE = (
    "Now I go to Kosice. In 1970 I took the train with a cardboard suitcase and went to the steelworks, by the furnace,"
    " twelve-hour shifts, and the foreman, Mr Balog, a hard man but fair."
)
_CITY = (
    "Now I go to the city. In 1982 I flew to Almaty on the old plane from Taldykorgan, my first airplane, and I worked "
    "at the wool factory sorting the fleece all day, and there I met Serik."
)


def _topics(api: Api, sid: str) -> list[str]:
    return [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]


def test_a_place_named_in_passing_before_is_a_new_part_when_the_teller_takes_the_telling_there(api: Api) -> None:
    sid = story_session(api, "Jozef", "Boyhood in Svinia")
    say(api, sid, _FIRST)
    result = say(api, sid, _KOSICE)
    assert any("Kosice" in t for t in _topics(api, sid)), _topics(api, sid)
    assert _behaviour("topic", "Kosice", result["reply"], result, None, api.ok("GET", f"/sessions/{sid}/topics"))


def test_the_city_is_the_one_the_next_sentence_names(api: Api) -> None:
    sid = story_session(api, "Aigerim", "Girlhood on the steppe")
    say(api, sid, "We had sheep and two camels, and my grandmother Aisha made the cheese on the roof of the house.")
    result = say(api, sid, _CITY)
    assert any("Almaty" in t for t in _topics(api, sid)), _topics(api, sid)
    assert "Almaty" in result["reply"], result["reply"]


def test_a_place_the_session_is_about_is_no_new_part(api: Api) -> None:
    sid = story_session(api, "Jozef", "The Kosice years")
    say(api, sid, _FIRST)
    say(api, sid, _KOSICE)
    assert not any("Kosice" in t for t in _topics(api, sid)), _topics(api, sid)
