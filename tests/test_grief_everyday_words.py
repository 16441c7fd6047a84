"""A word for dying in everyday talk tells no death (agent.guided.grief): a thing that dies or is killed (a laptop,
a string, the basil, the applause), "killed it" for doing well, "dying to", "nearly died", a piece of music or a
book named with a death word, and funerals as a trade. A practice session gets no care for them and the answer
is not kept private. True losses stay losses: a teacher, Grandad buried, a pet (grief for an animal of one's own
is real, and care costs little), someone in a relative clause beside a thing ("the man who tuned our piano"),
something that "died with her". "Was gone" is a death only of a person; a thing gone or someone away is not.
The wording is other than any benchmark persona's and the reports' (a clarinettist, a student)."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided import grief
from tests.support import Api
from tests.turns_support import question_id, say, template_session, transcript

EVERYDAY = [
    "Halfway through the scales my laptop died, so I switched to the piano.",
    "The clarinet reed I opened on Friday is dying already.",
    "My E string died mid-phrase and I had to restring before the second half.",
    "We absolutely killed it at the audition, the panel clapped.",
    "I killed the sight-reading test this morning.",
    "I'm working on the Funeral March from Beethoven's twelfth sonata this week.",
    "Mostly the funeral march in the Eroica, the slow bit.",
    "For English I'm reading As I Lay Dying, it's strange but good.",
    "I'm dying to try the new mouthpiece.",
    "The basil on the windowsill died while I was at band camp.",
    "The applause died down and we went straight into the encore.",
    "I nearly died when the conductor pointed at me.",
    "She sang her death scene in Tosca twice through.",
    "My uncle played the organ at weddings and funerals for forty years.",
]
LOSSES = [
    "My piano teacher died last week and I couldn't face the scales.",
    "We buried Grandad on Tuesday, so no practice.",
    "Our old collie died in the night.",
    "The man who tuned our piano died in March.",
    "My grandmother's music died with her, nobody wrote it down.",
    "He was killed on the road home from a gig.",
    "Uncle Jim died away from home, in Perth.",
    "Grandad died down the pit in 1951.",
    # a thing of the one who died is no thing dying (review of 7c1d9f0)
    "The man with the old bikes died in March.",
    "Our neighbour with the lovely roses died.",
]


@pytest.mark.parametrize("said", EVERYDAY)
def test_a_word_for_dying_in_everyday_talk_is_no_loss(said: str) -> None:
    assert grief.sorrow(said) is None and grief.sensitive(said) is None, said


@pytest.mark.parametrize("said", LOSSES)
def test_a_death_beside_the_same_words_stays_a_loss(said: str) -> None:
    assert grief.sorrow(said) == "loss" and grief.sensitive(said) == "loss", said


@pytest.mark.parametrize(
    "said",
    [
        "By the time I got to the shop the last violin was gone.",
        "And then the job at the mill was gone too.",
        "Dad was gone for weeks at a time on the trawlers.",
        "Mum was gone fishing most Sundays.",
        "The Odeon was gone by the seventies.",
        # a word capitalised at a sentence's start is no name (review of 7c1d9f0)
        "It was gone by morning, the whole drift of snow.",
        "Everything was gone when we got back from the coast.",
        "Summer was gone too soon that year.",
    ],
)
def test_a_thing_gone_or_someone_away_is_no_death(said: str) -> None:
    assert grief.sorrow(said) is None, said


@pytest.mark.parametrize(
    "said",
    [
        "When I woke up, Grandma was gone.",
        "By Easter my brother Piotr was already gone.",
        "She was gone before the ambulance came.",
        "Wiremu was gone by the morning.",
    ],
)
def test_a_person_gone_is_a_death(said: str) -> None:
    assert grief.sorrow(said) == "loss", said


FREE = {"name": "Clarinet, no plan", "kind": "practice", "intention": "Keep the embouchure", "structure": {}}


def _start(api: Api) -> str:
    return template_session(api, "Niamh", FREE)


def _private(api: Api, sid: str, said: str) -> bool:
    return next(i["is_private"] for i in transcript(api, sid) if i["person_response"] == said)


def test_a_practice_report_with_everyday_words_for_dying_gets_no_care_and_stays_shared(api: Api) -> None:
    sid = _start(api)
    say(api, sid, "Long tones and the Mozart, mostly.", wait=30)
    said = "The battery in my tuner died, so I tuned by ear, and honestly I killed it on the Mozart run."
    reply: dict[str, Any] = say(api, sid, said, wait=30)
    assert not question_id(reply).startswith("care.") and "sorry" not in reply["reply"].lower(), reply["reply"]
    assert not _private(api, sid, said)
    loss = "My teacher died on Sunday, so I played the Mozart for her."
    cared = say(api, sid, loss, wait=30)
    assert question_id(cared).startswith("care.") and _private(api, sid, loss), cared["reply"]
