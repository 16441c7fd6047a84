"""Review of round 26's quiz grading (amounts_joined, cognates, qualifier_asked): near misses a strict examiner
keeps wrong, and more wordings of the same right answers.

Wrong: a bare figure offered beside the asked amounts ("seventy or seventy-two degrees"); a word that differs from
the key by T for TH alone or I for Y alone, an English pair as often as a foreign spelling ("tread" for thread,
"style" for stile); the rest of a name said after another qualifier ("the spruce bark beetle" for elm bark beetles).
Right: those cousins with another mark ("Teori", "Biologie", "Kristall"), the rest of a name after a word that leads
a noun ("I think bark beetles"), and a plural of four letters said in the singular ("a sled dog").
"""

from __future__ import annotations

import pytest

from agent.guided.grading import grade

HTST = "At what temperature and for how long is milk held in high-temperature short-time pasteurization?"
HOLD = "72 °C (161 °F) for 15 seconds"
ELM = "Which insect spreads Dutch elm disease?"
BLIGHT = "Which disease of the potato caused the great famine?"

RIGHT = [
    (HTST, HOLD, "Seventy-two Celsius, fifteen seconds."),
    (HTST, HOLD, "We held it at 161 degrees Fahrenheit for 15 seconds, no more."),
    (HTST, HOLD, "Seventy-two, seventy-two degrees, fifteen seconds."),
    (HTST, HOLD, "Seventy-two Celsius, that is 161 Fahrenheit, for fifteen seconds."),
    ("How long do the eggs take to hatch?", "14 days", "It takes a fortnight."),
    ("Which sugar is in milk?", "lactose", "Milk sugar."),
    ("Which acid is in the stomach?", "hydrochloric acid", "Salt acid, Salzsäure."),
    ("Which green pigment catches the light?", "chlorophyll", "Chlorofyll."),
    ("What is the study of living things called?", "biology", "Biologie."),
    ("What is an idea that explains the facts called?", "theory", "A teori, we say in Swedish."),
    ("What is salt made of when it grows in cubes?", "crystal", "Kristall."),
    ("Which bacteria live in a baby's gut?", "Bifidobacterium", "Bifido."),
    (ELM, "elm bark beetles", "I think bark beetles."),
    (ELM, "elm bark beetles", "It's the bark beetle."),
    (BLIGHT, "potato late blight", "The late blight."),
    ("Which animals pull the sledge?", "sled dogs", "A sled dog."),
    ("Which insects build the tall mounds?", "termite ants", "A termite ant, the white one."),
]

WRONG = [
    (HTST, HOLD, "Seventy or seventy-two degrees for fifteen seconds."),
    (HTST, HOLD, "Seventy-two degrees for fifteen seconds, or maybe twenty."),
    (HTST, HOLD, "Seventy-two for twenty seconds."),
    (HTST, HOLD, "Fifteen degrees for seventy-two seconds."),
    (HTST, HOLD, "Seventy-two Celsius, that is 150 Fahrenheit, for fifteen seconds."),
    ("What do pigs eat from?", "trough", "Through the fence."),
    ("What do you sew a button on with?", "thread", "You tread on it."),
    ("What is the step over a farm wall called?", "stile", "Style."),
    ("What goes round a car wheel?", "tyres", "It tires me out."),
    ("Which mineral do bones need most?", "calcium", "Cadmium."),
    (ELM, "elm bark beetles", "The spruce bark beetle."),
    (ELM, "elm bark beetles", "Pine bark beetles."),
    (BLIGHT, "potato late blight", "The tomato late blight."),
    (ELM, "elm bark beetles", "Elm bark."),
    ("Which animals pull the sledge?", "sled dogs", "Dogs."),
    ("Which animals pull the sledge?", "sled dogs", "Sled."),
    ("How long is the quarantine?", "30 days", "A month and a half."),
    ("How long is the quarantine?", "30 days", "Once a month, the inspector comes."),
    ("What do starter cultures turn lactose into?", "lactic acid", "Not milk acid, it is citric acid."),
]


@pytest.mark.parametrize(("prompt", "expected", "said"), RIGHT)
def test_right_said_otherwise(prompt: str, expected: str, said: str) -> None:
    assert grade(said, [expected], prompt=prompt) is True


@pytest.mark.parametrize(("prompt", "expected", "said"), WRONG)
def test_near_misses_stay_wrong(prompt: str, expected: str, said: str) -> None:
    assert grade(said, [expected], prompt=prompt) is not True
