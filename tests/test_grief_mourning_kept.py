"""A death told only by the mourning kept after it (agent.guided.grief.sorrow, which the interviewer, the coach and
the tutor all use), without a word for dying. Strong alone: a rite counted from someone's death said as theirs
("her forty days", "Dad's year's mind", "his first All Souls"), a mourning token worn for a time ("a black armband
on his sleeve for a whole year"). One sign each, two of different kinds tell it: someone who "went", said of a
person with nothing after; a lament or keening; people who came and sat with the bereaved for days; a thing left
unused for a counted time ("for a whole year nobody played it"); something that came back without someone; the
rite by its name in many places ("sorokoviny", "hazen", "Todos Santos", "the as"); a table or a place set for
someone year after year. Look-alikes that share the words stay quiet. Wording is other than any persona's."""

from __future__ import annotations

from typing import Any

import pytest

from agent.guided import grief
from agent.guided.phrasing import variants
from tests.support import Api
from tests.turns_support import attempts, question_id, say, template_session

STRONG_ALONE = [
    # a rite counted from a death, said as someone's
    "Her forty days fell on a Thursday, and we had the priest to the house.",
    "Grandpa's forty-ninth day was at the temple in Kyoto, my cousins flew in.",
    "We went back to Cork for Nonno's year's mind in June.",
    "Nonna's month's mind was at St Joseph's, the choir came.",
    "His fortieth day was kept in the village, the priest came up from the town.",
    "Babushka's sorokoviny was in the flat on Lenin Street, the whole stairwell came.",
    # a mourning token worn for a time
    "Afterwards Grandad wore a black armband on his sleeve for a whole year.",
    "My uncle wore the black button on his lapel every day until the anniversary.",
    "Mum sewed a black diamond on Dad's coat sleeve and he wore it six months.",
    # died without the word, said the way people say it
    "Nana went in her sleep, the week before Christmas.",
    "For a year Dad kept his black armband on.",
    "It was the year of mourning, so there was no music at Diwali.",
]

TWO_SIGNS = [
    # someone who "went" + the clocks stopped
    "In the spring of '84 Dad went. Mum stopped all the clocks in the house.",
    # a lament + people who came and sat with the family for days
    "When the telegram came the old women keened in the kitchen, and for a whole week the neighbours came and sat "
    "with us.",
    "For five days the village came and sat with my mother in our courtyard, and the aunties sang the mourning songs.",
    # came back without someone + a thing of theirs unused for a counted time
    "The caravan came back to the oasis without my father. For a whole year no one rode his camel.",
    # the rite by name (one sign) + people sitting with the bereaved
    "There was hazen at my aunt's house in Leeds, and for ten days the church women came and sat on the floor with us.",
    # the Day of the Dead by its Andean name + his table set year after year
    "The first Todos Santos we made the bread babies with her face. Three years we set her table with the oranges.",
    # a household thing left silent for a counted time + someone who went
    "The winter I was nine, my grandmother went. Grandad switched off the wireless and for a whole year nobody "
    "touched it.",
    # came back one fewer + keening; someone who went + a thing of theirs unused for a year
    "The trawler came home with one man short, and the women keened on the quay.",
    "When I was seven, Grandma went, and after that nobody played her piano for a whole year.",
    # the time after someone went + people who sat with the family; the house's radio kept silent a year
    "After Baba went, the neighbours came and sat with us for seven days.",
    "Grandad went. The radio stayed off for a whole year after that.",
    # a wake held + keening; people coming to sit with the widow + keening
    "There was a wake at the house three nights, and the old women keened.",
    "For seven days people kept coming to sit with Mum, and the aunties keened.",
    # did not come back with the herd + a memorial feast held after
    "In October the flock came down from the hills and my uncle Dauren did not come down with it. We held the "
    "memorial feast a year later.",
]

QUIET = [
    # went, not gone
    "Ma went to the market every Friday with the big basket.",
    "When the bell rang, Ma went.",
    # the radio off, a horse not ridden, for reasons of their own
    "The radio was off all year, broken, and Dad never fixed it.",
    "Nobody rode that horse, too wild, he threw everybody.",
    "For a whole year nobody touched the piano, it was out of tune and we had no money.",
    # forty days that are no one's death
    "We kept the forty days of Lent, no meat and no sweets.",
    "His forty days in the desert is the Lent reading.",
    "Her forty days after the baby was born, my mother-in-law cooked for her.",
    "Little Mina's hundredth day party had rice cakes in five colours.",
    # sitting with people, singing, for a happy reason
    "People came and sat with us for the wedding, three whole days of it.",
    "The women sang the old songs at the harvest, and the men sat in the yard all evening.",
    # a child's first of the yearly days of the dead, a fortieth day of something
    "My granddaughter's first Day of the Dead, she loved the sugar skulls.",
    "On the fortieth day of the strike the miners marched to the town hall.",
    # gone out, a wake of a ship, a baby's wailing, a flat battery, a belt, a birth
    "After Mum went, I locked the door and watched telly.",
    "In the wake of the strike, nobody touched the machines for a whole year.",
    "The baby wailed all night, and Gran sat with us in the kitchen three nights.",
    "The radio stayed off all winter, the battery was flat.",
    "I kept my black belt on every day.",
    "Gran came and sat with Mum for three days when the baby was born.",
    # came back without something, not someone
    "The herd came back without the calf we sold.",
    "Dad didn't come with us to the beach that summer.",
    # black worn, not mourning
    "She wore a black ribbon in her hair every day for school.",
    "He wore the black belt every day for a year after his grading.",
    "She wore the black button-down shirt every day that summer.",
    # the Day of the Dead as a custom
    "Every Todos Santos the market is full of bread babies.",
]


@pytest.mark.parametrize("text", STRONG_ALONE)
def test_a_rite_counted_from_a_death_or_a_token_worn_for_a_time_tells_a_loss_alone(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", TWO_SIGNS)
def test_two_signs_of_mourning_of_different_kinds_tell_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_that_share_the_words_tell_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


# Each of these is one sign alone: it needs a second of another kind.
ONE_SIGN = [
    "Then my brother Kofi went.",
    "The old women keened in the kitchen.",
    "During the snowstorm the neighbours came and sat with us in the kitchen for three days.",
    "For a whole year nobody played the organ.",
    "The boat came back without my brother.",
    "The trawler came home with one man short.",
    "When I was seven, Grandma went, and after that the house was quiet.",
    "There was hazen in the house.",
]


@pytest.mark.parametrize("text", ONE_SIGN)
def test_one_sign_alone_is_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


LUTE = {
    "name": "Oud before the concert",
    "kind": "practice",
    "intention": "The maqam piece ready for Friday",
    "structure": {"sections": [{"name": "Warm-up", "items": [{"name": "Scales"}, {"name": "Tremolo"}]}]},
}
BIRDS = {
    "name": "Birds of the estuary",
    "kind": "study",
    "intention": "Ready for the survey",
    "structure": {
        "questions": [
            {"prompt": "Which wader has a long down-curved bill?", "answer": "curlew"},
            {"prompt": "How many toes does an oystercatcher have?", "answer": "3"},
            {"prompt": "Which gull has a black back and pink legs?", "answer": "great black-backed gull"},
        ]
    },
}


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    return say(api, sid, text, wait=30)


def test_a_rite_counted_from_a_death_beside_an_item_done_is_met_with_care(api: Api) -> None:
    sid = template_session(api, "Rania", LUTE)
    told = _turn(
        api, sid, "Scales done, twice, slowly. My uncle taught me them in Aleppo. His forty days was on Friday."
    )
    care = variants("practice/care", kind="loss", item="Scales") + variants("practice/care", kind="loss", item=None)
    assert told["reply"] in care and question_id(told).startswith("care."), told["reply"]


def test_mourning_told_instead_of_an_answer_is_met_with_care_and_the_question_stays_open(api: Api) -> None:
    sid = template_session(api, "Rania", BIRDS)
    _turn(api, sid, "Curlew.")
    told = _turn(
        api,
        sid,
        "Sorry, before that one. When the news came about my grandmother there was hazen at our flat, and for two "
        "weeks the women from the mosque came and sat on the floor with me. That is why I am behind.",
    )
    assert question_id(told).startswith("care."), told["reply"]
    assert attempts(api, sid) == [("q1", True)]  # no wrong answer recorded for the mourning told
