"""Review of the reader's round-24 work (c92eeed, fd50771): what those rules read wrongly in wordings of our own, each
category with wordings that must stay read and look-alikes that must not be: "mag" the English word (a magazine) is
no elder brother; a family word after a pointing "that" is a relative only where something is made or given for
someone ("That Aga made the kitchen warm" is the cooker); a firm that sends or teaches is no one; "lived by the Book"
is a rule of life, no river; a school's form or a faith after a lower-case compass word is no land; a church named by
its congregation is a place where one goes or marries; a scale of heat said after "the" is a river ("the Kelvin");
"I'm Texas born and raised" names where one is from, not the teller's name; and a newspaper read ("in the
Gleaner", "the Straits Times") is no place (``publications``)."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from tests.reader_support import assert_read


@pytest.mark.parametrize(
    ("text", "people", "not_people"),
    [
        # "mag" the English word, owned, no one after it: a magazine
        ("I left my mag on the bus this morning.", [], ["brother"]),
        ("Our mag came every Friday with the paper.", [], ["brother"]),
        ("She read my mag before I did.", [], ["brother"]),
        # the Wolof elder sibling, named or owning something
        ("My mag Aliou fished with our father.", ["Aliou|brother", "father"], []),
        ("My mag, Aliou, fished with our father.", ["Aliou|brother", "father"], []),
        ("My mag's boat was the fastest on the beach.", ["brother"], []),
        # a family word after a pointing "that": a thing or a firm unless made for someone
        ("That Aga made the whole kitchen warm.", [], ["brother", "Aga"]),
        ("The trucks that Tata made were everywhere.", [], ["father", "Tata"]),
        ("The bread that Kaki made us was sweet.", ["aunt"], []),
        ("The shawl that Bunica sewed her was blue.", ["grandmother"], []),
        # a firm doing a thing for the teller in a "that" clause: no one
        ("The parcel that Amazon sent me never arrived.", [], ["Amazon"]),
        ("The statements that Barclays sent us were all wrong.", [], ["Barclays"]),
        ("The cheques that Lloyds sent him bounced.", [], ["Lloyds"]),
        ("The letters that Dolores sent us are in the drawer.", ["Dolores"], []),
        ("I still wear the scarf that Ottilie knitted me.", ["Ottilie"], []),
        # the teller's own name after "I am", "I'm" stays dropped
        ("At work I'm Mrs. Okafor, at home I'm just Mum.", ["mother"], ["Mrs. Okafor"]),
        ("I am Ngozi, and this is my husband Emeka.", ["Emeka"], ["Ngozi"]),
    ],
)
def test_people_read_in_review(text: str, people: list[str], not_people: list[str]) -> None:
    assert_read(text, people, [], not_people)


@pytest.mark.parametrize(
    ("text", "places", "not_places"),
    [
        # "lived by the" a rule of life: no place; beside a river: the river
        ("We lived by the Rule of Saint Benedict.", [], ["Rule of Saint Benedict", "Rule"]),
        ("We lived by the Book in that house.", [], ["Book"]),
        ("They lived by the Gospel, my parents.", [], ["Gospel"]),
        ("We lived by the Marne for six years.", ["Marne"], []),
        ("A cottage by the Solent, that was the dream.", ["Solent"], []),
        # a lower-case compass word before a school's form or a faith: no land
        ("The lower Sixth was my best year.", [], ["Sixth"]),
        ("We sang eastern Orthodox chants.", [], ["Orthodox"]),
        ("He was a southern Baptist preacher.", [], ["Baptist"]),
        ("They lived in upper Manhattan.", ["Manhattan"], []),
        ("We went to a farm out in west Cork.", ["Cork"], []),
        # a church named by its congregation, gone to or married at: the place
        ("We went every Sunday to Bethel Baptist on Church Street.", ["Bethel Baptist", "Church Street"], []),
        ("We were married at Grace Lutheran in 1961.", ["Grace Lutheran"], ["Grace"]),
        ("I sang in the choir at Zion Methodist.", ["Zion Methodist"], []),
        ("We drove out to Mount Zion Baptist for the funeral.", ["Mount Zion Baptist"], []),
        # the congregation acting: neither someone nor a place
        ("Bethel Baptist gave us blankets that first winter.", [], ["Bethel Baptist", "Bethel"]),
        ("Faith Methodist paid the first month's rent.", [], ["Faith Methodist", "Faith"]),
        ("In eighty-one a church, Grace Lutheran, sponsored us.", [], ["Grace Lutheran", "Grace"]),
        # a scale's name after "the": a river; as a unit: no place
        ("They swam in the Kelvin as boys.", ["Kelvin"], []),
        ("We walked along the Kelvin every evening.", ["Kelvin"], []),
        ("It was thirty below in Celsius that winter.", [], ["Celsius"]),
        ("My father still does everything in Fahrenheit.", [], ["Fahrenheit"]),
        # a newspaper said after "in the", "for the": no place (a gap on 5d397d2 and on the reader's commits)
        ("I read about it in the Gleaner.", [], ["Gleaner"]),
        ("There was an advert in the Evening Post for a typist.", [], ["Evening Post"]),
        ("My name was in the Straits Times.", [], ["Straits Times"]),
        ("He wrote for the Diario de Noticias.", [], ["Diario de Noticias"]),
        # look-alikes: a pub, the trading post, a place where one read, a lake named like a paper
        ("We drank in the Star every Friday.", ["Star"], []),
        ("He worked at the Post for years.", ["Post"], []),
        ("I read the letter again in the Dolomites.", ["Dolomites"], []),
        ("We lived in the Mirror Lake cabins.", ["Mirror Lake"], []),
        # where one is from, said after "I'm": the place
        ("I'm Texas born and raised.", ["Texas"], []),
        ("I am Kenya born, Lancashire raised.", ["Kenya"], []),
    ],
)
def test_places_read_in_review(text: str, places: list[str], not_places: list[str]) -> None:
    reading = read(text)
    for place in places:
        assert place in reading.places, (place, reading.places)
    for place in not_places:
        assert place not in reading.places, (place, reading.places)
    for person in ("Grace", "Faith", "Bethel", "Kelvin", "Texas", "Kenya"):
        assert person not in reading.people, reading.people
