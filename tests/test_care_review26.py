"""Review of care and gentle (held-out round 26; agent/guided/mourning_kept.py, agent/guided/memory_clouded.py):
wordings of the same categories the fixer did not test, and look-alikes that the first readings took for a loss,
an illness or a memory gone.

gentle: a memory fogged, eaten by the years or with no place in the head is a gap only when said of what is
remembered (the question said back, a name, a face, the head); never a thing named beside it ("dust lies on it now,
the old piano"), never what the sea or the war took for real ("that one the war took, my uncle"), never a shadow over
a hard year, never a head with no room for worry or for that kind of talk.
care: a coat hung "for years" is kept for the one gone only after them ("still", "after", "since"), never the cap
of one who wears it; a flag half down for a group (the miners) or the whole street is public; a plate kept back for
the cat is no place for the absent; a body thinned by a fast, a pilgrimage or before a wedding is no illness.
In a story, care names the one the signs say was lost (whose cap still hangs there, who wasted), never nobody.
"""

from __future__ import annotations

import pytest

from agent.guided import gaps
from agent.guided.grief import sorrow
from tests.support import Api
from tests.turns_support import question_id, say, story_session

GONE = [
    "His surname? Ah, that one is lost in the fog.",
    "My head doesn't have a place for numbers any more.",
    "The name of the street? It's under the mist now, all of it.",
]

NOT_GONE = [
    "There's no room in my head for worry, I have the grandchildren.",
    "The old boathouse? That one the sea took.",
    "That one the war took, my uncle, in forty-four.",
    "Dust lies on it now, the old piano, nobody plays.",
    "A shadow fell over that year, when father lost his job.",
    "Clouds hung over those years, the war, the hunger.",
    "My memory has no room for that kind of talk.",
    "Time ate it, the old shed, the roof fell in the winter of '79.",
    "My head has no room for that, I told the priest, I have eleven children to feed.",
]

LOSS = [
    "After the boat was lost, Mama still set the table with all the bowls, and one was always left upside down. His "
    "letters never came again.",
    "We never heard from my brother after 1983, the phone calls just stopped. On his name day my mother still puts "
    "out all the plates and one stays empty.",
    "Papa's fishing cap still hangs behind the kitchen door, twenty years now. Mama wore black from that winter.",
]

ILLNESS = [
    "Auntie Grace grew thinner and thinner that year, and her rings slipped off her fingers.",
    "By Christmas Nonno had got so thin, thinner every week, and Nonna took in his trousers again and again.",
    "Papa got weaker and weaker that winter. Mama took his shirts in again in February.",
]

NONE = [
    "We all wore black for the school concert. Dad's overalls hung by the door for years, he never threw anything out.",
    "The flag was at half mast for the miners, and the whole street wore black that week.",
    "Mum lays out the plates and one she leaves in the cupboard for the cat's leftovers. We all wore black in the "
    "band.",
    "My father got thinner every week during Ramadan, and my mother took his trousers in again.",
    "Grandpa got thinner every week that summer he walked the Camino, and Gran took his trousers in again.",
    "My sister got thinner and thinner before her wedding, and Mum took her dress in again and again.",
    "Grandpa's cap hung on the peg for years, he wore it to church every Sunday. We all wore black to the dance.",
]


@pytest.mark.parametrize("said", GONE)
def test_a_memory_fogged_or_without_a_place_said_otherwise_is_a_gap(said: str) -> None:
    assert gaps.lost(said)


@pytest.mark.parametrize("said", NOT_GONE)
def test_the_same_figures_said_of_things_people_or_hard_times_are_no_gap(said: str) -> None:
    assert not gaps.lost(said)


@pytest.mark.parametrize("said", LOSS)
def test_a_death_shown_by_two_signs_said_otherwise_is_a_loss(said: str) -> None:
    assert sorrow(said) == "loss"


@pytest.mark.parametrize("said", ILLNESS)
def test_a_body_wasting_said_otherwise_is_an_illness(said: str) -> None:
    assert sorrow(said) == "illness"


@pytest.mark.parametrize("said", NONE)
def test_look_alikes_of_signs_kept_are_no_sorrow(said: str) -> None:
    assert sorrow(said) is None


@pytest.mark.parametrize(
    ("said", "named"),
    [
        (
            "My brother fished with Dad on the Anna. Dad's cap still hangs on the peg by the door, twenty years now, "
            "and Mum would not let anyone touch it. She wore black from that winter.",
            ("father", "dad"),
        ),
        (
            "When I was twelve Grandpa got thin, thinner every week. Gran took his trousers in again and again, and "
            "after Easter she wore black.",
            ("grandfather", "grandpa"),
        ),
    ],
)
def test_in_a_story_care_names_the_one_the_signs_say_was_lost(api: Api, said: str, named: tuple[str, ...]) -> None:
    sid = story_session(api, "Tove", "Growing up by the sea")
    say(api, sid, "We lived above the harbour, and the house smelled of tar and bread.")
    told = say(api, sid, said)
    assert question_id(told).startswith("care."), told["reply"]
    assert any(word in told["reply"].lower() for word in named), told["reply"]
