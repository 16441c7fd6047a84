"""The guided interviewer hears the plain ways people say they want to stop for today (issue 9).

A close said plainly, now ("we're finished for the day", "that's it for tonight", "I've talked
enough for one day", "shall we pick this up tomorrow?", "I'm away to my bed now", a short "I'm
done." or "That's us finished.") and the finished-words of other Englishes ("All pau, brah.",
"mi done for today", "bas for today", "I'm fair wabbit") and the body saying it ("my hip says
that's it for today") are a wish to stop; the same words told of a day in the story ("we were
finished for the day by the time the bus came", "I'm finished with the allotment", "Mum was off to
bed by nine", "the cane cutting was pau", what Dad would say) are not, and "not done" wins where
both are said. The decision is the one every guided planner takes: ``tired(x) and not not_done(x)``.
Every wording here differs from the persona files.
"""

from __future__ import annotations

import pytest

from agent.guided import wishes
from tests.support import Api
from tests.turns_support import say


def _stops(text: str) -> bool:
    return wishes.tired(text) and not wishes.not_done(text)


HEARD = [
    # done / finished / through for today, tonight, now, the day: said now
    "Well, we're finished for the day, I think.",
    "I’m done for tonight.",
    "I am just about through for now, Kathleen.",
    # it / all / me for today
    "That's it for tonight, pet.",
    "Okay, that's all for now, Margaret.",
    "That'll be all for today, thank you.",
    "Aye, that's me for today.",
    # enough for one day, had or said
    "I think I've talked enough for one day.",
    "We have covered enough for today, I reckon.",
    # another day, next week, tomorrow
    "We can carry on next Tuesday.",
    "Shall we pick this up tomorrow?",
    "Let's talk again next month, when the roses are out.",
    "See you next Thursday, then.",
    "Another day, love.",
    # off to bed / off home as the close
    "I'm away to my bed now.",
    "Right, we're off home.",
    # a short "I'm done." as a sentence of its own
    "Aye, I'm done.",
    "Lovely chat. I'm done, dear.",
    "That's us finished.",
    "Oh, I'm through.",
    # the body says it is enough, now
    "My hip says that's it for today.",
    "The knees are telling me enough.",
    "My wrists are grumbling now.",
    # wrapping up
    "Let's wrap it up there.",
    "Let's call it a night.",
    # other Englishes: Hawaii Pidgin pau, Caribbean and Nigerian Pidgin, Scots and British tired-words
    "All pau, brah.",
    "I stay pau already.",
    "My back stay pau, sistah.",
    "Mi done for today.",
    "E don do for today.",
    "I don tire, make we rest.",
    "I'm proper knackered.",
    "Bas for today, beta.",
    "I'm fair wabbit now.",
]

NOT_HEARD = [
    # the same words told of a day in the story
    "We were finished for the day by the time the bus came round.",
    "I'm finished with the allotment these days.",
    "That's it for the old chapel, they made it into flats.",
    "That's all for today's post, the postie would say.",
    "She picked it up again next spring.",
    "Mum was off to bed by nine every night.",
    "I'm off to bed at ten most nights, always was.",
    "We'd had enough for one day by the time the ferry docked.",
    "I've had enough of farming, I told him.",
    "Every Sunday we're off home by six.",
    "Well next week we went to Leeds.",
    "Another day, we walked all the way to Ghent.",
    "Another day, another dollar, Dad used to say.",
    "My knees told me that's enough, so I gave up football at forty.",
    "The doctor says that's enough salt for a week.",
    "I'm done for, I thought, when the ice cracked.",
    "That's me finished with the buses, I told the inspector.",
    # what someone said in the story
    "He said we'll pick it up next week, and he never came.",
    "Dad would say, we're done for the day, lads, and we'd pile in the van.",
    "Mum would shout, I'm off to bed.",
    # not done
    "I wasn't through with him yet.",
    "I'm not finished for today, there's the wedding still.",
    "We're not done for tonight, you haven't heard about the pier.",
    # look-alikes of the other Englishes' words
    "We went for pau hana at the harbour bar after the cannery.",
    "By noon the cane cutting was pau and we swam at the pier.",
    "Pau, in the Pyrenees, was where we met.",
    "We took the train to Pau for tonight and then on to Lourdes.",
    "I don tire easily, never did.",
    "I'm all in favour of the new bridge.",
    "I'm beat by the crossword most days.",
    "We called my cousin Bas. Bas, he was the clever one.",
]


@pytest.mark.parametrize("text", HEARD)
def test_a_close_said_plainly_is_a_wish_to_stop(text: str) -> None:
    assert _stops(text), text


@pytest.mark.parametrize("text", NOT_HEARD)
def test_the_same_words_told_in_a_story_are_not(text: str) -> None:
    assert not _stops(text), text


@pytest.mark.parametrize(
    ("last", "ends"),
    [
        ("Oh, the Carnival. Right, we're finished for the day, love.", True),
        ("We'll carry on next Saturday, Gwen will be here then.", True),
        ("We were finished for the day when the siren went at the docks, and Gwen had the tea on.", False),
        ("Gwen was off to bed by eight, but I sat up with Father and the wireless.", False),
    ],
    ids=["finished-for-the-day", "carry-on-next-saturday", "finished-in-the-story", "off-to-bed-in-the-story"],
)
def test_the_story_planner_proposes_the_end_on_a_plain_close(api: Api, last: str, ends: bool) -> None:
    """Over the API, an hour planned and a few minutes gone: a plain close proposes the end at
    once; the same words told of a day in the story do not."""
    person = api.ok("POST", "/people", json={"display_name": "Islwyn"})
    body = {"person_id": person["id"], "name": "The docks", "start": True, "scheduled_duration_minutes": 60}
    sid = api.ok("POST", "/sessions", json=body)["id"]
    first = say(api, sid, "My sister Gwen and I grew up over the chandler's shop by the docks at Barry.")
    assert not first["proposed_end"]
    result = say(api, sid, last)
    assert bool(result["proposed_end"]) is ends, (last, result["reply"])
    if ends:
        assert result["interactions"][-1]["data"]["question_id"] == "closing" and "?" in result["reply"]
