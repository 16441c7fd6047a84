"""Care once per loss (review of de4ed89 and 0a18bd5): the reply to care that speaks of the same loss again got a
second care, often to the wrong person. A death said by pronoun of someone the named one is not ("my sister was with
him when he died"), said beside a saying ("the doctor said he died"), of someone else's relative ("his grandfather"),
of one named only in the answer before the cared one ("She died" of "my grandmother"), of any loss the session cared
for, or a kin word after a loss said by name alone, is the same loss. A new death, or a grave illness or someone
taken who never came out, still gets care of its own. Over the real turn API; reviewer's sentences and others."""

from __future__ import annotations

import pytest

from tests.support import Api
from tests.turns_support import question_id, say, story_session

OPENING = "I grew up on a farm with my grandmother, my father and my brother, we had cows and a boat."
FATHER = "My father died in the winter of 1983, in the hospital in Galway."
MOTHER = "Mamá died in March of 1976, in the clinic at Rosario, after the long winter."


def _cared(api: Api, *answers: str) -> str:
    sid = story_session(api, "Ingrid", "Growing up")
    say(api, sid, OPENING)
    for answer in answers[:-1]:
        say(api, sid, answer)
    care = say(api, sid, answers[-1])
    assert question_id(care).startswith("care."), care["reply"]
    return sid


@pytest.mark.parametrize(
    "cared,reply",
    [
        (FATHER, "Thank you. My sister was with him when he died, holding his hand. We can go on."),
        (FATHER, "Thank you. My mother cried for a month after he died, then she went back to the shop."),
        (FATHER, "Thank you. Doctor Walsh said he died without pain. Let's go on."),
        (FATHER, "Thank you. My son was only two when his grandfather died, he doesn't remember him."),
        (MOTHER, "Gracias. My brother Tomás sat with her the whole night before she died. Go on, please."),
        (MOTHER, "Thank you. My father wrote to me that she passed away quietly. We can continue."),
        (MOTHER, "Yes. My daughter was a baby when her grandmother died, she only knows the photos."),
        ("Kwame died in 2004, after the long illness, at the house in Kumasi.",
         "Yes. My husband died at home, with all of us around him. Go on."),
        ("Abebe died in the rainy season of 1991, at the mission in Gondar.",
         "Thank you. My father died in his own bed, it was a good death. We can go on."),
    ],
    ids=["sister-him", "mother-he", "doctor-said", "his-grandfather", "brother-her", "father-wrote", "her-grandmother",
         "name-then-husband", "name-then-father"],
)  # fmt: skip
def test_the_same_loss_said_again_gets_no_second_care(api: Api, cared: str, reply: str) -> None:
    sid = _cared(api, cared)
    again = say(api, sid, reply)
    assert not question_id(again).startswith("care."), again["reply"]


@pytest.mark.parametrize(
    "before,cared,reply",
    [
        ("My grandmother raised me on the farm at Hamar, she taught me to milk.",
         "She died when I was eleven, in the winter.",
         "Yes. My grandmother died in her sleep, it was peaceful, we can go on."),
        ("My uncle Farid taught me to sail on the lake near Tabriz every summer.",
         "He passed away the spring I turned sixteen.",
         "Thank you. My uncle Farid died of his heart, the doctor said. Go on."),
    ],
    ids=["grandmother-she", "uncle-he"],
)  # fmt: skip
def test_a_loss_said_by_pronoun_is_of_the_one_named_before(api: Api, before: str, cared: str, reply: str) -> None:
    sid = _cared(api, before, cared)
    again = say(api, sid, reply)
    assert not question_id(again).startswith("care."), again["reply"]


@pytest.mark.parametrize(
    "first,second,third",
    [
        ("My grandmother died when I was eleven, at the farm near Tromsø.",
         "Thank you. And then my uncle Nils went through the ice the next winter and he drowned.",
         "Thank you. It was a hard time, after my grandmother died, and then him. But go on."),
        ("Papa died in 1962, on the boat, of his heart.",
         "Thank you. Two years later my sister Lucia was killed when the bus went off the road.",
         "Yes, after Papa died the house was never the same, and then Lucia. Let's go on."),
    ],
    ids=["grandmother-nils", "papa-lucia"],
)  # fmt: skip
def test_every_loss_cared_for_is_known_not_only_the_last(api: Api, first: str, second: str, third: str) -> None:
    sid = _cared(api, first)
    again = say(api, sid, second)
    assert question_id(again).startswith("care."), again["reply"]
    reply = say(api, sid, third)
    assert not question_id(reply).startswith("care."), reply["reply"]


@pytest.mark.parametrize(
    "reply",
    [
        "And then, the next spring, they took my brother Liam to the sanatorium and he never came out.",
        "Thank you. The year after, the ambulance took my cousin Mirela to the hospital in Cluj and she never came "
        "home.",
        "Thank you. And now my sister Aoife has the same cancer, they told us in June.",
        "Yes. Then the cancer took my husband in 1990, he was only fifty-two.",
        "Thank you. And then my uncle Nils went through the ice the next winter and he drowned.",
        "Then my sister Greta died too, the year after, of the fever.",
    ],
    ids=["sanatorium", "hospital-never-home", "same-cancer-now", "cancer-took", "drowned", "named-kin-too"],
)
def test_a_new_loss_or_illness_in_the_reply_gets_care(api: Api, reply: str) -> None:
    sid = _cared(api, FATHER)
    again = say(api, sid, reply)
    assert question_id(again).startswith("care."), again["reply"]


@pytest.mark.parametrize(
    "reply",
    [
        "Thank you. My father had the cancer for two years before, it was hard on my mother.",
        "Thank you. My brother and I carried the coffin, and my aunt Róisín sang at the grave. Go on.",
        "Thank you. My sister still visits his grave every Sunday. We can go on.",
        "Thank you. My brother nearly died that winter too, of pneumonia, but he pulled through. Go on.",
        "Thank you. My cousin Ines had the diphtheria the same year, but she recovered. We can go on.",
    ],
    ids=["his-illness-before", "mourners-named", "grave-visited", "nearly-died", "illness-recovered"],
)
def test_the_same_loss_told_by_its_illness_or_customs_gets_no_second_care(api: Api, reply: str) -> None:
    sid = _cared(api, FATHER)
    again = say(api, sid, reply)
    assert not question_id(again).startswith("care."), again["reply"]
