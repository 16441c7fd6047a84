"""A hall named for the society that meets there is a place where the teller went: "the bingo starts at the Legion
hall", "we danced in the Orange hall", "I met him at the Podhalanie hall"; said as the society's own ("the Legion hall
burned down", "the Legion hall committee") it stays the society's, a thing. Likewise a building named for a lady, a
queen or a princess ("the Lady Minto Hospital", "the Queen Mary Hospital") is a place, never the boat "the Lady Grace"
(``name_kinds`` reads both).

Kept apart from ``name_kinds`` (at its size limit) as one rule.
"""

from __future__ import annotations

# the words before "the X hall" that say someone was there, went there or came from there
_AT = frozenset("at in to into from inside outside behind near by down up".split())


def met_in_hall(before: list[str]) -> bool:
    """The words before "the X hall" (lower-cased) say someone was, went or came there."""
    return before[-1:] == ["the"] and len(before) > 1 and before[-2] in _AT
