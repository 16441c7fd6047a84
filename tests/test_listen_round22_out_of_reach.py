"""Round 22 (held-out, gentle 1/3): a memory said out of reach in the teller's own figure ("I try to find it now
and... it went under the snow with a lot of things, that one. I can't bring it back up.", "Now I hum two notes and
then... it's a locked box, and the key is gone with him.") was heard as a story and got a stock question. Other
wordings (reached for and not brought back, shut away, sunk, all fog; a memory never held: too small, never told,
known only from what someone said) must now get another way in; look-alikes (a thing or a person gone, a stop in a
story, "too small to reach the pedals", "nobody told us what to do") must not."""

from __future__ import annotations

import pytest

from agent.guided import gaps
from agent.guided.out_of_reach import never_held, out_of_reach
from benchmarks.interviewer import _behaviour
from tests.support import Api
from tests.turns_support import say, story_session

_OUT_OF_REACH = [
    "Grandmother had a prayer for the bread. I try and try, I can't get it back any more.",
    "There was a lullaby she sang, about a goat. The words won't come back to me.",
    "Her face, I try to call it up at night, I can't call it up again.",
    "The story of the hero and the horse, it's all fog now.",
    "He told us the name of the village many times. It's buried too deep now.",
    "The tune my uncle whistled, that's a closed door, the key is gone with him.",
    "Mama had a song for the bread oven. I reach for it and... it went under the ice with a lot of things.",
    "Father sang one hymn only at Easter. I hum the start and then it's a locked room, the key is gone with him.",
    "The rhyme we said skipping rope, I try, I cannot pull it up any more.",
    "Her recipe for the plum dumplings, I can't find it again, not in my head, not anywhere.",
    "The verse about the river, it doesn't come back, I've tried for years.",
    "Nana's voice, it's all mist now.",
    "That's all gone now, the faces from the camp.",
    "What she sang at the wedding... my head is empty there, nothing comes.",
]

_NOT_OUT_OF_REACH = [
    "The engine died in the river and I can't bring it back up, the boat is still there.",
    "The key is gone, we lost it in the snow, so we broke the window.",
    "The morning was all fog on the river when we left.",
    "The old house went under the water when they built the dam.",
    "I couldn't get the cow back into the barn, she was so stubborn.",
    "He lost his wallet and couldn't find it.",
    "The bus didn't stop, it won't come back until Monday.",
    "It's a locked box, the safe at the bank, with all the deeds.",
    "She sang every night, and I can't get the children to sleep without that song now.",
    "The smoke from the chimney, it was all smoke in the kitchen when Mother baked.",
    "They're all gone now, my brothers. Only me left, and I remember their faces.",
    "It's all gone now, the village, I remember it was by the river.",
    "The old market, that's all gone now, flats everywhere.",
    "Nothing comes from the tap in summer, we carry water.",
    "Her name was Wanjiru. I can't get it out of my head, that song she sang.",
    "The tune Grandpa whistled, it won't come out of my head, every morning I hear it.",
    "My head is empty, I'm hungry, we worked since five.",
]

_NEVER_HELD = [
    "I was too small to remember the ship.",
    "Where he was buried? Nobody ever told us.",
    "I only know what Mum said about it.",
    "All I know is what my aunt told me, that he was tall.",
    "I was too little, I don't know the name of the village.",
    "We were too young to understand. Nobody told us anything.",
    "I only know it from my grandmother's stories.",
]

_NOT_NEVER_HELD = [
    "I was too small to reach the pedals on the bike.",
    "Nobody ever told us what to do, we just did it.",
    "I only know how to cook rice.",
    "I was too small for the big boys' team.",
    "Nobody told me to stop, so I kept going.",
    "I only know what I saw with my own eyes.",
]


@pytest.mark.parametrize("text", _OUT_OF_REACH)
def test_a_memory_out_of_reach_is_a_gap_dwelt_on(text: str) -> None:
    assert out_of_reach(text) and gaps.lost(text) and gaps.unsure(text)


@pytest.mark.parametrize("text", _NOT_OUT_OF_REACH)
def test_a_thing_gone_or_a_stop_in_a_story_is_no_gap(text: str) -> None:
    assert not out_of_reach(text)


@pytest.mark.parametrize("text", _NEVER_HELD)
def test_a_memory_never_held_is_unsure(text: str) -> None:
    assert never_held(text) and gaps.unsure(text)


@pytest.mark.parametrize("text", _NOT_NEVER_HELD)
def test_too_small_for_a_thing_or_never_told_what_to_do_is_not_unsure(text: str) -> None:
    assert not never_held(text)


_FIRST = (
    "We lived by the lake in a wooden house, my father fished and my mother Ilse kept bees, and in summer we swam "
    "every evening off the jetty."
)


@pytest.mark.parametrize(
    "text",
    [
        "Mother had a song for the honey, so the bees would stay calm. She sang it low, over and over, by the hives. "
        "I try to find it now and... it went under the snow with a lot of things, that one. I can't bring it back up.",
        "Father had one tune he played only for himself, late at night, very slow, from his own father. I was lying "
        "there listening a hundred times. Now I hum two notes and then... it's a locked box, and the key is gone with "
        "him.",
        "I was too small to remember the house before. Nobody ever told us.",
    ],
)
def test_the_planner_offers_another_way_in(api: Api, text: str) -> None:
    sid = story_session(api, "Greta", "Childhood by the lake")
    say(api, sid, _FIRST)
    result = say(api, sid, text)
    assert _behaviour("gentle", "", result["reply"], result, None, []), result["reply"]
