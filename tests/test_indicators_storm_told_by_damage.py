"""A storm an indicator names by its own name is met where that name comes with damage told beside it, never where
a person of that name arrives and an everyday word of the shore or the weather stands near ("the wind took her hat",
"soaked by the rain", "fish from the sea"). Wordings are none of the benchmark personas'."""

from __future__ import annotations

import pytest

from tests.indicator_support import met


@pytest.mark.parametrize(
    ("aim", "text", "marked"),
    [
        # the name arriving with damage told: met
        (
            "Hurricane Hattie in 1961",
            "When Hattie struck Belize City the sea came right over the seawall and took our zinc roof.",
            True,
        ),
        ("Typhoon Haiyan", "Haiyan came in the early morning. The waves swallowed half of Tacloban.", True),
        ("Cyclone Tracy", "Tracy passed over us at midnight; the wind tore the house apart.", True),
        (
            "Typhoon Ondoy",
            "When Ondoy came the river rose to the second floor and our street flooded for a week.",
            True,
        ),
        # a person of that name arriving, a weather or shore word near: not met
        ("Hurricane Hattie in 1961", "Hattie came to the wedding in a blue dress, and the wind took her hat.", False),
        ("Cyclone Tracy", "Tracy came home from school crying, soaked by the rain.", False),
        ("Cyclone Tracy", "Tracy arrived at Christmas and we went down to the sea to swim.", False),
        ("Hurricane Hattie in 1961", "Hattie came out of nowhere and hugged me, then we walked to the sea.", False),
        ("Typhoon Ruth", "Ruth came by with a basket of fish from the sea.", False),
        ("Typhoon Ondoy", "Ondoy came to dinner. We sat by the river and watched the water.", False),
        # the name said, nothing happening to anyone: not met
        ("Hurricane Hattie in 1961", "They say Hattie came, but we were in Guatemala and saw nothing of it.", False),
    ],
)
def test_a_storm_by_its_name_is_told_by_damage(aim: str, text: str, marked: bool) -> None:
    assert met(aim, text) is marked
