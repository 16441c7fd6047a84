"""Review of cbb12f9 (a move told late becomes a topic): ordinary answers were taken for a new part of the life. A
visit, an errand, a trip of days, a job not got, someone else's plan or work, a person ("Mr Patel", "Uncle Joe"),
an institution ("Hospital") or the "I" of an unpunctuated next clause ("Bradford I") is no move of the teller's;
a move heard is never answered as if it had been asked for ("Yes, let's …", "Of course"), keeps its article, and
is no new part in a session that is itself about coming or moving."""

from __future__ import annotations

import pytest

from agent.guided.moves import moved_on
from tests.support import Api
from tests.turns_support import say, story_session

_SHOP = "My mother kept the shop on the corner and I helped her with the sweet jars after school every day. "
_FARM = "We had goats and a few hens on the hill, and I fed them every morning before the school bus came. "


@pytest.mark.parametrize(
    "told",
    [
        # the reviewer's sentences
        "Then we went to the Red Lion, where my dad worked as a barman for years.",
        "Then I went to Leeds for the interview, but I did not get the job.",
        "Then in 1975 I went to Paris for three days to work at the trade fair.",
        "Then I went to Hospital for my leg, and the nurse worked there for forty years.",
        "My brother said, then we go to Canada, we work in the forests ten years, we come back rich. But he went "
        "alone.",
        "Then I went to Mr Patel, to work in his shop on Saturdays for two years.",
        "Then I went to Uncle Joe, and worked for him as a carpenter for six years.",
        # other wording: someone's workplace, an errand, a stay of weeks, another's work, a plan, a person
        "Later we went to the Crown Hotel, where my aunt cooked and worked in the kitchen for twenty years.",
        "Then in 1981 I went to Hamburg for the exam, but I never got the job at the port.",
        "Then I went to Lyon for two weeks, to work at the wine festival as a helper.",
        "Then in 1979 I went to Chile, and my cousin worked there as a miner for twelve years.",
        "My father told us, then we move to Brazil, we work on the coffee farms five years and come home.",
        "Then I went to Auntie Grace and worked in her bakery as a helper for three years.",
        "Then I went to Church every Sunday, where the vicar worked for thirty years.",
        "Then in 1971 the company sent me to Oslo for a two-week course, as a trainee.",
        "Then they sent us to Aunt Mary, and we worked on her farm for two years.",
    ],
)
def test_no_move_of_the_tellers_life(told: str) -> None:
    assert moved_on(_SHOP + told) is None
    assert moved_on(_FARM + told) is None


@pytest.mark.parametrize(
    ("told", "place"),
    [
        ("then in 1972 I come to Bradford I work in the mill night shift eleven years", "Bradford"),
        ("then in 1969 I come to Rotterdam I work on the docks twelve years", "Rotterdam"),
        ("Then in 1968 we moved to the United States, and I worked as a welder for thirty years.", "the United States"),
    ],
)
def test_the_place_is_said_whole_and_alone(told: str, place: str) -> None:
    assert moved_on(_SHOP + told) == (place, len(told.split(place.split()[-1], 1)[1].split()))


@pytest.mark.parametrize(
    "told",
    [
        "Then in 1970 we settled in Leicester, and I worked on the buses for twenty years.",
        "Eventually I went to Perth, and I worked as a nurse there for thirty years.",
        "In the autumn of '61 we moved to Hamilton, and my wife got a job at the steelworks.",
        "Then in 1964 the bank sent me to Lagos, to work in the branch there for eight years.",
        "Then I left for Doha and worked on the oil rigs for twelve years.",
    ],
)
def test_a_real_move_is_still_heard(told: str) -> None:
    assert moved_on(_FARM + told) is not None


def test_a_move_heard_is_not_answered_as_a_request(api: Api) -> None:
    sid = story_session(api, "Rita", "The corner shop")
    result = say(
        api, sid, _SHOP + "Then in 1968 we moved to the United States, and I worked as a welder for thirty years."
    )
    reply = result["reply"]
    assert "the United States" in reply, reply
    assert not reply.startswith(("Yes, let's", "Of course", "Let's talk about")), reply


def test_a_move_in_a_session_about_coming_is_no_new_part(api: Api) -> None:
    sid = story_session(api, "Rita", "Coming to England")
    result = say(api, sid, _SHOP + "Then in 1961 I came to Southampton and worked on the ferries for ten years.")
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert not any("Southampton" in t for t in titles), (titles, result["reply"])
    sid = story_session(api, "Rita", "Leaving Jamaica")
    result = say(api, sid, _FARM + "Then in 1958 we sailed to Liverpool, and I worked at the hospital for years.")
    titles = [t["title"] for t in api.ok("GET", f"/sessions/{sid}/topics")]
    assert not any("Liverpool" in t for t in titles), (titles, result["reply"])
