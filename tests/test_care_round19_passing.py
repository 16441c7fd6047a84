"""A death said as a leaving, a passing or a going (held-out round 19: "Ama-la left her body" in the holy month, then
forty-nine days of butter lamps, was met as a place to follow). Some of these words are a death alone ("left her
body", "breathed his last", "joined the ancestors", "went to be with the Lord"); others only with another sign of a
death (a rite, a grave): "she passed in May", "he left us in '98". None of them said of a thing, a feeling, a body
of work, a trip or a father who walked out."""

from __future__ import annotations

import pytest

from agent.guided import grief

LOSS = [
    # the persona's case
    "In '96, in Saga Dawa, the holy month, Ama-la left her body. The lamas came and read for her, and for forty-nine "
    "days, every seventh day, we lit one hundred and eight butter lamps around the stupa.",
    # said alone
    "My grandmother breathed her last in the front room with all of us around her.",
    "Grandpa went to be with the Lord in the spring of 1988, the whole chapel sang.",
    "Uncle Kofi joined the ancestors the year I finished school.",
    "She left this world on a Tuesday, quiet as she lived.",
    "Then Dadi-ji left her body, early in the morning, with the name of Ram on her lips.",
    # the blessings said only of the dead
    "God rest her soul, she made the best bread in the valley.",
    "She's with God now, my Mamá, and I still hear her singing in the kitchen.",
    "My grandmother, of blessed memory, kept chickens on the roof in Haifa.",
    # a weak one and a rite or a grave
    "Mum passed in May, and on the fortieth day we lit candles at the church.",
    "He left us in '98; every year the neighbours still bring food to the grave.",
]
NONE = [
    "She left her body of work to the museum in Leeds.",
    "The fever left her body by the morning and she asked for soup.",
    "My father left us when I was five and went to Canada with another woman.",
    "She passed her driving test at the third try.",
    "My old car finally gave up the ghost on the M6.",
    "He took his last look at the farm and drove to the city.",
    "Dad went to God's own country, Yorkshire, for his holidays.",
    "Nana slipped away from the party early.",
    "We crossed over into Mexico at dawn.",
    "She left the house at six every morning.",
    "Rest in peace, my old Nokia, you did your best.",
    "He is with the angels in the choir, every Sunday.",
]


@pytest.mark.parametrize("text", LOSS)
def test_a_death_said_as_a_leaving_is_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", NONE)
def test_a_leaving_that_is_no_death_is_not_a_loss(text: str) -> None:
    assert grief.sorrow(text) is None
