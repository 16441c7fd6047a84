"""Review of round 25's honour work (subject_orders, own_close): its regressions fixed by category, with wordings and
look-alikes made up here (none of the personas'):

* a time said after "anything / a thing" is no subject asked for ("nobody asks me anything these days");
* more to give of things, not of talk, is no wish to go on ("I have more to give you, take the bread home");
* a thing that dries in earnest is no pot of talk not yet dry ("the paint isn't dry yet");
* a day's end given as someone's words in the story is no close ("That's fine for today, the nurse said").
"""

from __future__ import annotations

import pytest

from agent.guided import subject_orders, wishes


@pytest.mark.parametrize(
    "said",
    [
        "Nobody asks me anything these days.",
        "People never ask me anything any more.",
        "Nobody asks me a thing nowadays.",
        "The young ones never ask me anything now, only phones.",
    ],
)
def test_a_time_is_no_subject_asked_for(said: str) -> None:
    assert wishes.request(said) is None


@pytest.mark.parametrize(
    ("said", "subject"),
    [
        ("You never asked me about the shipyard. Twelve years I riveted there.", "the shipyard"),
        ("The young ones never ask me about the war. They don't want to know.", "the war"),
        ("Nobody asks me about the ferry days now.", "the ferry days"),
    ],
)
def test_a_subject_asked_for_still_is(said: str, subject: str) -> None:
    wish = wishes.request(said)
    assert wish is not None and wish.subject == subject, wish


@pytest.mark.parametrize(
    "said",
    [
        "I have more to give you, take the rest of the bread home.",
        "We have more to give you: eggs, and a jar of honey.",
        "We've still got more to give you, a basket of plums for your mother.",
    ],
)
def test_more_to_give_of_things_is_no_wish_to_go_on(said: str) -> None:
    assert not wishes.not_done(said)


@pytest.mark.parametrize(
    "said",
    [
        "I've got lots more in me, keep going.",
        "We still have more to give you, so ask away.",
        "I have more to give you about the mill, love.",
    ],
)
def test_more_to_give_of_talk_still_is(said: str) -> None:
    assert wishes.not_done(said)


@pytest.mark.parametrize(
    "said",
    [
        "That's fine for today, the nurse said, and took the needle out.",
        "That's it for tonight, Dad said, and switched off the telly.",
        "That's all for today, teacher told us.",
    ],
)
def test_a_days_end_told_as_someones_words_is_no_close(said: str) -> None:
    assert not wishes.tired(said)


@pytest.mark.parametrize(
    "said",
    [
        "Right, that's us done for today.",
        "That's all for this morning, ta.",
        "Okay, that's plenty for tonight, thank you, dear.",
        "That's me done for today, my knee says so.",
        "That's fine for today, my throat tells me so.",
    ],
)
def test_a_days_end_said_now_still_closes(said: str) -> None:
    assert wishes.tired(said)


@pytest.mark.parametrize(
    "said",
    [
        "The paint isn't dry yet, don't touch the door.",
        "The washing is not dry yet, it rained all morning.",
        "Careful, the plaster on that wall isn't dry yet.",
    ],
)
def test_a_thing_that_dries_is_no_wish_to_go_on(said: str) -> None:
    assert not wishes.not_done(said)


@pytest.mark.parametrize(
    "said",
    ["The pot isn't dry yet, love, ask me another.", "My well is not dry yet. Go on, ask."],
)
def test_a_pot_of_talk_not_dry_yet_still_goes_on(said: str) -> None:
    assert wishes.not_done(said)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody asks me about the football these days.",
        "The grandchildren never ask me about the farm any more.",
        "People never ask about the old mill nowadays.",
    ],
)
def test_others_not_asking_now_is_a_lament_not_a_subject_asked_for(text: str) -> None:
    assert subject_orders.ordered(text) is None


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The young ones never ask me the stokehold.", "the stokehold"),
        ("Nobody ever asks me about the ferries.", "the ferries"),
    ],
)
def test_others_not_asking_without_a_time_of_now_is_still_a_subject(text: str, subject: str) -> None:
    found = subject_orders.ordered(text)
    assert found is not None and found[0] == subject
