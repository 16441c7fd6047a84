"""Review of round 24's care work (a loss told by absence or by the body: agent/guided/vanished_cues.py,
agent/guided/hand_burial_cues.py, weighed in agent/guided/weighed_signs.py). None of the wordings below is a
persona's or the fixer's.

False alarms fixed by category: the taking and the short return promised with it are ONE going (weighed once: only
what came after tells a loss); a return told after the going, in any sentence, is its ordinary end ("on the Sunday
he was home", "Dad phoned us from there"); a sign of life told after a body seemed still ("and she ate"); the years
of a habit kept ("now it is forty years we go back"); a baby wrapped for her christening; an animal's body; a beach
burial "right up to his chin". Misses of the same categories: other regimes' police in the night, a place kept every
New Year or for the rest of her life, men taken with others to a place "for a few questions", a piece of sailcloth,
a sari, a banana leaf, a grave dug by a pond or in the snow, a body given to the river, a child not breathing any
more; and a death after a named illness told by its burial is a loss, not an illness."""

from __future__ import annotations

import pytest

from agent.guided.grief import sorrow

LOSSES = [
    # a regime's police at night, his things kept for the rest of her life or every New Year
    "The Gestapo came for my uncle at night in 1943. My aunt kept his coat on the hook for the rest of her life.",
    "The secret police came at night for Father in '52. Mother kept his chair by the stove for the rest of her life.",
    "The KGB men came in the night for Grandfather. Grandmother laid his plate on the table every Easter for forty "
    "years.",
    # taken with others to a place "for a few questions", his photograph with the missing
    "In 1976 the soldiers took my brother and the two other teachers of the school to the barracks for a few "
    "questions. His photograph hangs with the missing in the church at home.",
    "They took Father with all the men of our street to the stadium for questioning. We never found out where he lies.",
    # the years counted after, whatever the words for them
    "They took Abba for questioning in 1982. Two days, they said. Forty years later my mother still sets his cup out "
    "every morning.",
    # a body sewn into a piece of sailcloth, wrapped in a sari, in a banana leaf
    "The cabin boy took the fever off the Cape. By Sunday he lay still, and the bosun stitched him into a piece of old "
    "sailcloth.",
    "My little brother was so thin at the end that his body was light as a dry leaf. Ma wrapped him in her old sari "
    "and my uncle dug a hole by the pond with his hands.",
    "By the end the baby did not cry any more. Her little body was so light. We rolled her in a banana leaf and gave "
    "her to the river.",
    # a grave dug in the snow, no rite
    "On the train east my grandmother's little boy went cold in her arms. At the next stop the guards let her dig in "
    "the snow beside the track with a tin plate. No priest, no candle.",
    # another's return set against the one who never came back; where a name lies
    "They took Pa for questions in '76, three days only. Vannak came back from the dam in '79, but we never found out "
    "where Pa lies.",
    "The gendarmes called my husband in for a few questions, one hour only. My brother came back the same week, but "
    "not my husband. We still wait.",
    # a named illness that ended in a burial by the family's hands
    "The cholera came to the camp in the rains. Ahmed was not breathing any more by the evening. We wrapped him in "
    "his own shirt and my brothers dug a grave on the hill with their hands.",
    "Typhus went through the barracks that winter. Little Ilse was not moving any more by the morning. Mother "
    "wrapped her in a grey blanket and we dug a grave by the fence with a spoon.",
]

NONE = [
    # taken, with a short return promised, and back after: one going, and its end told
    "In 1984 the police took my brother away for questions after the strike. Two days, they said, and on the Sunday "
    "he was home, thinner but laughing.",
    "The border guards marched him off to the post for a few questions, one hour, they said. It was six hours, but he "
    "walked home before midnight.",
    "The police took my father for questioning after the march. Two days, they said, and two days it was: on the "
    "Sunday he was home.",
    "The militia called Uncle Petro in for a short talk, three days only. My aunt kept his plate warm every night "
    "that week, and on the Friday they let him go.",
    # soldiers came at night with a short stay promised, nobody taken
    "The soldiers came in the night and camped in our orchard, three days only, they said, and they kept their "
    "word: on the Thursday they marched off over the hill.",
    # the one away heard from
    "One week only, the skipper said. The trawler never came into harbour at Hull: the gale blew them to Grimsby and "
    "Dad phoned us from there.",
    # the years of a habit kept
    "Three days only, said the hotel. Now it is forty years we go back every summer.",
    "Two weeks only, the agency said. Now it is thirty years, and I still clean for the same family.",
    # a fever that broke: a sign of life after the stillness
    "The fever held her three days. Mother wrapped her in the big quilt and sat by her. On the fourth morning she was "
    "not shaking any more, and she ate.",
    "For a week she had the shaking fever. On the fourth morning she was not shaking any more, and she ate a whole "
    "bowl of rice. Mother wrapped her in a shawl and took her out to see the buffalo.",
    "By midnight he lay so still. We wrapped him in Dad's old coat, and at dawn he opened his eyes and asked for "
    "water.",
    # a baby wrapped for an occasion, an animal's body
    "Mother wrapped her in the lace shawl for the christening photograph. She was so light in my arms, like a loaf "
    "of bread.",
    "Our old hen was cold by morning. Father wrapped her in a sack and dug a hole behind the hen house.",
    "The lamb was stiff by dawn, so Grandad rolled him in a sack and dug by the wall with the spade.",
    # a beach burial to the chin
    "At Whitby we covered Grandad with sand right up to his chin and he pretended to be a mermaid.",
]


@pytest.mark.parametrize("said", LOSSES)
def test_a_loss_told_by_absence_or_by_the_hands_is_a_loss(said: str) -> None:
    assert sorrow(said) == "loss"


@pytest.mark.parametrize("said", NONE)
def test_a_going_with_its_end_told_or_a_body_alive_after_is_no_sorrow(said: str) -> None:
    assert sorrow(said) is None
