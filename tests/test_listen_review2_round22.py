"""Review of the round-22 listening readers with sentences of other lives (issue 9): a move after a jump in time, a
stage of life or an uprooting event ("Fast forward to 1975. I was in Melbourne by then", "Years later we ended up in
Adelaide", "Then came the war, and we fled to Tehran", "My marriage took me to Lahore"); a memory out of reach said
with other figures ("they slip away", "only a blur", "those years are a haze", "I have no memory of the crossing")
and never when it is found again in the same answer; closes said otherwise ("Let's call it a night", "I've said
enough for one afternoon") and never a stop said by someone in the story after it ("Let's stop here, said the guide",
"Enough for now, the nurse told us") nor one taken back ("Let us stop here. Actually no, …"). Each list has
look-alikes that share the words (a trip, a stay for a conference, someone else's move, a blur of work, a photo
lost, a stop in a story)."""

from __future__ import annotations

import pytest

from agent.guided import gaps, moves, wishes
from agent.guided.telling_on import told_on
from benchmarks.interviewer import _behaviour
from tests.support import Api
from tests.turns_support import say, story_session

_LONG = (
    "My mother baked bread every Friday. The whole street smelled of it. My brother and I fought over the crust. "
    "Father came home late from the mine. We sat by the stove and he told stories. "
)

_MOVES = [
    ("Fast forward to 1975. I was in Melbourne by then, working at the docks.", "Melbourne"),
    ("Skip ahead ten years. We were living in Winnipeg, three kids and a dog.", "Winnipeg"),
    ("Years later we ended up in Adelaide, where my husband found work at the railway.", "Adelaide"),
    ("By then we were in Rotterdam. My father had a job on the barges.", "Rotterdam"),
    ("By 1980 we were living in Mombasa with four children.", "Mombasa"),
    ("Then came the war, and we fled to Tehran with nothing but a suitcase.", "Tehran"),
    ("After the revolution we escaped to Vienna on foot, in 1956.", "Vienna"),
    ("After the wedding we moved to Kraków and lived with his mother for two years.", "Kraków"),
    ("After I married Tomasz I moved to Poznań and worked in the library.", "Poznań"),
    ("After my national service I went to Sheffield and worked in the steel.", "Sheffield"),
    ("After my father passed away we went to live in Accra with my uncle.", "Accra"),
    ("Then I got a job in Glasgow, at the shipyards, and I stayed there till 1980.", "Glasgow"),
    ("Anyway, in 1972 we emigrated to Toronto, and that was a whole new life.", "Toronto"),
    ("So we packed up and left for Perth in 1969, and I started at the hospital.", "Perth"),
    ("My marriage took me to Lahore, and I lived there twenty years.", "Lahore"),
    ("My husband's job took us to Aberdeen in 1975 and we stayed thirty years.", "Aberdeen"),
    ("Okay, now to Montreal. We landed in 1968 in the snow.", "Montreal"),
    ("Let me jump ahead to Auckland. We arrived in 1971 on a cold morning.", "Auckland"),
    ("Moving on to Dakar now. We got there in 1966 and rented a small flat.", "Dakar"),
    ("Fast forward to 1975. I was in Melbourne by then. " + _LONG, "Melbourne"),
]

_NOT_MOVES = [
    "Let me take you to the window, you can see the harbour from here.",
    "Now I go to Leeds every Sunday to see my sister.",
    "We went to Paris for the wedding in 1980 and came home on the Monday.",
    "My brother moved to Chicago in 1975, but I stayed in the village.",
    "Next year we go to Lisbon for our anniversary.",
    "We plan to move to Spain when my husband retires.",
    "Fast forward a bit: the baby came, and we were so happy.",
    "Years later I still think about that dog.",
    "Years later we went to Rome for our anniversary.",
    "Years later I was in Lisbon for a conference.",
    "Years later my brother moved to Chicago, and I stayed.",
    "Fast forward to 1980. We were back in Accra with my mother.",
    "After the wedding we went to Venice for a week.",
    "Then came the war, and we hid in the cellar for a month.",
    "Then I got a job at Woolworths, on the tills, in 1962.",
    "Eventually I got a job in the Post Office, sorting letters from 1970.",
    "Now to Kofi. We met in 1970 at a dance.",
    "Fast forward to 1990. I was in Hospital with my hip.",
    "Ten years later we were in Leeds for my cousin's wedding.",
    "The war took my father to Burma, and we never saw him again.",
    "My job took me to Leeds twice a week.",
]


@pytest.mark.parametrize(("text", "place"), _MOVES)
def test_a_move_after_a_jump_a_stage_or_an_uprooting_is_a_new_part(text: str, place: str) -> None:
    found = told_on(text)
    assert found is not None and found[0] == place, found


@pytest.mark.parametrize("text", _NOT_MOVES)
def test_a_trip_a_stay_a_return_or_someone_elses_move_is_no_new_part(text: str) -> None:
    assert told_on(text) is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (_LONG + "Then in 1972 we emigrated to Toronto and I started at the hospital.", "Toronto"),
        (_LONG + "In 1972 we fled to Vienna and found work in a bakery.", "Vienna"),
        (_LONG + "Then in 1964 we moved to Nairobi, and that was a new life for all of us.", "Nairobi"),
    ],
)
def test_a_move_at_the_end_of_a_long_answer_is_read(text: str, place: str) -> None:
    found = moves.moved_on(text)
    assert found is not None and found[0] == place, found


@pytest.mark.parametrize(
    "text",
    [
        _LONG + "Then in 1975 we went to Paris and I started at the Louvre for the tour.",
        _LONG + "Then my cousin moved to Leeds and started work.",
        _LONG + "Later we went to Rome for the holiday and found work fun.",
    ],
)
def test_a_trip_or_someone_elses_move_at_the_end_of_a_long_answer_is_none(text: str) -> None:
    assert moves.moved_on(text) is None


_GAPS = [
    "The song she sang, I've lost it. It's gone somewhere I can't reach.",
    "I try to see his face but there's only a blur.",
    "I've tried and tried to remember the words of that prayer, but they slip away.",
    "Those years are a haze. I couldn't tell you what happened.",
    "I have no memory of the crossing at all.",
    "Nothing is left of that time in my head.",
    "I wish I could recall the tune, but it's just not there any more.",
    "It's lost to me now, the old recipe, the way she folded it.",
    "The song is lost to me now, only the first line stays.",
    "Her face is just not there any more when I close my eyes.",
    "The prayer, I've lost the words, only the tune is left.",
    "That winter is all fog to me now.",
    "They drift away, the names of the girls in my class.",
    "There is not one memory left of that house for me.",
    "I couldn't tell you where it was, somewhere near the river.",
]

_NOT_GAPS = [
    "I can't forget the smell of the bakery, warm bread at five in the morning.",
    "I lost my ring in the river and never found it again.",
    "The house is all gone now, they built a motorway there.",
    "It won't come off, the stain on that dress.",
    "I can't tell you how happy we were that day.",
    "Those days are a blur of work and more work, we never stopped.",
    "The town was just a blur from the train window.",
    "Those years were a haze of smoke from the factory chimneys.",
    "It's not there any more, the old cinema, they built flats.",
    "The shop is not there any more, but I remember the smell of it.",
    "There's no picture of him at all, the fire took the albums.",
    "The name was not there on the list, so we went home.",
    "The song she sang, I have lost it, it slips away. No, wait, it comes back: la la, the river flows. Yes! That "
    "was it. She sang it every night.",
    "What was the song... it won't come back to me. Oh, now I have it! The river flows to the sea, she sang it "
    "every night.",
]


@pytest.mark.parametrize("text", _GAPS)
def test_a_memory_out_of_reach_said_otherwise_is_a_gap(text: str) -> None:
    assert gaps.unsure(text)


@pytest.mark.parametrize("text", _NOT_GAPS)
def test_a_place_gone_a_thing_lost_a_blur_of_work_or_a_memory_found_again_is_no_gap(text: str) -> None:
    assert not gaps.lost(text)
    assert not gaps.unsure(text)


_CLOSES = [
    "I think I've said enough for one afternoon.",
    "Let's call it a night, shall we?",
    "That's enough talking for me today.",
    "Let's end it here for today.",
    "We can call it quits now, my dear.",
    "I've told you enough for one sitting, I think.",
    "Let's wrap things up there, I'm getting tired, love.",
    "Okay, let's call it a day. Thank you.",
    _LONG + "Let us call it a day now.",
    "Let's stop there, I'd say.",
]

_NOT_CLOSES = [
    "Let's stop here, said the guide, and we all sat down on the rocks.",
    "Let's stop here and have lunch, Dad would say, every time we passed the lake.",
    "Let's call it a night, said my father, and we lay down under the cart.",
    "We'll call it a day, the captain would say when the nets were full.",
    "Let's stop here, I said to my husband, and we got out at the lake.",
    '"Let\'s call it a day," Mum said, but we kept picking till dark.',
    "Enough for now, the nurse told us, and she closed the curtain.",
    "Enough for today, the foreman shouted, and we put down our shovels.",
    "I've said enough for one day, said Grandfather, and went to bed.",
    "They called it a day at the mill in 1982 and closed it.",
    "Let us stop here. Actually no, I want to tell you about my father. He was a miner. He sang in the choir.",
    "That is enough for today. Oh wait, one more thing: the wedding. We danced all night in the barn and my uncle "
    "played the fiddle.",
]


@pytest.mark.parametrize("text", _CLOSES)
def test_a_close_said_otherwise_is_a_close(text: str) -> None:
    assert wishes.tired(text)


@pytest.mark.parametrize("text", _NOT_CLOSES)
def test_a_stop_said_in_the_story_or_taken_back_is_no_close(text: str) -> None:
    assert not wishes.tired(text)


_FIRST = "I grew up in a small village by the river. My father kept bees and my mother sewed for the neighbours."


def _topics(api: Api, sid: str) -> list[dict]:
    return api.ok("GET", f"/sessions/{sid}/topics")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Skip ahead ten years. We were living in Winnipeg, three kids and a dog.", "Winnipeg"),
        ("Then came the war, and we fled to Tehran with nothing but a suitcase.", "Tehran"),
        ("Years later we ended up in Adelaide, where my husband found work at the railway.", "Adelaide"),
    ],
)
def test_the_planner_takes_the_move_as_a_new_topic(api: Api, text: str, place: str) -> None:
    sid = story_session(api, "Marta", "Childhood by the river")
    say(api, sid, _FIRST)
    result = say(api, sid, text)
    assert _behaviour("topic", place, result["reply"], result, None, _topics(api, sid)), result["reply"]


@pytest.mark.parametrize(
    "text",
    [
        "Those years are a haze. I couldn't tell you what happened.",
        "I've tried and tried to remember the words of that prayer, but they slip away.",
        "I have no memory of the crossing at all.",
    ],
)
def test_the_planner_offers_another_way_in(api: Api, text: str) -> None:
    sid = story_session(api, "Marta", "Childhood by the river")
    say(api, sid, _FIRST)
    result = say(api, sid, text)
    assert _behaviour("gentle", "", result["reply"], result, None, None), result["reply"]


def test_the_planner_closes_on_a_close_and_not_on_a_stop_in_the_story(api: Api) -> None:
    sid = story_session(api, "Marta", "Childhood by the river")
    say(api, sid, _FIRST)
    told = say(api, sid, "Let's stop here, said the guide, and we all sat down on the rocks by the lake.")
    assert not told.get("proposed_end"), told["reply"]
    closed = say(api, sid, "Let's call it a night, shall we?")
    assert closed.get("proposed_end"), closed["reply"]
