"""Round 18 (held-out, first run: follow 7/12, gentle and honour passed by luck): what the planner answered
instead of what was told. Other wording than the personas'; look-alikes in each.

- Two people named, the one doing what the session is about comes first ("Papa made chairs … my uncle made the
  masks" in a session about masks), not merely the one named first.
- "I don't have it in my head no more": a memory no longer held, a gentler way in, not a follow of someone.
- "Ask me how we make the mask": a wish to be asked how a thing was done, honoured by name.
- "every shop we pass": "pass" told of others is no skip (the reply said "we can leave that one").
"""

from __future__ import annotations

import pytest

from agent.guided import gaps, wishes
from agent.guided.scene_places import scene_place
from agent.guided.story import _doing_the_topic, _who
from tests.support import Api
from tests.turns_support import say, story_session


def test_the_one_doing_what_the_session_is_about_is_followed_first(api: Api) -> None:
    sid = story_session(api, "Ngaio", "Weaving flax baskets")
    reply = say(
        api,
        sid,
        "Rotorua, the steam coming out of the ground everywhere, the smell of it. My father drove the timber "
        "trucks to the mill, and in the evenings my aunty Huia wove the baskets on the back porch.",
    )["reply"]
    assert "Huia" in reply, reply


def test_with_no_word_of_the_session_in_either_the_first_named_stays_first(api: Api) -> None:
    sid = story_session(api, "Ngaio", "Weaving flax baskets")
    reply = say(
        api,
        sid,
        "Rotorua, the steam coming out of the ground everywhere, the smell of it. My father drove the timber "
        "trucks to the mill, and in the evenings my aunty Huia sang on the back porch.",
    )["reply"]
    assert "father" in reply, reply


@pytest.mark.parametrize(
    ("text", "about", "name", "said", "doing"),
    [
        ("Dad farmed sixty acres, and my uncle Pat kept the pub.", "Farming in Kerry", "father", "your dad", True),
        ("Dad farmed sixty acres, and my uncle Pat kept the pub.", "Farming in Kerry", "Pat", "your uncle Pat", False),
        # a word of where, not of what: the place in the title says nothing of who did it
        ("Dad worked in Kerry, and my uncle Pat kept the pub.", "Farming in Kerry", "father", "your dad", False),
        ("My sister sewed the costumes, and Tomasz built the floats.", "Building carnival floats", "Tomasz",
         "Tomasz", True),
    ],
)  # fmt: skip
def test_doing_the_topic(text: str, about: str, name: str, said: str, doing: bool) -> None:
    assert _doing_the_topic(text, _who(name, said), about) is doing


@pytest.mark.parametrize(
    "text",
    [
        "My confirmation? Och, I don't have it in my head no more, only that it rained.",
        "Her wedding day? No, I haven't got it in my mind any more, only the cake.",
        "The names of the boats, it's not in my head now.",
    ],
)
def test_a_memory_no_longer_held_is_a_gap(text: str) -> None:
    assert gaps.unsure(text) and gaps.lost(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't have it in my head to argue with him, he was my father.",
        "I have it in my head still, the whole song, every word.",
        "It's in my head now, that tune, it won't leave me.",
    ],
)
def test_a_head_that_still_holds_it_is_no_gap(text: str) -> None:
    assert not gaps.unsure(text)


def test_a_memory_no_longer_held_gets_a_gentler_way_in(api: Api) -> None:
    sid = story_session(api, "Siobhan", "Growing up in Cobh")
    reply = say(
        api,
        sid,
        "My confirmation? Och, I don't have it in my head no more. I know there was a red sash because Mammy "
        "kept the photo, but me, I don't see it.",
    )
    assert reply["interactions"][-1]["data"]["question_id"].endswith(".angle"), reply["reply"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("You want something good? Ask me how we make the mask. I can tell you all night.", "how we make the mask"),
        ("You should ask me how my father built the boats, nobody knows that now.", "how my father built the boats"),
    ],
)
def test_ask_me_how_it_was_done_is_honoured(text: str, subject: str) -> None:
    wish = wishes.request(text)
    assert wish is not None and wish.kind == "ask" and wish.subject == subject


@pytest.mark.parametrize(
    "text",
    [
        "People always ask me how we make the masks, and I tell them it is a secret of the family.",
        "My sister would ask me how we were getting on, every letter.",
        "Ask me how I felt? Terrible.",
    ],
)
def test_asked_by_others_or_how_it_felt_is_no_wish(text: str) -> None:
    assert wishes.request(text) is None


def test_pass_told_of_others_is_no_skip() -> None:
    text = (
        "The donkey carried the melons down to the harbour every Friday, and me on top like a princess. When "
        "Grandpa sold the lot he bought a bottle for the road. The church bells ring in every village we pass."
    )
    assert not wishes.declined(text)


@pytest.mark.parametrize(
    "text",
    [
        "My grandmother kept geese on the common and sold the eggs at the market on Fridays, a penny each, and "
        "the gander chased the postman. Can we skip this one?",
        "My grandmother kept geese on the common and sold the eggs at the market on Fridays, a penny each, and "
        "the gander chased the postman. I pass.",
    ],
)
def test_a_skip_asked_or_said_of_oneself_still_declines(text: str) -> None:
    assert wishes.declined(text)


_AUNT = "In the holidays I went to my aunt Kalinda in the hills, and she kept bees behind the house."


def test_one_asked_about_before_and_told_of_again_and_again_is_asked_about_again(api: Api) -> None:
    """Named once by name, then "she" three times in that sentence: the answer is about her again."""
    sid = story_session(api, "Priya", "Summers in the hills")
    first = say(api, sid, _AUNT)
    assert "Kalinda" in first["reply"], first["reply"]
    result = say(
        api,
        sid,
        "First the smoke, you puff it in at the door so the bees go quiet and heavy, then you lift the frames "
        "one by one, and the comb shines gold in the sun on the hillside. Aunt Kalinda, she never wore gloves, "
        "she said the bees know a calm hand, and she hummed to them the whole time. The honey we ate with warm "
        "rotis in the evening, sticky fingers and all.",
    )
    assert result["interactions"][-1]["data"]["question_id"].startswith("again."), result["reply"]


def test_one_named_once_in_passing_is_not_asked_about_again(api: Api) -> None:
    sid = story_session(api, "Priya", "Summers in the hills")
    say(api, sid, _AUNT)
    result = say(
        api,
        sid,
        "First the smoke, you puff it in at the door so the bees go quiet and heavy, then you lift the frames "
        "one by one, and the comb shines gold in the sun on the hillside. Aunt Kalinda kept the jars on a high "
        "shelf. The honey we ate with warm rotis in the evening, sticky fingers and all.",
    )
    assert not result["interactions"][-1]["data"]["question_id"].startswith("again."), result["reply"]


@pytest.mark.parametrize(
    ("text", "places", "where"),
    [
        ("The lorries came in from Herat side, and in the yard we painted them like brides.", ["Herat"], None),
        ("The best chair went to a wedding, and a man from Lyon wanted to buy it.", ["Lyon"], None),
        # look-alikes: where one was, beside where someone came from; a place also said otherwise
        ("In Kandahar the lorries came in from Herat side, and we painted them.", ["Herat", "Kandahar"], "Kandahar"),
        ("We drove from Lyon to Lyon's old port and sold the chairs in Lyon.", ["Lyon"], "Lyon"),
    ],
)
def test_a_place_someone_only_came_from_is_not_where_it_happened(
    text: str, places: list[str], where: str | None
) -> None:
    assert scene_place(text, places) == where


def test_one_named_only_as_an_owner_does_not_hold_back_the_place(api: Api) -> None:
    """Daddy, told of before, is named now only as the owner of his banjo: nobody is left to ask about, so a
    place the move went to is followed (it was a stock question)."""
    sid = story_session(api, "Lucia", "Via Roma")
    say(api, sid, "My mother Rosa ran the bakery on Via Roma, and Daddy got up at three every morning for the bread.")
    result = say(
        api,
        sid,
        "In 1962 the council said the street must go. The van came at seven, two men, and they put everything on "
        "the back, the beds, the table, Daddy's banjo still in its bag, and the canary singing on top. We went out to "
        "Corviale, out past Magliana, concrete and wind, a flat the same as the next one, and no smell of bread.",
    )
    assert result["interactions"][-1]["data"]["question_id"].startswith("where."), result["reply"]
