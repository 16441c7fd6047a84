"""The food set out for the dead and the present of the living (agent.guided.grief, review of ccf017e). An offering is
set out FOR the crows or the ancestors, a purpose ("put some out for the crows", "leave a plate on the wall for the
crows"); scraps or leftovers that go to the crows are none. The present that tells someone alive must be said of the
one mourned: eating or drinking only of a he or a she ("he eats half"), and beside an empty seat only what is said of
its owner ("My son eats his tea at the table beside it" leaves Grandad mourned). A promise quoted in the present is no
sign of life (ccf017e) unless it is still to come or was said lately: "He said he visits us next summer", "she said on
the phone she comes in June" tell one alive now, as before ccf017e; "he said two summers, then he comes home" is told
from then. Seen: two dishes whose scraps went to the crows were met as losses; two empty seats were no longer."""

from __future__ import annotations

import pytest

from agent.guided import grief

MOURNED = [
    # the review's
    "Grandad's chair by the fire, nobody sits in it now. He smoked his pipe there every night. My son eats his tea at "
    "the table beside it.",
    "Her piano's still in the front room, nobody plays it. She taught all of us on it. Our dog eats under it.",
    # other wordings
    "Dad's workbench is in the shed, nobody uses it. He built our cradle on it. My husband drinks his coffee out "
    "there now.",
    "Mam's chair by the window, nobody sits in it. She knitted there every evening. My sister visits on Sundays.",
    "His fiddle hangs on the wall, nobody plays it. He played at every ceilidh. He said two summers, then he comes "
    "home.",
    "Each shraddh I fry Papa's pakoras and leave a plate on the wall for the crows. He was mad for them.",
    "On her day I cook Nani's rajma and lay a leaf of it out for the ancestors; she made it every Sunday.",
]

NOT_MOURNED = [
    # the review's
    "Mum made her special fish curry and the scraps went to the crows. She cooked it every Friday.",
    "I make Dad's favourite dal every Sunday and the leftovers go out for the crows. He wanted more salt, as always.",
    "His fiddle hangs on the wall, nobody plays it. He played at every ceilidh. He said he visits us next summer.",
    "His fiddle hangs on the wall, nobody plays it. He played at every ceilidh. He said on the phone he visits us in "
    "June.",
    # other wordings
    "Mum baked her famous bread and the crusts were thrown to the crows. She baked every day.",
    "I make Dad's favourite stew and what's left goes out for the crows. He wanted more pepper.",
    "Gran cooked her Sunday roast and fed the scraps to the crows. She was a great cook.",
    "Dad's chair, nobody sits in it. He sat there every night. He eats his tea in the kitchen now.",
    "Nana's piano, nobody plays it. She taught us all on it. Nana loves to hear us sing though.",
    "Mum's sewing machine sits in the corner, nobody uses it. She made all our clothes. She said yesterday she comes "
    "over on Sunday.",
]


@pytest.mark.parametrize("text", MOURNED)
def test_an_offering_set_out_or_a_seat_left_with_the_present_of_others_is_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", NOT_MOURNED)
def test_leftovers_for_the_crows_the_owner_alive_or_a_promise_to_come_are_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None
