"""A death shown, not said (agent/guided/mourning_kept.py, counted in agent/guided/mourning.py; the wasting also
weighed in agent/guided/weighed_signs.py), held-out round 26: a flag flown half down for one of theirs, someone's coat
left where it hung and kept from touch or for years, a plate or a place kept back for the absent at the feast, a body
wasting told by the body or its clothes; each one sign, a loss with a second (black worn, letters that stopped).
The three misses of the round first, then wordings of our own; every category has look-alikes that stay plain, a
public mourning (the flag for the king) among them: it is not theirs."""

from __future__ import annotations

import pytest

from agent.guided import care
from agent.guided.grief import sorrow
from tests.support import Api
from tests.turns_support import question_id, say, story_session

MISSES = [
    "In the March of sixty-two the Sólrún came round the point with her flag half down the mast. Pápi's oilskin hung "
    "on the hook in the porch after that, the yellow one, and mamma would not let any of us take it down. It hung "
    "there thirteen years, until we sold the house, and the sleeves had gone stiff like wood.",
    "Munir. My little brother. He stayed with Yimma when I came over. ... ... The letters stopped in eighty-two. At "
    "Easter my wife still puts out the plates, and one she leaves in the cupboard. ... That's all.",
    "When I was fourteen Mamai got small. Every month smaller. Her dress for the feast of São Filipe, Nha Avó took it "
    "in at the waist in April, again in June, and by the feast there was nothing more to take in, so she did not go. "
    "After that my sister wore black a whole year, and the next year I went to sea.",
]

LOSS = [
    # a flag half down for one of theirs, and a thing of theirs kept where it hung
    "The trawler came into the harbour with her flag at half mast. Dad's cap stayed on the peg by the door, and Mum "
    "would not let anyone touch it.",
    "When the Mary Ann came home with the ensign half down, we knew. My brother's boots stood by the stove for years "
    "after.",
    # the news that stopped, and a place kept back at the feast
    "His letters stopped in 1971. Every Christmas Mum sets out the cups, and one stays in the cupboard.",
    "The letters from my uncle stopped after the war. At Eid my aunt lays out the plates and one she keeps back on "
    "the shelf.",
    # the news that stopped coming, said otherwise, with a place kept back or a flag half down
    "His postcards stopped coming in 1990. At New Year my mother still lays out the bowls, and one stays empty.",
    "No more news came from the camp, and when the boat came in the flag was half down.",
    # a body wasting, then black worn
    "That winter Grandpa got thin, thinner every week. Gran took his trousers in again and again, and after Easter "
    "she wore black.",
    "My aunt Rosa grew smaller and smaller that year, and the dressmaker had nothing more to take in. My cousins wore "
    "black.",
]

ILLNESS = [
    "Her wedding ring slid off her finger that spring, and Gran took her dresses in again and again.",
    "Every month Grandma got smaller, and Mum took her dresses in again and again.",
    "He got small, every month smaller. His trousers, my mother took them in again in May.",
]

NONE = [
    "We wore black to the dance.",
    "The flag was at half mast for the king.",
    "The flags were at half mast for the king, and we all wore black to school.",
    "The letters stopped when she got married.",
    "Her dress was taken in because she'd grown up.",
    "Dad's coat hung on the hook by the door to dry.",
    "My brother's boots stood by the door for years; he never cleaned them.",
    "Mum put out the plates and one she left in the cupboard because it was chipped.",
    "The shop got smaller and smaller every year.",
    "She got thinner every month on that diet.",
    "His trousers hung at half mast, and the teacher sent him home.",
    "The phone calls stopped when she got a new job.",
    "The letters stopped when she got married. Every Christmas Mum sets out the plates, and one stays in the "
    "cupboard because it is cracked.",
    "His ring slid off his finger when he washed the dishes.",
]


@pytest.mark.parametrize("said", MISSES + LOSS)
def test_a_death_shown_by_two_signs_is_a_loss(said: str) -> None:
    assert sorrow(said) == "loss"


@pytest.mark.parametrize("said", ILLNESS)
def test_a_body_wasting_told_by_the_body_and_its_clothes_is_an_illness(said: str) -> None:
    assert sorrow(said) == "illness"


@pytest.mark.parametrize("said", NONE)
def test_look_alikes_are_no_sorrow(said: str) -> None:
    assert sorrow(said) is None


@pytest.mark.parametrize(
    ("said", "whom"),
    [
        (MISSES[0], {"pápi", "father"}),  # whose oilskin was kept, never the mother who kept it
        (MISSES[2], {"mamai", "mother"}),  # the one who wasted, never the sister in black
        (LOSS[1], {"brother"}),
        (LOSS[6], {"grandfather"}),
    ],
)
def test_care_names_the_one_the_signs_say_never_the_mourner(said: str, whom: set[str]) -> None:
    assert care.said_of(said, None) in whom  # (by name, or by the role the lexicon knows the name for)


def test_in_a_story_care_comes_first_for_a_place_kept_back_after_the_letters_stopped(api: Api) -> None:
    sid = story_session(api, "Elias", "Growing up in the village")
    say(api, sid, "We lived by the church, and my father kept bees behind the house.")
    told = say(
        api,
        sid,
        "My brother stayed behind when I left. His letters stopped in 1979. At Christmas my wife sets out the cups, "
        "and one stays in the cupboard.",
    )
    assert question_id(told).startswith("care."), told["reply"]
