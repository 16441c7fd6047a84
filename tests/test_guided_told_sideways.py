"""The guided interviewer hears what is told sideways (issue 9, held-out round 11).

A death told only by its rites and by what changed after (the body borne from the church, an
instrument put away for good, a feast no longer watched, a send-off on the water, things kept
where the dead left them), a memory lost said as weather ("the wind carried that clean out of my
head"), a wish said as what others must hear, as a story still owed, or as an order to put
something in the record, and a long answer followed by the one it comes back to. Every wording
here differs from the persona files; each case has look-alikes that must not trigger.
"""

from __future__ import annotations

import re

import pytest

from agent.guided import gaps, grief, mourning, wishes
from agent.guided.story import as_said
from tests.support import Api
from tests.turns_support import question_id, say, story_session


@pytest.mark.parametrize(
    "answer",
    [
        "The winter Grandpa Ilie went up the hill, the neighbours bore him on their shoulders from the church; "
        "nobody would hear of the cart. His accordion went into its case under the bed and nobody took it out.",
        "The surf club paddled Gran out past the reef in March, the way she wanted. Her reading glasses are still "
        "lying on the windowsill, and I wipe them whenever I pass.",
        "When the harvest floats came up Rua Direita, Mother pulled the shutters and we stayed in the back room. "
        "Every year the same. Since that autumn, nobody brings me figs.",
        "We scattered Uncle Tomasz's ashes off the pier at Sopot, as he asked.",
    ],
    ids=["borne-from-church", "paddled-out", "shutters-every-year", "ashes"],
)
def test_a_death_told_by_its_rites_and_what_changed_after_is_met_with_care(api: Api, answer: str) -> None:
    """No word for dying: the body borne from the church and the accordion never taken out again,
    a send-off on the water and glasses kept where she left them, the floats not watched every
    year and a custom nobody keeps for her now, someone's ashes. Care, not a stock question."""
    sid = story_session(api, "Ileana", "Growing up")
    result = say(api, sid, answer)
    assert question_id(result).startswith("care."), result["reply"]
    assert "sorry" in result["reply"].lower() and not result["proposed_end"], result["reply"]


@pytest.mark.parametrize(
    "answer",
    [
        "After the final the lads carried him on their shoulders round the pitch, and his medal is still hanging "
        "on the wall at the club.",
        "We drew the curtains when the parade went past because the baby was asleep, and nobody took them down "
        "till March.",
        "Dad rowed her out past the breakwater to show her the seals, and since then, nobody calls me a landlubber "
        "any more.",
        "Every summer my cousin sailed us out past the lighthouse. The hearse was parked outside the undertaker's "
        "on our street, and we kids dared each other to touch it.",
        "The tree went up on the landing and nobody took it down till Easter. We drew the curtains when the carols "
        "went past, every year.",
    ],
    ids=["hero-carried", "curtains-for-baby", "rowed-to-see-seals", "hearse-parked", "tree-left-up"],
)
def test_look_alikes_of_those_rites_are_no_loss(answer: str) -> None:
    """A hero carried round the pitch, curtains drawn for a sleeping baby, a boat trip with a purpose,
    a hearse parked in the street, decorations left up: one sign or none, no death."""
    assert grief.sorrow(answer) is None, [k for k, sign in mourning._SIGN.items() if sign.search(answer)]


def test_a_memory_lost_to_the_weather_gets_a_gentler_way_in_not_the_same_question(api: Api) -> None:
    """ "The meltemi carried that one clean out of my head, and the sea never gives things back": the
    choirmaster is not asked for again ("tell me about him"); a sense, a photo or a person is, and
    "my dear" said to the listener is not the thing forgotten."""
    sid = story_session(api, "Eleni", "Kalamata")
    result = say(
        api,
        sid,
        "The choirmaster at the church in Kalamata? Ah, no, my dear. The meltemi carried that one clean out of "
        "my head, and the sea never gives things back. I know he had a red scarf. Only that.",
    )
    reply = result["reply"]
    assert question_id(result).endswith(".angle"), reply
    assert re.search(r"\b(?:choirmaster|him)\b", reply) and "dear" not in reply, reply
    assert not re.search(r"tell me about|what was he like|what do you remember most", reply, re.IGNORECASE), reply


@pytest.mark.parametrize(
    ("answer", "lost"),
    [
        ("The north wind took her name right out of my memory, years ago.", True),
        ("The storm blew the roof clean off the barn that winter, and the river never gave the cow back.", False),
        ("The bank doesn't give anything back, my father always said, so he kept his money in a tin.", False),
    ],
    ids=["wind-took-name", "roof-blown-off", "bank"],
)
def test_weather_as_a_figure_for_forgetting_and_weather_told_plainly(answer: str, lost: bool) -> None:
    assert gaps.lost(answer) is lost


@pytest.mark.parametrize(
    ("answer", "subject"),
    [
        (
            "Don't fret, I'm fine, it's only the hay fever. What my grandsons ought to know, the two in Perth who've "
            "never seen the place, is the night of the big frost. Give me that one now.",
            "big frost",
        ),
        (
            "Hold on, don't switch off your recorder yet. I still owe you the tram strike. My uncle drove the last "
            "tram into the depot with the whole street singing.",
            "tram strike",
        ),
        ("You want something for your book? Write down the ice houses.", "ice houses"),
        (
            "The bakery was on the corner, the bread was grey in the war. But wait, what I wanted to tell you about "
            "was the lido. Sixpence to get in, and the water so cold your teeth rattled.",
            "lido",
        ),
    ],
    ids=["must-hear", "still-owed", "write-down", "wanted-to-tell"],
)
def test_a_wish_said_as_what_others_must_hear_a_story_owed_or_an_order_to_record_is_honoured(
    api: Api, answer: str, subject: str
) -> None:
    """What the grandsons ought to know is X, I still owe you X, write down X (for your book), what I
    wanted to tell you about was X: the reply takes up X by name."""
    sid = story_session(api, "Mavis", "Childhood")
    result = say(api, sid, answer)
    assert subject in result["reply"].lower(), result["reply"]


@pytest.mark.parametrize(
    "answer",
    [
        "Put the kettle on, love, and we'll do the rest in the notebook another time.",
        "I still owe you five pounds from the bus, and I owe you an apology for the mess.",
        "Write the date at the top, the teacher said, every single morning.",
        "What we had to learn at school was Latin, and the priest was strict.",
        "The rent is still owed, and the landlord came round on Fridays.",
    ],
    ids=["kettle", "money-owed", "teacher-order", "past-learning", "rent-owed"],
)
def test_look_alikes_of_those_wishes_are_no_wish(answer: str) -> None:
    assert wishes.request(answer) is None


def test_skip_and_pass_said_as_names_are_no_wish_to_skip() -> None:
    """ "up by Glencoe Pass" in a short sentence names a place; "Pass." alone still skips."""
    assert not wishes.declined("We camped up by Glencoe Pass, cold and wet. The midges were terrible that year.")
    assert not wishes.declined("Skip Harris ran the dance band. He played the trumpet badly.")
    assert wishes.declined("Pass.") and wishes.declined("Skip this one, please.")


def test_not_done_said_as_do_not_close_the_machine() -> None:
    assert wishes.not_done("Wait, don't close your little recorder on me, there's the wedding still.")
    assert not wishes.not_done("Don't close the gate, the dog gets out.")


def test_a_long_answer_is_followed_by_the_one_it_comes_back_to(api: Api) -> None:
    """Frank the skipper is named once in passing; the answer comes back to Walter (named twice, at its
    end): the reply asks about Walter, not Frank."""
    sid = story_session(api, "Albert", "At sea")
    result = say(
        api,
        sid,
        "All that summer I was on the boats out of Grimsby. Frank, the skipper, shouted at everybody and gave me "
        "the worst bunk. In August we put into Whitby with a hold of herring, and on the quay my future wife's "
        "uncle Walter bought me a rum, then two. I slipped on the gangplank going back. Walter fished me out of "
        "the harbour by my collar.",
    )
    assert "Walter" in result["reply"] and "Frank" not in result["reply"], result["reply"]


@pytest.mark.parametrize(
    ("place", "text", "said"),
    [
        ("Cairngorms", "Up in the Cairngorms, May to September, only the sheep and me.", "the Cairngorms"),
        ("Roxy", "Saturdays it was the Roxy, and then the Roxy again on Sunday.", "the Roxy"),
        ("Elko", "I came down into Elko, and in the Elko bar they bought me a drink.", "Elko"),
        ("Leeds", "We moved to Leeds, the Leeds of the mills and the trams.", "Leeds"),
    ],
    ids=["always-the", "the-twice", "once-without", "before-a-noun"],
)
def test_a_place_is_said_back_with_the_article_it_is_always_said_with(place: str, text: str, said: str) -> None:
    assert as_said(place, text) == said


def test_someone_told_of_before_and_now_named_only_as_an_owner_is_not_followed(api: Api) -> None:
    """ "Papa's violin in its case" on the day of the move: the answer is about the move, not Papa, who
    was told of before; the reply takes up the move or where it went, not "tell me about your papa"."""
    sid = story_session(api, "Lucia", "Via Roma")
    say(api, sid, "My mother Rosa ran the bakery on Via Roma, and Papa got up at three every morning for the bread.")
    result = say(
        api,
        sid,
        "In 1962 the council said the street must go. The van came at seven, two men, and they put everything on "
        "the back, the beds, the table, Papa's violin in its case, and the canary singing on top. Corviale. A new "
        "flat at the edge of Rome, all concrete, and no smell of bread.",
    )
    assert not re.search(r"\b(?:papa|father)\b", result["reply"], re.IGNORECASE), result["reply"]
