"""Mourning customs no rule met (review of d0bb96e: reviewD's list 9), by category where one covers several:

- a day counted from a death (the ninth, the fortieth, the forty-ninth, the hundredth) kept for someone, and the
  Kaddish said for eleven months;
- the house kept as for the dead: mirrors covered or turned and clocks stopped (two signs), or the street that drew
  its curtains by day;
- a relative said by their family name without "my" ("we lost Mam");
- someone's name no longer said, the sentence begun with "Nobody";
- rites and dress only the dead are mourned with, said as held: mourning colours worn for a counted time, keening
  over someone, the days of shiva, the nine-night, lighting the pyre, someone's photo on the Day of the Dead altar.

Look-alikes that share the words (the fortieth day of Lent, the ninth day of a festival or a voyage, a feast after a
birth, Kaddish on Shabbat, mirrors covered for the painters or in thunder, clocks stopped by a power cut, curtains
drawn for the blackout or a film, lost at the fair, a name said wrong, white worn by a nurse or a bride, the wind that
keened, Holika's pyre, a school's altar, the god Shiva) stay quiet."""

from __future__ import annotations

import pytest

from agent.guided import grief

CUSTOMS = [
    # reviewer's
    "On the fortieth day we held the memorial for Grandfather.",
    "We covered the mirrors and stopped the clocks.",
    "When we lost Gran, the whole street drew its curtains.",
    "We lost Mam in 1998, in the spring, she was only sixty.",
    "Nobody says my brother's name any more. His room is shut.",
    "My father said Kaddish every morning for eleven months.",
    # other wording
    "We kept the ninth day, the fortieth day and the year for Mama, with the whole family.",
    "On the 49th day the monks chanted for Ah Ma and we burned paper money.",
    "On the hundredth day we lit candles and prayed for my uncle Petru at the church.",
    "For eleven months my brother recited the mourner's Kaddish at the shul.",
    "Aunt Hettie turned all the mirrors to the wall, and Uncle Bert stopped the kitchen clock.",
    "We lost Papa the winter after the war.",
    "The neighbours drew their curtains all that morning, as the hearse went by.",
    "Nobody ever spoke Dorota's name again in that house.",
    # rites and dress only the dead are mourned with, said as held (reviewer's, then other wording)
    "For the seven days of shiva the neighbours brought food and the men came for the minyan every evening.",
    "My brother lit the pyre at the ghat in Varanasi, and we shaved our heads.",
    "The women keened over her all night and in the morning we carried her up the hill.",
    "The whole week of the nine-night, people came every night to sing and drink for Uncle Delroy.",
    "Every year on the Day of the Dead we put his photo, his cigarettes and marigolds on the altar.",
    "For forty days my aunts wore white and nobody cooked in the house.",
    "For a year she wore black and there was no music in the house.",
    "For thirteen days my father and uncles dressed in white, and nobody went to the shop.",
    "Old Bríd keened for Seamus at the graveside, the last of the keeners.",
    "For Día de Muertos we set Abuelo's picture by the ofrenda with his mezcal.",
]

ORDINARY = [
    "On the fortieth day of Lent we held a mass for the parish.",
    "On the ninth day of the festival we held prayers for rain for the farmers.",
    "On the fortieth day after the baby was born we held a feast for Amina.",
    "On the ninth day of the voyage we held a service for Captain Jones's birthday.",
    "We said Kaddish at the synagogue on Shabbat, and the rabbi spoke for an hour.",
    "We covered the mirrors with sheets while the painters did the hall.",
    "The clocks were stopped by the power cut, and we covered the mirrors when the builders came.",
    "Gran covered the mirrors whenever there was thunder, and Grandad stopped all the clocks at New Year for luck.",
    "We lost Dad at the fair for an hour, he was at the beer tent.",
    "We lost Gran in the crowd at the market.",
    "Every house drew its curtains for the blackout during the war.",
    "The whole street drew its curtains for the eclipse.",
    "We drew the curtains all afternoon and watched films, and covered the mirror in the hall for the game.",
    "Nobody says my brother's name right any more, they all call him Jimmy.",
    "For a year she wore white at the hospital, she was a nurse on the children's ward.",
    "For three days the bride wore white and the whole village danced.",
    "For a whole season our team wore black, and we lost every match.",
    "The wind keened over the roofs all night.",
    "We lit the pyre for Holika on the night before Holi.",
    "Every year on the Day of the Dead we decorate the altar at school with paper flowers.",
    "On the Day of the Dead we put sugar skulls on the altar and my grandmother's photo of the village.",
    "My uncle's temple had a statue of Shiva, and for nine nights they danced.",
]


@pytest.mark.parametrize("text", CUSTOMS)
def test_a_mourning_custom_tells_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", ORDINARY)
def test_the_same_words_for_something_else_tell_none(text: str) -> None:
    assert grief.sorrow(text) is None
