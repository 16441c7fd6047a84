"""Second review of the care fixes (reviewG 1, 8, 9, 10): the reply to care got a second care it should not, or none
it should. Over the real turn API; the reviewer's replies, then other wording.

- a grave illness told with its end survived in other words ("she's fine now", "she beat it", "he's doing well",
  "cancer-free for forty years") is no new sorrow;
- after a loss said by name alone, a relative's death told again is the same loss unless told as another next to the
  death itself ("died the next winter", "then my brother died"), never a "then", "later" or "again" of something else
  in the reply ("and then we buried him", "Later I went to live with my son", "I tell it again and again");
- a pronoun inside an aside between commas ("my brother, who had looked after her all those years, died") does not
  turn the death to someone else: a new loss, cared for;
- a relative lost for a while and found ("we lost Papa on the ferry once, he'd gone to the bar") is no death."""

from __future__ import annotations

import pytest

from tests.support import Api
from tests.turns_support import question_id, say, story_session

OPENING = "I grew up in a big house with my parents, my brother and my grandmother, near the sea."
MOTHER = "My mother died in 1990, in the hospital in Leeds."
NAMED = "Kwame died in 2004, after the long illness, at the house in Kumasi."
MOTHER_2 = "Amma died in the hot season of 1987, in the hospital at Madurai."
NAMED_2 = "Tadesse died in 1999, after a long winter, in the house at Bahir Dar."


def _second(api: Api, cared: str, reply: str) -> bool:
    sid = story_session(api, "Meena", "Growing up")
    say(api, sid, OPENING)
    care = say(api, sid, cared)
    assert question_id(care).startswith("care."), care["reply"]
    return question_id(say(api, sid, reply)).startswith("care.")


@pytest.mark.parametrize(
    "cared,reply",
    [
        # reviewer's
        (MOTHER, "Thank you. My sister had the same cancer in 2001, but she's fine now. Go on."),
        (MOTHER, "Thank you. My sister got breast cancer too, ten years later, and she beat it. Go on."),
        (MOTHER, "Thank you. My brother had a stroke in 2005, he's doing well, walks with a stick. Go on."),
        (MOTHER, "Thank you. My aunt had leukaemia as a girl, she has been cancer-free for forty years."),
        (NAMED, "Yes. My husband died at home, and then we buried him in the village, as is our custom."),
        (NAMED, "Yes. My husband died at home. Later I went to live with my son in Accra."),
        (NAMED, "Yes. My husband died at home, and I tell it again and again to my grandchildren."),
        (MOTHER, "Thank you. We lost Papa on the ferry once, years later, he'd gone to the bar. We laughed."),
        # other wording
        (MOTHER_2, "Thank you. My uncle had a heart attack in 2010, but he's doing fine, he still farms."),
        (MOTHER_2, "Yes. My cousin had cancer too, and she's all clear now, five years."),
        (NAMED_2, "Yes. My wife died in the house, and then the priests came and we carried her to the church."),
        (NAMED_2, "Yes. My husband died in the night. Later my daughter came from Addis to stay."),
        (MOTHER_2, "Thank you. We lost Bapu in Madurai once for an hour, he was talking to the priest."),
    ],
    ids=["sister-fine-now", "sister-beat-it", "brother-doing-well", "aunt-cancer-free", "kwame-then-buried",
         "kwame-later-son", "kwame-again", "papa-ferry", "uncle-fine-now", "cousin-all-clear", "tadesse-then-priests",
         "tadesse-later-daughter", "bapu-madurai"],
)  # fmt: skip
def test_no_second_care(api: Api, cared: str, reply: str) -> None:
    assert not _second(api, cared, reply)


@pytest.mark.parametrize(
    "cared,reply",
    [
        # reviewer's
        (MOTHER, "Thank you. My brother, who had looked after her all those years, died the next winter."),
        (MOTHER, "Thank you. My father, heartbroken after her, died a year later, in the same ward."),
        (MOTHER, "Thank you. And my uncle Sean, he always said he'd go first, died a month after her."),
        # other wording
        (MOTHER_2, "Thank you. My sister, who nursed her to the end, died two years later in Chennai."),
        (NAMED_2, "Yes. My husband died too, the year after, of the same fever."),
        (MOTHER, "Thank you. My sister had the same cancer in 2001, and she died of it in the spring."),
        (MOTHER_2, "Thank you. My brother has the same cancer now, he's well looked after in the hospice in Chennai."),
        (MOTHER, "Thank you. My aunt Rukhsana had a stroke last spring, and she's not healthy since."),
    ],
    ids=["brother-who-her", "father-after-her", "uncle-he-said", "sister-who-nursed", "husband-too", "sister-died",
         "brother-looked-after", "aunt-not-healthy"],
)  # fmt: skip
def test_a_new_loss_still_gets_care(api: Api, cared: str, reply: str) -> None:
    assert _second(api, cared, reply)
