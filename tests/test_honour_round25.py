"""Round 25's misses of a subject asked for and of the wish to go on or stop, fixed by category (wordings and
look-alikes made up here, none of the personas'):

* a subject asked for as a reproach ("you never asked me about X"), an order about the record ("write down X",
  "put X in", "get me onto X", "don't leave out X") or a thing to tell before the listener goes ("I must tell you
  about X before you leave"): taken up by name (agent.guided.subject_orders through wishes.request);
* not done yet said as more to give ("I've still got plenty in me", "the pot isn't dry yet", "don't pack up yet")
  (agent.guided.own_close.more_to_give);
* a close said in the teller's own words: "that's it for tonight", the body spent and a thanks or goodbye in any
  language at the end (agent.guided.own_close.closes through wishes.tired), in a story and in a practice.
"""

from __future__ import annotations

import pytest

from agent.guided import wishes
from tests.support import Api
from tests.turns_support import say, story_session, template_session

# --- a subject asked for as a reproach, an order about the record, or before the listener goes ----------------


@pytest.mark.parametrize(
    ("said", "subject"),
    [
        ("You never asked me about the dance hall. We went every Saturday.", "the dance hall"),
        ("You haven't asked about my brother Tomas yet, and he was the wild one.", "my brother Tomas"),
        ("The grandchildren never ask me the tannery. Only phones, phones.", "the tannery"),
        ("Write the flood down, love. The water came up to the second step.", "the flood"),
        ("Put in the tram depot too, that was my first job.", "the tram depot"),
        ("Don't leave out the harvest dances, they were the best of it.", "the harvest dances"),
        ("If you want a good story, get me onto the regatta. Nobody rowed like my father.", "the regatta"),
        ("I must tell you about the orchard before you leave. Apples as far as you could see.", "the orchard"),
    ],
)
def test_a_subject_asked_for_otherwise_is_taken_up(said: str, subject: str) -> None:
    wish = wishes.request(said)
    assert wish is not None and wish.kind == "ask" and wish.subject == subject, wish


@pytest.mark.parametrize(
    "said",
    [
        "You didn't ask me to sit down, but I will anyway.",
        '"Write down the address for me," she said, and I did, on the back of a tram ticket.',
        "He never asked me about the money, not once in forty years.",
        "Put the kettle on, love, and I'll tell you.",
        "My mother said: write down everything they tell you.",
        "I had to tell the police about the car before they left.",
        "They never asked me about it, and I never told.",
        "You didn't ask me if I was hungry, so I'll say it: I am.",
        "People never ask me how old I am any more.",
        "Put the baby down, she's asleep.",
        "Get me onto the bus, I begged the driver, and he did.",
    ],
)
def test_no_subject_asked_for(said: str) -> None:
    assert wishes.request(said) is None


def test_a_reproach_gets_the_subject_by_name(api: Api) -> None:
    sid = story_session(api, "Aurelio", "Youth in Oaxaca")
    say(api, sid, "We lived near the market, my father sold baskets and my mother cooked for the whole street.")
    result = say(api, sid, "You never asked me about the brass band yet.")
    assert "brass band" in result["reply"], result["reply"]
    assert not result["proposed_end"], result["reply"]


def test_an_order_about_the_record_gets_the_subject_by_name(api: Api) -> None:
    sid = story_session(api, "Greta", "Girlhood on Fanø")
    say(api, sid, "Our house stood behind the dunes, and my grandfather mended nets in the shed all winter.")
    result = say(api, sid, "First, put the storm of sixty-two in, love. Nobody here remembers it like I do.")
    assert "storm of sixty-two" in result["reply"], result["reply"]


# --- not done yet, said as more to give ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Oh, I've still got plenty in me, love, ask away.",
        "Don't pack up yet, I haven't told you the best of it.",
        "The pot isn't dry yet. Pour yourself another and we'll go on.",
        "Stay a little. We have more to give you than that.",
    ],
)
def test_more_to_give_is_not_done(said: str) -> None:
    assert wishes.not_done(said) and not wishes.tired(said)


@pytest.mark.parametrize(
    "said",
    [
        "She had more to give than any of us, and she gave it all.",
        "The well was not empty yet, but the men were already fighting over it.",
        "We had to pack up the house in a week.",
    ],
)
def test_more_told_of_then_is_no_wish(said: str) -> None:
    assert not wishes.not_done(said)


# --- a close said in the teller's own words ------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Okay. That's fine for tonight. Mahalo.",
        "Well. That's all for this evening. Köszönöm.",
        "My wrists are burning, I can't feel the strings. Siyabonga, bye bye.",
        "My thumbs are numb from the keys. Ke a leboga, good night.",
    ],
)
def test_a_close_in_ones_own_words_is_a_stop(said: str) -> None:
    assert wishes.tired(said)


@pytest.mark.parametrize(
    "said",
    [
        "That's good for today's lunch, my mother always said, and she cut the bread.",
        "My hands were finished after the harvest. Good night, she said.",
        "My legs were dead after the march. We slept in the barn. Good night, said the farmer.",
        "Goodbye, Malta.",
        "It's fine for now, thank you, the doctor says it will heal.",
        "It's good for today, but tomorrow the rain comes back.",
        "He kissed the children and turned off the lamp. Good night, my little ones.",
    ],
)
def test_a_close_told_of_then_is_no_stop(said: str) -> None:
    assert not wishes.tired(said)


def test_a_story_ends_on_a_close_in_ones_own_words(api: Api) -> None:
    sid = story_session(api, "Sipho", "Boyhood in Soweto")
    say(api, sid, "We lived in Orlando East, four rooms, and my grandmother kept chickens behind the coal stove.")
    result = say(api, sid, "Okay. That's fine for tonight. Ngiyabonga.")
    assert result["proposed_end"], result["reply"]


FLUTE = {
    "name": "Evening flute",
    "kind": "practice",
    "intention": "Ready for the church concert",
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 10, "items": [{"name": "Long notes"}]},
            {"name": "Pieces", "duration_minutes": 20, "items": [{"name": "Syrinx"}]},
        ]
    },
}


def test_a_practice_ends_on_the_body_spent_and_thanks_in_another_language(api: Api) -> None:
    sid = template_session(api, "Nomsa", FLUTE, scheduled_duration_minutes=30)
    say(api, sid, "Long notes done, ten minutes, nice and round.")
    say(api, sid, "Syrinx I didn't touch today, maybe tomorrow.")
    result = say(api, sid, "My lips are finished, they buzz. Ngiyabonga, good night.")
    assert result["proposed_end"], result["reply"]
