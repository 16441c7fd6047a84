"""Review of round 19's closes, those not caught (revlisten G2): the word for "enough" of another language or English
('Tama na', 'Basta, basta', 'Baas, finish', 'Abeg, make we stop here'), 'let us stop here' or 'we finish here', with
a reason of now or a leave-taking after it; thanks to the listener with something due now ('I have an appointment
with the doctor at three'); the voice spent 'for today'. Each with other wordings, and look-alikes that stay ordinary
(the word said in the story, a recipe step, a habit, a homecoming months away)."""

from __future__ import annotations

import pytest

from agent.guided import wishes

CLOSES = [
    # the reviewer's
    "Tama na, anak. I need to cook the rice for dinner.",
    "Basta, basta. I go cook now.",
    "Baas, finish. I go sleep now.",
    "Abeg, make we stop here. I wan go market.",
    "My voice is finished for today. Next time more.",
    "Let us stop here, the children are coming home from school.",
    "Thank you for listening. I have an appointment with the doctor at three.",
    "Sufficient for today. I must go to market.",
    "OK, we finish here. Namaste.",
    "Ya, that's enough, habibti. Yalla, bye bye.",
    "Enough, beta. My pills, it's time.",
    # our own wordings of the same
    "Tapos na, iho. I have to fetch my grandson from school.",
    "Khalas, khalas. I go pray now.",
    "Sudah, nak. My husband is waiting for me in the car.",
    "Abeg, make we end here. I wan go church.",
    "Let's stop here, my daughter is coming home from work.",
    "Okay, we stop here. Salaam.",
    "Thank you for your time. I have a meeting at the mosque at four.",
    "My eyes are finished for tonight. We talk tomorrow.",
]

LOOK_ALIKES = [
    "Basta, my mother said, I go cook now.",
    "Finish, then I go to work every day.",
    "That's all. My son is coming home from Dubai next month.",
    "Thank you for listening, I have a class of thirty children, I teach them sewing.",
    "Baas, finish, the war was over and we went home.",
    "Thank you. My pills, it's time I told you about them.",
    "Basta! That was the word of my grandmother for everything.",
    "Sudah, the rice is ready, she would say.",
    "Finish. The rice goes in after the onions.",
    "Thank you. The children are coming home at Christmas, all of them.",
    "Tama na, she told me, and I stopped crying.",
    "Let us stop here. The next part is the war.",
    "Okay, bye bye to the old house, we sold it in 1990.",
    "My voice was finished for today, the choir master said, go home.",
]


@pytest.mark.parametrize("answer", CLOSES)
def test_a_close_in_other_words_is_heard(answer: str) -> None:
    assert wishes.tired(answer) and not wishes.not_done(answer), answer


@pytest.mark.parametrize("answer", LOOK_ALIKES)
def test_the_same_words_told_or_going_on_are_no_close(answer: str) -> None:
    assert not wishes.tired(answer), answer
