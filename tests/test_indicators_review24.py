"""Review of round 24's indicator work (``concept_livelihoods``, ``records``), by category, in wordings of the
reviewer's own: a fisherman, a tapper, a nurse, a market stall and a border crossed told by their signs still meet
their indicators; a fishing holiday, fish eaten off a ferry, the sea denied ("never went to sea; he hated boats"), a
rubber tree in a classroom pot, a nurse who treated the teller, a stall bought at, a border crossed on holiday by
car do not. An indicator that names a relative and then "her/his/their" thing ("His mother and her market stall")
gives the thing to that relative (``aim_theirs``), so "my mother had a stall" meets it (held-out chucho_cordoba's
indicator 0, lost at d311181), and another relative's or the person's own stall does not. None of the benchmark
personas' wordings."""

from __future__ import annotations

import pytest

from agent.guided.aim_theirs import theirs
from tests.indicator_support import met


@pytest.mark.parametrize(
    ("aim", "text", "marked"),
    [
        (
            "His father's work as a fisherman",
            "Every evening my father rowed his dinghy past the harbour wall, and at dawn he came back with a box of "
            "herring.",
            True,
        ),
        (
            "Her father's work as a fisherman",
            "Papa took the skiff out beyond the reef before sunrise and brought home snapper and squid.",
            True,
        ),
        (
            "His father's work as a fisherman",
            "One summer we had a fishing holiday in Norway; Dad hired a boat and caught one cod.",
            False,
        ),
        (
            "His father's work as a fisherman",
            "My father took us on the ferry to the island and we ate fried fish on the beach.",
            False,
        ),
        (
            "Her father's work as a fisherman",
            "My father never went to sea; he hated boats and kept a shop selling nets.",
            False,
        ),
        (
            "His father's work as a fisherman",
            "Grandpa never set foot in a boat, he got seasick, but he mended the nets for the crews by the sea.",
            False,
        ),
        (
            "Her father's work as a fisherman",
            "Dad fished every Sunday off the pier with his mates, just for fun, and threw them back.",
            False,
        ),
        (
            "Her father's work as a rubber tapper",
            "Before dawn my father went along the rows of rubber trees with his knife, cutting a thin slit in the "
            "bark, and a cup on each tree caught the latex.",
            True,
        ),
        (
            "His father's toddy tapping",
            "Appa climbed the coconut palms twice a day with a rope round his feet and a knife at his waist, and "
            "brought down the pots of sap.",
            True,
        ),
        (
            "His father's toddy tapping",
            "We had a coconut palm in the garden and Appa tied a hammock to it; he bought toddy at the shop.",
            False,
        ),
        (
            "Her father's work as a rubber tapper",
            "There was a big rubber tree in our classroom in a pot; we cut paper shapes under it.",
            False,
        ),
        (
            "Her father's work as a rubber tapper",
            "Mum kept a rubber plant by the window, a pot plant with a cup under it; Dad cut it back every spring.",
            False,
        ),
        (
            "Her years of nursing",
            "I did nights on the children's ward for eleven years, the rounds with the torch, the bedpans, the "
            "syringes boiled in the steriliser, and my cap pinned just so.",
            True,
        ),
        (
            "Her years of nursing",
            "After my training at St Thomas's I was on the surgical ward, on duty from seven, with the patients' "
            "charts and the dressings.",
            True,
        ),
        ("Her years of nursing", "I never nursed; I wanted to, but I was put in the typing pool instead.", False),
        # a nurse who looked after the one telling is no nursing of theirs
        (
            "Her years of nursing",
            "When I had my operation I was on the ward for a fortnight; a nurse called Maeve treated me and took my "
            "temperature every morning.",
            False,
        ),
        (
            "Her years of nursing",
            "After the crash the nurse who sat with me every night on the ward was from Cork.",
            False,
        ),
        ("Her years of nursing", "The nurse gave me my pills on the ward and I slept.", False),
        (
            "Her years of nursing",
            "As a young nurse I gave the patients their injections on the ward and did the night rounds.",
            True,
        ),
        (
            "Her years of nursing",
            "I was a nurse on the men's ward for twenty years, nights mostly, in my starched cap.",
            True,
        ),
        (
            "Her market stall",
            "Every Saturday I set up my trestle table at five, laid out the socks and gloves, and sold to the "
            "customers until we packed up at four.",
            True,
        ),
        ("Her market stall", "I bought my first radio at a stall in the market on Bridge Street.", False),
        (
            "Her market stall",
            "We set the table for Sunday dinner, and Mum sold the idea of a walk afterwards to nobody.",
            False,
        ),
        (
            "Crossing the border",
            "We walked for nine nights through the mountains, hid from the border guards, crawled under the wire, "
            "and in the end they put us in a camp with tents.",
            True,
        ),
        (
            "Crossing the border",
            "On holiday we drove over the border into France; the guards waved us through and we stopped for lunch.",
            False,
        ),
        ("His years as a monk", "I never became a monk, though I lived at the temple as a boy.", False),
        (
            "Growing rice",
            "We planted the paddy fields in June, ankle deep in mud, the seedlings in bundles.",
            True,
        ),
        # a relative's thing named by "and her/his/their" after them
        ("His mother and her market stall", "My mother had a stall in the market.", True),
        ("Her father and his boat", "My father kept his boat in the harbour and painted it blue every spring.", True),
        ("Her grandparents and their farm", "My grandparents had a farm near Lyon with forty cows.", True),
        ("His mother and her market stall", "My aunt had a stall in the market.", False),
        ("His mother and his stall", "My mother had a stall in the market.", False),
        ("Her market stall", "My mother had a stall in the market.", False),
        ("Her market stall", "I had a stall in the market for ten years, selling socks.", True),
    ],
)
def test_livelihoods_and_whose_thing(aim: str, text: str, marked: bool) -> None:
    assert met(aim, text) is marked


@pytest.mark.parametrize(
    ("aim", "owned"),
    [
        ("His mother and her market stall", {"market": "mother", "stall": "mother"}),
        ("Her grandparents and their farm", {"farm": "grandparents"}),
        ("Her dad and his boat in Whitby", {"boat": "father"}),
        ("His mother and his stall", {}),
        ("Her uncle and her own shop", {}),
        ("Her father and the war", {}),
    ],
)
def test_the_thing_after_and_her_is_the_relatives(aim: str, owned: dict[str, str]) -> None:
    assert theirs(aim) == owned
