"""Review4 of the story rules (agent.guided.story): a purpose or a time after a place that says why one never got
there ("for all my trying", "for the rest of her life", "to see his brother, he died first", "before Dad died")
keeps the place not reached, while a way or a time one went after ("by bus", "before that spring", "until Dad
died") still reaches it; and a subject of the telling said to last to this day ("still in the family", "we still
go back every summer", "still in the harbour to this day") is still left to tell, while a trouble or a task of now
("it's still broken", "still rings every day") is not."""

from __future__ import annotations

import pytest

from agent.guided import scene_places
from agent.guided.left_to_tell import left_to_tell
from tests.support import Api
from tests.turns_support import say, story_session

# -- a place never reached, and why ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the review's
        ("I never got to Lima for all my trying.", "Lima"),
        ("She never went to Dublin for the rest of her life, she stayed on the farm.", "Dublin"),
        ("He never went to Australia to see his brother, he died first.", "Australia"),
        ("We didn't get to Perth before Dad died.", "Perth"),
        # other wordings
        ("We never made it to Belfast for all the talk of it.", "Belfast"),
        ("Mam never went to London in all her days.", "London"),
        ("He never got to Canada for all his plans, he was killed first.", "Canada"),
        ("She didn't go to Cork to find her sister, she passed away before that summer.", "Cork"),
        ("We never got to Sydney before the money ran out.", "Sydney"),
        ("She never went to Dublin for the dance, she stayed on at the farm.", "Dublin"),
        ("I didn't go to Rome to see the Pope, it never happened.", "Rome"),
    ],
)
def test_why_it_never_happened_keeps_the_place_not_reached(text: str, place: str) -> None:
    assert scene_places.not_there(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We didn't go to Arequipa by bus, my uncle drove us.", "Arequipa"),
        ("I had never been to Lima before that spring.", "Lima"),
        ("We didn't get to Perth until Dad died.", "Perth"),
        ("We didn't get to Perth till after Dad died, and then we stayed.", "Perth"),
        ("We didn't go to Puno for the festival, we went for the fishing.", "Puno"),
        ("I didn't go to Lima to see my brother, I went to work.", "Lima"),
        ("I didn't go to Leeds for the exam, I passed first time in York and went for the job.", "Leeds"),
        ("We never went to Dublin for the shopping, we went for all the music.", "Dublin"),
    ],
)
def test_a_way_or_a_time_one_went_after_still_reaches_the_place(text: str, place: str) -> None:
    assert not scene_places.not_there(text, place)


# -- what is left to tell, lasting to this day ----------------------------------------------------------------------

TOLD = ("I grew up on the island of Arran, we had a farm there, Dad had a boat, and there was a chapel and a croft.",)


@pytest.mark.parametrize(
    ("said", "left"),
    [
        # the review's
        ("I'm not done with the island yet. We still go back every summer.", "the island"),
        ("I'm not finished with the farm. The farm is still in the family, my nephew runs it now.", "the farm"),
        ("Wait, I'm not done with the boat. She's still in the harbour to this day.", "the boat"),
        # other wordings
        ("Hold on, I'm not through with the chapel, it's still standing.", "the chapel"),
        ("I'm not finished with the croft, we still go over every Easter.", "the croft"),
        ("I'm not done with the boat yet, she's still afloat.", "the boat"),
    ],
)
def test_a_subject_of_the_telling_lasting_to_this_day_is_left_to_tell(said: str, left: str) -> None:
    assert left_to_tell(said, TOLD) == left


@pytest.mark.parametrize(
    "said",
    [
        "I'm not done with the farm, the vet still comes every day for the cow.",
        "I'm not finished with the boat, she's still up in the yard, give me a minute.",
        "We're not done with the island, the ferry is still late, hang on.",
        "I'm not done with my tea, it's still in the pot, give me a second.",
    ],
)
def test_a_trouble_or_task_of_now_is_still_not_left_to_tell(said: str) -> None:
    assert left_to_tell(said, TOLD) is None


def test_the_island_still_gone_back_to_is_asked_about(api: Api) -> None:
    sid = story_session(api, "Maureen", "Growing up on Arran")
    say(api, sid, TOLD[0])
    reply = say(api, sid, "I'm not done with the island yet. We still go back every summer.")["reply"]
    assert "the island" in reply, reply
