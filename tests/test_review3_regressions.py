"""Review 3 of dced7c6, 6b6768a, 4c998d6: a loss read from 'lost my X' only of a being, remembrance signs only
of the dead, and the stop, ask, gap and elsewhere rules' look-alikes. Wording other than the reviewer's where
the rule is a category."""

from __future__ import annotations

import pytest

from agent.guided import gaps, grief, scene_places, wishes


@pytest.mark.parametrize(
    "text",
    [
        "We lost our wee one the week she was born.",
        "They lost their eldest at Passchendaele.",
        "Mam lost her darling in the last year of the war.",
        "He lost his fiancée to the fever.",
        "We lost our old terrier, Patch, that spring.",
        "We lost our first in 1952.",
        "Three men lost their lives in the pit.",
        "We lost my brother Tomek in the war.",
        "We lost our Tomek in the war.",
        "She lost her Jimmy at sea.",
    ],
)
def test_lost_a_being_is_a_death(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize(
    "text",
    [
        "She lost her Koran on the tram.",
        "He lost his Grandad's pocket knife at the fair.",
        "Dad lost his Morris in the flood.",
        "She lost her French after the war.",
        "We lost our Easter holiday that year.",
        "I lost my baby teeth that summer.",
        "He lost his first tooth.",
        "He lost his love of music.",
        "A cow that has lost her calf bellows all night.",
        "She lost her voice at the concert.",
    ],
)
def test_lost_a_thing_is_no_death(text: str) -> None:
    assert grief.sorrow(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # a yearly day and their dish, said of someone alive now
        "Every year on the tenth of March we cook her lamb. Gran adores it, she's ninety-one.",
        "Each year on the 2nd we make his curry. He still visits for it.",
        "Every year on the first of June we hold a party and I bake his fruit cake.",
        "Every year on the third of October I cook her stew, my sister loves it.",
        # one clause, one sign: things kept and untouched said together
        "Her sewing box is still in the attic, no one touches it, she would be cross.",
        # not seen for being away, said with a thing kept
        "His cap is still on the hook, forty years. He never got to see me marry, though, he was overseas.",
        # what one didn't live to see, then lived on
        "Mam didn't live to see the new road, it took so long she moved to Leeds first.",
    ],
)
def test_remembrance_of_the_living_is_no_death(text: str) -> None:
    assert grief.sorrow(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Every year on the tenth of March we cook her lamb. She loved it.",
        "Each year on the 2nd we make his curry, the way he made it.",
        "Her sewing box is still in the attic, thirty years. She never got to see me marry.",
        "She didn't live to see the bridge finished.",
        "He didn't live to see the mill shut, and they moved us to the new estate.",
    ],
)
def test_remembrance_of_the_dead_is_still_a_death(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize(
    "text",
    [
        "Forget the shop, it was Harold after that who kept the books.",
        "Never mind the pigs, it was Tommy then, Tommy who mucked them out.",
        "Never mind what the priest said. Then came Gran with the scones.",
        "Forget all that. Then came the Depression.",
    ],
)
def test_dismissal_then_someone_in_the_story_is_no_switch(text: str) -> None:
    assert wishes.request(text) is None


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Forget the shop. It was Glasgow after that, the yards and the rain.", "Glasgow"),
        ("Never mind the navy. Then came Melbourne, and the heat.", "Melbourne"),
    ],
)
def test_dismissal_then_a_place_is_a_switch(text: str, subject: str) -> None:
    request = wishes.request(text)
    assert request is not None and request.kind == "switch" and request.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "What has no one asked me about? Nothing. You've asked it all.",
        "Nobody asks me about the football these days.",
        "No one has ever asked me about my knees, and I'm glad.",
    ],
)
def test_nothing_left_unasked_is_no_ask(text: str) -> None:
    assert wishes.request(text) is None


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Nobody ever asks me about the ferries.", "the ferries"),
        ("What has no one asked me about? The tannery. The smell of it.", "the tannery"),
    ],
)
def test_a_subject_nobody_asks_about_is_an_ask(text: str, subject: str) -> None:
    request = wishes.request(text)
    assert request is not None and request.kind == "ask" and request.subject == subject


@pytest.mark.parametrize(
    ("text", "stop"),
    [
        ("We drank and drank. Enough. Next week I sign the pledge, he swore at the time.", False),
        ("I smoked forty a day. Enough. Tomorrow I quit, I thought in those days.", False),
        ("Right, love, enough. Tomorrow I'll tell you about the dance hall.", True),
        ("Enough. Next Sunday I'll tell you what he said.", True),
    ],
)
def test_enough_told_of_then_is_no_stop(text: str, stop: bool) -> None:
    assert wishes.tired(text) is stop


@pytest.mark.parametrize(
    "text",
    [
        "Her name was Agnes and she disappeared into the mist one evening.",
        "His name was Bert. He's gone into the fog, that one, he took the boat out one night.",
        "The box was emptied after the wake, his name was on every envelope.",
        "The shelves are bare now, we gave the books away. His face I remember though.",
        "The drawer's been cleared out. The face I'll never forget.",
    ],
)
def test_an_image_beside_a_name_given_or_kept_is_no_gap(text: str) -> None:
    assert not gaps.unsure(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister at Dunbeg, I see his hat, but his name? That shelf's been cleared out.",
        "The coalman, I can hear his cart, but his face... she's gone into the haar, that one.",
    ],
)
def test_an_image_said_of_a_name_or_face_is_a_gap(text: str) -> None:
    assert gaps.unsure(text)


@pytest.mark.parametrize(
    ("text", "place", "elsewhere"),
    [
        # one of one's own going is not the teller going
        ("My sister moved to Australia and I stayed in Dundee.", "Australia", True),
        ("Our Tom went to Boston, and I never saw him again.", "Boston", True),
        # the teller following them there makes it the scene
        ("They moved to Glasgow, and I joined them the next spring.", "Glasgow", False),
        ("My parents went to Sydney and we went out after, in 1952.", "Sydney", False),
        ("Our family moved to Leeds in 1950.", "Leeds", False),
        ("Dad took me to Portugal.", "Portugal", False),
    ],
)
def test_elsewhere_is_where_only_others_went(text: str, place: str, elsewhere: bool) -> None:
    assert scene_places._elsewhere(text, place) is elsewhere
