"""Whose a doing is, for an indicator that names it: "His father's fishing" is the father's, so another relative or
the neighbours doing it ("my uncles fished off the reef", "the neighbours came back with snapper") do not meet it,
while the father doing it, alone or with the person ("Dad and I fished"), does, and an indicator naming the uncle is
met by the uncle. An indicator opening with a doing ("Celebrating Diwali", "Lambing") is the person's own: the family
next door's feast or the neighbours' lambs are not. In a practice report the player's own playing meets an aim, not a
sister's or a teacher's heard. Wordings are other than any benchmark persona's."""

from __future__ import annotations

import pytest

from tests.indicator_support import met
from tests.support import Api
from tests.turns_support import say, template_session


@pytest.mark.parametrize(
    ("aim", "said"),
    [
        ("His father's fishing", "My uncles came back from the reef with snapper every evening."),
        ("His father's fishing", "The neighbours came back with snapper."),
        ("His father's fishing", "My uncles fished off the reef."),
        ("His father's fishing", "My brother fished the lagoon every night."),
        ("Her mother's cooking", "My aunties cooked jollof every Sunday."),
        ("Celebrating Lunar New Year", "The family next door celebrated Lunar New Year with a lion dance; we watched."),
        ("Celebrating Diwali", "The neighbours celebrated Diwali with lamps on every sill."),
        ("Lambing", "The neighbours' lambs were born in March."),
        ("Lambing", "The farm next door lambed early that year."),
    ],
)
def test_another_ones_doing_does_not_meet_it(aim: str, said: str) -> None:
    assert not met(aim, said)


@pytest.mark.parametrize(
    ("aim", "said"),
    [
        ("His father's fishing", "Papa came back at dusk with snapper and jacks from the reef."),
        ("His father's fishing", "My father fished the reef with hand lines."),
        ("His father's fishing", "Dad and I fished off the reef every Sunday."),
        ("His father's fishing", "Me and my dad fished the reef at night."),
        ("His father's fishing", "My father and my uncles fished the reef together."),
        ("Her mother's cooking", "Mum cooked jollof every Sunday."),
        ("Her mother's cooking", "Mum and I cooked jollof every Sunday."),
        ("His uncle's fishing", "My uncles fished off the reef."),
        ("His uncle's fishing", "My uncle came back from the reef with snapper every evening."),
        ("Celebrating Lunar New Year", "We celebrated Lunar New Year with my cousins, dumplings all night."),
        ("Celebrating Lunar New Year", "Our family celebrated Lunar New Year with dumplings all night."),
        ("Celebrating Diwali", "We celebrated Diwali with lamps on every sill."),
        ("Lambing", "Our lambs were born in March and I was up every night."),
        ("Meeting her husband", "My husband met me at the dance hall in 1952."),
    ],
)
def test_the_owners_doing_still_meets_it(aim: str, said: str) -> None:
    assert met(aim, said)


CELLO = {
    "name": "Cello evening",
    "kind": "practice",
    "intention": "Ready for the quartet on Friday",
    "completion_indicators": ["Every item played"],
    "structure": {
        "sections": [
            {"name": "Warm-up", "duration_minutes": 20, "items": [{"name": "Scales"}]},
            {"name": "Pieces", "duration_minutes": 30, "items": [{"name": "The minuet"}]},
        ]
    },
}


def _scales_aim_met(api: Api, said: str) -> bool:
    """Whether "Clean scales at tempo" is marked on the scales' report ``said``."""
    sid = template_session(
        api, "Ilse", CELLO, scheduled_duration_minutes=50, success_indicators=["Clean scales at tempo"]
    )
    reply = say(api, sid, said)
    return any(i["index"] == 0 and i.get("met") for i in reply["indicators"])


@pytest.mark.parametrize(
    "said",
    [
        "Scales, twenty minutes. My sister played them clean at tempo, ten out of ten, and I listened.",
        "Scales, fifteen minutes. My teacher ran them clean at tempo while I watched.",
    ],
)
def test_another_ones_playing_meets_no_practice_aim(api: Api, said: str) -> None:
    assert not _scales_aim_met(api, said)


@pytest.mark.parametrize(
    "said",
    [
        "Scales, twenty minutes. I played them clean at tempo, ten out of ten.",
        "Scales, fifteen minutes. My teacher said they were clean at tempo today.",
    ],
)
def test_the_players_own_playing_meets_the_practice_aim(api: Api, said: str) -> None:
    assert _scales_aim_met(api, said)
