"""Review of 4c67d3f: any "we" before skip/pass was read as others' doing, so "I think we skip that part" and
"Maybe we pass on that one" in a longer answer no longer declined; and in an answer of twenty words or fewer the
rule did nothing ("… in every shop we pass." -> "That's fine; let's move on."). Skip/pass declines said by the
teller (first in the clause, after I/let's, after a hedge and "we", or of "that/it" said back), never of others or
of time passing."""

from __future__ import annotations

import pytest

from agent.guided.wishes import declined

_LONG = (
    "We lived by the canal for thirty years, my husband and I and the three boys, in the red house by the lock "
    "where the barges came through twice a day. "
)


@pytest.mark.parametrize(
    "said",
    [
        "I think we skip that part.",
        "Maybe we pass on that one.",
        "We skip it, yes.",
        "Let's just say we pass.",
        "Perhaps we skip this bit.",
        "I guess we pass on it for now.",
        "So we skip that one, please.",
    ],
)
def test_a_decline_with_we_is_still_one(said: str) -> None:
    assert declined(_LONG + said)
    assert declined("That year was bad. " + said)


@pytest.mark.parametrize(
    "said",
    [
        "The music was everywhere then, in every shop we pass.",
        "Everybody we pass on the towpath says hello.",
        "The years pass so quickly now, the boys have children of their own.",
        "The barges that pass now are all holiday boats.",
        "The children skip to school along the canal.",
        "Every morning as I pass the lock I think of him.",
        "We pass it round the table at Christmas, the old photo.",
    ],
)
def test_skip_or_pass_told_of_others_is_no_decline(said: str) -> None:
    assert not declined(said)
    assert not declined(_LONG + said)
