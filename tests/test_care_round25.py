"""A death told by where the body went or what marked it, and a spouse's mind gone back decades
(agent/guided/laid_to_rest_cues.py, weighed in agent/guided/weighed_signs.py), held-out round 25: what went into the
ground with the one gone, the coffin said by its material or its window, taken home to lie with the fathers, the
notice with the photograph and the black border, put under the trees at the cemetery; a wife who waits every morning
for what ended forty years ago, or no longer knows the year. None of the wordings below is a persona's; each
category has its look-alikes that must stay no sorrow."""

from __future__ import annotations

import pytest

from agent.guided import care
from agent.guided.grief import sorrow
from tests.support import Api
from tests.turns_support import question_id, say, story_session, template_session

LOSS = [
    # things buried with the dead
    "Grandad's medals. Gran pinned them on his good jacket and they went into the grave with him.",
    "Her rosary went down into the earth with her, in her folded hands.",
    "Uncle Yaw loved that fiddle. It went into the coffin with him, we could not keep it.",
    # the coffin by its material or its window
    "My cousin went to Afghanistan in '86 and came back in a sealed zinc coffin that we were not allowed to open.",
    "In 1943 my brother came home in a pine box from the camp in the north.",
    "The army sent back a metal coffin with a small window, and through the glass we could only see his uniform.",
    # going home to the ancestors
    "After the winter we carried Baba back home to the hills to rest beside his forefathers.",
    "When her time came, my grandmother was gathered to her ancestors, and we sang for three nights.",
    "In May the elders took her back home to Gokwe to sleep among her ancestors.",
    # the death notice with the photograph and the black border
    "Then a notice with his photograph was pasted on the church door, edged with a black ribbon.",
    "A sheet with Babcia's photo went up on the church board, framed in thick black edging.",
    # put under the trees at the cemetery
    "In March we laid her beneath the old yews in the churchyard at Kilmore.",
    "The autumn we put Grandpa Ole next to the pines in the cemetery, the lake froze early.",
]

ILLNESS = [
    # a spouse who waits for what ended decades ago / no longer knows the year
    "Every morning he asks me if the shift bus for the pit has come. Thirty years since the pit closed, and he is "
    "still waiting for it.",
    "My wife keeps asking for her mother every evening. Her mother has been dead for fifty years.",
    "Maurice thinks it is still 1968. He no longer knows what year it is, and he calls me by my sister's name.",
]

NONE = [
    "I wrapped the present in paper and it went into the box with the cake.",
    "The tulip bulbs went into the ground with her help, every October.",
    "We kept the potatoes in a zinc bucket under the stairs.",
    "He came home with a wooden box of apples from the market.",
    "My father went home to his fathers' village for the holidays every August.",
    "The children went to sit with their grandfathers on the bench after church.",
    "A paper with the timetable went up on the gate of the school.",
    "A poster with his photograph and a black border went up on every wall for the election.",
    "Every morning she waits for the bus to school at the corner.",
    "Every morning she asks me what the weather will be, and I tell her.",
    "Forty years since we came here, and she is still waiting for the council to fix the roof letter.",
    "He thinks it is still 1985 in that pub, same carpet, same music.",
    "We put him in the car at the cemetery gate, Grandad was too tired to walk.",
    "We put the new bench under the birches at the cemetery in 1990, the parish paid for it.",
]


@pytest.mark.parametrize("said", LOSS)
def test_a_burial_or_its_notice_told_without_the_word_death_is_a_loss(said: str) -> None:
    assert sorrow(said) == "loss"


@pytest.mark.parametrize("said", ILLNESS)
def test_a_mind_gone_back_decades_is_an_illness(said: str) -> None:
    assert sorrow(said) == "illness"


@pytest.mark.parametrize("said", NONE)
def test_look_alikes_are_no_sorrow(said: str) -> None:
    assert sorrow(said) is None


@pytest.mark.parametrize(
    ("said", "whom"),
    [
        # the one brought home in the box, never the mother who washed it
        (
            "My brother Timur went to the army in '79. He came home in a zinc box, and Mother washed the metal like "
            "a body.",
            "timur",
        ),
        # the one taken home to his fathers, never the aunt named after in a clause of her own
        (
            "My grandfather Tendai fell ill in June. In August the family took him home to Mutoko to lie with his "
            "fathers, and my aunt brought his hat back for me.",
            "tendai",
        ),
        # the one the notice shows, never the mother who pasted it
        (
            "Father went into the hospital in spring and came back quiet. A paper with his photo went up on the "
            "door with a black border, and Mother pasted a new one every year.",
            "father",
        ),
    ],
)
def test_care_names_the_one_lost_never_the_mourner(said: str, whom: str) -> None:
    assert care.said_of(said, None) == whom


def test_in_a_story_care_comes_first_for_one_put_under_the_trees_at_the_cemetery(api: Api) -> None:
    sid = story_session(api, "Inga", "Summers at the farm")
    say(api, sid, "The farm was at the end of a long road lined with lindens, and we went every summer.")
    told = say(
        api,
        sid,
        "My grandfather built the sauna himself. The summer we put him under the lindens at the cemetery, the sauna "
        "roof fell in.",
    )
    assert question_id(told).startswith("care."), told["reply"]


def test_in_a_story_care_comes_first_for_a_wife_waiting_for_what_ended_decades_ago(api: Api) -> None:
    sid = story_session(api, "Tomasz", "Years at the shipyard")
    say(api, sid, "I welded hulls at the yard in Gdynia for twenty-two years.")
    told = say(
        api,
        sid,
        "Halina does not go out now. Every evening she asks me when the shift whistle will go. Thirty years since "
        "the yard closed, and she is waiting for it.",
    )
    assert question_id(told).startswith("care."), told["reply"]
    assert "Tomasz" not in told["reply"], told["reply"]


def test_in_a_study_session_a_burial_said_inside_an_answer_gets_care(api: Api) -> None:
    sid = template_session(
        api, "Aino", {"name": "Botany revision", "kind": "study", "intention": "Trees for the exam", "structure": {}}
    )
    say(api, sid, "Conifers, for the practical.", wait=20)
    told = say(
        api,
        sid,
        "Scots pine has its needles in pairs. My grandmother grew them along her lane; the spring we laid her beside "
        "the pines in the churchyard, they were taller than her barn.",
        wait=20,
    )
    assert question_id(told).startswith("care."), told["reply"]
