"""A model's pronoun for someone or something the person named, held to the person's own
(:func:`agent.pronouns.agree`, :func:`agent.replies.problem`). Real runs with the 0.5B model asked
"What was he like?" of an animal the person called "she", and "he" of a sister. Unit tests over
the reply and the recent exchanges; the model path itself with the scripted server."""

from __future__ import annotations

import pytest

from agent.pronouns import agree
from agent.replies import problem
from agent.tools import TOOLS

CONTRADICTS = "a pronoun contradicts the person's"


def _told(*answers: str) -> list[tuple[str | None, str]]:
    return [(None, a) for a in answers]


# --- put right in place: every "he"/"she" of the reply means the one the person gave the other pronoun ---


@pytest.mark.parametrize(
    ("exchanges", "reply", "agreed"),
    [
        # an animal given a name and "she"; the reply names it by its kind
        (
            _told("We kept a donkey called Biscuit. She would eat the washing off the line."),
            "Tell me about your donkey. What was he like to look after?",
            "Tell me about your donkey. What was she like to look after?",
        ),
        # a boat called "she" in the same sentence, with a contraction ("she'd")
        (
            _told("Our old dinghy, she'd leak like a sieve, but Grandad patched her every spring."),
            "Your dinghy sounds like hard work. Did he ever sink?",
            "Your dinghy sounds like hard work. Did she ever sink?",
        ),
        # a cousin the person calls "he", by name; "she" and "herself" both put right
        (
            _told("My cousin Ray taught me to drive the tractor. He was patient as a saint."),
            "Ray sounds patient. Did she teach herself to drive?",
            "Ray sounds patient. Did he teach himself to drive?",
        ),
        # "her" before a noun after "was" is "his"; "her" at the end is "him"
        (
            _told("My grandson Eli plays the fiddle at every wedding. He practises in the barn."),
            "Tell me about Eli. What was her first tune?",
            "Tell me about Eli. What was his first tune?",
        ),
        (
            _told("My grandson Eli plays the fiddle at every wedding. He practises in the barn."),
            "Tell me about Eli. When did you first hear her?",
            "Tell me about Eli. When did you first hear him?",
        ),
        # the person's "she" means whom the question before it asked about
        (
            [("What was your aunt like?", "Oh, she was a terror at cards, and proud of it.")],
            "Tell me more about your aunt. Did he ever lose a game?",
            "Tell me more about your aunt. Did she ever lose a game?",
        ),
        # a place named between the person and their pronoun is no one "she" means
        (
            _told("My sister lived in Leeds for years. She wrote to me every week."),
            "What was your sister like? Did he visit often?",
            "What was your sister like? Did she visit often?",
        ),
        # an adverb between the joined clause and its pronoun ("and still she")
        (
            _told("Aunt Bea raised seven of us alone, and still she sang in the choir every Sunday."),
            "What did Bea do? What was his favourite hymn?",
            "What did Bea do? What was her favourite hymn?",
        ),
        # an earlier answer than the last one
        (
            _told(
                "Our heifer Clover won first prize at the show. She was the pride of the farm.", "Then came the war."
            ),
            "Before the war, how did you look after Clover? Was he easy to lead?",
            "Before the war, how did you look after Clover? Was she easy to lead?",
        ),
    ],
)
def test_a_pronoun_contradicting_the_persons_is_put_right(
    exchanges: list[tuple[str | None, str]], reply: str, agreed: str
) -> None:
    assert agree(reply, exchanges) == agreed
    assert problem(agreed, 800, TOOLS, exchanges=exchanges) is None


# --- not put right: the reply is not used (the guided question is asked instead) -------------------


@pytest.mark.parametrize(
    ("exchanges", "reply"),
    [
        # "her" after a verb may be "him" or "his" ("help her carry", "help his carry")
        (
            _told("My grandson Eli plays the fiddle at every wedding. He practises in the barn."),
            "Tell me about Eli. Did you help her carry the fiddle case?",
        ),
        # another "she" in the reply, meaning someone else: swapping every one would change hers too
        (
            _told("We kept a donkey called Biscuit. She would eat the washing off the line."),
            "Tell me about Biscuit. Was he gentle with your mother, and did she ride him?",
        ),
    ],
)
def test_a_contradiction_that_cannot_be_put_right_makes_the_reply_unusable(
    exchanges: list[tuple[str | None, str]], reply: str
) -> None:
    assert agree(reply, exchanges) is None
    assert problem(reply, 800, TOOLS, exchanges=exchanges) == CONTRADICTS


# --- look-alikes: nothing to put right -------------------------------------------------------------


@pytest.mark.parametrize(
    ("exchanges", "reply"),
    [
        # the person used no pronoun for it ("it", or none at all): the model's choice stands
        (_told("We kept a donkey called Biscuit; it would eat the washing off the line."), "Was he a gentle donkey?"),
        (
            _told("We kept a donkey called Biscuit, and my brother rode it to school."),
            "Tell me about Biscuit. Was he quick?",
        ),
        (_told("My cousin Ray taught me to drive the tractor."), "Tell me about your cousin. What was she like?"),
        # two named before the pronoun: it could mean either, so it tells nothing
        (
            _told("My brother and our donkey went everywhere together. She was the slower one."),
            "Tell me about your donkey. What was he like?",
        ),
        # someone and something named before "she": the brother is not taken for her
        (
            _told("My brother bought a donkey at the fair. She cost him a month's wages."),
            "Tell me about your brother. What was he like back then?",
        ),
        # a pronoun after a verb, or after a clause opening the sentence, is someone else: the one named
        # before it in the sentence gets no pronoun from it
        (
            _told("Mam kept supper warm for him every night."),
            "What was your mam like? Did she sing while she cooked?",
        ),
        (
            _told("Ma said he was the best fiddler in the county."),
            "What was Ma like? Did she play too?",
        ),
        (
            _told("My father drove her to the hospital in the snow."),
            "Tell me about your father. Was he a careful driver?",
        ),
        (
            _told("When my brother came home on leave, she cried for a week."),
            "Tell me about your brother. How had he changed?",
        ),
        # a sentence's subject no name is known for is in play too: "she" may be Opal, not Mr Dorsey
        (
            _told("Opal kept the books for Mr Dorsey. She'd walk them over to the bank every Friday."),
            "Tell me about Mr Dorsey. What was he like to work for?",
        ),
        # two named in the reply: its "he" could mean either
        (
            _told("Our donkey Biscuit was stubborn, she'd never pass the church."),
            "Tell me about your donkey and your father. What was he like?",
        ),
        # "they", from the person or from the reply, contradicts nothing
        (
            _told("Our donkey Biscuit was clever; they could open any gate on the farm."),
            "Tell me about Biscuit. Was he hard to catch?",
        ),
        (
            _told("Our donkey Biscuit was stubborn, she'd never pass the church."),
            "Tell me about Biscuit. What were they like on market days?",
        ),
        # the reply agrees with the person
        (
            _told("Our donkey Biscuit was stubborn, she'd never pass the church."),
            "Tell me about Biscuit. Why wouldn't she pass the church?",
        ),
        # the person gave it both pronouns over the answers: nothing to hold the reply to
        (
            _told("Our donkey Biscuit was stubborn, she'd never pass the church.", "Biscuit? He was a menace."),
            "Tell me about Biscuit. Was he hard to catch?",
        ),
        # the reply's "he" comes before anyone it names: it may mean someone else
        (
            _told("My sister lived in Leeds for years. She wrote to me every week."),
            "Was he the one who drove you to see your sister?",
        ),
    ],
)
def test_no_contradiction_leaves_the_reply_as_it_is(exchanges: list[tuple[str | None, str]], reply: str) -> None:
    assert agree(reply, exchanges) == reply
    assert problem(reply, 800, TOOLS, exchanges=exchanges) is None


def test_no_exchanges_no_check() -> None:
    assert agree("Tell me about your sister. What was he like?", []) == "Tell me about your sister. What was he like?"
