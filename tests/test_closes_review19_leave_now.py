"""Review of round 19's closes (32c0a86, 3c74db8): ordinary answers no longer close the session.

A duty counts only when it is a duty ELSEWHERE that takes the teller away now (go, leave, fetch or pick up someone,
cook, pray, the mosque, the doctor); never a verb of telling, remembering, feeling or finding words, getting glasses
or photos to go on with, a sneeze or calming down, nor "go back" to a year. Something due is due for the teller
("is here to take me", "is calling me for dinner", "time for my medicine"), never "my grandson is here, he wants to
hear", "calling me a chatterbox", "time for the big move", "soon after". Thanks for a question (the reply to care)
are no leave-taking.
"""

from __future__ import annotations

import pytest

from agent.guided import wishes
from agent.guided.leave_now import leaves_now

# The reviewer's sentences (revlisten R1-R4), each closing at 5df29ca.
REVIEWED = [
    "That's it. I have to go back a little, to 1950.",
    "Yes, that's it. I must have been about seven.",
    "Thank you. I must have been twelve, no, thirteen.",
    "That's all. I need to get to the part with the ship.",
    "That's all, wait, I need to get my glasses to read the letter.",
    "Thank you for your patience. I have to find my words, English is my third language.",
    "That's all, I need to go slowly here, it is painful.",
    "Enough. I need to calm down a moment.",
    "That's enough. I must find the right word. Yes, proud.",
    "That's all, I need to find the word. Ah yes, the loom.",
    "Thank you. I have to fetch the photo album, one minute.",
    "That's enough. I need to blow my nose, sorry.",
    "That's it! I have to sneeze.",
    "Thank you for asking. I have to laugh now, thinking of it.",
    "Thank you. I need to put my glasses on to see the photo.",
    "Thanks for asking about her. I must stop crying, sorry.",
    "That's all. Soon after, we moved to Nairobi.",
    "That's it. Soon you will see why it mattered.",
    "That's all. My grandson is here, he wants to hear about the war too.",
    "That's it. My son is here now, he lives in Birmingham, he visits on Sundays.",
    "That's all, really. My wife is calling me a chatterbox.",
    "That's it. Time for the big move: Toronto.",
    "That's all. Time for the wedding part now, the best part.",
    "That's it, that's the whole dish. My granddaughter is coming at six to learn it.",
]

# Our own look-alikes of each kind: going back to a year, a guess at an age, finding words or things to go on with,
# a feeling, the body in the moment, someone here with the teller, a name someone calls, a part of the story next,
# a visit told of the teller's day.
OWN_LOOK_ALIKES = [
    "That's it. I need to go back to 1947 for you to understand.",
    "Okay, that's all. I must have been eleven, maybe twelve.",
    "That's enough. I have to search for the English word.",
    "That's all, wait. I need to get the letter from the drawer, one moment.",
    "Thank you, dear. I have to cough a little, the dust.",
    "Enough. I must compose myself a moment, it is still hard.",
    "Thank you for remembering him. I need to wipe my eyes, sorry.",
    "That's it. Soon enough you will understand why.",
    "That's all. My daughter is here, she knows this part better.",
    "That's all. My sister is calling me a show-off now.",
    "That's all. Time for the sad part, I'm afraid.",
    "That's it, that's the recipe. My nephew is coming at four to write it down.",
]

# Closes said in one's own way still heard (the round's own category, and other wordings).
STILL_CLOSES = [
    "Thank you, dear. I must go and collect my grandson from school now.",
    "Okay, that's it. Asante sana, I must go to the mosque now.",
    "Khalas, enough. I have to pick up my granddaughter.",
    "Ok lah, enough already. My son is fetching me soon.",
    "Chalo, that's it, I have to go make the rotis.",
    "That's enough, my girl. The imam is calling, I must go.",
    "That's all. My granddaughter is waiting for me in the car.",
    "Okay, that's enough. My son is here to take me to the clinic.",
    "Right, that's it. I have to go and feed the goats before dark.",
    "Enough now. My grandson is calling me for lunch.",
    "That's all, dear. Time for my evening prayers.",
    "Ok, that's it. The children are coming from school soon, I must cook.",
]


@pytest.mark.parametrize("answer", REVIEWED + OWN_LOOK_ALIKES)
def test_an_ordinary_answer_after_a_stop_word_is_no_close(answer: str) -> None:
    assert not leaves_now(answer), answer
    assert not wishes.tired(answer), answer


@pytest.mark.parametrize("answer", STILL_CLOSES)
def test_a_duty_elsewhere_or_someone_come_for_the_teller_still_closes(answer: str) -> None:
    assert leaves_now(answer), answer
    assert wishes.tired(answer) and not wishes.not_done(answer), answer
