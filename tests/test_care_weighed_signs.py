"""A death, or a body or mind failing, told only by weak cues of different kinds (:mod:`agent.guided.weighed_signs`).

Written for round 22's six care turns (a plate in the fire and things burned for the dead, a candle and a window
opened for the soul, a lama's reading and a 49-day lamp, a diabetic foot gone black and the leg taken, dementia told by
salt in the coffee, the oxygen machine by the bed), but by category: each sentence below is another custom or
another wording of the same structure, none from a persona; the look-alikes share the words and tell no loss."""

from __future__ import annotations

import pytest

from agent.guided.grief import sorrow
from agent.guided.weighed_signs import weighed
from tests.support import Api
from tests.turns_support import question_id, say, story_session

# Something done for one gone, two cues of different kinds in each, never a word for dying.
LOSSES = [
    # Yoruba: the cloth and the drums, the body washed and the things given
    "When we reached Ibadan the women had already washed Baba and wrapped him in white cloth. For one whole year "
    "Mama did not plait her hair.",
    # Korean: the name not said, a bowl for him, the hair
    "That autumn my mother cut her hair short. For a year she never said Father's name, only 'your father'.",
    # Irish wake
    "We sat the wake in the front room, the neighbours in and out. The last time I saw him he was laughing at the "
    "gate. After that the house was so quiet.",
    # Mexican, Día de Muertos without the name of the feast
    "Every November we put his cigarettes and a glass of tequila on the table, so his soul can find its way home. "
    "For one year nobody played his guitar.",
    # Jewish shiva, told by its acts
    "We covered nothing and said nothing, but we kept a candle burning seven days. Nobody said her name at the table.",
    # Hindu: the lamp by the head, the thirteen days
    "The diya stayed burning by her head all night. In with her they put her red bangles and a little gold.",
    # Filipino: the novena nights
    "Nine nights we prayed the rosary for her soul, and the whole barrio came. Her dresses were given to the church.",
    # Maori tangi, told by its acts
    "Three nights we sat with him on the marae, you don't leave him alone, not for a minute. Then the boys who "
    "carried him took him up the hill.",
    # Russian: the window, the glass of vodka with bread, the mirrors
    "They opened the window so her soul could leave, and a glass of vodka with black bread stood forty days.",
    # Tibetan / Mongolian: the lamp and the forty-nine days
    "The monks read by Ama with a lamp, and we kept the lamp burning forty-nine days. That New Year no guests came.",
    # Cree / Dene: things burned so he is not held
    "His clothes and his bedding were burned behind the cabin, so nothing would keep him here. Granny never said "
    "his name after that.",
    # Chinese: things burned for him
    "We burned his paper money and a paper house for him, and for one year Mother did not wear red.",
    # Ghana: the hair shaved
    "The widows shaved their heads, and for forty days Auntie did not leave the compound.",
    # Romani / Balkan: the candle in the window
    "The candle was burning in the window when I came up the lane, and Father, for a whole year he did not shave.",
    # Sami: the reindeer given, his lasso
    "His lasso and his knife were given to the men who dug for him. The next spring Mother did not go up to the "
    "summer camp.",
    # the last time, the house quiet
    "The last time I saw Grandad he waved from the porch. After that the house was silent, and nobody looked back "
    "when we drove away.",
    # the fire offering
    "At every feast Nan put the first piece of bread into the fire for him, and for a whole year she never said his "
    "name.",
    # a second batch, written before the rules were widened for them (6 of 12 met then)
    "They gave Grandma's saris to the women of the village, and for thirteen days nothing was cooked in our kitchen.",
    "We dressed Papa in his good suit and the whole village came through the house. For a year Mama wore only black.",
    "The priest came and read over her all night with a candle, and in the morning we carried her to the church on "
    "our shoulders.",
    "We left a bowl of rice and his chopsticks on the altar for forty-nine days, so his spirit would not be hungry.",
    # a third and a fourth batch, written before the rules were widened for them (2 of 12 and 1 of 10 met then)
    "When the boat came back, the men would not look at Mam. She took his pipe off the mantel and put it in the "
    "drawer, and for a year there was no fiddle in our kitchen.",
    "We washed Abuela ourselves and dressed her in her wedding dress, and the candles burned by her head all night.",
    "In Seoul my mother set out his rice bowl and his spoon on the table every morning for forty-nine days.",
    "The imam came, and by evening Baba was in the ground. For forty days the Quran was read in our house and "
    "nobody cooked.",
    "My brother's guitar went to his best friend, and after that the house was very quiet.",
    "At the tangi we sat with Koro three days and three nights, we never left him alone.",
    "When I got to Lagos the compound was full of people in white, and Mama sat on a mat on the floor and did not "
    "speak to anyone. Papa's chair was turned to the wall.",
    "The cousins came from Cork for the three days, the whiskey and the clay pipes, and Granda was laid out in the "
    "parlour in his brown habit.",
    "We scattered Nani's ashes at Haridwar, and my father shaved his head on the tenth day.",
    "In the spring the family went up to the cemetery with eggs dyed red and a bottle of wine for Dedushka, and we "
    "ate on his bench.",
    "Ah, my Lola. Every November first we bring her favourite biko to the cemetery and stay the whole night by her.",
]

# A body or a mind failing, told by a machine, a part changing colour, something not done any more, a wrong act.
ILLNESSES = [
    "Mum sleeps with the oxygen now, the tube under her nose, and her fingers go blue when she does the stairs.",
    "Dad is on dialysis three times a week, and his legs went yellow and swollen.",
    "Grandmother started chemo in March, and now she can't climb the stairs any more.",
    "Uncle Ravi has the sugar. A cut on his toe that wouldn't heal, and then it went black, and they took his foot.",
    "They amputated his leg above the knee in '98, and I give him the insulin morning and night.",
    "Nonna put the keys in the fridge and the milk in the oven. Then she called me by her sister's name.",
    "Ayah walked out at night in his pyjamas, barefoot, looking for the old house. The police brought him home.",
    "She doesn't know me now, she thinks I am her brother. Last spring she forgot the way home from church.",
    "Tata coughed for years, all winter, and now he has to stop halfway up to the flat. He said it's nothing.",
    "My husband can't walk to the toilet by himself any more, and his lips go blue. I wash him every morning.",
    "Now she lives in the nursing home, and she asks for her mother every day, who died in 1960.",
    "He cannot dress himself now, and I feed him with a spoon myself, every day.",
    "Oma puts salt in her tea and asks after her husband, who is long gone. She smiles at me like I'm a stranger.",
    "Abba is on oxygen at home, and he can't manage the stairs any more.",
    "Dad's hands shake so much now he can't hold his cup, and he doesn't know what day it is.",
    "She can't swallow any more, so they put a tube in her stomach, and I turn her in the bed every two hours.",
    "He forgot how to tie his shoes, and one night the neighbours found him wandering at the bus station in his "
    "slippers.",
    "Her breath is so short now, she uses the oxygen tank even to walk to the kitchen.",
    "My uncle's kidneys gave up, and now he goes to the machine three times a week.",
    "Papa's legs swell up every evening now, and he cannot lie flat, he sleeps sitting in the chair.",
    "Mum started wearing nappies again, and she doesn't know where she lives any more.",
    "Since the stroke my husband can't use his right hand, I cut his food for him every meal.",
    "Granddad keeps asking for his wife, who went thirty years ago, and he put his shoes in the oven.",
    "My sister's hair fell out with the treatment, and now she is so thin the nurse has to lift her.",
    "His hands went yellow and he couldn't keep anything down, and the doctor sent him to the hospice.",
    "Dad's memory is going. He asks me every ten minutes if I fed the dog, and we had to take his car keys away.",
    "Mother can't get out of bed without the hoist now, and the district nurse comes twice a day for the sores.",
    "He's got the shakes bad now, Parkinson's the doctor says, and he falls every week.",
    "She lost the feeling in her feet from the sugar, and last winter they took two toes.",
    "Ever since the fall Gran doesn't leave the house, she gets confused at night and calls for her mother.",
]

# Look-alikes: the same words, no loss, no grave illness.
LOOK_ALIKES = [
    "We lit the candles on her birthday cake and she blew them all out in one go.",
    "A pinch of salt in the coffee, that is how we drink it back home, it takes the bitterness away.",
    "At the Greek wedding they broke the plates and threw bread into the fire for luck.",
    "The oxygen machine at the factory was my job to service, every Friday.",
    "For one year I did my apprenticeship with the blacksmith and I did not see my mother.",
    "For a year he did not drink a drop, he had promised the priest.",
    "We swam in the lake till our lips went blue and Mum wrapped us in towels.",
    "My toes went black with the cheap shoes' dye, it washed off after a week.",
    "The candle was in the window for Christmas, like every year, and the tree in the corner.",
    "She cut her hair short for the summer, it was so hot in Lagos.",
    "We kept the lamp burning all night because of the power cut.",
    "The teacher called me by my brother's name all year, we look alike.",
    "The girls ran out barefoot in their nightdresses to see the first snow.",
    "Dad can't climb the tower any more, it's closed for repairs.",
    "The baby can't walk yet, but she stands by the sofa.",
    "The men carried him on their shoulders round the pitch after we won the cup.",
    "That year no guests came to the new year feast because the roads were blocked with snow.",
    "His old clothes were given to the church when he outgrew them.",
    "I give him his shots at the vet every spring, the dog hates it.",
    "We sat the watch on the deck of the trawler all night, four hours on, four off.",
    "Forty days of Lent, and my grandmother never ate meat in all of them.",
    "Nine nights of garba at the temple, round and round, I danced till my feet hurt.",
    "My mother worked in the care home on King Street for twenty years, on the night shift.",
    "He put a log on the fire for her and made the tea.",
    "She never said his name right, always 'Jimmy' instead of 'Jimi'.",
    "Grandpa coughed all night after the smoke from the fire at the mill, then he was fine.",
    "The last time I saw him was at the market, he sold me a chicken.",
    "We put the bread in the oven and waited for it to go brown.",
    "Our Soul Food restaurant was on Main Street, my father's pride.",
    "Oxygen, of course. We breathe it.",
    "The nurse gave her the jab for the trip to Ghana.",
    "I feed the baby with a spoon now, she likes the mashed banana.",
    "The telegram came from Canada: come home, the harvest is ready and we need hands.",
    "The old man read all night by the fire with a candle, he loved his books.",
    "We stopped all the clocks to change them to summer time.",
    "My grandmother's saris went to my cousins when they got married.",
    "For a year I did not eat meat, I was trying to be a vegetarian.",
    "The priest read all night by the candle, the electricity was out in the whole village.",
    "Dad's hands shake when he's nervous, like before the exam.",
    "She forgot how to tie a bowline, so the skipper showed her again.",
    "The neighbours found the cat wandering at the bus station.",
    "He uses the oxygen tank for diving every summer in Malta.",
    "We left a bowl of rice on the altar at the temple fair for the monks.",
    "Nobody played music in the house that year, because the baby was always sleeping.",
    "For three days we did not see the sun, the storm sat on the island.",
    "Grandad dressed him in his best suit for the christening photo.",
    # third and fourth batches' look-alikes, and those of the cues added for them
    "We dressed the bride in her grandmother's wedding dress, and the candles burned all night at the party.",
    "For forty days of Ramadan, no, thirty, we ate only after sunset.",
    "My brother's guitar went to his best friend when he moved to Berlin.",
    "We sat with Koro three days at the regatta, he loved the boats.",
    "Papa's legs ache after the football, he sleeps in the chair after Sunday dinner.",
    "She cut his food for him, he was only three.",
    "He put his shoes in the oven to dry them, the old way, after the rain.",
    "The nurse has to lift the patients, that was my job for twenty years.",
    "Papa's chair was by the window, where he read the paper every morning with his coffee.",
    "We scattered the seeds at the edge of the field, and my father shaved his beard for the wedding.",
    "In the spring we went up to the hill with eggs dyed red for Easter and a bottle of wine for the picnic.",
    "He asks me every ten minutes if we're there yet, he's seven.",
    "Mother can't get out of bed before ten on Sundays, she says it's her day off.",
    "The district nurse came twice a day when I had the baby.",
    "She was laid out flat by the flu for a week, and we all caught it after.",
    "The cricket team all in white came to the pub after the match.",
    "He falls every week, he's learning to skate on the canal.",
    "She gets confused at night by the bus timetable, the numbers change.",
    "My grandfather worked at the cemetery for Father Doyle, cutting the grass.",
    "We walked past the cemetery by the school every day, it was a short cut.",
    "His memory is going, he jokes, but he still beats me at chess.",
    "My aunt was a dialysis nurse, she started dialysis rounds at seven every morning.",
]


@pytest.mark.parametrize("text", LOSSES)
def test_a_death_told_by_cues_of_two_kinds(text: str) -> None:
    assert weighed(text) == "loss"
    assert sorrow(text) == "loss"


@pytest.mark.parametrize("text", ILLNESSES)
def test_a_body_or_mind_failing_told_by_its_signs(text: str) -> None:
    assert sorrow(text) in {"illness", "loss"}


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_one_cue_or_another_cause_is_no_care(text: str) -> None:
    assert weighed(text) is None
    assert sorrow(text) is None


# Over the real turn API: care for a death told only by cues names the one it is said of, never a mourner named at
# the end ("and Dad, for one year he did not take the violin out"), and an illness told by cues names the one ill.
@pytest.mark.parametrize(
    ("text", "named", "not_named"),
    [
        (
            "When I came home, Baba was not at the gate. His clothes were burned behind the house, and Dad, for one "
            "whole year he did not play the drum.",
            None,
            "dad",
        ),
        (
            "Mother kept the lamp burning forty days, so Grandad's spirit could find its way, and for a year Uncle "
            "Sione did not sing.",
            None,
            "sione",
        ),
        (
            "Teodora, two years ago she started to put the keys in the fridge. Then she called me by her sister's "
            "name. My son Pavel drives me to the home on Sundays.",
            None,  # (a name said first, before a comma, is not read as a person here: the reply names no one)
            "pavel",
        ),
        (
            "My husband Tomasz sleeps with the oxygen now, and his lips go blue on the stairs. Our daughter Mere comes "
            "every day.",
            "Tomasz",
            "mere",
        ),
    ],
    ids=["mourner-dad", "mourner-uncle", "mind-going", "body-failing"],
)
def test_care_for_a_loss_told_by_cues_names_whom_it_is_of(
    api: Api, text: str, named: str | None, not_named: str
) -> None:
    sid = story_session(api, "Ingrid", "Growing up")
    say(api, sid, "I grew up in a small house by the river, with my parents and my grandparents.")
    care = say(api, sid, text)
    assert question_id(care).startswith("care."), care["reply"]
    assert not_named not in care["reply"].lower(), care["reply"]
    if named:
        assert named in care["reply"], care["reply"]
