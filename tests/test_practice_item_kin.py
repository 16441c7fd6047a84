"""A practice item told done in other words than its name, after an interruption the item waits through
(``agent.guided.item_kin``): the kind said for the class ("the minced lamb" for "the meat", "the cod" for "the fish"),
the doing by its tool or its sign ("in the skillet till browned" for "fry"); an interruption told with a return asked
("Oh, the phone! That was my son … Where were we?") is no report and no one to follow; and the look-alikes that tick
nothing: a plan ("tomorrow I'll fry the beef"), someone else's work ("my sister browned the beef"), a story of how a
grandmother made them, "they" of an item's name ("Simmer until they float") said of anything. Kitchens other than
any benchmark persona's (pierogi, samosas, gyoza, empanadas)."""

from __future__ import annotations

import pytest

from tests.support import Api
from tests.turns_support import practice_items, say, template_session


def _routine(first: str, second: str, third: str) -> dict:
    return {
        "name": "Sunday kitchen",
        "kind": "practice",
        "intention": "Cook the family dish",
        "completion_indicators": ["Every step done"],
        "structure": {
            "sections": [
                {"name": "All", "duration_minutes": 90, "items": [{"name": first}, {"name": second}, {"name": third}]}
            ]
        },
    }


ROUTINES = {
    "pierogi": ("Make the dough", "Fry the meat filling", "Boil the pierogi"),
    "samosa": ("Make the pastry", "Fry the meat filling", "Bake the samosas"),
    "fishcakes": ("Peel the potatoes", "Poach the fish", "Simmer until they float"),
}
FIRST = {
    "pierogi": "Flour, egg, warm water, kneaded ten minutes, it's resting under a cloth.",
    "samosa": "Pastry done, flour and ghee rubbed together, fifteen minutes.",
    "fishcakes": "Potatoes peeled, all eight, ten minutes.",
}


def _done(api: Api, key: str, *said: str) -> set[str]:
    items = ROUTINES[key]
    sid = template_session(api, "Wiesia", _routine(*items), scheduled_duration_minutes=90)
    say(api, sid, FIRST[key])
    for s in said:
        say(api, sid, s)
    return {n for n, i in practice_items(api, sid).items() if i["completed"]} - {items[0]}


@pytest.mark.parametrize(
    ("key", "aside", "report"),
    [
        (
            "pierogi",
            "Oh, the phone! That was my son on the phone, he comes on Sunday with the children. Where were we?",
            "The minced beef with garlic chopped fine, in the skillet till browned, and then I let it cool on a plate.",
        ),
        (
            "samosa",
            "Ach, the doorbell. The postman came by with a parcel for upstairs. Where was I?",
            "The lamb mince with peas and cumin, into the pan with oil till it's not pink, then I let it cool.",
        ),
        (
            "pierogi",
            "Someone at the door, the neighbour from across the road wanting eggs, I gave her six. Where was I?",
            "Ground pork and onion sizzling in the frying pan till golden, then I put it in a bowl to cool.",
        ),
    ],
)
def test_an_interruption_then_the_item_told_by_its_kind_is_done(api: Api, key: str, aside: str, report: str) -> None:
    assert _done(api, key, aside) == set()  # the interruption ticks nothing
    assert _done(api, key, aside, report) == {ROUTINES[key][1]}


@pytest.mark.parametrize(
    ("key", "aside", "report"),
    [
        # a plan, someone else's work, a grandmother's story: the item stays open
        (
            "pierogi",
            "Oh, the phone! That was my son on the phone, he comes on Sunday. Where were we?",
            "Tomorrow I'll fry the beef in the skillet till browned, my back is bad today.",
        ),
        (
            "samosa",
            "Ach, the doorbell. The postman came by with a parcel. Where was I?",
            "My sister browned the lamb mince in the pan before she went home, she always does it.",
        ),
        (
            "pierogi",
            "Someone at the door, the neighbour wanting eggs. Where was I?",
            "My grandmother in Lwów made these for every wedding, and my father called them little ears.",
        ),
    ],
)
def test_a_plan_another_s_work_or_a_story_after_an_interruption_ticks_nothing(
    api: Api, key: str, aside: str, report: str
) -> None:
    assert _done(api, key, aside, report) == set()


@pytest.mark.parametrize(
    "story",
    [
        "My grandmother in Porto made these every Christmas, in a pot so big my uncle called it the ship.",
        "Our neighbour in Osaka always made them for the festival, they sold them at the shrine.",
    ],
)
def test_a_story_of_someone_else_is_no_report_of_the_item_asked(api: Api, story: str) -> None:
    # "Simmer until they float": "they" in the story is no word of the item's
    assert _done(api, "fishcakes", "Fish poached in milk with a bay leaf, twelve minutes.", story) == {"Poach the fish"}


@pytest.mark.parametrize(
    ("key", "said"),
    [
        # a plan for the item asked
        ("pierogi", "Tomorrow I'll fry the meat filling, today my back is finished."),
        ("samosa", "The filling I'm going to fry after lunch, when the onions come."),
        # someone else's work
        ("pierogi", "My sister did the meat filling, she fried it at her place and brought it over."),
        ("samosa", "My husband fried the filling last night, I only tasted it."),
        # half done
        ("pierogi", "I only got halfway through the filling, the pork ran out."),
        ("samosa", "Half the filling fried, the rest is still raw in the bowl."),
    ],
)
def test_a_plan_another_s_work_or_half_is_no_tick(api: Api, key: str, said: str) -> None:
    assert _done(api, key, said) == set()


@pytest.mark.parametrize(
    ("key", "said", "done"),
    [
        # the teller's own doing told in the present beside a relative's story: a report
        (
            "pierogi",
            "The filling I fry now, pork and onion in the pan till golden. My babcia taught me this, she hit my hand.",
            {"Fry the meat filling"},
        ),
        # what a relative would say is a saying, no doing of theirs
        ("samosa", "Filling fried, my mother would say it's done, and it is.", {"Fry the meat filling"}),
        # "no X-ing today": the item done in part, never ticked
        ("pierogi", "The pork went in the pan, then the pan cracked, so no frying the rest today.", set()),
        ("samosa", "Onions in, then the gas ran out. No cooking the lamb tonight.", set()),
    ],
)
def test_own_doing_a_saying_and_not_today(api: Api, key: str, said: str, done: set[str]) -> None:
    assert _done(api, key, said) == done
