"""Review of 4c67d3f: "ask me how" was heard where nobody asked to be asked (tourists asking, a saying quoted, a
doing the teller then says they never learned, a wonder "ask me how I ever …"), and missed when said "you ought to
ask me how" or "why don't you ask me how"; a memory gap was heard where none was (a date not at hand and then
given, a tune gone "thank God", a war put away on purpose, which is a decline) and missed in "the words of that
hymn are not in my head any more", "I can't hold the tune in my head any more"."""

from __future__ import annotations

import pytest

from agent.guided import gaps, wishes


@pytest.mark.parametrize(
    ("said", "subject"),
    [
        ("You ought to ask me how we built the raft, that was something.", "how we built the raft"),
        ("Why don't you ask me how we smoked the fish?", "how we smoked the fish"),
        ("The cheese was famous in the valley. Why not ask me how my uncle pressed it?", "how my uncle pressed it"),
        ("Go on, ask me how my grandmother made the starter.", "how my grandmother made the starter"),
    ],
)
def test_a_wish_to_be_asked_how(said: str, subject: str) -> None:
    wish = wishes.request(said)
    assert wish is not None and wish.kind == "ask", wish
    assert subject.split()[-1] in wish.subject, wish


@pytest.mark.parametrize(
    "said",
    [
        "Tourists come to the stall, ask me how we make the nets, take photos, buy nothing.",
        "You could ask me how my mother made the soup, but I never learned it, she kept it to herself.",
        "Children in the school always say: ask me how we lived without electricity!",
        "So ask me how I ever found the time! I don't know myself.",
        "Visitors stop at the forge, ask me how we shape the horseshoes, then drive away.",
        "You can ask me how Father mended the nets, but I don't remember any of it.",
        "My grandson says: ask me how we fixed the radio, and then he laughs.",
    ],
)
def test_no_wish_where_none_was_said(said: str) -> None:
    assert wishes.request(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "The words of that hymn are not in my head any more, and I sang it every Sunday.",
        "I can't hold the tune in my head any more, sixty years I sang it.",
        "The prayer my grandmother said at night, I can't keep it in my head any longer.",
        "Her name, I don't have it in my head no more. She was kind though.",
    ],
)
def test_a_memory_no_longer_held_is_a_gap(said: str) -> None:
    assert gaps.lost(said)


@pytest.mark.parametrize(
    "said",
    [
        "That awful jingle from the radio, it's not in my head any more, thank God.",
        "I don't have the date in my head, it was the 4th of May 1962, a Friday.",
        "The war? I don't have it in my head now, I made my peace and I put it away.",
        "That dreadful advert song is not in my head any more, thank goodness.",
        "I don't have the year in my head, but it was 1958, the summer of the floods.",
    ],
)
def test_no_gap_where_none_was_said(said: str) -> None:
    assert not gaps.lost(said)
    assert not gaps.unsure(said)


@pytest.mark.parametrize(
    "said",
    [
        "The war? I don't have it in my head now, I made my peace and I put it away.",
        "The camp? It's not in my mind any more, I put all that away long ago.",
    ],
)
def test_a_memory_put_away_on_purpose_is_a_decline(said: str) -> None:
    assert wishes.declined(said)


@pytest.mark.parametrize(
    "said",
    [
        "I made my peace with my brother before he died, and we laughed about the old days.",
        "I washed the good plates and put them away in the dresser, as Mother did.",
    ],
)
def test_peace_or_putting_away_told_is_no_decline(said: str) -> None:
    assert not wishes.declined(said)
