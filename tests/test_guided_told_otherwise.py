"""The guided interviewer hears what is told otherwise (issue 9, held-out round 12).

A death told by a count that drops between setting out and coming back, by a word for dying in the
teller's own language, or by the last thing someone made and what nobody touches since; a memory
reached for and come back empty; a wish said as "get me going on X", as a subject praised as the
story to tell after a filler ("Right. Right. Enough gloom. X, now there's a story"), and as the part
not reached yet ("I haven't even got to the part where …", also not done). Every wording here
differs from the persona files; each case has look-alikes that must not trigger.
"""

from __future__ import annotations

import re

import pytest

from agent.guided import gaps, grief, mourning, wishes
from tests.support import Api
from tests.turns_support import question_id, say, story_session


@pytest.mark.parametrize(
    "answer",
    [
        "That winter the Vistula froze early. Six of us set out across the ice to fetch the doctor from the "
        "other bank. Five came back.",
        "Eleven boats sailed from Killybegs that morning, and only nine came home.",
        "Abuela Rosario falleció that spring, and I was stuck in Toronto without a ticket.",
        "By the time the telegram reached us in Durban, Oupa was already oorlede.",
        "Chacha Harbans had guzar gaye in the night, and they told us only at the station.",
        "This scarf, my Agnieszka knitted it, the last one she made. I can't bring myself to wash it. Her needles "
        "sit in the basket by the stove, just as she left them.",
    ],
    ids=["count-on-the-ice", "boats-count", "spanish", "afrikaans", "punjabi", "last-she-made"],
)
def test_a_death_told_by_a_count_a_word_of_another_language_or_the_last_thing_made_is_met_with_care(
    api: Api, answer: str
) -> None:
    """No English word for dying: six set out and five came back, 'falleció', 'oorlede', 'guzar gaye',
    the last scarf she knitted and her needles left as she left them. Care, not a stock question."""
    sid = story_session(api, "Halina", "Growing up")
    result = say(api, sid, answer)
    assert question_id(result).startswith("care."), result["reply"]
    assert "sorry" in result["reply"].lower() and not result["proposed_end"], result["reply"]
    assert grief.sensitive(answer) == "loss"


@pytest.mark.parametrize(
    "answer",
    [
        "Six of us went in to sit the scholarship exam at Kilkenny, four came out with a pass.",
        "Three of us set off to the fair in Ballina. Four came back, with a cousin we met there.",
        "Ten of us went to Blackpool for the week, eight came back on the Sunday and two stayed on for the lights.",
        "Five of us climbed Croagh Patrick barefoot, and five came down.",
        "The last loaf she baked for the show won a rosette, and everybody in Ennis wanted the recipe.",
        "Mum said nobody touch them till Sunday, the scones were for the priest.",
        "Go on, get me started on the football, I could talk all night.",
    ],
    ids=["exam", "more-came-back", "two-stayed", "all-came-down", "last-loaf", "scones", "football"],
)
def test_look_alikes_of_those_tellings_are_no_loss(answer: str) -> None:
    assert grief.sorrow(answer) is None, [k for k, sign in mourning._SIGN.items() if sign.search(answer)]


def test_a_memory_reached_for_and_come_back_empty_gets_a_gentler_way_in(api: Api) -> None:
    """ "His face, now. I feel around in the dark for it and come up with nothing": a gap said as a
    figure of reaching for it, owed a gentler way in, not a stock question."""
    sid = story_session(api, "Tomás", "Dock Road")
    result = say(
        api,
        sid,
        "The man who kept the chip shop on Dock Road was from Cork, I think. His face, now. I go feeling around "
        "in the dark for it and come up with nothing, like a bucket down a dry well. He gave us the scraps free.",
    )
    assert question_id(result).endswith(".angle"), result["reply"]


def test_a_gap_asked_of_oneself_and_answered_no_gets_a_gentler_way_in(api: Api) -> None:
    """ "The girls in my class, their faces? Nothing.": the teller asks it of themself and answers no,
    a gap owed a gentler way in, not the next stock question."""
    sid = story_session(api, "Jadwiga", "Zabrze")
    result = say(
        api,
        sid,
        "We had lessons in the old brewery at Zabrze, Pani Nowak with her pointer. The girls in my class, their "
        "faces? Nothing. Only a row of plaits, like a photograph left out in the sun.",
    )
    assert question_id(result).endswith(".angle"), result["reply"]
    assert not re.search(r"one thing (?:she|they) always said", result["reply"]), result["reply"]


@pytest.mark.parametrize(
    ("answer", "lost"),
    [
        ("Her name? I fish for it and nothing bites.", True),
        ("Did the soldiers give their names? No, they just took him to the barracks.", False),
        ("We went out after mackerel and the boats came back empty.", False),
        ("I went looking for it in the shed and came back empty-handed.", False),
        ("Dad went fishing for eels at Lough Neagh and came home with nothing.", False),
    ],
    ids=["fish-for-name", "soldiers-names", "boats-empty", "shed", "eels"],
)
def test_reaching_for_a_memory_and_coming_back_with_nothing_is_a_gap_a_search_for_a_thing_is_not(
    answer: str, lost: bool
) -> None:
    assert gaps.lost(answer) is lost


@pytest.mark.parametrize(
    ("answer", "subject"),
    [
        ("Right. Right. Enough gloom. The harvest fair, now there's a story worth your tape.", "harvest fair"),
        (
            "If you were clever you'd get me started on the regatta at Cowes, because I've been keeping it for last.",
            "regatta",
        ),
    ],
    ids=["praised-as-the-story", "get-me-started"],
)
def test_a_wish_said_as_get_me_going_on_x_or_x_praised_as_the_story_is_honoured(
    api: Api, answer: str, subject: str
) -> None:
    """ "X, now there's a story worth your tape" after fillers said as sentences ("Right. Right."), and
    "you'd get me started on X": the reply takes up X by name, never the filler."""
    sid = story_session(api, "Winifred", "Childhood")
    result = say(api, sid, answer)
    reply = result["reply"]
    assert subject in reply.lower(), reply
    assert not re.search(r"\babout Right\b|\bRight\?", reply), reply


def test_the_part_not_reached_yet_is_taken_up_and_the_session_goes_on(api: Api) -> None:
    """ "Don't you go pressing that stop button. I haven't even reached the part where your uncle Dennis
    fell in the harbour": not done, and the part is asked for, not Dennis alone."""
    sid = story_session(api, "Brendan", "Howth")
    say(api, sid, "My brother Dennis had a yawl in Howth, the Saoirse, and every summer we sailed to Lambay.")
    result = say(
        api,
        sid,
        "Hold on, don't you go pressing that stop button on me. I haven't even reached the part where your uncle "
        "Dennis fell in the harbour, and that's why you're here.",
    )
    reply = result["reply"]
    assert "fell in the harbour" in reply and not result["proposed_end"], reply
    assert wishes.not_done("Don't hit the red button yet, I haven't got to the good bit.")


@pytest.mark.parametrize(
    "answer",
    [
        "Don't get me started on the council, they closed the baths.",
        "My grandfather's forge, that's a story for another day.",
        "The mill, that was a story in the papers for weeks.",
        "Okay. Okay. We went to school in the next village.",
        "I never got to the part where the hero dies, I fell asleep over the book.",
    ],
    ids=["complaint", "another-day", "news-story", "fillers", "a-book"],
)
def test_look_alikes_of_those_wishes_are_no_wish(answer: str) -> None:
    assert wishes.request(answer) is None


def test_a_scene_the_teller_lights_up_at_is_followed_before_the_aunt_named_before_it(api: Api) -> None:
    """A long answer about an aunt that turns with "Oh, but the Friday dances, my word!" to a scene
    told at length: the reply takes up the scene, not the aunt."""
    sid = story_session(api, "Nora", "Kilburn")
    result = say(
        api,
        sid,
        "When we came over we stayed with Aunt Brigid in Kilburn, my mother's sister. Aunt Brigid had six of her "
        "own in two rooms and still she took us in, and Aunt Brigid made a stew that would raise the dead. Oh, but "
        "the Friday dances, my word! The Galtymore on the Cricklewood Broadway, two ballrooms, a showband from "
        "Mayo in one and the céilí in the other, and the fellas lined up along the wall like cattle at a fair.",
    )
    reply = result["reply"]
    assert "friday dances" in reply.lower() and question_id(result).startswith("lit."), reply


def test_someone_asked_about_before_whom_a_long_answer_is_about_again_is_followed_again(api: Api) -> None:
    """Father asked about already, then a long answer that names him over and over: what it meant
    to him, not the next stock question."""
    sid = story_session(api, "Zofia", "Gdańsk")
    first = say(api, sid, "My father, Tadeusz, had a bakery on Długa Street, and I sold the rolls at the counter.")
    assert "Tadeusz" in first["reply"], first["reply"]
    result = say(
        api,
        sid,
        "The shipyard strike, August of eighty. Tadeusz baked through the night for the men at the gate, sacks of "
        "rolls on the tram, and the militia let him through because everybody knew Tadeusz. When it was over the "
        "men came to the shop and sang for him, and Tadeusz stood behind the counter in his apron and cried.",
    )
    reply = result["reply"]
    assert "Tadeusz" in reply and question_id(result).startswith("again."), reply


@pytest.mark.parametrize(
    "answer",
    [
        "Oh, she was a terror! She had a wooden spoon for every one of us and she used it, and we loved her for it "
        "all the same, every single one of us, to the end of her days in Limerick.",
        "Oh, the cold! Nothing else.",
    ],
    ids=["a-person", "nothing-told"],
)
def test_look_alikes_of_a_lit_scene_are_no_scene(api: Api, answer: str) -> None:
    sid = story_session(api, "Peig", "Limerick")
    result = say(api, sid, answer)
    assert not question_id(result).startswith("lit."), result["reply"]
