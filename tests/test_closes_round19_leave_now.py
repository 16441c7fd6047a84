"""A close said in one's own way (round 19): a bare stop word and, after it, the teller's own reason to leave now.

Held-out round 19 ended three sessions so: "That's enough, ndeko. … Tokomonana, I go call my sister again." (a
welder), "Okay, hajde, that's it, Dardan has training at six and I am the driver. Mirupafshim." (a quiz), "Sampun,
nduk, enough. Soon the azan for Maghrib, I must take the wudu. Matur nuwun, …" (a life story); none was heard. The
category: a stop word said bare (with words of address or of another language around it) and an errand or duty
of the teller's own, or something due soon, said now; or that errand said with thanks to the listener as the last
words. Neither sign alone is a close, nor the same words told of then or of someone else, nor going on with the
session.
"""

from __future__ import annotations

import pytest

from agent.guided import wishes
from agent.guided.leave_now import leaves_now

ROUND_19 = [
    "That's enough, ndeko. My hood is all fog and my hands smell of iron. Merci mingi. Tokomonana, I go call my sister"
    " again.",
    "It's old, ore, it's okay, ask the last one. Collina. The Italian with no hair and the eyes like an owl, Brazil and"
    " Germany. Okay, hajde, that's it, Dardan has training at six and I am the driver. Mirupafshim.",
    "Sampun, nduk, enough. Soon the azan for Maghrib, I must take the wudu. Matur nuwun, you listened to an old woman.",
]

# The same category in other wordings, registers and languages around it.
OTHER_WORDINGS = [
    "Bas, beta, that's all. My grandson has cricket at five, I have to drop him.",
    "Yallah, enough. The bus comes in ten minutes, I must run.",
    "Right, that'll do, pet. I need to feed the hens before dark.",
    "Listo, mijo, that's it. I go cook for the grandchildren now.",
    "Haya, enough now. Evening prayer is soon, I'm going to wash.",
    "I have to fetch the children from school now. Thank you for listening.",
    "Okay, that's enough, I'll go and put the rice on, thank you, dear.",
    # other stop words ("that's all from me", "that's my story", "enough talking", "I stop now") and reasons of now
    # (someone come for the teller, the day's end, a time for something, the next talk named)
    "Ya, that's all from me. My daughter is here to take me home.",
    "Okay, that's it. My taxi is outside. Asante sana.",
    "Well, there you go, that's my story. Now I must go and milk the cow.",
    "Khalas, habibi, enough talking. The children come from school soon.",
    "Okay la, enough already. Got to fetch my grandson from tuition, bye bye.",
    "Ok, I stop now. My daughter is calling me for dinner. Thank you.",
    "Enough, enough. It is late, the light is going. We speak another day.",
    "Chalo, that's enough. Time for my medicine, and then I sleep.",
]

# Look-alikes: a stop word about an item or a thing, an errand told of then or as said in the story, the teller
# going on, tiredness of a thing, a farewell or a finishing told in a story.
NOT_A_CLOSE = [
    "That's it, that's the whole trick.",
    "That's it, that's the whole trick, you hold the rod like a pencil.",
    "I'm tired of that piece.",
    "I said goodbye to my mother at the station.",
    "We finished the wall that day.",
    "That's enough, my father said, I must feed the goats.",
    "That's it, I must tell you about my brother.",
    "Enough of that. I have to say, the war was hard.",
    "That's all, I need to take a break.",
    "That's it. Every morning I had to fetch water at six.",
    "Scales done, that's it, now I go on to the etude.",
    "Thank you for asking. I must tell you, the farm was big.",
    "That was enough for him, he had to go to work at six.",
    "That's all, let's do the next one.",
    "Okay, that's it, I want to go back to my uncle.",
    "Thanks to my aunt I have to say I learned to cook.",
    "That's it, the bus is at four and we missed it, I told him.",
    "My grandson has cricket at five on Saturdays, so I drive him.",
    "That's my story. Now I must tell you about my brother.",
    "That's my story, my daughter is here with me and she knows it too.",
    "That's all from me about the war. My brother is waiting for his visa in Lagos.",
    "That's it, my son is here in the photo, the one with the hat.",
    "Enough, enough, my mother is calling me, she said, and I ran home.",
    "I stop now and then to look at the river, it is late in the year.",
    "That's all, it is late in the season for planting there.",
]


@pytest.mark.parametrize("answer", ROUND_19 + OTHER_WORDINGS)
def test_a_stop_word_with_a_reason_to_leave_now_is_a_close(answer: str) -> None:
    assert leaves_now(answer), answer
    assert wishes.tired(answer) and not wishes.not_done(answer), answer


@pytest.mark.parametrize("answer", NOT_A_CLOSE)
def test_a_stop_word_or_an_errand_alone_or_told_is_no_close(answer: str) -> None:
    assert not leaves_now(answer), answer
    assert not wishes.tired(answer), answer


def test_a_close_for_today_said_with_a_word_of_another_language_is_still_heard() -> None:
    # the model path's miss (practice_bobbin_lace): the guided reader hears it
    assert wishes.tired("Allez, that's it for today, I put the cover over the pillow. Tot straks.")
    assert wishes.tired("Allez, that's it for today.")


@pytest.mark.parametrize(
    "answer",
    [
        "I'm tired of that piece.",
        "I'm so tired of the city, we moved in 1990.",
        "I'm tired of this piece, it never sits under the fingers.",
        "I am weary of politicians, always the same promises.",
    ],
)
def test_tired_of_a_thing_is_a_complaint_not_a_close(answer: str) -> None:
    assert not wishes.tired(answer), answer


@pytest.mark.parametrize("answer", ["I'm tired of talking now.", "I'm tired of all this.", "I'm getting tired now."])
def test_tired_of_the_talking_is_still_a_close(answer: str) -> None:
    assert wishes.tired(answer), answer
