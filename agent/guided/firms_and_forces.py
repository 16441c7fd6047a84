"""Names that send, take or wash as firms, carriers, weather, water and soap do, so an act is no sign of a person."""

from __future__ import annotations

from agent.guided.thing_cues import BRANDS

# Firms, banks, makers and carriers known by one name, that hire, post and carry people ("Amazon sent me to a
# warehouse", "Dunlop took him on"), and soaps and powders that wash ("Persil washed whiter")
FIRMS = BRANDS | frozenset(
    """amazon nike adidas barclays lloyds hsbc natwest dunlop guinness cadbury cadburys unilever shell bp esso
    texaco ford fiat toyota honda nissan boeing airbus siemens philips ikea google microsoft apple ibm intel
    persil lux sunlight omo surf daz ariel tide fairy dettol lifebuoy palmolive sunsilk pears""".split()
)
# The last word of a firm's or a carrier's name: "British Rail", "Mersey Ferries", "Harland Shipyards"
FIRM_ENDS = frozenset(
    """rail railway railways ferries ferry airways airlines air lines buses coaches transport motors steel mills
    bank banks brewery breweries group holdings limited ltd inc plc company co corporation corp industries
    shipping shipyard shipyards mining council""".split()
)
# The last word of a shop's or a maker's name after its owner's name: "Folake Fabrics", "Patel Textiles", "Kamau
# Hardware", "Rossi Motors": a firm named for someone, no one in the story by that name
SHOP_ENDS = frozenset(
    """fabrics textiles tailors garments clothing fashions foods stores supplies traders trading enterprises
    hardware electricals electronics furnishings furniture provisions cosmetics bakeries motors industries
    holdings limited ltd plc inc shipping brewery airways airlines""".split()
)
# What moves people as nobody does: "Fate brought me to Canada", "Rain washed the streets", "the river washed"
FORCES = frozenset(
    """fate destiny providence fortune luck war rain wind snow flood floods storm sea river tide
    water sunlight fire""".split()
)


def no_one_acting(name: str) -> bool:
    """A firm, a carrier, a soap or a force by its name: its acts are no person's."""
    words = name.lower().replace("’", "'").removesuffix("'s").split()
    return bool(words) and (" ".join(words) in FIRMS or words[-1] in FIRM_ENDS or words[0] in FORCES)
