"""Round 19 care review (revcare findings 1-10): ordinary sentences the new care rules (taken.py, passing.py,
illness_signs.py) read as a death or a grave illness. Each category with the reviewer's sentences and look-alikes
of our own; a few true deaths and illnesses said the same way stay cared for."""

from __future__ import annotations

import pytest

from agent.guided import grief

NO_CARE = [
    # 1. a thing of the person's taken, never the person ("the flood took my uncle's house")
    "The flood took my uncle's house in 1968, so he came to live with us.",
    "The sea took my father's boat in the storm, but he swam ashore.",
    "The war took my father's best years.",
    "Drink took my father's job and then the house.",
    "The storm took my grandmother's roof clean off, so we slept at the church.",
    "The river took my brother's shoes the day we swam across.",
    # 2. someone taken out, for a while, by surprise, downstream, and given back
    "The sea took my father out every morning before dawn.",
    "The flu took my brother for ten days.",
    "The cold took Grandma by surprise that winter.",
    "The river took my cousin downstream, we pulled him out laughing.",
    "The war took my father in 1939 and gave him back in 1946.",
    "The fever took my sister for the whole of Lent, then she was back at school.",
    "The war took my grandfather in 1914 and sent him back a different man.",
    # 3. a journey or a time limit: seen again later, not taken away
    "Mum took a job in Accra and we didn't see her again until Christmas.",
    "Dad took the night bus to Glasgow and we didn't see him again until Christmas.",
    "The police arrested my brother for drinking and we didn't see him again for a week.",
    "My father picked up his suitcase and left; we never saw him again.",
    "My sister took the train to Lagos and we didn't see her again for two years.",
    "They picked up my cousin from school and we didn't see him again till the wedding.",
    # 4. "no more" = no longer (South Asian / West African English), or "no more X than"
    "My father is no more working, he retired in 1990.",
    "My mother is no more working at the school, so I study more now. Three.",
    "Grandma is no more strict than any other.",
    "My brother is no more drinking since he found God.",
    "Auntie is no more living in Kumasi, she moved to Accra.",
    # 5. going to a place called the other side, heaven, glory; leaving a way of life
    "My father went to the other side of the border to sell cloth.",
    "Sorry I'm late, my father went to the other side of the river to fetch my sister. Three toes.",
    "My brother went to Heaven, the club in Charing Cross, every Friday.",
    "My brother went to glory in the final, scoring twice.",
    "My parents went to paradise for their anniversary, Goa!",
    "My sister went to heaven on earth when she moved to Bali.",
    "My brother left this life of crime when he met his wife.",
    "Uncle went to the other side of town to fetch the doctor.",
    "My husband left this life of travelling when the children came.",
    # 6. a last or final thing taken or drawn (vows, a year, a pension), a convert "with the Lord"
    "My aunt took her final vows at the convent in 1958.",
    "Dad took his final year at Makerere in 1961.",
    "My mother drew her last pension in Kenya.",
    "Grandad breathed his last cigarette smoke out of the window and gave up for good.",
    "My uncle took his last leave in 1975 before he retired.",
    "Mum drew her last salary from the post office in 1990.",
    "My sister found Jesus; she's with the Lord now, at church every day.",
    "My uncle was saved at the crusade; he's with Jesus now, in the choir every Sunday.",
    # 7. a limb word in a compound or a game ("hand luggage", "a leg of the relay")
    "When we flew to London, Mum lost her hand luggage at Heathrow.",
    "My father lost his speech notes at the wedding.",
    "Our team lost a leg of the relay.",
    "Grandad lost his hand at cards.",
    "My brother lost his arm wrestling match with the blacksmith.",
    "She took off her hand-knitted gloves.",
    "The doctor took off his leg brace after six weeks.",
    "Dad lost his hand towel at the swimming pool.",
    "My sister lost her eye drops on the bus.",
    "Grandpa took off his arm sling after a month.",
    # 8. the teller's own deafness or blindness; a coma after dinner; a wheelchair for two weeks
    "I'm going deaf in my old age, so speak up.",
    "I went blind in one eye last year, the cataract, now it's fixed.",
    "I became deaf in one ear after all those concerts.",
    "We were going deaf from the looms in the mill.",
    "He lay in a coma on the sofa after Christmas dinner, we laughed.",
    "Uncle fell into a coma after the wedding lunch, snoring like a lorry.",
    "After the feast Grandpa was in a coma on the couch till evening.",
    "Dad was in a wheelchair ever since the operation, two weeks, then crutches.",
    "My uncle was in a wheelchair since then, for a month, and then he was back on his feet.",
    # 9. could not get up or walk again for a while, after a knockdown or drink
    "My brother couldn't get up again after the knockdown, the referee counted him out.",
    "My father couldn't walk again until spring.",
    "Uncle could not stand up again that night after all the palm wine.",
    "After the tackle Kofi couldn't stand up again for ten minutes.",
    "My husband couldn't walk again till the cast came off.",
    "Grandpa couldn't get up again after all that whisky.",
    # 10. killed in a game, in effigy
    "My brother got slaughtered in the chess final.",
    "My father was hanged in effigy by the students.",
    "My brother got massacred in the semi-final, six nil.",
    "My uncle was hanged in effigy outside the factory gates.",
    "My cousin got murdered at chess by a ten-year-old.",
]

NOT_LOSS = [
    # a part of the body taken is an illness at most, never a death
    "The mine took my father's lungs.",
    "The war took my father's leg at Monte Cassino.",
]

STILL_LOSS = [
    "The sea took my husband in 1962, and the boat with him.",
    "Grandmother is no more, she went in the winter of '88.",
    "My husband is no more.",
    "My father breathed his last in my arms.",
    "She took her last breath at dawn.",
    "Grandpa went to be with the Lord in 1990.",
    "Nana went to the other side in her sleep.",
    "Grandad left this world in 1999.",
    "They took my father away in 1949 and we never saw him again.",
    "My grandfather was hanged by the British in 1931.",
    "The war took my father in 1943, he was twenty-six.",
]

STILL_ILLNESS = [
    "After the accident my brother lost his leg below the knee.",
    "My father lost his sight in the war.",
    "Grandad went blind in the mine.",
    "The doctors took off his foot, the sugar.",
    "Mama couldn't speak any more after the stroke.",
    "He was in a wheelchair for the rest of his life.",
    "My father lay in a coma for two weeks.",
    "Grandad was in a wheelchair ever since the fall.",
]


@pytest.mark.parametrize("text", NO_CARE)
def test_ordinary_sentences_get_no_care(text: str) -> None:
    assert grief.sorrow(text) is None


@pytest.mark.parametrize("text", NOT_LOSS)
def test_a_part_taken_is_no_death(text: str) -> None:
    assert grief.sorrow(text) != "loss"


@pytest.mark.parametrize("text", STILL_LOSS)
def test_deaths_said_the_same_way_stay_losses(text: str) -> None:
    assert grief.sorrow(text) == "loss"


@pytest.mark.parametrize("text", STILL_ILLNESS)
def test_grave_illness_said_the_same_way_stays(text: str) -> None:
    assert grief.sorrow(text) in ("illness", "accident")
