"""Indicators read by category (review3's findings), in lives and wording of no benchmark persona: a score told
as its misses, a "no mistakes" denied, asked or only a rule, and a count of many mistakes told are no few
mistakes; a later time that the story goes on from in the past ("I tell you, the next week we married") is the
story's time, not a promise; "my girls", "my boys", "my kids" are her children, someone else's girls are not;
a catch eaten out with drink or a meal is no fishing. Each with look-alikes that must meet nothing."""

from __future__ import annotations

import pytest

from tests.support import Api, indicators_marked

TABLES = "Answers the times tables with few errors"

MET = [
    # a score with few misses, said of the misses
    (TABLES, "The times tables, I got one out of twelve wrong, the sevens again."),
    ("Spells the word list with few mistakes", "The spelling test, I got 2 out of 20 wrong, both long words."),
    # the misses counted beside a score with few of them
    (TABLES, "Times tables, forty-seven right and three mistakes, not bad for me."),
    # a later time the story goes on from, told in the past after "I tell you"
    ("Her wedding in Izmir", "I tell you, the next week we married in Izmir, in my aunt's garden."),
    ("His wedding in Accra", "I tell you, the next Saturday we were married in Accra, my mother cried."),
    # her own children growing up, said as her girls, boys or kids
    ("Her children growing up", "I watched my girls grow up in Leeds, Amy at the swimming baths every Saturday."),
    ("His children growing up", "My boys grew up on the island, they swam before they could walk."),
    ("Her children growing up", "Our kids grew up above the shop in Lagos, selling sweets on the step."),
    # fishing: out for a catch, with nothing of a meal
    ("Going fishing with her father", "Dad and I went out for the salmon every August on the Tay."),
    ("Going fishing with her father", "After school Dad took me out for the mackerel, and we ate them at home."),
]

NOT_MET = [
    # the misses told as the score, a "no mistakes" that is a rule, denied or asked, a count of mistakes
    (TABLES, "The times tables, I got nine out of ten wrong, a disaster."),
    (TABLES, "The times tables, teacher said no mistakes allowed, and I made six."),
    (TABLES, "The times tables, I never get full marks, four mistakes again."),
    (TABLES, "The times tables, I made no mistakes? No, I made heaps."),
    (TABLES, "The times tables, I didn't get full marks, seven errors, the eights and nines."),
    ("Spells the word list with few mistakes", "The spelling test, I scored 15 of 20 wrong, a bad day."),
    # a later time after "I tell you", promised and not told
    ("Her wedding in Izmir", "I tell you, next week, all about the wedding in Izmir, the garden, the dancing."),
    # someone else's girls, or the teller's own growing up beside girls
    ("Her children growing up", "I watched the neighbour's girls grow up in Leeds, they swam every Saturday."),
    ("Her children growing up", "My sisters and I grew up in Leeds, we girls swam every Saturday."),
    # a catch eaten out with drink or a meal: no fishing
    ("Going fishing with her father", "We went out for prawns and beer with my father after work."),
    ("Going fishing with her father", "Fridays my father took us out for lobster and wine at the harbour."),
    ("Going fishing with her father", "My father and I went out for crab, a proper dinner at the Anchor."),
]


@pytest.mark.parametrize(("indicator", "answer"), MET)
def test_met(api: Api, indicator: str, answer: str) -> None:
    assert set(indicators_marked(api, [indicator], [answer])) == {0}


@pytest.mark.parametrize(("indicator", "answer"), NOT_MET)
def test_not_met(api: Api, indicator: str, answer: str) -> None:
    assert indicators_marked(api, [indicator], [answer]) == {}
