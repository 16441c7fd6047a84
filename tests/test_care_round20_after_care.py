"""After care for someone's harm, the answer that goes on ("He was strong, Kaka, he lived long after, don't worry. My
school now. … Masterji, Mr Hari Charan, he also had a cane") is followed to the one it brings in, never back to the
one cared for, said again by the family's own word ("your Kaka" after "Kaka Shiu Narayan"; held-out round 20,
kamla_labasa turn 4). Someone this answer brings in comes before someone an earlier answer named, whether said back
by name or by that word."""

from __future__ import annotations

import pytest

from tests.support import Api
from tests.turns_support import say, story_session

CASES = [
    (
        "Chacha Ram Prasad, Bapu's small brother, worked at the mill. His arm got caught in the thresher. From the "
        "elbow down, gone. Five months he lay in the hospital in Nadi.",
        "He was tough, Chacha, he lived to ninety, don't worry. My school now. Masterji, Mr Deo Narain, he had a cane "
        "and a loud voice.",
        ("Deo Narain", "Masterji"),
        "Chacha",
    ),
    (
        "Tío Ernesto, Mamá's big brother, drove the cane train. His leg went under the wagon wheels. From the knee "
        "down, finish. Four months he was in the hospital in Cienfuegos.",
        "Strong man, Tío, he outlived all of them. Now the school. Señora Pilar Reyes taught us letters with a ruler "
        "in her hand.",
        ("Pilar", "Reyes"),
        "Tío",
    ),
]


@pytest.mark.parametrize(("harm", "after", "brought_in", "cared"), CASES)
def test_after_care_the_one_brought_in_is_followed(
    api: Api, harm: str, after: str, brought_in: tuple[str, ...], cared: str
) -> None:
    sid = story_session(api, "Kamla", "Growing up in Labasa")
    first = say(api, sid, harm)
    assert "sorry" in first["reply"].lower() or "pause" in first["reply"].lower(), first["reply"]
    reply = say(api, sid, after)["reply"]
    assert any(name in reply for name in brought_in), reply
    assert cared not in reply, reply
