"""Second review of the care fixes (reviewG): signs that stood alone gave care to ordinary answers, and care given
to an ordinary answer (and kept private) is the worst the interviewer can do. Each sign now needs what only a death
has, or a named other reason clears it:

- a relative "lost" by their family name: never a thing of theirs ("lost Dad's watch"), nor one who turns up in the
  same sentence (lost for twenty minutes, once, looking at something, gone off to the bar);
- keening is "keened"/"keening", never the adjective ("keen for my brother to take over");
- mourning colours worn for a counted time need a death or someone mourned in the answer, or the house kept in
  mourning in the sentence (nobody cooked, no music); never a team's black and white, a dojo's, a hotel's;
- the street that drew its curtains needs a death or someone mourned in the answer;
- a counted day is never a day of something else (of school, of Navratri, at sea) nor a party or a dinner;
- "the pyre" lit needs the ghat or a cremation (a person's pyre or "the funeral pyre" stays), never a festival's;
- mirrors covered and clocks stopped for a game, a photo, an animal or a siesta are no mourning;
- animals that died "and my father, who had saved for them, was furious": a comma aside is no one dying with them.

The reviewer's sentences first, then other wording (other places and customs); the true ones stay a loss."""

from __future__ import annotations

import pytest

from agent.guided import grief

ORDINARY = [
    # 1. lost + a relative's family name (reviewer's)
    "I lost Dad's watch on the beach at Scarborough, and he never let me forget it.",
    "We lost Grandpa's ring down the sink, and the plumber fished it out.",
    "I lost Granny's ring.",
    "Mum was furious when I lost Nana's recipe book on the bus.",
    "I lost Grandad's medals when we moved, and I still feel bad about it.",
    "We lost Papa in Tesco for twenty minutes, he was looking at the fishing rods.",
    "We lost Dad on the ferry to Calais, he'd gone to the duty free.",
    "We lost Dad at Euston for half an hour.",
    # … other wording
    "I lost Abuela's rosary at the bus stop in Guadalajara.",
    "We lost Opa in Köln for ten minutes, he was buying mulled wine.",
    "We lost Nonno on the way to the Vatican, he had wandered off to look at the pigeons.",
    "The first day in Marrakech we lost Baba twice, and found him haggling over a rug.",
    "I lost Dad in the snow on the way home, he walks so fast.",
    # 2. the adjective keen
    "My father was keen for my brother to take over the farm, but he wanted to be a pilot.",
    "She was keen for him to come to England, so she sent him the ticket.",
    "Auntie Ngozi was keen for my cousin to study medicine in Lagos.",
    # 3. black or white worn for a counted time, for something else
    "For twelve years I played in black and white for Juventus.",
    "When my brother joined the navy, for six months he wore white, and looked so smart.",
    "For three years at the dojo I wore white.",
    "For a week at the ashram we wore white.",
    "For six months I dressed in black, like every teenager who loved punk.",
    "For a year at the hotel I wore black, the waiters' jacket.",
    "For two years in Kyoto I wore white, the gi of the kendo club.",
    # 4. the street that drew its curtains, for something else
    "The neighbours drew their curtains whenever we played music in the yard on Sundays.",
    "All the houses closed their shutters for the siesta, and the village went quiet till five.",
    "The neighbours pulled their blinds the day the bailiffs came for the Kovacs family.",
    "Every house shut its shutters in August, the whole town went to the sea.",
    "The neighbours shut their blinds at us when we kissed on the doorstep, old gossips.",
    "In Palermo the whole street closed its shutters at two o'clock, for lunch and the long rest.",
    # 5. a counted day of something else
    "On the hundredth day we held a big party for my son, baek-il, with rice cakes.",
    "On the hundredth day of school we held a party for Mrs Jones.",
    "On the ninth day of Navratri my mother lit lamps for Durga Maa.",
    "The ninth day of the tournament we held a dinner for Coach Brennan.",
    "On the 40th day of my chemo we held a little celebration for my nurses.",
    "On the fortieth day at sea we held a party for Captain Olsen's birthday.",
    "On the ninth day of the harvest in Sichuan we held a banquet for the workers.",
    # 6. a festival's pyre
    "At Dussehra we lit the pyre under the big Ravana and the whole colony cheered.",
    "On Midsummer Eve in Dalarna we lit the pyre by the lake and danced.",
    "At the Fallas in Valencia they lit the pyre at midnight and the statues burned.",
    # 7. mirrors and clocks for another reason
    "We covered all the mirrors with paper and stopped the clocks for the hide and seek game on my birthday.",
    "For the photo shoot we covered the mirrors and stopped the big clock, it ticked too loud for the microphone.",
    "Grandma covered the mirrors in the spare room so the parrot would stop fighting himself, and stopped the "
    "cuckoo clock, it scared him.",
    "In Seville we covered the mirrors against the glare and stopped the clocks for the siesta.",
    "Babcia covered the mirrors so the budgie would calm down and stopped the clock in the kitchen.",
    # 11. animals that died, and someone who did something after, in a comma aside
    "Most of the chickens died in the heat, and my father, who had saved for them, was furious.",
    "Half the goats died that dry year, and my uncle, stubborn as always, bought more.",
    "Many of the sheep died in the snow of 1947, and the farmer, Mr Pryce, had to sell up.",
    "Lots of the cattle died of foot and mouth, and our neighbour, poor man, lost everything.",
    "Half the camels died in the drought, and my grandfather, the old trader, sold the rest in Kano.",
]

LOSSES = [
    # held cases (reviewer's)
    "When we lost Grandpa the neighbours closed their shutters for three days.",
    "On the ninth day after Dziadek we had a mass said for him in the village church.",
    "For the whole year after Abuela we wore black and did not go to dances.",
    "For forty days my aunts wore only white after Baba went.",
    "For a whole year we wore black for Grandfather, as is the custom in our village.",
    "The Hindu priest told my brother to light his pyre at the ghats in Varanasi.",
    "We turned the mirrors to the wall and stopped the clocks at the hour she went.",
    "We lost Mam in 1998, in the spring, she was only sixty.",
    "A few of the hens died, and my mother.",
    # other wording
    "We lost Oma to cancer in 2001.",
    "We lost Dad in the war, he was fighting in Burma.",
    "We lost Dad in 2001, and I never felt whole again.",
    "We lost Opa in the night, they found him in his chair in the morning.",
    "We lost Mam in 1985 and we never laughed again.",
    "The women keened for Seán all night, and in the morning we carried him to the church.",
    "For a year after my grandfather died, my grandmother wore black to market.",
    "For forty days the women of the house wore white and nobody sang.",
    "The whole village closed its shutters the morning of my uncle's funeral.",
    "We lit the pyre at the burning ghat at dawn and my cousins shaved their heads.",
    "My brother lit the funeral pyre, as the eldest son.",
    "We covered the mirrors and stopped the clocks.",
    "We covered the mirrors and stopped the clocks, and even the dog wouldn't eat.",
    "Mum covered the mirrors and stopped the clock, she couldn't bear the ticking.",
    "Most of the sheep died that winter, and my grandfather, and half the village.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_an_ordinary_answer_that_shares_a_sign_tells_no_loss(text: str) -> None:
    assert grief.sorrow(text) is None


@pytest.mark.parametrize("text", LOSSES)
def test_the_sign_with_a_death_or_someone_mourned_stays_a_loss(text: str) -> None:
    assert grief.sorrow(text) == "loss"
