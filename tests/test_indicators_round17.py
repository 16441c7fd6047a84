"""Indicators read by category (round 17's misses), in lives and wording of no benchmark persona: a promise
for another time said in the plain present tells nothing yet; a relative's growing up is not the teller's;
a trade said without its article is a job; a general word said as it is ("I got work") does not meet an
indicator naming its particular place; a thing built is told by the steps of building it; fishing by going
out for a catch; a score with few misses is few mistakes; an indicator's doing ("Annotates") is not told by
a general family's word alone. In study sessions: a norm asked by what should be, one of a set is not the
set, a class word is asked by its members. Each with look-alikes that must meet nothing."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided.records import answered_marks
from tests.support import Api, indicators_marked

MET = [
    # the same words as the promises below, told with no later time
    ("Her wedding in Izmir", "I tell you, we married in Izmir in the spring of '58, in my aunt's garden."),
    (
        "Her wedding in Izmir",
        "Every time I tell you about the wedding I laugh: we married in Izmir, in my aunt's garden.",
    ),
    # the children's growing up, told of them
    ("Her children growing up", "Our boys grew up on the farm, Piet drove the tractor at ten and Jan fed the calves."),
    # a trade without its article, as many speak it
    (
        "Her work on the trams in Lisbon",
        "In 1970 I was conductor on the trams in Lisbon, I punched the tickets all day.",
    ),
    ("His job in Nairobi", "In '64 I went to Nairobi and I was clerk in the railway office, stamping the waybills."),
    # the work told with its place
    (
        "His work at Harland's",
        "Forty years at Harland's: I riveted hulls on three shifts, and we worked on the Canberra.",
    ),
    # built, told by its pieces, their joining and their stacking
    (
        "How the longhouse was built",
        "The longhouse? The men cut the posts in the forest and stood them in two rows, then they lashed the beams "
        "across with rattan, and the thatch went on top, layer over layer.",
    ),
    (
        "How the sod house was built",
        "Father cut the sods in blocks from the prairie, stacked them grass side down in courses, and pegged the "
        "poles across for the roof.",
    ),
    # fishing told by going out for a catch
    (
        "Her grandfather's boat and the fishing",
        "Nonno had the Santa Rita, a little gozzo, and he rowed out before dawn for the anchovies with his brother.",
    ),
    (
        "His uncle's boat and the fishing",
        "Uncle Kofi kept the canoe on the beach at Elmina and went out every night for the mullet.",
    ),
    # a score with few misses
    ("Spells the word list with few mistakes", "The spelling list, I got 18 out of 20."),
    ("Answers the times tables with few errors", "Times tables, forty-five correct, the other three I mixed up."),
    ("Answers the times tables with few errors", "The times tables, only one wrong, the sevens."),
    ("Answers the times tables with few errors", "The times tables, no mistakes, I did them twice."),
    ("Answers the times tables with few errors", "The times tables, full marks, even the sevens."),
]

NOT_MET = [
    # promised for another time, in the plain present
    (
        "How she met Tomasz",
        "Ach, enough now, the soup is waiting. Next week I tell you how I met Tomasz, at the dance in Lodz.",
    ),
    ("Her wedding in Izmir", "Enough for today. Another day I tell you the wedding in Izmir, the garden, the dancing."),
    # the teller's own childhood is not her children's growing up
    ("Her children growing up", "When I was six we moved to the coast, and I grew up by the harbour with my cousins."),
    ("His children growing up", "As a boy I grew up on the farm, and at ten I drove the tractor."),
    # no trade: an honour at a wedding; someone else's trade
    ("Her job in Nairobi", "In Nairobi I was maid of honour at my sister's wedding."),
    (
        "Her work on the trams in Lisbon",
        "My uncle was conductor on the trams in Lisbon, he punched the tickets all day.",
    ),
    # any work, said in passing: not the named one
    ("His work at the Drydocks", "I played in the band for nine years. Then I got work and no more time for the band."),
    ("Her job at Woolworths", "We sang in the choir every Sunday. After that I found a job and gave up the choir."),
    # a boat tied to posts and nets laid out: nothing built
    (
        "How the boathouse was built",
        "We tied the boat to the posts by the boathouse and laid the nets out on the wall to dry.",
    ),
    # a catch bought or eaten, a boat out for the day: no fishing
    (
        "His father's boat and the fishing",
        "Every Friday my father went out to the chippy for the hake, and the boat on the shelf was his model.",
    ),
    (
        "His father's boat and the fishing",
        "My father's boat took us out for the day, and we ate octopus in the harbour.",
    ),
    # many misses, no tries given, or "the other two of us"
    ("Answers the times tables with few errors", "Times tables, twelve correct, the other eighteen I mixed up."),
    ("Answers the times tables with few errors", "Times tables, I did twenty correct and then my head was tired."),
    (
        "Answers the times tables with few errors",
        "The times tables, twenty correct, the other two of us went home early.",
    ),
    # many mistakes, or "all right" that is no score
    ("Answers the times tables with few errors", "The times tables, I made mistakes all over, quite a few mistakes."),
    ("Answers the times tables with few errors", "The times tables, it's all right, I'll do them tomorrow."),
    # the doing untold, the rest only in a general word: playing is no annotating, singing no writing
    ("Annotates one of her games", "We played at the club till ten, Rezo and me."),
    ("Writes one of the songs", "We sang in the kitchen all evening, the old ones."),
]


@pytest.mark.parametrize(("indicator", "answer"), MET)
def test_met(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


@pytest.mark.parametrize(("indicator", "answer"), NOT_MET)
def test_not_met(api: Api, indicator: str, answer: str) -> None:
    assert indicators_marked(api, [indicator], [answer]) == {}


def test_annotating_told_in_its_own_words_is_met(api: Api) -> None:
    """The doing told otherwise ("wrote notes by every move") with its game: met."""
    answer = "I went through my game from Tuesday and wrote notes by every move."
    assert set(indicators_marked(api, ["Annotates one of her games"], [answer])) == {0}


@pytest.mark.parametrize(
    ("aim", "prompt", "met"),
    [
        # the norm ("safe", "correct", "required") asked as what should, must or has to be
        ("Knows the safe cooking temperature", "To what core temperature should food be cooked?", True),
        ("Knows the correct tyre pressure", "What pressure must the tyres be kept at?", True),
        ("Knows the required fencing height", "How high does a pool fence have to be?", True),  # height as "how high"
        ("Knows the recommended sleep hours", "How many hours of sleep should a teenager get?", True),
        # look-alikes: no norm asked, or another thing's norm
        ("Knows the safe cooking temperature", "At what temperature does water boil when cooking pasta?", False),
        ("Knows the safe cooking temperature", "At what temperature should a freezer be kept?", False),
        ("Knows the correct tyre pressure", "What is the pressure of the air at sea level?", False),
    ],
)
def test_a_norm_is_asked_by_what_should_be(aim: str, prompt: str, met: bool) -> None:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}])
    marks = answered_marks(ctx, prompt, "x")  # type: ignore[arg-type]
    assert [m.index for m in marks] == ([0] if met else [])


@pytest.mark.parametrize(
    ("aim", "prompt", "other", "met"),
    [
        # one of a set asked, another question of the set still to answer: not the set known yet
        (
            "Knows the recycling bin colours",
            "What colour recycling bin takes the glass bottles?",
            "What colour recycling bin takes the paper?",
            False,
        ),
        (
            "Knows the flag signals",
            "Which signal flag means 'man overboard'?",
            "Which signal flag means 'diver down'?",
            False,
        ),
        (
            "Knows the flags of the Nordic countries",
            "Which flag of the Nordic countries is a white cross on red?",
            "Which flag of the Nordic countries is a blue cross on white?",
            False,
        ),
        # the set asked whole, or a verb in -s: asked
        ("Knows the recycling bin colours", "What colours are the recycling bins?", "What is 2 and 2?", True),
        (
            "Knows the flags of the Nordic countries",
            "Which flags of the Nordic countries have a cross?",
            "What is 2 and 2?",
            True,
        ),
        ("Knows where the Danube rises", "Where does the Danube rise?", "What is 2 and 2?", True),
    ],
)
def test_one_of_a_set_is_not_the_set(aim: str, prompt: str, other: str, met: bool) -> None:
    # (review3, decided: an indicator naming a set is met once every question asking one of it is answered right)
    quiz = {"questions": [{"id": "q1", "prompt": prompt}, {"id": "q2", "prompt": other}]}
    ctx = SimpleNamespace(success_indicators=[{"text": aim}], data=quiz)
    marks = answered_marks(ctx, prompt, "x", {"q1": True})  # type: ignore[arg-type]
    assert [m.index for m in marks] == ([0] if met else [])


@pytest.mark.parametrize(
    ("aim", "prompt", "met"),
    [
        # a class word asked by its members
        (
            "Knows which vessel has right of way",
            "A rowing boat meets a ferry in the channel: which one has right of way?",
            True,
        ),
        ("Knows which vessel gives way", "Two sailboats meet on opposite tacks: which one gives way?", True),
        ("Knows the sound signals", "How many long blasts of the horn mean 'I am leaving the dock'?", True),
        # look-alikes: the giving way of no vessel, a boat asked of something else, a sound that is no signal
        ("Knows the sound signals", "What sound does a loon make at night?", False),
        ("Knows which vessel gives way", "Who gives way at a roundabout?", False),
        ("Knows which vessel gives way", "Which knot ties a boat to a cleat?", False),
    ],
)
def test_a_class_word_is_asked_by_its_members(aim: str, prompt: str, met: bool) -> None:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}])
    marks = answered_marks(ctx, prompt, "x")  # type: ignore[arg-type]
    assert [m.index for m in marks] == ([0] if met else [])
