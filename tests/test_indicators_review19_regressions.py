"""Round 19 review of the indicators told by kind (94b1f3b, c937faf, 780711d, ce2f9ad): ordinary answers that only
share a word with a kind's signs mark nothing, and what those commits lost is marked again. Each rule is tested by
the review's sentences, other wordings of the same thing and look-alikes that must not mark."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided.records import answered_marks
from tests.indicator_support import met


def _asked(aim: str, prompt: str) -> bool:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}], data={"questions": [{"id": 1, "prompt": prompt}]})
    return bool(answered_marks(ctx, prompt, "x", {1: True}))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("aim", "text"),
    [
        # A1: a harvest needs a crop of the field taken in, not cooking, buying, yard work or clothes
        (
            "The harvest",
            "We cooked the rice in a big pot and when it was ready we cut the chicken and picked the bones clean.",
        ),
        ("The harvest", "When the rice was ready, Mother picked out the stones from the beans and I dried the dishes."),
        ("The harvest", "Every autumn we picked up the leaves in the yard and put them in sacks for the bonfire."),
        ("The harvest", "We bought sacks of rice, ready for the winter, and pulled them on the cart home."),
        ("The harvest", "I cut the tea leaves out of the magazine picture and hung it in the barn where I slept."),
        (
            "Harvest time",
            "When the maize porridge was ready Grandma cut it in squares and we picked the pieces off the plates.",
        ),
        (
            "Bringing in the harvest",
            "I picked the potatoes at the shop, the ripe ones, and dried my hands on my apron.",
        ),
        # A2: a house built is the family's own building made, not one described, repaired, inherited or another's
        (
            "Building their house",
            "The school was a new building with brick walls and big windows, and I loved the floor polish.",
        ),
        (
            "Building their house",
            "After the storm we repaired the roof with new zinc sheets, the money from my brother in Dubai.",
        ),
        (
            "Building their house",
            "The hospital where Mother died was a new building with white tiled walls,"
            " I paid the bill with all my savings.",
        ),
        (
            "Building their house",
            "We inherited Grandfather's house, stone walls and a slate roof,"
            " and my mother kept her savings in the wall.",
        ),
        (
            "Building their house",
            "The hotel in Kowloon was brand new, marble floors, and I cleaned the rooms for my own money.",
        ),
        (
            "Building a home",
            "The mosque in our village got a new concrete floor and a tin roof, paid by the rich man from Jeddah.",
        ),
        (
            "Building a home",
            "We mended the walls with new cement after the floods, with our savings, and painted the windows.",
        ),
        # A3: service is the teller serving a madam or employer, not chores for one's own
        (
            "Her work in service",
            "In Hong Kong I cooked and washed at home while I waited for the agency to send my papers for Canada.",
        ),
        (
            "Her work in service",
            "I was the mistress of my own house at nineteen;"
            " I cooked, I washed, I swept for my husband and his brothers.",
        ),
        (
            "Her work in service",
            "Madam, I tell you, I cooked and cleaned for my family for fifty years, nobody paid me a penny.",
        ),
        (
            "Her work in service",
            "My husband's employer gave us a flat; I cooked and cleaned and minded our own children there.",
        ),
        (
            "Her work in service",
            "My grandmother was the mistress of a big house in Cork;"
            " I washed and cooked there as a girl, with her, for all of us.",
        ),
        (
            "Her work in service",
            "My aunt was the madam of the family, and I swept and cooked beside her for my cousins.",
        ),
        (
            "Her work in service",
            "I scrubbed and ironed for my own children while my father's employer, Mr Wong, played mahjong with him.",
        ),
        # A4: the loom and the shuttle of weaving, never a shuttle bus or a war that looms
        ("Weaving", "My grandmother and I took the shuttle bus to the market every Thursday."),
        ("Weaving", "The shuttle to the airport was late and we missed the plane to Lagos."),
        ("Weaving", "The war looms large in my memory, the shelling every night."),
        ("Weaving", "The exam loomed over us all summer, and Father made us study by the lamp."),
        ("Weaving", "We took the hotel shuttle to the beach and I was sick all the way."),
        # A6: a flaw absent only in a report of work done, with no flaw said present
        (
            "Bowls thrown without cracks",
            "The bowls, we'll throw them next week, no clay today, not one bag left, no cracks to show you.",
        ),
        ("Bowls thrown without cracks", "Three bowls thrown, no one saw cracks until the firing, then they all split."),
        (
            "Bowls thrown without cracks",
            "Five bowls thrown, not one crack at the lip, and then the feet split open in the firing.",
        ),
        ("Stringer beads without undercut", "I will run ten stringer beads tomorrow, no undercut I hope."),
        # B1/C: a subject named and put off, in other words
        ("The wedding", "The wedding, let's keep that for another day."),
        ("The wedding", "The wedding — another time, dear, I am tired."),
        ("The wedding", "About the wedding I will tell you next week, my knees are paining."),
        ("The wedding", "The wedding? Another day. Today I want to rest."),
        ("The wedding", "Our wedding, I will tell you some other day only."),
        ("The wedding", "The wedding, that is a story for later."),
        ("Her first husband", "My first husband, I don't want to talk about him today."),
        ("The tea shop in Kandy", "The tea shop in Kandy, I'll tell you about it next time."),
        ("The wedding", "We can talk about the wedding another day."),
        ("The tea shop in Kandy", "The tea shop in Kandy, that one we leave for another Sunday."),
    ],
)
def test_look_alikes_and_put_off_mark_nothing(aim: str, text: str) -> None:
    assert not met(aim, text)


@pytest.mark.parametrize(
    ("aim", "text"),
    [
        # the kinds still told
        (
            "The harvest",
            "When the leaves were ready we cut them from the bottom of the plant up and hung them in the barn.",
        ),
        ("The harvest", "When the apples were ripe we gathered them into baskets and stored them in the loft."),
        (
            "Building their house",
            "With the Hong Kong money, red brick walls, the roof of tiles, a real bathroom inside, our own.",
        ),
        (
            "Her work in service",
            "Then Madam Leung, in Tai Koo Shing. I cooked, I washed, I took the two boys to school.",
        ),
        (
            "Her work in service",
            "For six years I cleaned and ironed for the missus in a big house in Dublin, up at five every day.",
        ),
        ("Weaving", "We sat at the handloom, she did the warp and I threw the shuttle."),
        # B1: only the clause put off is not told; earlier clauses tell
        (
            "The wedding",
            "We married on a Saturday in June, and the party, that was for another day because the hall was booked.",
        ),
        ("Her first husband", "My first husband was a tailor, and the shop, that was for another time of my life."),
        (
            "The wedding",
            "Our wedding was in the village church, and the feast, we kept that for the next day, three goats.",
        ),
        (
            "Her first husband",
            "My first husband, that's for another day, he was a tailor in Galle and we married in 1958.",
        ),
        # B2: going by what carried one there
        (
            "Going to church with her grandmother",
            "Every Sunday Grandma and I took the tram to church, in our best hats.",
        ),
        (
            "Going to the market with her mother",
            "Every Saturday Mama and I took the bus to the market, and I carried the basket home.",
        ),
        ("Going to the market", "My mother put me on the donkey to the market at dawn."),
        ("Going to Mecca", "We flew to Mecca in 1985, my first time on an aeroplane."),
        ("Going to Mecca", "We took the bus to Mecca from Amman, three days through the desert."),
    ],
)
def test_told_kinds_still_mark(aim: str, text: str) -> None:
    assert met(aim, text)


@pytest.mark.parametrize(
    ("aim", "prompt", "expected"),
    [
        # A5: the measure asked by its adjective, said of the indicator's own thing
        ("Knows the height of Everest", "How tall was Tenzing Norgay, who climbed Everest with Hillary?", False),
        ("Knows the weight of a football", "Who weighs the football before the match?", False),
        ("Knows the depth of Lake Baikal", "Why is Lake Baikal called the deep blue eye of Siberia?", False),
        ("Knows the height of the crossbar", "How high can the goalkeeper jump at the crossbar?", False),
        ("Knows the width of the goal", "How wide can the wall stand from the goal?", False),
        ("Knows the length of the Nile", "How long was Livingstone lost looking for the source of the Nile?", False),
        ("Knows the length of the match", "How long is the half-time break in a match?", False),
        ("Knows the height of the Eiffel Tower", "How tall was the man who built the Eiffel Tower?", False),
        ("Knows the weight of a football", "How heavy was the man who carried the football?", False),
        ("Knows the width of the goal", "How broad is the goal mouth?", True),
        ("Knows the height of Everest", "How tall is Everest?", True),
        ("Knows the weight of a football", "How much does a football weigh?", True),
        ("Knows the length of a marathon", "How long is a marathon?", True),
        ("Knows the height of the Eiffel Tower", "How tall is the Eiffel Tower in Paris?", True),
    ],
)
def test_a_measure_is_asked_of_its_own_thing(aim: str, prompt: str, expected: bool) -> None:
    assert _asked(aim, prompt) is expected
