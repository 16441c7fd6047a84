"""Round 20 (held-out, end 5/6): a close in other words ("Okay, aghchigs, this is enough for one day. My voice is
finished, and your Medzmama will say I kept you from your dinner. Next time, more Montreal.") was asked the next stock
question. Enough for one day said now, the rest put to a later session, the body spent now; look-alikes told of then
or of the story must not close."""

from __future__ import annotations

import pytest

from agent.guided import wishes


@pytest.mark.parametrize(
    "text",
    [
        "Okay, aghchigs, this is enough for one day. My voice is finished, and your grandmother will say I kept you "
        "from your dinner. Next time, more Montreal.",
        "Right, that is enough for one day, love. The kettle is calling.",
        "Enough for now, my dear, the dog wants out.",
        "Next time, more about the garage.",
        "Another day, the rest.",
        "Okay, my eyes are tired now.",
        "Well. My throat is dry, my eyes are closing.",
        "My throat is dry now, I think we stop here.",
    ],
)
def test_a_close_in_other_words_is_heard(text: str) -> None:
    assert wishes.tired(text) and not wishes.not_done(text), text


@pytest.mark.parametrize(
    "text",
    [
        "That was enough for one day's work, we were tired.",
        "Next time I saw him he was married.",
        "My voice was finished after the concert, but I sang again the next week.",
        "We had enough for one day of bread.",
        "Tomorrow more snow came.",
        "My eyes are tired these days, I read with a glass.",
        "Next time more people came to the dance.",
        "The doctor said my eyes are tired.",
        "My legs are tired, we walked too much that day in Rome.",
        "Grandfather always said, this is enough for one day, and put the nets away in the shed.",
        "The foreman shouted, next time, more care with the rivets.",
    ],
)
def test_a_story_that_shares_the_words_is_no_close(text: str) -> None:
    assert not wishes.tired(text), text
