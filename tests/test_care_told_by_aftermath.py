"""Care for a loss or a grave illness told without its words (round 21's care misses, fixed by category): a death
told by what was found or done after it (the boat found upside down, a lamp kept nights, hair cut, mourning dress
worn a counted time, the grave dug, the spirit brought home, clothes torn), and a grave illness told by its effects
or its treatment (a stroke's signs, an organ given up and the machine, chemo, oxygen, the cough of the mines).
Wordings are our own, in other customs; each look-alike must stay ordinary."""

from __future__ import annotations

import pytest

from agent.guided.grief import sorrow

DEATH_BY_AFTERMATH = [
    # a vessel found after, and a light kept nights for the one not come back
    "The next morning they found the canoe drifting empty past the point. My aunt kept a lantern in the window for "
    "nine nights.",
    "The police found his car upside down in the river below the bridge. Three nights my mother kept the porch light "
    "burning.",
    # the search called off, mourning dress for a counted time
    "After four days the coastguard called off the search. Mum put on the black and wore it for a whole year.",
    # Korean / Chinese mourning dress and the earth on the coffin
    "My brothers wore white hemp for forty-nine days, and my eldest brother threw the first earth on the coffin.",
    # Tongan / Maori: hair cut for the dead, the grave dug where he must lie
    "My cousins cut their hair to the skin, and the men dug behind the church where the chief's son must lie.",
    # Jewish keriah and Zulu umbuyiso
    "At the graveside we tore our shirts, the way the rabbi showed us. A year later we brought Zayde's spirit home "
    "with the prayers.",
    # a boat come back with no one, the body never found; the search called off and his cap washed up
    "His fishing boat came back on the tide with nobody in it. They never found him.",
    "The lifeboat searched for a week and then they called off the search. His cap washed up at Skerries.",
    # Maori tangi, Hindu thirteenth day, Chinese white and paper money, the soul let out of the window
    "For three days Koro lay in the wharenui at the tangi, and we never left him alone.",
    "On the thirteenth day the priest came and we fed the Brahmins, and my brother's head was shaved.",
    "Grandma wore white for a hundred days and we burned paper money at the gate.",
    "We stopped the clocks and opened the window to let her soul go.",
    # the year of mourning dress, with the celebrations kept away from (a wedding not gone to is part of the mourning)
    "For a whole year Amma wore white; she did not go to any wedding, and the men shaved their heads.",
    "Nine months my aunt wore the black scarf and went to no parties. We threw the first earth on the coffin.",
]

NOT_A_DEATH = [
    "Every autumn Dad turned the boat upside down on the trestles to scrape and tar it for the winter.",
    "For Diwali we lit clay lamps on the roof five nights running, and the whole street glowed.",
    "She cut her hair short for summer and wore the black dress to the party.",
    "At the wedding the aunties laid the finest mats, and the children built a mound of sand on the beach.",
    "We dug the vegetable bed beside the wall, where the old dog would lie in the sun.",
    "I tore my shirt climbing the fence behind the school, and Mum was furious.",
    "In the regatta our dinghy capsized twice, and we laughed all the way home.",
    "Grandad lay in the front room with the flu all week, grumbling at the telly.",
    "We looked for Dad at the fair and never found him, he had gone home early.",
    "His cap was found in the cloakroom at school, and the car came back from the garage empty of petrol.",
    "Grandma wore white for a hundred days of the summer, she said it kept her cool.",
    "My son's head was shaved for the lice at school, and we opened the window to let the smoke out.",
    "She wore white for forty days at the wedding and danced at every party.",
    "One year the choir wore white for the Easter concert, and we did not go to any party after.",
]

ILLNESS_BY_EFFECTS = [
    # a stroke's signs
    "At Sunday lunch Nonna's face dropped on one side, and after that her left side was like a log.",
    "He could not find his words any more; he would point at the kettle instead.",
    # an organ given up and its treatment
    "Papa's kidneys failed in 2010, and after that it was the machine at the hospital, four hours with the tubes.",
    "In the last years my uncle lived on oxygen, the tank always by his chair.",
    "Obaachan started chemo in March, and she still made the rice balls for us.",
    # the cough of a dusty trade
    "Grandfather cut stone in the quarry for forty years. In the end he coughed all night and got thin as a reed.",
    "Uncle Tomasz went down the pit at fourteen. By sixty he couldn't catch his breath even in his chair, "
    "and the doctor gave him pills for the chest for many months.",
    # a wheelchair or legs without feeling since the harm
    "Since the accident at the sawmill he has been in a wheelchair, he cannot feel his legs.",
    "Ever since the fall from the scaffold my brother couldn't feel his legs.",
]

NOT_AN_ILLNESS = [
    "My heart gave out when I saw the bill, honestly.",
    "The machine in the factory ran three times a week, four hours each time.",
    "The diver checked his oxygen tank twice before the jump.",
    "Her face fell when she saw her grades, poor thing.",
    "He coughed all through the school play, he had a terrible cold.",
    "Dad worked in the pit for thirty years and never had a day ill in his life.",
    "My little one dropped the cup out of her hand and laughed at the mess.",
    "After the match his right side was dead tired, he said, but he went dancing anyway.",
    "Since the fall he has been in a wheelchair for two weeks, then crutches.",
    "The nurse ran the dialysis ward for twenty years and knew every machine by its noise.",
]


@pytest.mark.parametrize("text", DEATH_BY_AFTERMATH)
def test_a_death_told_by_what_was_found_or_done_after_is_a_loss(text: str) -> None:
    assert sorrow(text) == "loss"


@pytest.mark.parametrize("text", ILLNESS_BY_EFFECTS)
def test_a_grave_illness_told_by_its_effects_or_treatment_is_met_with_care(text: str) -> None:
    assert sorrow(text) == "illness"


@pytest.mark.parametrize("text", NOT_A_DEATH + NOT_AN_ILLNESS)
def test_the_look_alikes_stay_ordinary(text: str) -> None:
    assert sorrow(text) is None
