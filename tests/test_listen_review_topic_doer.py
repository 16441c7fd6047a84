"""Review of 4c67d3f: someone only touching the session's thing was followed before the one who made it ("Grandma
Ilse sat with me every evening …, and my aunt Rosa sold the lace in Bruges" in a session on making lace asked
about Rosa; "my cousin Pieter only painted the name on the boat" beat the grandfather who built it). The one told
doing the title's doing, or making its thing, still comes first; a word of the title said in passing does not."""

from __future__ import annotations

import pytest

from agent.guided.story import _doing_the_topic, _who
from tests.support import Api
from tests.turns_support import say, story_session


@pytest.mark.parametrize(
    ("title", "told", "followed"),
    [
        (
            "Making lace with my grandmother",
            "Grandma Ilse sat with me every evening by the window, her hands over mine on the pillow, and my aunt "
            "Rosa sold the lace in Bruges on Saturdays.",
            "Ilse",
        ),
        (
            "Our fishing boat",
            "My grandfather Jonas built it himself in the barn, every plank, and my cousin Pieter only painted the "
            "name on the boat, badly.",
            "Jonas",
        ),
        (
            "Knitting jumpers for the family",
            "Auntie Morag sat by the range every night with the needles going, and my brother Callum wore the "
            "jumpers to school and tore them.",
            "Morag",
        ),
    ],
)
def test_who_only_touches_the_thing_is_not_followed_first(api: Api, title: str, told: str, followed: str) -> None:
    sid = story_session(api, "Rita", title)
    reply = say(api, sid, told)["reply"]
    assert followed in reply, reply


@pytest.mark.parametrize(
    ("text", "about", "name", "said", "doing"),
    [
        ("Grandma sat with me, and my aunt Rosa sold the lace.", "Making lace", "Rosa", "your aunt Rosa", False),
        ("My cousin Pieter painted the name on the boat.", "Our fishing boat", "Pieter", "your cousin Pieter", False),
        ("My brother Callum wore the jumpers to school.", "Knitting jumpers", "Callum", "your brother Callum", False),
        # still: the thing made, or the title's doing said as a verb
        ("My uncle Sione carved the canoes by the lagoon.", "Tongan canoes", "Sione", "your uncle Sione", True),
        ("Auntie Morag knitted the jumpers by the range.", "Knitting jumpers", "Morag", "your auntie Morag", True),
    ],
)  # fmt: skip
def test_doing_the_topic_is_making_it(text: str, about: str, name: str, said: str, doing: bool) -> None:
    assert _doing_the_topic(text, _who(name, said), about) is doing
