"""A death said as a going to God by any of the names of many faiths, or as closing one's eyes at a time or in a bed
(held-out round 20: "Bapu went to Bhagwan in 1960", "Medzmama closed her eyes in the winter of '62, in her own
bed"). God by those names is never a place the teller was in. Never a prayer or a temple ("went to Bhagwan's temple
to pray"), nor eyes closed to listen, rest or sleep."""

from __future__ import annotations

import pytest

from agent.guided import grief
from agent.guided.annotate import read

LOSS = [
    "Bapu went to Bhagwan in 1960, I was nineteen.",
    "Nani went to Waheguru in 1984, the year of the riots.",
    "My Nana went to Allah in his sleep, in the month of fasting.",
    "Grandpa went to the Almighty the winter I turned ten.",
    "Medzmama closed her eyes in the winter of '62, in her own bed, the rosary in her fingers.",
    "My grandfather closed his eyes for good in 1971.",
    "Aunt Mina closed her eyes in 1990, in the hospital in Tabriz.",
]
NONE = [
    "Mai went to Bhagwan's temple every morning to pray.",
    "Bapu went to Bhagwan with his troubles, every evening.",
    "She went to God in prayer when the rains failed.",
    "Grandma closed her eyes and listened to the rain.",
    "Dadi closed her eyes in her own bed and slept till noon.",
    "My mother closed her eyes for a moment and smiled.",
    "He closed his eyes in the summer of '62 and dreamed of the sea.",
]


@pytest.mark.parametrize("text", LOSS)
def test_a_going_to_god_or_eyes_closed_for_good_is_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", NONE)
def test_a_prayer_or_eyes_closed_to_rest_is_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


@pytest.mark.parametrize(
    ("text", "deity"),
    [
        ("Bapu went to Bhagwan in 1960, I was nineteen. He came in from the field at dinner time.", "Bhagwan"),
        ("She went to Waheguru in 1984. We lived in Amritsar then.", "Waheguru"),
        ("Every night Mama talked to Khuda before she slept, in Lahore.", "Khuda"),
    ],
)
def test_god_by_any_name_is_never_a_place(text: str, deity: str) -> None:
    assert deity not in read(text).places
