"""The follow-up goes to what was just told (agent.guided.story): someone this answer brings in comes before one an
earlier answer already brought in as the teller's own ("My Babai kept the sheep", not read as a person there);
someone given their role between commas is said back with it ("her son, the doctor"); a place said only as where
the story did not go or would have gone ("so it does not drift to Bolivia", "we could have gone to Canada") is not
followed; and "That sounds like it was hard" answers an answer that tells a hardship, not one hard word in passing
in a longer story. Wording other than round 17's."""

from __future__ import annotations

import pytest

from agent.guided import scene_places
from tests.support import Api
from tests.turns_support import say, story_session


def test_someone_brought_in_now_comes_before_one_an_earlier_answer_named_as_the_tellers_own(api: Api) -> None:
    sid = story_session(api, "Aigerim", "Childhood in the hills")
    say(api, sid, "Our village was up the valley, forty houses. My Babai kept the sheep of the whole village.")
    reply = say(
        api,
        sid,
        "The black ram, Karabas, he was Babai's, only his. My cousin Murat took me up to the meadow when I was six, he "
        "carried me on his back. Babai laughed at us, he said a boy who fears sheep is no boy.",
    )["reply"]
    assert "Murat" in reply and "Babai" not in reply, reply


def test_one_named_in_passing_before_but_not_as_the_tellers_own_still_comes_first(api: Api) -> None:
    # Erlan, not "Babai": since da31869 "Babai" alone is a kin word (Albanian "father"; Kazakh/Tatar "grandfather"),
    # so it would be the teller's own whatever is said before it. Named before only as the owner of a thing: since
    # 023532e "Erlan was angry that winter" reads him as someone (a feeling), and one already followed then rightly
    # comes after the cousin brought in now (the test above)
    sid = story_session(api, "Aigerim", "Childhood in the hills")
    first = say(
        api,
        sid,
        "Our village was up the valley, forty houses, and the snow came early that winter, "
        "before Erlan's ram was sold.",
    )["reply"]
    assert "Erlan" not in first, first
    reply = say(
        api,
        sid,
        "The black ram, Karabas, he was Erlan's, only his. My cousin Murat took me up to the meadow when I was six, he "
        "carried me on his back. Erlan laughed at us, he said a boy who fears sheep is no boy.",
    )["reply"]
    assert "Erlan" in reply, reply


@pytest.mark.parametrize(
    ("told", "said"),
    [
        (
            "My brother, the doctor, he showed me how to read the labels on the medicines, every evening, one shelf "
            "at a time.",
            "the doctor",
        ),
        (
            "On Sundays my uncle, the priest, brought us oranges from the market, and we ate them on the step, all "
            "five of us in a row.",
            "the priest",
        ),
    ],
)
def test_someone_given_their_role_is_said_back_with_it(api: Api, told: str, said: str) -> None:
    sid = story_session(api, "Nkechi", "Working in Lagos")
    reply = say(api, sid, told)["reply"]
    assert said in reply, reply


def test_a_role_word_that_only_says_a_person_is_not_added(api: Api) -> None:
    sid = story_session(api, "Nkechi", "Working in Lagos")
    reply = say(
        api,
        sid,
        "Her son, the boy, he showed me how to read the labels on the medicines, every evening, one shelf at a time.",
    )["reply"]
    assert "the boy" not in reply, reply


def test_a_place_said_only_as_where_the_story_does_not_go_is_not_followed(api: Api) -> None:
    sid = story_session(api, "Wiremu", "Growing up by the river")
    reply = say(
        api,
        sid,
        "In the dry months the men cut the flax and tied the bundles with rope, two layers, one this way, one that "
        "way, and our dog Tama slept on the new bundles every time. We moored the raft with long ropes to the "
        "willows, so in a flood it does not drift to Taupo.",
    )["reply"]
    assert "Taupo" not in reply, reply


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("so in the wind it does not go to Bolivia.", "Bolivia"),
        ("We never got to Lima in the end.", "Lima"),
        ("We could have gone to Canada, my uncle had the papers.", "Canada"),
        ("We almost moved to Perth that year.", "Perth"),
    ],
)
def test_a_place_not_reached_is_not_where_the_story_is(text: str, place: str) -> None:
    assert scene_places._scene_places(f"We lived in Durban. {text}", ["Durban", place]) == ["Durban", place]
    assert scene_places.not_there(text, place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("I was not happy in Lima, the fog every day.", "Lima"),
        ("We did not stay long in Lima.", "Lima"),
        ("I had never seen the sea until we got to Mollendo.", "Mollendo"),
        ("We never went back to Kegen after the funeral.", "Kegen"),
        ("We went to Lima, not to Cusco.", "Lima"),
    ],
)
def test_a_place_been_to_with_another_word_denied_is_still_there(text: str, place: str) -> None:
    assert not scene_places.not_there(text, place)


LONG_WITH_ONE_HARD_WORD = (
    "The procession was on the last Sunday of August. The men carried the saint down to the harbour on their "
    "shoulders, the brass band played the old marches, my uncle Nando lost his hat in the crowd, and the fireworks "
    "went up over the water until midnight. We ate nougat from the stalls."
)


def test_one_hard_word_in_passing_in_a_long_story_is_not_called_hard(api: Api) -> None:
    sid = story_session(api, "Carmelo", "The village feast")
    reply = say(api, sid, LONG_WITH_ONE_HARD_WORD)["reply"]
    assert "hard" not in reply and "wasn't easy" not in reply, reply


@pytest.mark.parametrize(
    "told",
    [
        "It was a hard winter. The boats stayed in the harbour for weeks and my uncle Nando mended nets for pennies, "
        "we had bread and oil and little else, and the children went to school in their fathers' coats.",
        "The boats stayed in the harbour for weeks and we were hungry, my uncle Nando was angry all the time, he "
        "mended nets for pennies, and the children went to school in their fathers' coats.",
        "My uncle Nando lost his boat in the storm.",
    ],
)
def test_a_hardship_told_is_still_called_hard(api: Api, told: str) -> None:
    sid = story_session(api, "Carmelo", "The village feast")
    reply = say(api, sid, told)["reply"]
    assert "hard" in reply or "wasn't easy" in reply, reply


@pytest.mark.parametrize(
    ("told", "left"),
    [
        (
            "Every spring the men tarred the hulls on the slipway. Hold on, I'm not done with the boats, the nets "
            "too. We mended the nets on the quay all winter, the women sang while they worked.",
            "the nets",
        ),
        (
            "Wait, we're not finished with the Palais. Saturday nights the band came from Leeds and we danced "
            "till the lights went up.",
            "the Palais",
        ),
    ],
)
def test_what_the_teller_says_is_left_to_tell_is_asked_about(api: Api, told: str, left: str) -> None:
    sid = story_session(api, "Maureen", "Growing up in Whitby")
    say(api, sid, "We lived above the chandler's on the harbour, six of us in three rooms, and Dad fished the herring.")
    reply = say(api, sid, told)["reply"]
    assert left in reply and not reply.startswith("Of course, let's carry on"), reply


@pytest.mark.parametrize(
    "told",
    [
        "We were not finished with the harvest till October, and then the fair came to Malton.",
        "I'm not done with him yet, that old devil of a foreman, he docked my pay for a week.",
    ],
)
def test_not_done_told_of_the_past_or_of_someone_names_nothing_left(api: Api, told: str) -> None:
    sid = story_session(api, "Maureen", "Growing up in Whitby")
    reply = say(api, sid, told)["reply"]
    assert "harvest" not in reply and "about him" not in reply, reply


def test_what_is_left_to_tell_after_care_was_offered_is_asked_about(api: Api) -> None:
    sid = story_session(api, "Maureen", "Growing up in Whitby")
    cared = say(api, sid, "My father drowned in the winter of 1962, the Mary Ann went down off Flamborough Head.")
    assert "sorry" in cared["reply"].lower(), cared["reply"]
    reply = say(
        api,
        sid,
        "It's all right, pet, it's old now. Don't stop me. Wait, I'm not finished with the coble. Dad painted her "
        "blue every Easter and I held the pot for him on the slipway.",
    )["reply"]
    assert "the coble" in reply and "sorry" not in reply.lower(), reply
