# ruff: noqa: E501
"""Care told softly, read by the grammar of the answer (agent/guided/told_softly.py), and the grief readers'
look-alikes. Three blind batches of the care2 review, none from tests/test_care_weighed_signs.py: before this module
the base met 12/47, 12/25 and 6/12, HEAD c88482e 17/47, 14/25 and 6/12 (4 look-alikes read as sorrow: "Chemo drugs
target cells…", "didn't wake up in time for the train", "a dialysis technician", "buried the time capsule")."""

from __future__ import annotations

import pytest

from agent.guided.grief import sorrow
from tests.support import Api
from tests.turns_support import question_id, say, story_session

# a relative's soft going and something not done after; joys not done in a counted time; a child or a pregnancy lost;
# one missing at war or at sea; laid to rest beside one of theirs; a memorial rite; a place kept; a grave illness of a
# person by its name or treatment; a mind that no longer knows its own
CARE = [
    "The year Abuelo left us, nobody in the house played the radio, and Mamá covered the mirror with a sheet.",
    "Nobody played music that year, no new clothes at Eid.",
    "My little brother Samir was only four. After that spring his bed stayed made, and Mother would not let anyone sleep in it.",
    "We lost the baby at five months. I never held her.",
    "The second pregnancy didn't stay. The doctor said these things happen, and I went back to work on the Monday.",
    "Auntie Wanjiru's little girl, she did not see her second rains.",
    "Papa's boat never came back from the Grand Banks. Every October Mam still sets a plate for him.",
    "My uncle Bogdan went east with the army in 1943, and no letter ever came. Grandmother kept his coat on the hook until she herself was gone.",
    "The telegram said missing, believed lost. Mum kept his room exactly as it was.",
    "Grandma no longer knows who I am; she calls me by my mother's name and asks when Grandad is coming home from the mine.",
    "Dziadek has the lung thing from the mine, emphysema, and he sleeps sitting up now.",
    "My father has Parkinson's; his hand shakes so he can't write his name any more.",
    "Mum's heart failure got worse over the winter; she can't walk to the shop.",
    "Dad has COPD from forty years of smoking, and the oxygen goes everywhere with him.",
    "Her kidneys failed in the spring, and now she goes three times a week to the hospital in Kaunas.",
    "Now Rangi sleeps with the oxygen, and his breath whistles at night.",
    "For a whole year after Ammi went, we did not cook sweets, not even at Eid.",
    "We wore white for Nana for a year, and no one in the family married that year.",
    "When Grandfather Lobsang went, the lamas came and we did not sweep the house for three days.",
    "My son Tomás was nineteen when the sea kept him. His mother still walks to the harbour wall every evening.",
    "The year Dadi went to God, my father stopped shaving, and we ate only plain food for thirteen days.",
    "Grandmother's chair at the table stays empty; we set her cup there every Sunday still.",
    "After my sister's baby was born sleeping, nobody knew what to say to her.",
    "Our first child only lived three days. We named him Daniel and planted a rowan for him.",
    "My brother went to the front in '42 and we never heard from him again.",
    "Oba's head went from her. At the end she didn't know her own sons, and she would fold the same towel for an hour.",
    "Dad is on the morphine now, the nurses come at night, and he sleeps most of the day.",
    "Mum has the tumour in her head; they say there's nothing more they can do.",
    "The doctors gave him six months, and he planted the garden anyway.",
    "Grandpa Hemi's sugar took both his legs in the end, and he lives in the chair now.",
    "My wife doesn't know the children any more; she talks to her dead sister in the mirror.",
    "When Father went, Mother put away her coloured saris and wore only white after that.",
    "For forty days the women came every evening to read for Teta, and the coffee was bitter, no sugar.",
    "Khalid's plane went down over the mountains in 1979. They never found the wreck.",
    "On her anniversary we light a yahrzeit candle for Bubbe and Dad says kaddish.",
    "At Qingming we sweep Grandfather's grave and burn paper money for him.",
    "In our village, when Babcia closed her eyes for good, they stopped the clock and covered the mirrors.",
    "The winter Mihai didn't wake up, Mama wouldn't let anyone light the stove in his room.",
    "My little girl would be forty this year. The fever took her in the first winter.",
    "Our boy didn't come home from the Falklands. His medals are in Mum's drawer.",
    "Since the stroke Granny can't speak, she only squeezes my hand.",
    "Since Father went to be with the ancestors, Uncle speaks for the family at the gatherings.",
    "The dialysis keeps Aunt Fatima going, four hours, three mornings a week.",
    "Mum leaves the gas on and can't find her way back from the corner shop now; we've had to take the knobs off the cooker.",
    "He came back from the camp so thin, and six months later we laid him next to his mother.",
    "The chemo made Jan too weak to stand, so I carried him to the window to see the snow.",
    "When Umma went, Appa stopped going to church and sat by the window every evening.",
    "After my husband went, I didn't cook rice for a month, I ate bread standing up.",
    "The year Opa left us, there was no Christmas tree and nobody sang at the table.",
    "That Diwali there were no lights on our house and no sweets, the first one without Bauji.",
    "We lost our second baby in the winter of '71; I was six months along.",
    "The little one only lived eleven days; we called her Hope.",
    "My sister's twins came too early and she lost both of them.",
    "He didn't live to see his first birthday, our Davy.",
    "My father's trawler went down off Iceland in '68 and they never found any of the crew.",
    "Uncle Kostas was taken away by the soldiers in '67, and we never heard of him again.",
    "Her brother went to Korea with the regiment and never came back.",
    "Mum has had Parkinson's for ten years now, she can barely lift the spoon.",
    "Grandad's lungs are failing, the emphysema, he sits with the machine all day.",
    "My wife is on chemo again, the third time, and her hair is gone.",
    "Aunt Chipo's kidneys gave out and she goes for dialysis at Parirenyatwa.",
    "The doctor gave Papa three months, and that was in June.",
    "My mother doesn't recognise her own grandchildren any more.",
    "Dad's mind is going, he thinks it's still 1975 and asks for his boss.",
    "We said kaddish for Zayde at the shul every morning for eleven months.",
    "They laid her to rest beside her first husband in the old Catholic cemetery.",
    "The day Nonno didn't wake up, Nonna wouldn't open the shop, not for a week.",
    "Since Mama went to be with the Lord, my brothers don't come home for Christmas any more.",
    "For forty days the men prayed for Jiddo in the mosque every evening.",
    "My baby brother did not see his second summer, the coughing sickness came through the village.",
    "My husband has heart failure now, he sleeps in the chair because he can't breathe lying down.",
    "When Koro went, the whānau covered the photos and nobody swam at the river that summer.",
    "After my wife went, I stopped going to the club; I don't play bowls any more.",
    "Our daughter only lived four hours. The nurse let me hold her.",
    "The ferry went down in the typhoon and Tatay was never found.",
    "Grandma Ines doesn't know her own daughters any more; she calls them 'the nice ladies'.",
    "My brother is on dialysis now, three times a week, and his skin has gone grey.",
    "That Christmas there was no tree and no carols; it was the first without Mum.",
    "Great-uncle Mirek was taken to Siberia in 1940 and no word ever came.",
    "We buried Abu beside his father on the hill above the olive groves.",
    "The doctors said there was nothing more they could do for Baba, so we brought him home.",
    "Since Papa went to heaven, Mama doesn't sing in the kitchen.",
    "My mother's heart is failing; she sleeps sitting up in the chair now.",
]

# the same objects and verbs in ordinary life: candles, lamps, white cloth, a machine, the teller's nursing job, a
# clock that needed a battery, rubbish burned, a leg in plaster, keys forgotten, a year abroad, a trip, a drug lesson
LOOK_ALIKES = [
    "We lit candles on the table for Diwali and the whole street was bright.",
    "Mum kept a lamp on in the hall for when Dad came in late from the night shift.",
    "The tablecloth was white linen, my grandmother's pride, only out at Christmas.",
    "I worked as a nurse at St Mary's for thirty years, mostly nights.",
    "The kitchen clock stopped at ten past four; it just needed a new battery.",
    "Every autumn we burned the rubbish and the leaves at the end of the garden.",
    "I had my leg in plaster for six weeks after falling off the bike.",
    "I forget my keys all the time, my wife says I'd forget my head.",
    "I spent a year abroad in Lyon, and I didn't see my family at all.",
    "Nobody played music that year in the dorm, we were all studying for the finals.",
    "No new clothes at Eid that year, money was tight, but we had the biggest feast.",
    "The machine at the mill broke down every winter, and Dad fixed it himself.",
    "For a whole year I did not go home; the job in Dubai kept me busy.",
    "Grandpa sleeps in the chair after lunch, snoring like a tractor.",
    "My brother went to Australia in '82 and we hardly heard from him, he was never a writer.",
    "Dad's boat came back late from the Grand Banks, the fish were far out that year.",
    "We covered the mirrors with sheets when we painted the hall.",
    "She wore white for her first communion, with a veil.",
    "The monks chanted all night at the festival and we ate rice cakes.",
    "We sweep the yard every morning and burn the leaves.",
    "The oxygen bottles in the welding shop were my responsibility.",
    "My uncle is a kidney doctor in Leeds, he sees forty patients a day.",
    "She didn't know me at first, I had grown a beard in Canada.",
    "Grandma calls me by my mother's name sometimes, we look so alike.",
    "His chair at the table was always at the head, nobody else sat there.",
    "The baby sleeps with the light on, she's afraid of the dark.",
    "Our cat didn't come home for three days, then she turned up fat and happy.",
    "We planted a rowan for our son's birth, as they do in Scotland.",
    "We set a plate for the stranger on Christmas Eve, it's a Polish custom.",
    "The priest came to bless the house on Epiphany and wrote on the door in chalk.",
    "My father stopped shaving when he retired and grew a big white beard.",
    "For thirteen days of the festival we ate only plain food, no onion, no garlic.",
    "His bed stayed made because he was away at boarding school.",
    "The doctor gave him six weeks off work with his back.",
    "My wife can't walk far since the hip operation, but she's getting better every week.",
    "The nurse comes every morning to see the baby, she's the health visitor.",
    "He came back from the army so thin, Mum fed him up all summer.",
    "The sea took our boat in the storm of '53, but we all swam ashore.",
    "Mother put away her summer dresses when the cold came.",
    "We kept Nan's room as it was for when she visits from Cork.",
    "The plane was delayed over the mountains, we landed six hours late.",
    "The letter never came, the post was on strike for a month.",
    "I carried my daughter to the window to see the first snow.",
    "My grandfather lit incense at the temple every New Year for good luck.",
    "The mine closed in 1985 and Dad never worked again, he sat in the chair all day.",
    "Dad was in hospital for a night with his appendix, home on the Tuesday.",
    "She folds the same towel over and over when she's nervous before a concert.",
    "Nobody played the piano that year, it was out of tune and we had no money for the tuner.",
    "We didn't cook sweets that Eid, my sister was on a diet and I had my braces.",
    "When Mum went to Lagos for the wedding, Dad didn't know how to cook anything.",
    "After my husband went to work, I didn't have a minute to myself.",
    "The year Opa left for Canada, we had no car and nobody could drive.",
    "That Diwali there were no fireworks and no sweets because Dad had lost his job.",
    "We lost the baby's passport at the airport, what a day.",
    "The kitten only lived with us three weeks before we gave her to my aunt.",
    "She lost both matches that weekend, the twins were too good.",
    "He didn't see his first birthday cake, he was asleep in the pram.",
    "Dad's trawler went down off Iceland in '68, but a Norwegian ship picked up the whole crew.",
    "Uncle Kostas went to Germany in '67 to work, and we never heard from him again, he had a new family there.",
    "Her brother went to Korea with the regiment and came back with a Korean wife.",
    "I worked on the Parkinson's ward at the General for twenty years.",
    "The emphysema patients came to the clinic on Tuesdays, I did their breathing tests.",
    "Chemo drugs target cells that divide quickly, that's why the hair falls out.",
    "The dialysis machine at the hospital was the first in Zimbabwe, my uncle installed it.",
    "The doctor gave Papa three weeks off after the hernia.",
    "My mother doesn't recognise the town any more, everything is new buildings.",
    "Dad's mind is going a mile a minute, he's planning a new shed.",
    "We said the prayers for the harvest at the shul every autumn.",
    "They laid her down beside her sister in the big bed, the cousins all in one room.",
    "The day Nonno didn't wake up in time for the train, Nonna wouldn't speak to him.",
    "Since Mama went to live with my brother, she doesn't cook any more.",
    "For forty days the men fasted and prayed for rain in the mosque every evening.",
    "My baby brother did not see the sea until he was ten.",
    "My husband has heartburn now after every curry, he sleeps in the chair.",
    "Nobody danced at the party that year and no one sang, the band never turned up.",
    "That winter we had no heating and no hot water; the boiler was broken.",
    "For a whole year we didn't go out to the pictures and didn't buy new clothes, we were saving for the house.",
    "When Koro went to the river, the kids followed him and nobody stayed home.",
    "After my wife went to bed, I stopped the music and read.",
    "The goldfish only lived four days, the kids were heartbroken.",
    "The ferry was late in the typhoon and Tatay waited at the pier all night.",
    "Grandma Ines doesn't know how to use the phone, she calls it 'the little box'.",
    "My brother is a dialysis technician, three shifts a week.",
    "That Christmas there was no tree and no carols; we were in a tent in Morocco on holiday.",
    "Great-uncle Mirek was sent to Siberia in 1940 for work and came back in '46 with a bear skin.",
    "We buried the time capsule beside the school gate.",
    "The mechanics said there was nothing more they could do for the old Lada.",
    "Since Papa went to Dubai, Mama doesn't cook big dinners any more.",
    "My mother's heart is set on a trip to Lourdes.",
    "Dad buried his money in a tin under the pear tree, he never trusted the bank.",
    "My cousin is an oxygen technician at the steel plant, nights mostly.",
    "The vet said there was nothing more she could do for the old dog's teeth, so we gave him soft food.",
    "It was the first Christmas without Dad at home, he was at sea on the tanker, and he rang us from Singapore.",
]


@pytest.mark.parametrize("text", CARE)
def test_care_told_softly_is_met(text: str) -> None:
    assert sorrow(text) is not None


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_same_words_in_ordinary_life_are_no_care(text: str) -> None:
    assert sorrow(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Every Pesach Dad says kaddish for his brother Shmuel.", "loss"),
        ("Tomorrow is Zayde's yahrzeit, Mum will light the candle.", "loss"),
        ("We had the month's mind for Grandad in the parish church, and the whole street came.", "loss"),
        ("We said Kaddish at the synagogue on Shabbat, and the rabbi spoke for an hour.", None),
        ("The choir sang the requiem at the cathedral for the Easter concert.", None),
        ("She didn't know me any more than I knew her when we married.", None),
        ("On the fortieth day at sea we held a party for Captain Olsen's birthday.", None),
        ("The memorial service for the old mill's closing was held in the town hall.", None),
        ("Mum's heart gave out at the end of the marathon, she said, but she still made it to the pub.", None),
        ("He doesn't know his own children any more, he calls my son by my brother's name.", "illness"),
    ],
)
def test_a_rite_for_someone_and_a_mind_that_no_longer_knows(text: str, kind: str | None) -> None:
    assert sorrow(text) == kind


def test_chemo_lesson_and_a_late_wake_up_are_no_care() -> None:
    assert sorrow("Chemo drugs target cells that divide quickly, that's why the hair falls out.") is None
    assert sorrow("The morning Papa didn't wake up on time for the bus, the whole street heard about it.") is None
    assert sorrow("He didn't wake up, and the doctor came at noon and closed his eyes.") == "loss"


# Over the real turn API: care is given, and names the one it is of (a name the reader does not know, said as the
# subject: "Now Rangi sleeps with the oxygen"), never a mourner named after.
@pytest.mark.parametrize(
    ("text", "named", "not_named"),
    [
        ("Now Rangi sleeps with the oxygen, and his breath whistles at night.", "Rangi", None),
        ("These days Wiremu sleeps with the oxygen by the bed, and his lips go blue on the stairs.", "Wiremu", None),
        ("Nobody played music that year, no new clothes at Eid.", None, None),
        (
            "When Grandfather Lobsang went, the lamas came, and Uncle Pema did not sweep the house for three days.",
            None,
            "pema",
        ),
        ("My father has Parkinson's; his hand shakes so he can't write his name any more.", None, None),
    ],
    ids=["rangi-oxygen", "wiremu-oxygen", "eid-year", "mourner-pema", "parkinsons"],
)
def test_care_told_softly_over_the_turn_api(api: Api, text: str, named: str | None, not_named: str | None) -> None:
    sid = story_session(api, "Ingrid", "Growing up")
    say(api, sid, "I grew up in a small house by the river, with my parents and my grandparents.")
    care = say(api, sid, text)
    assert question_id(care).startswith("care."), care["reply"]
    if not_named:
        assert not_named not in care["reply"].lower(), care["reply"]
    if named:
        assert named in care["reply"], care["reply"]
