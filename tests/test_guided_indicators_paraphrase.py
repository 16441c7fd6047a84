"""Success indicators met only by paraphrase, and their look-alikes (issue 9, held-out round 10).

A brother named by a kin word of another language, life with a flock or a herd told by its parts,
a business of one's own told by the stall one kept or the name it traded under, cloth by its kinds,
a childhood told as being young; and what must NOT meet them: a name alone, a flock of birds, a
crowd herded into wagons, a job at a shop, someone else's shop, "my boy". Wording of its own: no
persona of benchmarks/personas says any of these answers.
"""

from __future__ import annotations

import pytest

from tests.support import Api, indicators_marked


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        ("His brother Piero", "My fratello Piero carried the nets down to the boats for our uncle."),
        ("Her sister Anneke", "Every Sunday my zus Anneke and I cycled out to the dunes with a flask."),
        ("His brother Kostas", "Kostas, my adelfos, was the one who could mend any engine on the island."),
    ],
)
def test_a_sibling_named_by_a_kin_word_of_another_language(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


def test_a_sibling_indicator_is_not_met_by_the_name_alone_nor_by_another_relative(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["His brother Tonio", "Her sister Lucia"],
        [
            "Tonio from the bakery lent us his cart for the move.",
            "My sorella Lucia and I sold eggs at the gate.",  # a sister: no brother, and not Tonio
        ],
    )
    assert set(marked) == {1}


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        (
            "His days with the flock",
            "From eleven I walked the ewes up to the summer grazing above the loch, lambing in April.",
        ),
        ("Her years with the herd", "We drove three hundred head down from the high ground every October."),
        ("Shepherding on the fells", "I was out with the sheepdogs before light, and the shearing took a week."),
    ],
)
def test_life_with_a_flock_or_herd_told_by_its_parts(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


def test_a_flock_or_herd_in_another_sense_meets_nothing(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["His days with the flock", "Her years with the herd"],
        [
            "A flock of geese went over the school every autumn and we all ran to the window.",
            "The minister's flock filled the kirk to the doors at Easter.",
            "At the station they herded us into the goods wagons, and I lost my shoe.",
            "Uncle Fergus was the black sheep of the family and we loved him for it.",
        ],
    )
    assert marked == {}


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        # a business kept, and what it sold in the kinds of the indicator's cloth
        (
            "Starting his own fabric business",
            "In 1983 I opened a little shop on Brick Lane selling silk and brocade by the yard.",
        ),
        ("A business of her own", "By 1972 I had a fish stall at the harbour market and answered to nobody."),
        ("A business of his own", "After the war I was trading timber under my own name from a yard in Leith."),
        ("Her own business", "I was my own boss at last, with my name painted over the shopfront."),
    ],
)
def test_a_business_of_ones_own_told_by_what_was_kept_and_whose_name_it_carried(
    api: Api, indicator: str, answer: str
) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


def test_a_job_at_a_shop_or_someone_elses_shop_starts_no_business(api: Api) -> None:
    # cloth told ("fabric", "silk", "velvet") and a start, but no business of one's own: a cloth
    # word only qualifies the business an indicator asks for
    marked = indicators_marked(
        api,
        ["Starting his own fabric business", "A business of his own"],
        [
            "I started at the fabric warehouse on the docks when I was sixteen.",
            "My uncle had a shop selling silk, and I swept its floor on Saturdays.",
            "I got a shop job folding velvet at the draper's in the high street.",
            "Later we kept a newsagent's stall by the ferry, and the takings were ours.",
        ],
    )
    assert set(marked) == {1}


@pytest.mark.parametrize(
    ("indicator", "answer"),
    [
        ("His childhood in Cork", "When I was seven I sold newspapers outside the station in Cork."),
        ("Her childhood", "Before I could read I knew every tram stop by the colour of its shelter."),
        ("His boyhood", "When we were lads we swam in the canal and came home green."),
        ("Her childhood in Tampere", "I grew up in Tampere, in two rooms over a tannery."),
        ("His childhood", "At nine years old I was minding my uncle's pigs on my own."),
    ],
)
def test_a_childhood_told_as_being_young(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


def test_ones_own_children_a_little_money_or_a_pregnancy_tell_no_childhood(api: Api) -> None:
    marked = indicators_marked(
        api,
        ["Her childhood"],
        [
            "I took my boy to the hurling every Sunday, rain or shine.",
            "I saved a little money each week for the wireless.",
            "When I was eight months along we moved into the new flat.",
            "Our kids grew up so fast in that flat.",
        ],
    )
    assert marked == {}
