"""Review of round 23's people and places readers, by category: several relatives named in apposition ("My brothers,
Delmer and Clyde,"), a family word that is a given name too opening a place's name ("Mae Sot"), the soup "pho" that
is no father, a feeling or a rank told of a town, a yard, a team or a pet, the sea and the wind that make no storm, a
relative named after the clause that told of them ("He never came back, my brother."), a person's height that makes
no place; with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from agent.guided.annotate import read
from tests.reader_support import assert_read


@pytest.mark.parametrize(
    ("text", "people", "places", "not_people"),
    [
        # several relatives, then their names: the names are the people, not the plural word
        ("My brothers, Delmer and Clyde, played at every dance in the county.", ["Delmer", "Clyde"], [], ["brothers"]),
        ("My brothers, Kofi and Yaw, now they played.", ["Kofi", "Yaw"], [], ["brothers"]),
        ("His sons, Ahmed and Karim, ran the shop after him.", ["Ahmed", "Karim"], [], ["his sons"]),
        ("My two sisters, Ana and Marta, stayed in Lisbon.", ["Ana", "Marta"], ["Lisbon"], ["sisters"]),
        (
            "Our cousins, Tomás, Lupe, and Rafael, came up from Oaxaca every summer.",
            ["Tomás", "Lupe", "Rafael"],
            ["Oaxaca"],
            ["cousins"],
        ),
        # look-alikes: no names after the plural word
        ("My brothers, they all worked on the farm.", ["brothers"], [], []),
        ("My sisters, God rest them, were the best dancers in town.", ["sisters"], [], ["God"]),
        ("My aunts, both of them, sewed for a living.", ["aunts"], [], []),
        # a family word that is a given name too, opening a place's name
        ("My uncle worked in a garage in Mae Sot near the border.", ["uncle"], ["Mae Sot"], ["mother"]),
        ("Every evening we swam in the Mae Ping river behind the house.", [], ["Mae Ping"], ["mother"]),
        ("We took the bus from Mae Sai to Chiang Rai.", [], ["Mae Sai", "Chiang Rai"], ["Mae Sai", "mother"]),
        # look-alikes: the same words as someone's name
        ("I wrote to Tad Hamilton every week that year.", ["Tad Hamilton"], [], []),
        ("Ake Larsson taught me to ride.", ["Ake Larsson"], [], []),
        # the soup, no father
        ("My pho had gone cold by the time I sat down to eat it.", [], [], ["father"]),
        ("Pho was what we ate every Sunday after church.", [], [], ["father"]),
        ("We ordered Pho at the stall by the station.", [], [], ["father"]),
        ("We had Pho for lunch most days.", [], [], ["father"]),
        # look-alikes: the father called "Pho"
        ("In the cold season a boy came with a message from Pho: come home now.", ["father"], [], []),
        ("Pho cooked rice for us every evening.", ["father"], [], []),
        ("I had Pho with me at the market that day.", ["father"], [], []),
        # a feeling, a rank or an act told of a town, a yard, a team or a pet
        ("Plouray was so proud of its band that they rang the bells.", [], [], ["Plouray"]),
        ("Of all the shipyards on the river, Harland was the best of them.", [], [], ["Harland"]),
        ("We had a little terrier. Biscuit was so scared of thunder he hid under the bed.", [], [], ["Biscuit"]),
        ("Bayern wiped them four nil in the final.", [], [], ["Bayern"]),
        ("Kilimanjaro was so proud above the clouds that morning.", [], [], ["Kilimanjaro"]),
        (
            "I grew up in Kerlouan. Kerlouan was furious when the mayor closed the school.",
            [],
            ["Kerlouan"],
            ["Kerlouan"],
        ),
        # look-alikes: someone, so told
        ("Kiprotich was so angry he would not speak to me for a week.", ["Kiprotich"], [], []),
        ("Of all the boys in the class, Kiprop was the naughtiest of them.", ["Kiprop"], [], []),
        ("Mariela wiped them with a soft cloth every night.", ["Mariela"], [], []),
        ("Mwangi was so proud of his son that he cried.", ["Mwangi", "his son"], [], []),
        # the sea and the wind are the shore, no storm's harm
        ("When Kwame came, we walked down to the sea and the wind was cold on our faces.", ["Kwame"], [], []),
        ("After Ivor came, we sat by the sea for hours and the wind dropped at dusk.", ["Ivor"], [], []),
        # look-alikes: a storm by its harm, the people named beside it stay
        ("When Gilbert hit, the roof came off and the whole street flooded.", [], [], ["Gilbert"]),
        ("The year Donna hit, Grandpa Joe lost the boat and the wind flattened the roof.", ["Joe"], [], ["Donna"]),
        # the relative named after the clause that told of them
        ("She was the bravest of us all, my sister.", ["sister"], [], []),
        ("He never came back from the war, my brother.", ["brother"], [], []),
        ("I gave it all to her, my daughter.", ["daughter"], [], []),
        ("I miss him every day, my son.", ["son"], [], []),
        # look-alikes: said to the listener
        ("Thank you for listening, my friend.", [], [], ["friend"]),
        ("Listen, my son, it was not easy in those days.", [], [], ["son", "Listen"]),
        ("It was hard for her, my dear, very hard.", [], [], ["dear"]),
        # a place by its height (a person's height is none: below)
        ("Nakuru lies at about 1,850 metres above the sea.", [], ["Nakuru"], ["Nakuru"]),
        ("Wilson is at five thousand five hundred feet, so the air is thin.", [], ["Wilson"], ["Wilson"]),
    ],
)
def test_review_of_round23_people_and_places(text: str, people: list[str], places: list[str], not_people: list[str]):
    assert_read(text, people, places, not_people)


@pytest.mark.parametrize(
    "text",
    [
        "Kiprop is over six feet and played basketball at school.",
        "Chebet is five foot two and strong as an ox.",
        "We moved up north to Mae Hong Son when I was six.",
    ],
)
def test_no_person_is_a_place_by_height_nor_a_thai_town_a_person(text: str) -> None:
    reading = read(text)
    assert not {"Kiprop", "Chebet"} & set(reading.places), reading.places
    assert "Mae Hong Son" not in reading.people, reading.people
