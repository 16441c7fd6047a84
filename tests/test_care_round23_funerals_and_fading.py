"""A death told by its funeral and its mourning in one's own custom, a mind fading told by the one who cares
(agent/guided/funeral_cues.py, agent/guided/fading_cues.py, weighed in agent/guided/weighed_signs.py), held-out round
23: white flags before the house and the box with a lamp under it, the nine nights and a head cloth worn a year, a
black-bordered letter and a memorial card, "has been at <cemetery> since …, next to Mamá", a boat found capsized,
a machine that went over on someone, a wife who asks who the old man in her kitchen is. None of the wordings below is
a persona's. Each cue is weak alone (two kinds, or one strong, are a loss) and each has its ordinary cause: a wedding
cloth, a box of toys, good news by letter, a boat turned over for painting, a nurse who weighs the baby.

Tending graves is no one's death: going to the cemetery to weed and bring flowers names nobody lost (a grave said as
someone's own is read by agent/guided/grief.py)."""

from __future__ import annotations

import pytest

from agent.guided import care
from agent.guided.grief import sorrow
from agent.guided.phrasing import variants
from tests.support import Api
from tests.turns_support import practice_items, question_id, say, story_session, template_session

LOSS = [
    # mourning colours at the house, a wake at the house counted, the coffin as a box with candles
    "A white cloth was already tied over the gate of the compound when I got there. The monks chanted at the house "
    "two evenings, and the long box lay in the front room with flowers all round it.",
    "The horse came home riderless, and my mother tied a black cloth over the door.",
    "White lanterns hung at the gate, and the box lay in the front room with incense burning.",
    "Red and black cloths hung over the gate and the elders prayed at the house for seven days.",
    # the body carried to the temple or the ghat and the fire lit; the remains laid in the urn, the crypt
    "At dawn my uncles carried him down the steps to the ghat and my brother lit the pyre.",
    "Afterwards we laid the ashes in a small urn in the wall of the temple, beside Grandfather.",
    "Her bones are in the family crypt now, next to Abuelo.",
    # mourning dress or a head cloth worn for a time
    "Grandmother put on a black headscarf and wore it a whole year.",
    "My aunt wore a white sari for six months, and she would not sing.",
    # a letter with a black border, a memorial card
    "Then a black-edged envelope came from home, in my sister's hand.",
    "The telegram came with a black border, and I sat down on the stairs.",
    "At the back of my prayer book I still keep the memorial card, with his dates.",
    "She sent me the card with Teodor's picture on it and a psalm printed below.",
    # where the dead lie, the voice still heard
    "My husband has lain in Glasnevin since 1998, beside his mother.",
    "Dad's been in the churchyard since the spring, and the garden has gone wild.",
    "She's been at Recoleta since '05, next to Papá, and I still hear her singing when I make the sauce.",
    # a boat found capsized, only the paddle come ashore; a machine that went over on someone and an age as the end
    "They found his canoe upside down on the sandbar in the morning. Only the paddle came ashore.",
    "The crane came down on him at the docks. Nineteen, he was.",
    "Nonna has been at the Verano since the winter of 2003, next to Nonno, and I can still hear her voice when I "
    "make the gnocchi.",
    "Papá rests in Chacarita now, beside Mamá.",
    "My grandmother wore a black kerchief for three years and never danced again.",
    "The cart tipped over on Papa in the ravine. Thirty-one, he was.",
    "The whole village held the nine nights for him.",
    # the nine nights and the dead said restless on the other side
    "We held the nine nights in the yard, and the old people said he was restless on the other side.",
]

ILLNESS = [
    "Some evenings he asks who the woman in his house is. He calls me Rosa, that was his sister.",
    "She slips a little further away from us every month, and a carer comes on Mondays and Thursdays now.",
    "Some days she asks me what my name is. She is less and less herself.",
]

NONE = [
    "My sister tied a white cloth over her hair for the wedding and wore it all day.",
    "The box of toys stayed under the bed for years, with my old lamp beside it.",
    "The box was under the house with the lamp oil and the tools, and the chickens slept on it.",
    "A letter came from Mamm with good news: my sister was engaged, and she sent a photograph.",
    "Every spring we found the boat upside down on the beach and turned it over to paint it.",
    "Grandma went to the cemetery every Sunday to tend the graves and weed around them.",
    "The nurse comes Tuesdays and Fridays to weigh the baby, and she always stays for tea.",
    "The monks chanted at the house three evenings for the housewarming, and we fed them rice.",
    "We kept the nine nights of Navratri, with garba every evening in the square.",
    "She calls me Nacho, that was her pet name for me since I was small.",
    "At the party she asked who the old man at the door was; it was the mayor.",
    "He's been at the bank since the winter of '19, next to Papá at the counter, and I still hear him on the phone.",
    "Inside the case it still smells of his cigarettes; he smokes on the balcony every night.",
    "The tractor went over on its side in the ditch, and nobody was hurt.",
    "The horse rolled on her, but she was fine and rode again the next week.",
    "Only the dory came home that night, the big boat stayed out at the cayes till morning.",
    "Papa was waiting on the other side of the river with the cart.",
    "Twenty-two, he was, when he married my mother in the church at Plouay.",
    "They put what was left of the cake in the urn on the sideboard.",
    "They carried him to the temple for his ordination and lit the candles.",
    "The wedding invitations had a black border, very modern, my daughter chose them.",
    "The Christmas card with their photo and a prayer printed under it came late.",
    "A white flag on the gate meant the eggs were for sale, and a black cloth over it meant come back tomorrow.",
    "She goes a little further away every year, first Perth, then Darwin, now Broome for the job.",
    "Grandpa has been at the allotment since the spring, next to Uncle Joe, growing leeks.",
    "Grandma lies in bed till noon on Sundays, next to her cat.",
    "We took our wedding photographs at the cemetery next to the church.",
    "For the Lantern Festival we hung white lanterns on the gate.",
    "At Dussehra we carried them to the temple and lit the fire under the effigy of Ravana.",
]


@pytest.mark.parametrize("said", LOSS)
def test_a_death_told_by_its_funeral_or_mourning_is_a_loss(said: str) -> None:
    assert sorrow(said) == "loss"


@pytest.mark.parametrize("said", ILLNESS)
def test_a_mind_fading_told_by_the_one_who_cares_is_a_grave_illness(said: str) -> None:
    assert sorrow(said) == "illness"


@pytest.mark.parametrize("said", NONE)
def test_look_alikes_with_their_ordinary_cause_are_no_sorrow(said: str) -> None:
    assert sorrow(said) is None


@pytest.mark.parametrize(
    ("said", "whom"),
    [
        # the letter comes from the mourner; the card names the one gone
        (
            "A letter came from my sister with a black border. Inside was the card with Teodor's picture and a "
            "prayer printed under it.",
            "teodor",
        ),
        # the head cloth is the mourner's; the one said hungry beyond is the one gone
        (
            "Mama wrapped her head in a white cloth and wore it a whole year. Papa was hungry on the other side.",
            "father",
        ),
        # a name the reader may not take, opening the answer, told of by she after
        (
            "Dolores lives with me still. These days she drifts a little further away from me every week. She calls "
            "me Tomás, that was her father.",
            "dolores",
        ),
        # word sent by an aunt; the fire lit for the one carried
        (
            "My aunt sent word that Grandmother was weak. When I arrived the white flags stood before the house. "
            "We carried her to the temple and lit the fire.",
            "grandmother",
        ),
    ],
)
def test_care_names_the_one_the_loss_is_of_never_the_mourner(said: str, whom: str) -> None:
    assert sorrow(said) is not None
    assert care.said_of(said, None) == whom


def test_in_a_story_care_is_given_and_names_the_one_gone(api: Api) -> None:
    sid = story_session(api, "Mireille", "Growing up in Concarneau")
    say(api, sid, "We lived above the net loft on the quay, my brother Loïc and I.")
    told = say(
        api,
        sid,
        "In the autumn a letter came from my aunt with a black border all round it. Inside was the little card with "
        "Loïc's photograph and a prayer printed under it. The trawler's winch went over on him. Twenty, he was.",
    )
    assert question_id(told).startswith("care."), told["reply"]
    assert "Loïc" in told["reply"] and "aunt" not in told["reply"], told["reply"]


def test_in_practice_care_wins_over_ticking_the_item(api: Api) -> None:
    sid = template_session(
        api,
        "Tomasz",
        {
            "name": "Accordion before the dance",
            "kind": "practice",
            "intention": "The oberek ready for Saturday",
            "structure": {
                "sections": [
                    {"name": "Tunes", "duration_minutes": 20, "items": [{"name": "Oberek"}, {"name": "Polka"}]}
                ]
            },
        },
    )
    told = say(
        api,
        sid,
        "This accordion was my father's. The bellows still smell of his pipe. He's been at Powązki since the winter of "
        "'12, beside Mama, and I still hear him when I rush: slower, Tomek.",
        wait=30,
    )
    lines = [
        line
        for kind in ("loss", "illness")
        for item in (None, "Oberek")
        for line in variants("practice/care", kind=kind, item=item)
    ]
    assert told["reply"] in lines, told["reply"]
    assert question_id(told).startswith("care.")
    assert not practice_items(api, sid)["Oberek"]["completed"]
