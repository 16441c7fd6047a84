"""Review of listening25 (d667e1a): its regressions fixed by category, with the reviewer's own wordings.

* a part set aside: a household command told in the story ("Put the baby to bed.", "Put the bread away.") and a
  chore or stage told finished ("Finished the harvest.", "Done with my homework.") followed by "X, that was ..." are
  no change of subject, nor a call ("Enough talk. Dinner!"); "done with" needs the next part said to come now or next;
  the teller's own "I've said too much" is no reported speech;
* a memory gone by a figure: "remember" said plainly is no gate ("I remember falling in the paint tin. It washed off
  me in the river"), and a thing that fell and broke, or washed off somewhere, is no figure;
* a surname first: a given name of the same ending ("Yakov Levin") and a second word that is no given name
  ("Petrov Junior", "Ivanova Street") are not read surname first.
"""

from __future__ import annotations

import pytest

from agent.guided import gaps, wishes
from agent.guided.naming import address_name


@pytest.mark.parametrize(
    ("said", "subject"),
    [
        ("Let me change the topic. The war. I was fourteen when the soldiers came to the village.", "The war"),
        ("Okay, put the village to one side. Tbilisi, that was where I grew up, in a flat by the river.", "Tbilisi"),
        ("Enough about the farm, I've said too much. Now the city, in Sofia, that's where I studied.", "the city"),
        ("Finished with the army. My wedding comes next. We married in June, in the rain.", "My wedding"),
        ("Done with the village. Now the port, that is where my life began, on the cranes.", "the port"),
        ("I'll set the fishing aside for now. The shipyard, that's where I earned my pension.", "The shipyard"),
        ("Let me put the farm to bed. Odesa, that was the next twenty years.", "Odesa"),
    ],
)
def test_a_part_set_aside_then_the_next(said: str, subject: str) -> None:
    wish = wishes.request(said)
    assert wish is not None and wish.kind == "switch" and wish.subject == subject, wish


@pytest.mark.parametrize(
    "said",
    [
        "Put the baby to bed. The dishes, that's your job, my mother told me every night.",
        "Put the bread away. The kitchen, that is where Grandma ruled.",
        "Lay the tools to rest. The workshop, that was Father's place after supper.",
        "Done with school at fourteen. The mill, that was where everyone went.",
        "Finished the harvest. The barn, that was full to the roof, and Father was pleased.",
        "Done with my homework. The radio, that was my reward every evening.",
        "Enough talk. Dinner! Father would bang the table and we ate in silence.",
        "Done with the dishes. The kids were in bed. I sat down with the radio.",
        "Enough talk, Mama said. The soup's ready. We all ran to the table.",
    ],
)
def test_a_chore_or_command_told_in_the_story_is_no_change_of_subject(said: str) -> None:
    wish = wishes.request(said)
    assert wish is None or wish.kind != "switch", wish


@pytest.mark.parametrize(
    "said",
    [
        "The man at the gate, his name has worn off me, like old paint off a fence.",
        "The road to the farm, I couldn't tell you the way now; that path is grown over.",
        "My first teacher? My memory of her is an empty room now.",
        "Her face? I don't remember. It's all washed off me.",
        "The names of the girls at the mill, those fell out of my basket long ago.",
    ],
)
def test_a_memory_gone_by_a_figure(said: str) -> None:
    assert gaps.lost(said)


@pytest.mark.parametrize(
    "said",
    [
        "I remember falling in the paint tin as a boy. It washed off me in the river, thank God.",
        "That one fell out of my basket and broke, the best egg; I remember Mum's face.",
        "It rubbed off me, her love of books; I remember her reading every night.",
        "I remember the mud at the camp. It washed off me at last in the sea, that first summer.",
        "I remember the market. That one dropped out of my bag onto the road, the biggest melon.",
        "When the teacher called on me, my mind was a blank page and I cried.",
        "The migraines came every week. My head was a blank white wall for hours.",
    ],
)
def test_a_thing_washed_off_or_dropped_is_no_gap(said: str) -> None:
    assert not gaps.lost(said)


@pytest.mark.parametrize(
    ("display", "greeted"),
    [
        ("Ivanova Olga", "Olga"),
        ("Nurmatov Sardor", "Sardor"),
        ("Maria Sokolova", "Maria"),
        ("Yakov Levin", "Yakov"),
        ("Iakov Stern", "Iakov"),
        ("Jakov Horvat", "Jakov"),
        ("Mr. Yakov Levin", "Mr. Levin"),
        ("Petrov Junior", "Petrov"),
        ("Ivanova Street", "Ivanova"),
    ],
)
def test_a_surname_first_only_before_a_given_name(display: str, greeted: str) -> None:
    assert address_name(display) == greeted
