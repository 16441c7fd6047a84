"""What the guided interviewer hears, by category (wording other than any benchmark persona's): a subject nobody
asks about, offered (agent.guided.wishes.request, "ask"); a change of subject said by dismissing the old one and
naming the new ("switch"); a name or a face gone, said only by an image beside it (agent.guided.gaps.unsure);
"enough" said alone with the next time named (wishes.tired); a place only others went or were taken to is not
where the answer happens (the acknowledgement's place, agent.guided.story). Look-alikes do none of these."""

from __future__ import annotations

import pytest

from agent.guided import gaps, scene_places, wishes

UNASKED = [
    (
        "Do you know what no one ever asks me about? The tannery. The tanners' strike.",
        "the tannery and the tanners' strike",
    ),
    ("And what has nobody ever asked me about? The ferries. Not once.", "the ferries"),
    ("Nobody ever asks me about the night school, you know.", "the night school"),
]


@pytest.mark.parametrize(("text", "subject"), UNASKED)
def test_a_subject_nobody_asks_about_is_offered(text: str, subject: str) -> None:
    assert wishes.request(text) == wishes.Request("ask", subject)


DISMISSED = [
    ("Forget the farm. It was Leeds after that, the mills and the trams.", "Leeds"),
    ("Enough of Durban now. Let me tell you Cape Town, the docks.", "Cape Town"),
    ("Never mind the army. Then came Toronto, and the winters there.", "Toronto"),
]


@pytest.mark.parametrize(("text", "subject"), DISMISSED)
def test_the_old_subject_dismissed_and_the_new_one_named_is_a_switch(text: str, subject: str) -> None:
    assert wishes.request(text) == wishes.Request("switch", subject)


QUIET_WISHES = [
    "Nobody asked me about it at the time, we just got on with it.",
    "Nobody ever asks me about it.",
    "Never mind the rain. It was cold after that.",
    "Never mind the rain. It was Monday after that.",
    "Never mind, it was nothing.",
    "Forget it. It was a long time ago.",
]


@pytest.mark.parametrize("text", QUIET_WISHES)
def test_look_alikes_name_no_subject(text: str) -> None:
    assert wishes.request(text) is None


GONE_BY_AN_IMAGE = [
    "The priest at Kilmore, I see the purple stole, but his name? That cupboard's been cleared out.",
    "The foreman, I can see his boots, but his face... he's off into the mist, that one.",
    "Our landlady, what was her name. Gone. I can smell her kitchen though.",
    "The girl on the next loom, I see her plaits. Not the name. That drawer has been emptied.",
]


@pytest.mark.parametrize("text", GONE_BY_AN_IMAGE)
def test_a_name_or_face_gone_said_by_an_image_is_a_gap(text: str) -> None:
    assert gaps.unsure(text)


QUIET_GAPS = [
    "We cleaned out the drawer when Mam moved, and found her name on an old ration book.",
    "He went off into the fog with the dog and came back with his face all wet.",
    "The shelf is bare now, we sold the books to the dealer in Perth.",
    "The cupboard was emptied every Friday and the plates washed.",
]


@pytest.mark.parametrize("text", QUIET_GAPS)
def test_look_alikes_tell_no_gap(text: str) -> None:
    assert not gaps.unsure(text)


CLOSES = [
    "Right, pet, enough. The kettle's on. Tomorrow I'll tell you about the Co-op.",
    "Ach, love, enough! Next Sunday you'll get the shipyard from me.",
]


@pytest.mark.parametrize("text", CLOSES)
def test_enough_said_alone_with_the_next_time_named_is_a_stop_for_today(text: str) -> None:
    assert wishes.tired(text)


GOES_ON = [
    "Okay, enough. Let me tell you about the war.",
    "We had enough. Next week the ration went down again.",
    "Okay, enough with Leeds. Next week we moved to Hull.",
    "Enough! the sergeant shouted, and we ran.",
]


@pytest.mark.parametrize("text", GOES_ON)
def test_enough_said_in_a_story_or_to_change_subject_is_no_stop(text: str) -> None:
    assert not wishes.tired(text)


ELSEWHERE = [
    (
        "The mill shut in '71 when the owners took the looms to Portugal. Saturdays we were at Valley Parade.",
        "Valley Parade",
    ),
    ("After the war everybody moved to Leeds. Our shop stayed on the corner of Manningham Lane.", "Manningham Lane"),
]
THERE_TOO = [
    ("We moved to Leeds in '62, and the shop on the corner of Manningham Lane was gone.", "Leeds"),
    ("Dad took me to Portugal for the looms, then home to Valley Parade.", "Portugal"),
    ("I bought a van, white, the pickup, and drove to Leeds every week. Our shop was on Manningham Lane.", "Leeds"),
]


@pytest.mark.parametrize(("text", "scene"), ELSEWHERE)
def test_a_place_only_others_went_or_were_taken_to_is_not_the_scene(text: str, scene: str) -> None:
    places = [p for p in ("Portugal", "Leeds", "Valley Parade", "Manningham Lane") if p in text]
    assert scene_places._scene_places(text, places)[0] == scene


@pytest.mark.parametrize(("text", "scene"), THERE_TOO)
def test_a_place_the_teller_went_to_stays_the_scene(text: str, scene: str) -> None:
    places = [p for p in ("Portugal", "Leeds", "Valley Parade", "Manningham Lane") if p in text]
    assert scene_places._scene_places(text, places)[0] == scene
