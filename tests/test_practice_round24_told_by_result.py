"""An item asked again and told by its result in the player's own words, with no name of it and no word of doing
("every one clean, not one swallowed"; "the beating went away … now it's one sound"), is its report
(``item_result.by_result``, read by ``practice``); a result denied, still owed or someone else's is none. Wordings
are none of the benchmark personas'."""

from __future__ import annotations

import pytest

from agent.guided.item_result import by_result, restates


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("The mordents in the second bar. I played the page ten times and not a single one smudged.", True),
        ("The trills, I taped myself on the laptop: every one even, every one in time.", True),
        ("The low string. I turned the peg a little at a time until the wobble stopped.", True),
        ("I fiddled with the reed until the buzz went away; now it's one note, clear.", True),
        ("The top string is one sound I never got right.", False),
        ("I tried for an hour, but the buzz still hasn't gone away.", False),
        ("My teacher played every one clean, and I just listened.", False),
        ("I listened while my teacher played: every one clean.", False),
        ("Next week I hope every one will be clean.", False),
        ("My grandfather built the pipes in his workshop; he was a master.", False),
    ],
)
def test_an_item_told_by_its_result(text: str, told: bool) -> None:
    assert by_result(text) is told


@pytest.mark.parametrize(
    ("aim", "item", "same"),
    [
        ("The drone in tune with the chanter", "Tune the drone to the chanter", True),
        ("Strings in tune with the piano", "Tune the strings to the piano", True),
        ("Reed and bell in tune", "Tune the reed and the bell", True),
        ("Scales from memory", "Scales", False),
        ("The reel at full speed", "The reel at full tempo", False),
        ("Scales", "Scales in closed fingering", False),
    ],
)
def test_an_aim_restating_its_item_is_met_by_its_result(aim: str, item: str, same: bool) -> None:
    assert restates(aim, item) is same
