"""Success indicators met by answers that tell them in other words, and look-alikes that must not meet them: a storm
by its own name, fishing by its catch and gear, a quarry and slate by their work, a downbeat "on the one", work done
cleanly by a full score; a wedding only hoped for, fish eaten, a birth season of another kind, a practice item
judged not ready, a quiz's "squawk" asked as the transponder code. Wordings are none of the benchmark personas'."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from agent.guided import practice
from agent.guided.records import answered_marks
from tests.indicator_support import met


@pytest.mark.parametrize(
    ("aim", "text", "marked"),
    [
        # a storm told by its own name arriving, with what it did
        (
            "Hurricane Hattie in 1961",
            "In 1961 we were at my aunt's in the city when Hattie came in the night. By morning the roofs were in the "
            "river and the water stood up to the windows.",
            True,
        ),
        (
            "Cyclone Tracy",
            "On Christmas Eve Tracy hit Darwin. By morning there was no roof left on our street.",
            True,
        ),
        ("Hurricane Hattie in 1961", "In 1961, when Hattie came, we had cake and sang.", False),
        ("Hurricane Hattie in 1961", "In 1961 Aunt Hattie came to stay by the sea, and the roofs were all new.", False),
        ("Cyclone Tracy", "Tracy came with her boyfriend for Christmas, and the wind was warm.", False),
        # fishing told by the catch brought back and the gear of the line
        (
            "His father's fishing",
            "Dad left before dawn in his canoe with hand lines and a tin of worms for bait, and he came back at noon "
            "with mackerel and a kingfish.",
            True,
        ),
        (
            "Her father's fishing",
            "My father took the boat out past the point, and he came home with tilapia enough for the street.",
            True,
        ),
        ("His father's fishing", "On Fridays my father bought fried fish for all of us.", False),
        ("His father's fishing", "My father came home from the market with prawns and rice.", False),
        ("His father's fishing", "We drank beer with my father and ate the fish soup with bread.", False),
        # a quarry by its work in the hill, slate by what the stone is split into and for
        (
            "Her father's work at the slate quarry",
            "My father went each morning to the holes in the mountain where they blasted the rock, and split it into "
            "sheets for the roofs of the town.",
            True,
        ),
        (
            "Her father's work at the slate quarry",
            "My father built the house of stone with a tin roof; he dug holes in the hill for the fence posts.",
            False,
        ),
        ("His grandfather's slate quarry", "At school we wrote on little slates we wiped with a rag.", False),
        # a wedding only hoped for, as what a custom was for, is no wedding
        ("Her wedding to Job", "We leapt the bonfire holding hands, so we would be married within the year.", False),
        ("Her wedding to Pierre", "She lit a candle in the chapel so that she might marry by spring.", False),
        ("Her wedding to Pierre", "We saved every penny in order to marry.", False),
        ("Her wedding to Pierre", "Pierre and I married in June so that we could travel together.", True),
        ("Her wedding to Pierre", "So we got married in 1958, Pierre and I, in the church at Plouay.", True),
        # lambing told by the lambs born, a date before them; never lamb eaten, nor calves for lambs
        ("Lambing", "In March the lambs were born in the barn, and I sat up nights with the ewes.", True),
        ("Lambing", "On Sunday the lambs came, twins mostly.", True),
        ("Lambing", "We ate lamb at Easter.", False),
        ("Lambing", "Roast lamb on Sundays, with mint sauce.", False),
        ("Lambing", "The calves were born in March.", False),
        ("Calving", "In April the lambs were born.", False),
        # a full score and nothing blurred is clean; the first beat said as players say it
        ("Rolls that land cleanly on the downbeat", "The drum rolls: ten out of ten landed right on the one.", True),
        (
            "Rolls that land cleanly on the downbeat",
            "The rolls landed on the first beat every time, not a note smeared.",
            True,
        ),
        ("Rolls that land cleanly on the downbeat", "The rolls: two out of ten landed on the one.", False),
        (
            "Rolls that land cleanly on the downbeat",
            "The rolls, ten out of ten were late, smeared before the one.",
            False,
        ),
        ("Rolls that land cleanly on the downbeat", "We sat on the one bench and I practised rolls.", False),
        # a doing of others said by a plural of a person word ("my neighbours") is not the person's
        (
            "Celebrating Lunar New Year",
            "My neighbours celebrated Lunar New Year with firecrackers while we watched from the window.",
            False,
        ),
        ("Celebrating Lunar New Year", "My neighbours and I celebrated Lunar New Year with firecrackers.", True),
        # a plan beside a report tells only the report
        (
            "Rolls that land cleanly on the downbeat",
            "The rolls, twenty minutes. Next week I want them to land right on the one, with nothing smeared.",
            False,
        ),
    ],
)
def test_told_in_other_words(aim: str, text: str, marked: bool) -> None:
    assert met(aim, text) is marked


def _asked(aim: str, prompt: str) -> bool:
    ctx = SimpleNamespace(success_indicators=[{"text": aim}], data={"questions": [{"prompt": prompt, "id": "q"}]})
    return bool(answered_marks(ctx, prompt, "x", {}))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("aim", "prompt", "marked"),
    [
        ("Knows the squawk for a radio failure", "Which transponder code do you set for a radio failure?", True),
        ("Knows the emergency squawk", "What transponder code means an emergency?", True),
        ("Knows the transponder code for a hijack", "What do you squawk for a hijack?", True),
        ("Knows the squawk for a radio failure", "Which transponder code do you set for a general emergency?", False),
        ("Knows the squawk for a radio failure", "What does the transponder do in a radio failure?", False),
        ("Knows the squawk for a radio failure", "Which frequency do you call after a radio failure?", False),
    ],
)
def test_a_trade_word_asked_by_its_plain_name(aim: str, prompt: str, marked: bool) -> None:
    assert _asked(aim, prompt) is marked


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Up to ninety on the metronome. Not ready. Not even close.", True),
        ("The étude isn't ready yet, the left hand drags.", True),
        ("The étude is ready for the concert.", False),
        ("I'm not ready to stop, it went well all the way through.", False),
    ],
)
def test_an_item_judged_not_ready_owns_a_shortfall(text: str, short: bool) -> None:
    assert bool(practice._SHORTFALL.search(text)) is short


_ROUTINE = [
    {"id": f"i{k}", "name": name}
    for k, name in enumerate(["Warm-up scales", "Slides in the bridge", "Chord changes", "Clean the strings"])
]


@pytest.mark.parametrize(
    ("text", "done"),
    [
        # the one item named opens the answer; its verdict comes sentences later
        (
            "The slides in the bridge, the ones that creep up from below like a cat. I taped myself on the laptop. "
            "Ten out of ten spot on. Those are ready for the gig.",
            True,
        ),
        (
            "The bridge, you know, those slides that whine up to the note. I ran the click at full speed and "
            "listened back twice. All of them finished right on the beat, done.",
            True,
        ),
        # another's doing after it, or only listening and a plan, is no report of it done
        (
            "The bridge, the slides that creep up from below. My tutor sent me a video. He played them perfectly.",
            False,
        ),
        ("The bridge, the slides. I listened to the recording twice. Tomorrow I will try them.", False),
    ],
)
def test_an_item_named_first_is_told_done_by_its_verdict_later(text: str, done: bool) -> None:
    by_id = {i["id"]: ({}, i) for i in _ROUTINE}
    told = practice._told(text, _ROUTINE)
    item = practice._told_done(told, by_id, text)
    assert (item is not None and item["name"] == "Slides in the bridge") is done
