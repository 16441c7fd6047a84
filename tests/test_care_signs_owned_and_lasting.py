"""Care signs told without their words (failing_body.py, mourning_rites.py), review of 9a6f4a8 and 30b0571: an organ,
a treatment or a body side is grave only when it is a person's own and lasting, a face fallen on one side only with a
second stroke sign, a cough only with its trade near it; the round-21 occasions (summer, party, race, fashion) keep
only the new weak rites ordinary, never the older signs nor the strong rites; two loose new signs (a thing never
found, a boat come back with no catch, a dig for coins, a valley in white, a cat let out of the window, a town named
Tangi) are no death. Everyday and quiz sentences stay ordinary; the wordings are our own."""

from __future__ import annotations

import pytest

from agent.guided.grading import grade, tells_own_loss
from agent.guided.grief import sorrow
from tests.support import Api
from tests.turns_support import attempts, say, template_session

NOT_AN_ILLNESS = [
    # a bare term, a topic, a quiz answer: no one's organ
    "Kidney failure. End-stage renal failure, that's when they go on dialysis.",
    "Heart failure. The fluid backs up, so they sleep propped up.",
    "I wrote my thesis on heart failure in older women.",
    "Liver failure, I think, from the paracetamol overdose in the case study.",
    # a pet's organ, a patient's treatment, a workplace of the treatment
    "The vet said his kidneys were failing, and we gave the old tomcat his pills every night.",
    "Our dog's liver gave out at fourteen and the vet was very kind.",
    "My mum worked as a nurse on the ward, giving patients their chemo, and she loved it.",
    "Our Ruth was a chemo nurse, she started chemo rounds at six every morning.",
    "My aunt was a nurse on the dialysis unit for twenty years.",
    "My brother designs the filters for the dialysis machine at the hospital.",
    # the machine at work
    "My father looked after the machine in the bottling unit at the brewery for thirty years.",
    "At the hospital lab I looked after the machine that counts the blood cells.",
    "Every few months I give plasma, and the machine sends my blood back through the tubes.",
    "Three times a week, four hours each, hooked up to the machine at the unit.",
    "My brother was the machine operator at the mill.",
    "Dad was on radiation duty at the power station, with his radiation badge on his overalls.",
    # a face, a grin, a sulk, the dentist; a side that is a team or a family
    "Mam had a crooked smile, her mouth went down on one side when she was teasing us, and we loved it.",
    "After the injection at the dentist his mouth drooped on one side for an hour.",
    "When she sulked her mouth went crooked, and she'd stomp off to her room.",
    "After six pints his speech was slurred and he sang all the way home, right arm round my neck.",
    "Dad supported Leeds all his life, even in the years their side was useless.",
    "Her side was dead against the marriage, and his side didn't come.",
    "After the long drive his right side was like wood, so we stopped to stretch.",
    # oxygen for a while or for a summit
    "My uncle Davy was a mountaineer, he carried his oxygen bottle all the way up Aconcagua.",
    "She was on oxygen for a few hours after the birth, and the baby was perfectly fine.",
    "On the flight the masks dropped and she was on oxygen until we landed in Lisbon.",
    "Since the accident he's been in a wheelchair for a month, and he'll walk again by spring.",
    # a cough of a pipe, a bonfire, a season; a trade said apart from it or not worked
    "Granda had a hacking cough from his pipe, but he worked at the mill till sixty-five and danced every Saturday.",
    "Dad worked down the pit, and every morning he had a deep cough from the first cigarette, then he was fine.",
    "At threshing time the dust was everywhere and Dad had a bad cough till the rains came.",
    "Dad sang with the miners' choir; at the eisteddfod he had a terrible cough and mimed the whole thing.",
    "When we reached the top she couldn't catch her breath, the view was so beautiful; she grew up by the quarry.",
    "Mum's heart gave out at the end of the marathon, she said, but she still made it to the pub.",
]

ILLNESS = [
    # the organ, the treatment, the side owned by a kin word or a name
    "Dad went on the kidney machine three times a week.",
    "She was on the dialysis machine for six years before the transplant.",
    "Nana was on the oxygen at home, the tubes across the sitting room.",
    "Mama's hair came out in handfuls after the first round of chemotherapy.",
    "She went for radiation every weekday for six weeks.",
    "Dadi's right side became useless in 2009.",
    "Three afternoons a week Baba sat hooked up to the dialysis for four hours, reading the paper.",
    "My sister gave Mum one of her kidneys, and Mum spent a month on the transplant ward.",
    "Tío Beto waited two years on the list for a new liver.",
    # a stroke by a face sign with a second sign
    "Opa's mouth drooped on one side and he dropped his fork; the ambulance came.",
    "One morning Dad's speech came out slurred and his right arm wouldn't lift; he never used it again.",
    "Her smile went lopsided at breakfast and by lunchtime she couldn't hold a spoon in her left hand.",
    "After the bleed in his brain Grandpa had to learn to walk again.",
    # a lung disease of a trade, or of old by the sanatorium
    "Forty years in the slate quarry filled Taid's lungs with dust; he slept in his chair because he couldn't "
    "breathe lying down.",
    "She coughed blood into her handkerchief all that winter and was sent away to the mountains for the air.",
]

DEATH = [
    # the older signs and the strong rites, whatever season or occasion is named beside them
    "That summer we shaved our heads and for thirteen days no salt was cooked in our house.",
    "The summer I turned twelve, my uncle gave Dada the fire at Nigambodh Ghat.",
    "After the race riots my brother gave Abba the fire.",
    "Mama washed her husband's body herself the summer he went.",
    "On the fortieth day we had the memorial meal, like a big party, and we all shaved our heads.",
    # someone never found after what takes lives
    "The avalanche came down in the night. They never found him.",
    "The boat went down off Tory Island in the gale. They never found him.",
    "A landslide took the house in the night, and we never found her body.",
    # the grave dug where a person must lie, with mourning dress
    "The men dug by the mango tree where Dadu would lie, and we wore white for thirteen days.",
]

NOT_A_DEATH = [
    "Some days the boat came back empty, and we searched the rocks for the crab pots but never found them.",
    "We dug where the old map said the coins should lie, but we never found them.",
    "I dropped my sunglasses off the pier and never found them; the next week my kayak capsized in the harbour.",
    "The archaeologists dug where the Roman road should lie, but after a month the search was called off.",
    "Our car turned over on the ice in 1987, nobody hurt, and we never found them, Dad's good glasses.",
    "The blizzard left the whole valley in white for seven days, and we kept the candles lit for three nights when "
    "the power went.",
    "A bat got into the bedroom, so we opened the window to let him out; the power was off and we kept a candle "
    "burning four nights.",
    "The cat was yowling in the hall, so we opened the window to let her out and off she went.",
    "He grew up in Tangi, near Charsadda, and every Eid the men shaved their heads.",
    "Dad's boat came back empty that day, not one fish, and Mum kept the lamp burning three nights while the power "
    "was down.",
    "Grandad lay in the front room with his bad back for a week, and Mum kept a lamp burning three nights so he "
    "could find the loo.",
    "The kids threw sand over him at the beach while he slept, and when he woke our dinghy was drifting empty past "
    "the rocks.",
    "In the storm our dog ran off and we never found him.",
    "The storm came and we looked for Dad in the market but never found him, he was at the pub.",
    "We dug where the new well should lie, and in the tent we kept the lamp lit three nights.",
]


@pytest.mark.parametrize("text", NOT_AN_ILLNESS + NOT_A_DEATH)
def test_everyday_and_quiz_sentences_get_no_care(text: str) -> None:
    assert sorrow(text) is None


@pytest.mark.parametrize("text", ILLNESS)
def test_an_illness_owned_by_a_kin_word_or_a_name_and_lasting_is_met_with_care(text: str) -> None:
    assert sorrow(text) == "illness"


@pytest.mark.parametrize("text", DEATH)
def test_older_rites_and_someone_never_found_after_a_disaster_tell_a_death(text: str) -> None:
    assert sorrow(text) == "loss"


@pytest.mark.parametrize(
    ("prompt", "text", "expected"),
    [
        (
            "Which condition makes a patient need dialysis?",
            "Kidney failure. End-stage renal failure, that's when they go on dialysis.",
            "kidney failure",
        ),
        (
            "Which condition causes swollen ankles and breathlessness when lying flat?",
            "Heart failure. The fluid backs up, so they sleep propped up.",
            "heart failure",
        ),
    ],
)
def test_a_correct_medical_quiz_answer_is_graded_not_read_as_a_loss(prompt: str, text: str, expected: str) -> None:
    assert not tells_own_loss(text, prompt)
    assert grade(text, [expected], prompt=prompt) is True


RENAL = {
    "name": "Renal ward basics",
    "kind": "study",
    "intention": "Pass the renal module",
    "structure": {
        "questions": [
            {"prompt": "Which condition makes a patient need dialysis?", "answer": "kidney failure"},
            {"prompt": "What does a haemodialysis machine take out of the blood?", "answer": "waste and excess fluid"},
        ]
    },
}


def test_a_right_renal_answer_naming_the_treatment_is_graded_and_the_quiz_goes_on(api: Api) -> None:
    sid = template_session(api, "Morwenna", RENAL)
    told = say(api, sid, "Kidney failure. End-stage renal failure, that's when they go on dialysis.", wait=20)
    reply = told["reply"].lower()
    assert "hard" not in reply and "sorry" not in reply and "private" not in reply
    assert RENAL["structure"]["questions"][1]["prompt"] in told["reply"]
    assert attempts(api, sid) == [("q1", True)]
