"""Review of care25 (agent/guided/laid_to_rest_cues.py): the reviewer's own wordings, by category.

Regressions of 753ad6b fixed: a box that is part of another thing ("a wooden box cart", "a metal box of a car"),
home to rest/lie/sleep said of the sick or tired (only for ever, in the soil, or laid/buried is a burial), the
year said of one matter ("still the seventies when it comes to money"), a photo notice with a black band for an
event (a reunion, a dance, a show). Gaps of the same categories: a thing put into the coffin with the one gone, the
coffin said after "came back from X", a plain wooden box. None of these is a persona's sentence.
"""

from __future__ import annotations

import pytest

from agent.guided.grief import sorrow

LOSS = [
    # a thing put into the coffin or grave with the one gone
    "They put his watch in the coffin with him, it was still ticking.",
    "Mum slipped a photo of us into the casket with Dad before they closed it.",
    "We laid her shawl in the grave with her, the blue one.",
    # the coffin after "came back from X", or a plain box
    "My uncle came back from Angola in a sealed lead coffin, and nobody could look at him.",
    "Our Jimmy was flown home in a plain wooden box from Belfast.",
    "Her son came home from Kabul in a simple pine box.",
    # taken home to be laid, for ever, in the soil
    "We drove her home to Kisii to be laid with her fathers.",
    "They flew him home to rest in his own soil, as he had asked.",
    "We brought Baba home to sleep for ever beside the river.",
    # the notice, the cemetery, the mind
    "A notice with Dědeček's picture was nailed to the pub door, with a black border round it.",
    "We laid Aunt Mary down by the wall of the old graveyard in Sligo.",
]
ILLNESS = [
    "Every morning she gets dressed for the mill. The mill closed forty years ago.",
    "He no longer knows which year it is.",
    "Grandpa believes it is still 1956. He asks for his old boss.",
]
NONE = [
    # a box that is part of another thing
    "My brother came home in a wooden box cart he built himself.",
    "My sister came home in a metal box of a car, a tiny Fiat.",
    "He came back in a plywood box van from the depot.",
    # home to rest of the sick or tired
    "We took him home to rest, he had a fever after the match.",
    "They brought her home to sleep after the long drive.",
    "I drove Gran home to lie down, her knees were bad.",
    # the year said of one matter
    "Dad thinks it is still the seventies when it comes to petrol money.",
    "She thinks it's still 1980 about the price of bread.",
    "Mum is sure it is still the sixties in that kitchen of hers.",
    # a photo notice with a black band for an event
    "A sheet with their photo and a black band went up for the reunion dance.",
    "Posters with her picture and a black frame were everywhere for the show.",
    "A leaflet with his face, black border, asked about the missing dog.",
    # the brief's look-alikes
    "The seeds went into the ground with the rain, the whole field at once.",
    "The puppy came home in a wooden box, shaking like a leaf.",
    "He went home to lie down after the shift, he was dead tired.",
    "A poster with his photo, black frame, for the concert in the park.",
    "She waits for the postman every morning, she loves letters.",
]


@pytest.mark.parametrize("said", LOSS)
def test_a_burial_told_by_the_body_or_its_notice_is_a_loss(said: str) -> None:
    assert sorrow(said) == "loss"


@pytest.mark.parametrize("said", ILLNESS)
def test_a_mind_gone_back_decades_is_an_illness(said: str) -> None:
    assert sorrow(said) == "illness"


@pytest.mark.parametrize("said", NONE)
def test_look_alikes_are_no_sorrow(said: str) -> None:
    assert sorrow(said) is None
