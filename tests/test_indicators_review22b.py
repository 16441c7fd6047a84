"""Review of the indicator readers (rev_practice R2, R3, F2; rev_sweep R2), each rule with the reviewers' cases and
own wordings: a place where the person spent years is met when told as where they were ("London was grey and cold
when we came", "Our first flat in London"), never by a stopover, a purchase or news from there; a child's birth told
by the mother as her own doing ("I gave birth to my twins") is the children's birth; a school the person only worked
at, sold to, passed or lived by ("cooked for the boys at the college", "walked past the lycée") is no schooling."""

from __future__ import annotations

import pytest

from tests.indicator_support import met


def _cases(path: str) -> list[tuple[bool, str, str]]:
    return [(e == "1", a, t) for e, a, t in (line.split("\t") for line in path.strip().splitlines())]


YEARS = """1\tHer first years in London\tLondon was grey and cold when we came, and I cried for Sylhet every night.
1\tHer first years in London\tOur first flat in London was one room above a butcher's in Hanbury Street.
1\tHer life in Sydney\tSydney was hard at first; I worked in a laundry in Redfern and sent money home.
1\tHis days in Lagos\tLagos in those years was wild; I slept at the bus park and hawked bread.
1\tHer first years in Glasgow\tGlasgow, when I first came, was black with soot; I cried for Lahore.
1\tHis days in Lagos\tI lived in Surulere for six years, Lagos was a furnace and I loved it.
1\tHer first years in Leeds\tLeeds was so grey when we arrived, I thought the sun had died.
1\tHis days in Mombasa\tMombasa in the fifties was paradise for a boy like me; we swam every evening.
1\tHer first years in Auckland\tOur first house in Auckland had no heating and I wore my coat to bed.
1\tTheir time in Dakar\tWe had a tiny flat near the market, Dakar was loud and we loved it.
0\tHis days in Dubai\tI bought this watch in Dubai airport on the way home.
0\tHis days in Nairobi\tWe listened to the news from Nairobi on the wireless.
0\tHer first years in London\tWe changed planes in London on the way to New York.
0\tHer first years in Leeds\tWe stopped in Leeds on the way to Scotland for a cup of tea.
0\tHis days in Mombasa\tI bought my first radio in Mombasa port, off a sailor.
0\tHer first years in Auckland\tThe news from Auckland came by letter every month.
0\tTheir time in Dakar\tDakar was where my brother lived, he loved the sea.
0\tHer first years in Leeds\tLeeds was a big city, they said; I never went.
0\tHer first years in London\tMy son has a shop in London now, in Wembley."""

BIRTHS = """1\tHer children's births\tI gave birth to my twins in the back of a taxi in Lagos.
1\tHer son's birth\tI gave birth to him on the kitchen floor in Kumasi, the power was out.
1\tHer children's births\tAll four times I gave birth in the mission hospital in Mzuzu, the nuns were kind.
1\tHer children's births\tI gave birth to a boy in 1961 and to a girl two years later, both at home.
0\tHer children's births\tI was born in 1930 in the house by the river.
0\tHer father's birth\tI gave birth to my son in Hanoi in 1968.
0\tHer children's births\tI gave birth to the idea of the co-op in 1975, over tea."""

SCHOOL = """0\tHer school days\tI cooked for the boys at the college for thirty years.
0\tHer school days\tI cleaned the college offices at night for twenty years.
0\tHer school days\tWe sold vegetables outside the lycée gates.
0\tHis years at school\tWe walked past the lycée every morning to the market with the goats.
0\tHis years at school\tEvery morning I walked past the lycée on my way to the factory.
0\tHis years at school\tWe lived behind the college, and the students' music kept us awake.
0\tHer schooling\tWe sold vegetables to the internat kitchen every Friday from the cart.
0\tHer schooling\tI swept the floors at the madrasa in Sylhet for the imam, for a few taka.
0\tHer schooling\tOur house was opposite the school, the bell woke us every day.
1\tHer schooling\tI went to the lycée in Dakar until I was sixteen.
1\tHer schooling\tThey sent me to the madrasa in the next town, I learned the Quran by heart.
1\tHer school days\tIn the internat I shared a room with five girls from the mountains.
1\tHis years at school\tAt the college in Nuku'alofa we sang every morning before lessons.
1\tHer school days\tI walked two miles to school past the mill every morning."""


@pytest.mark.parametrize(("want", "aim", "text"), _cases(YEARS) + _cases(BIRTHS) + _cases(SCHOOL))
def test_indicator_read_as_the_reviewers_and_own_wordings_say(want: bool, aim: str, text: str) -> None:
    assert met(aim, text) == want
