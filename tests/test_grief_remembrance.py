"""A death told only by how the dead are remembered (agent.guided.grief.sorrow, the one rule the interviewer, the
coach and the tutor use): a day kept each year with a candle or the dead's own dish given away, mourners sitting
low for the week, their things left untouched for years, a memorial rite told as the time since. And "lost" is a
death only of someone, never of a job, a way or an animal's young; a death said of something in oneself or of a
club is no loss. Wording is other than any persona's, and look-alikes keep one sign alone or none."""

from __future__ import annotations

import pytest

from agent.guided import grief

LOSSES = [
    # mirrors to the wall and the week sat low
    "When Zayde went, Bubbe turned every mirror to the wall and we sat on low stools the whole week.",
    # his day each year, his dish cooked and a plate for the birds of the dead
    "Each year on his day I cook his favourite kheer and leave a plate on the roof for the crows.",
    # a date kept each year, her dish taken to the poor, what she did not see
    "Every third of Muharram, for her, we cook her biryani and bring it to the masjid for the poor. "
    "She never got to see me marry.",
    # her things untouched for decades, and a candle a day and a night each year
    "Her apron is still on the peg behind the door, forty-odd years. Every year on the twelfth of March a candle "
    "burns twenty-four hours on the sill.",
    # a memorial rite told as the time since
    "After the year's mind in October, Mammy gave the boots away to the cousins.",
    "Ever since the anniversary mass the kitchen radio stays off.",
    # a death said as what someone did not live to see, or someone lost
    "My father didn't live to see me qualify.",
    "We lost our twins that winter.",
    "He lost his wife in the flu of 1918.",
]

QUIET = [
    "When the works closed, something in me died that day.",
    "A part of him died with the shipyard.",
    "Our choir died a death when the vicar left.",
    "Halfway through the scales my phone died.",
    "Over my dead body, said Mam, will you go to Glasgow.",
    "The ewe had lost her lamb in the snow, so we reared it on a bottle.",
    "I lost my job at the yard in 1982.",
    "He lost his way on the hill in the mist.",
    "She lost her temper with the priest.",
    "Every fourth of July we had a barbecue, and Dad grilled his famous ribs.",
    "Every year on the first of May, for her birthday, I bake her a sponge.",
    "I put scraps out for the crows every morning.",
    "We sat on the floor a week in the new flat, no furniture yet.",
    "His bike is still in the shed, five years old.",
    "Saturday is her day off, so I make her porridge.",
    "Dad didn't see me get my belt, he was on nights.",
    "Every year on the ninth of July we went to the fair.",
    "Since the Easter vigil we've had a new choirmaster.",
]


@pytest.mark.parametrize("text", LOSSES)
def test_a_death_told_by_its_remembrance(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_tell_no_death(text: str) -> None:
    assert grief.sorrow(text) is None


def test_an_answer_is_read_for_sorrow_once_however_many_rules_ask(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tutor's, the coach's and the story planner's rules each ask (sensitive, care, story): one reading."""
    read: list[str] = []
    death_said = grief.death_said
    monkeypatch.setattr(grief, "death_said", lambda text: read.append(text) or death_said(text))
    said = "Every year on the ninth of Kislev I light a candle that burns twenty-four hours, for Dziadek Henryk."
    getattr(grief.sorrow, "cache_clear", lambda: None)()  # a reading kept from another test would hide it
    assert grief.sensitive(said) == "loss"
    assert grief.sorrow(said) == "loss" and grief.sorrow(said) == "loss"
    assert read == [said]
