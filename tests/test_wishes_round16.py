"""A close for today said without a speaker or in the Scots and Irish way is heard (agent.guided.wishes.tired):
"Enough for the night." and "Done for the day." as a sentence of their own, and "Right, that's me" (I'm finished)
after an opener, alone or with a reason after a comma. The same words told in a story or said of a photo stay
quiet: done for the day with the story going on after it, "that's me in the pram", "that's me, second from the
left", "that's me done with the pits" told of a past choice. A name or a face left hanging and then said not to
come ("Her name... I can't place it.", agent.guided.gaps.lost) is a gap; a name given before it, or a thing one
could not get to work, is none. The old subject let go as second-language English says it ("enough Accra", "leave
the farm now") and the new one named by "I tell you X" is a change of subject (agent.guided.wishes.request); a
command told in the story ("Leave Kampala now, the soldiers told us") or "I tell you" said for emphasis is none.
Wording other than the round-16 personas'."""

from __future__ import annotations

import pytest

from agent.guided import gaps, wishes
from tests.support import Api
from tests.turns_support import say, template_session


@pytest.mark.parametrize(
    "said",
    [
        "My lips are gone. Enough for the night, I think.",
        "Right. Enough for tonight.",
        "Eyes are stinging. Finished for the day.",
        "Done for tonight, pet.",
        "Well, all done for the evening!",
        "Right, that's me. The tea's stewed.",
        "Okay, that's me, my bus is at half six.",
        "Aye, right, that's me, got the wean to fetch from the creche.",
        "So that's me.",
    ],
)
def test_a_close_said_without_a_speaker_or_as_thats_me_is_heard(said: str) -> None:
    assert wishes.tired(said), said


@pytest.mark.parametrize(
    "said",
    [
        "That's me in the pram, outside the Co-op in Paisley.",
        "Right, that's me, second from the left, with the bunnet.",
        "Well, that's me. I was nine then, at the Feis in Ennis.",
        "So that's me on the end of the pier.",
        "That's me done with the pits, I told the manager in 1984.",
        "Done for the day, the lads walked up to Quinn's for a pint.",
        "Finished for the night at ten, she'd cycle home along the canal.",
        "They'd had enough for the night and more besides.",
        "Okay, that's me, holding the cup the year we won the county.",
    ],
)
def test_the_same_words_told_in_a_story_or_of_a_photo_are_no_close(said: str) -> None:
    assert not wishes.tired(said), said


WHISTLE = {
    "name": "Tin whistle",
    "kind": "practice",
    "intention": "Play the session set at the Fleadh",
    "completion_indicators": ["Every tune played"],
    "structure": {
        "sections": [
            {"name": "Tunes", "duration_minutes": 30, "items": [{"name": "Reel"}, {"name": "Jig"}, {"name": "Air"}]}
        ]
    },
}


@pytest.mark.parametrize("said", ["Lips are numb. Done for the night.", "Right, that's me. Lips are numb."])
def test_a_practice_ends_on_a_close_said_otherwise(api: Api, said: str) -> None:
    sid = template_session(api, "Siobhan", WHISTLE, scheduled_duration_minutes=30)
    say(api, sid, "Reel done, clean, ten minutes.")
    reply = say(api, sid, said)
    assert reply["proposed_end"], reply["reply"]


@pytest.mark.parametrize(
    "said",
    [
        "The priest at the mission school, his name... no, I cannot place it now.",
        "Our neighbour in Kumasi, the one with the goats. Her name? Ei, I can't catch it, love.",
        "His face... I can't bring it back.",
        "The matron, her name... I cannot call it up.",
        "The landlord, his name? Ach, I can't think of it now.",
    ],
)
def test_a_name_left_hanging_and_said_not_to_come_is_a_gap(said: str) -> None:
    assert gaps.lost(said) and gaps.unsure(said), said


@pytest.mark.parametrize(
    "said",
    [
        "Her name was Wanjiru. I can't get it out of my head, that song she sang.",
        "The tractor, the name... we couldn't get it to start in the frost.",
        "The face... I could not find it in the crowd, so I went home.",
        "I can't get it.",
        "The car, a Morris. I couldn't get it.",
    ],
)
def test_not_getting_a_thing_or_a_name_given_is_no_gap(said: str) -> None:
    assert not gaps.lost(said), said


@pytest.mark.parametrize(
    ("said", "subject"),
    [
        ("Right, enough Accra. Let me skip, I tell you Hamburg. The docks in winter were cruel.", "Hamburg"),
        ("Leave the farm behind, I'll tell you Leeds.", "Leeds"),
        ("Okay, leave Lahore now, I tell you Bradford. Mill work, nights.", "Bradford"),
    ],
)
def test_a_subject_let_go_and_i_tell_you_x_is_a_change_of_subject(said: str, subject: str) -> None:
    wish = wishes.request(said)
    assert wish is not None and wish.kind == "switch" and wish.subject == subject, wish


@pytest.mark.parametrize(
    "said",
    [
        "Leave Lahore now, the soldiers told us, and we went that night.",
        "Leaves fell early. It was Autumn by the time he came.",
        "Leave it. I tell you it was hard.",
        "Leave the bags, I tell you, Mama shouted at the border.",
        "Enough Tommy, he was always trouble. We went on.",
    ],
)
def test_a_command_told_or_i_tell_you_for_emphasis_is_no_change_of_subject(said: str) -> None:
    assert wishes.request(said) is None, said
