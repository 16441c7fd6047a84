"""Round 24's indicator misses fixed by category (``concept_livelihoods``, ``told_not``): a trade told by its daily
work (a fisherman by the boat, the water and the catch; a tapper by the trees climbed or cut and the sap caught),
years of nursing by the ward's work, a market stall by the table set up and the selling, rice by its paddy, a border
crossed by the fence, the soldiers, the camp and the nights walked; and the look-alikes that must not meet them: an
uncle's boat, fish bought, a patient on the ward, a table laid for dinner, a river crossed to market, loose words of
"as a young man". Wordings are none of the benchmark personas'."""

from __future__ import annotations

import pytest

from tests.indicator_support import met


@pytest.mark.parametrize(
    ("aim", "text", "marked"),
    [
        # a fisherman told by the boat, the water and the catch
        (
            "His father's work as a fisherman",
            "Every night Appa pushed the catamaran out through the surf with two other men, and at sunrise he came "
            "back with the nets full of sardines and a few pomfret.",
            True,
        ),
        (
            "Her mother's work as a fisherwoman",
            "My mother paddled her canoe across the lagoon before dawn and set her lines; by noon the basket held "
            "tilapia and catfish for the market women.",
            True,
        ),
        (
            "Her father's work as a fisherman",
            "My uncle went out every night in his boat past the reef and came back with mackerel; my father kept the "
            "shop.",
            False,
        ),
        ("His father's work as a fisherman", "My father worked at the docks, loading coffee onto the ships.", False),
        (
            "Her father's work as a fisherman",
            "On Sundays my father took the ferry across the bay and bought grilled sardines on the harbour.",
            False,
        ),
        # a tapper by the trees climbed or cut and the sap or latex caught
        (
            "His father's work as a rubber tapper",
            "Before light my father walked the rows of rubber trees with his knife, cut a thin slit in the bark of "
            "each one, and by nine the little cups were white with latex.",
            True,
        ),
        (
            "Her mother's work as a toddy tapper",
            "Amma climbed the palms with a rope round her feet, shaved the flower and tied a pot under it; at dawn the "
            "pots were full of sweet sap.",
            True,
        ),
        (
            "His father's work as a toddy tapper",
            "My brother climbed the coconut palms with a rope for fun, and my father drank toddy at the shop in the "
            "evening.",
            False,
        ),
        ("Her father's work as a toddy tapper", "We had a palm in the garden and a rope swing on it.", False),
        # years of nursing told by the work on the ward
        (
            "Her years nursing in Glasgow",
            "I trained at the Royal in Glasgow, then I did the night shift on the children's ward: the rounds every "
            "two hours, the dressings, the cap starched so stiff it cut your forehead.",
            True,
        ),
        (
            "His years nursing in Lagos",
            "In Lagos I worked the wards for eleven years: the injections at six, the bedpans, the uniform white "
            "however hot it was.",
            True,
        ),
        (
            "Her years nursing in Glasgow",
            "In Glasgow I was in the hospital ward for three weeks after the operation; the nurses took my temperature "
            "every night.",
            False,
        ),
        (
            "Her years nursing in Glasgow",
            "In Glasgow we visited my aunt on the ward every evening; the sisters in their caps were kind.",
            False,
        ),
        # a market stall by the table set up and packed away, and the selling from it
        (
            "His market stall in Kumasi",
            "For years I kept my trestle by the gate at Kejetia, set it up at five and packed it away at dark, selling "
            "batteries and torches to the customers from the villages.",
            True,
        ),
        (
            "Her stall at the market",
            "Every Saturday I unpacked the cart, spread the scarves on the table, and sold them to whoever haggled "
            "longest.",
            True,
        ),
        (
            "Her market stall in Leeds",
            "In Leeds I set the table for dinner every night, laid the cutlery and folded the napkins.",
            False,
        ),
        (
            "Her market stall in Leeds",
            "In Leeds I bought my scarves at a stall by the market hall; the man folded them on his table.",
            False,
        ),
        # rice told by its paddy; a man called Paddy is no rice
        ("Her family's rice farming", "We had two acres of paddy, and we all planted and weeded it by hand.", True),
        ("His family's rice farming", "My father's padi fields were by the road; we farmed them together.", True),
        ("His family's rice farming", "Paddy from next door came to help with the farming on the hill.", False),
        # a border crossed on the run, told by its signs
        (
            "Crossing into Austria",
            "We walked four nights through the forest to the border, crawled under the wire, and the Austrian guards "
            "took us to the camp in the morning.",
            True,
        ),
        (
            "Crossing into Pakistan",
            "We walked for nights with the others; at the checkpoint the soldiers looked at our papers, and then came "
            "the camp with the tents in rows.",
            True,
        ),
        ("Crossing into Thailand", "We crossed the river to the market every week to buy cloth.", False),
        ("Crossing into Thailand", "Thai soldiers came to our village once to buy rice from my father.", False),
        # the time of life "as a young man" told only together, by an age or the youth said
        (
            "Becoming a monk as a young man",
            "We planted the young shoots all day; by evening I walked like an old man.",
            False,
        ),
        (
            "Becoming a nurse as a young woman",
            "The young calves were sold; the woman from the next farm bought them.",
            False,
        ),
        ("Becoming a monk as a young man", "At nineteen I became a monk at the temple by the river.", True),
        ("Becoming a monk as a young man", "I never became a monk; my father needed me on the farm.", False),
    ],
)
def test_round24_told_by_its_work_and_signs(aim: str, text: str, marked: bool) -> None:
    assert met(aim, text) is marked
