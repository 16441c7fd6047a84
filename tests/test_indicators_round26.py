"""Round 26's story indicators told by a trade's own signs, never by the indicator's word (``concept_trades``): work
filleting fish by the bench or the belt, the knife and what it takes off, and the fish; fish said by its kind; a ship
by her crew, her weather and her galley where the answer names her by her name only. A fish cooked or eaten, a dish,
and a ferry taken on holiday tell none of it. The round's misses are kept once each; the other wordings are our own.
"""

from __future__ import annotations

import pytest

from tests.indicator_support import met

FILLETING = "Her work at the fish filleting plant"
SHIPS = "His years cooking in the galleys of Dutch ships"


@pytest.mark.parametrize(
    ("aim", "text", "meets"),
    [
        (
            FILLETING,
            "Fifteen years old at the long steel tables, cod coming on the belt, the knife, the bones, the skin, the "
            "bones, the skin. Ragna from Hvannasund was the forewoman, she could do two fish while you did one.",
            True,
        ),
        (
            FILLETING,
            "I was at the long benches from fourteen, herring coming down the conveyor, my knife in, the guts out, the "
            "bones out, all day long.",
            True,
        ),
        (
            FILLETING,
            "From school I went to the bench by the harbour, haddock off the trawlers, the knife, skin off, bones out, "
            "ten hours a day.",
            True,
        ),
        ("Selling fish at the market", "I sold herring and mackerel at the market every Friday.", True),
        (FILLETING, "We fried the cod for supper and picked the bones and the skin off at the table.", False),
        (FILLETING, "I loved cod cakes at the plant canteen.", False),
        (FILLETING, "The filleting plant, that is where I was young and had money in my own pocket.", False),
        (FILLETING, "The filleting plant was down by the harbour.", False),
        (FILLETING, "I worked at the filleting plant from fifteen.", True),
    ],
)
def test_fish_work_told_by_its_signs(aim: str, text: str, meets: bool) -> None:
    assert met(aim, text) is meets


@pytest.mark.parametrize(
    ("aim", "text", "meets"),
    [
        (
            SHIPS,
            "On the Marnix I was second cook, then cook, eleven years on her. Twenty-six men, Dutch, Spanish, us. In a "
            "storm off Biscay you tie the pot to the stove with wire.",
            True,
        ),
        (
            "Her years on the cargo ships",
            "Nine years on the Stella Maris as stewardess, thirty men aboard, the captain a Greek, storms off the "
            "Cape, my cabin by the galley.",
            True,
        ),
        (
            "Her years on the cargo ships",
            "On the Orion I was a deckhand, eleven years on her, twenty men, a storm off Finisterre every winter, I "
            "slept in a bunk by the engine.",
            True,
        ),
        (
            "Her years on the cargo ships",
            "On holiday we took the ferry to Bergen, the crew friendly, the sea rough, a cabin each.",
            False,
        ),
        (
            "Her years on the cargo ships",
            "We watched from the harbour wall for years, the sailors waving, the storms coming in, the captain on "
            "deck.",
            False,
        ),
    ],
)
def test_a_ship_told_by_her_crew_and_her_weather(aim: str, text: str, meets: bool) -> None:
    assert met(aim, text) is meets
