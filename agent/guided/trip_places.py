"""A place gone to or come from, set off by the trip it was, is still the place: "I flew to Ulaanbaatar on the MIAT
plane from Dalanzadgad, my first airplane", "we drove to Cairo, my first long trip", "the train from Lviv, our first
night away". Without this the apposition ("my first airplane") made the name a thing. Read in ``name_kinds``.

Never a given name ("a lift from Sipho, my first friend there") nor where the name is not gone to or come from.
"""

from __future__ import annotations

from agent.guided.thing_cues import GOING_TO, VESSELS

# what carries one from or to a place: "the plane from", "the bus to"
CARRIERS = VESSELS | frozenset(
    """plane airplane aeroplane flight train bus coach lorry truck car jeep taxi minibus van ferry cart wagon
    sledge sled canoe""".split()
)
_PARTICLES = frozenset({"out", "off", "back", "down", "up", "away", "over", "across"})
_FIRST = frozenset({"first", "last", "only", "longest", "first-ever"})


def trip_set_off(before: list[str], apposition: list[str]) -> bool:
    """The name follows "to"/"from" after a verb of going or a carrier, and its apposition is the trip ("my first
    airplane", "our last night"): see the module. ``before``: the words before the name, lower case."""
    lead = before[:-1]
    if lead[-1:] and lead[-1] in _PARTICLES:
        lead = lead[:-1]  # "flew out from Kano"
    gone = before[-1:] in (["to"], ["from"]) and lead[-1:] != [] and lead[-1] in GOING_TO | CARRIERS
    trip = apposition[:1] in (["my"], ["our"], ["the"], ["a"]) and len(apposition) > 1 and apposition[1] in _FIRST
    return gone and trip
