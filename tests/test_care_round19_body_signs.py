"""A grave illness told by what it does to the body, without its name (held-out round 19: a stroke told as "her
tension … the right side doesn't move, the arm, the mouth", diabetes as "sweet water … the doctor cut the leg, under
the knee", both missed). The signs are of the body and the same in every custom: a side or limb that no longer
moves, a limb taken off, someone who can no longer speak, walk or know their own, paralysed, bedridden, a coma. Never
the teller's own ageing, an everyday hurt, a thing that does not work, a passing state. Over the real turns too, in
the practice coach (the persona's kind)."""

from __future__ import annotations

import pytest

from agent.guided import grief
from agent.guided.illness_signs import grave_body
from tests.support import Api
from tests.turns_support import question_id, say, template_session

GRAVE = [
    # the personas' cases
    "My sister called from Kinshasa. Mama. Her tension, last night, she fell down in the kitchen, and now the right "
    "side doesn't move, the arm, the mouth. They took her to Ngaliema.",
    "Bapak's sugar, kencing manis we say, sweet water, it went bad. His big toe went black, then the foot. At "
    "Moewardi the doctor cut the leg, under the knee.",
    # other wordings, other places
    "After the fall Nonna couldn't speak any more, only her eyes followed us round the room.",
    "My father never walked again after the mine; he sat at the window and watched the pit road.",
    "They had to take off his left leg at the knee, the sugar had got into it.",
    "Her left side didn't work after that, so Papa fed her with a spoon.",
    "Grandfather was paralysed from the waist down after the war.",
    "By the end my mother didn't know us any more, she called me by her sister's name.",
    "My mother was bedridden the last two years and my sister washed her every morning.",
    "After the crash my cousin was in a coma for nine days.",
    "The surgeons amputated his right arm in the field hospital at Anzio.",
    "Grandma lost her sight the winter I turned ten, and I read her the letters from Canada.",
    "Grandad went blind in the mine, the dust, and I read him the paper every evening.",
    "By then her memory was going, she asked for Papa who was thirty years dead.",
    "He was in a wheelchair ever since the fall from the scaffold.",
]
ORDINARY = [
    "My knee doesn't bend like it used to, so I take the stairs slowly.",
    "The car's left side doesn't work, the door sticks in the cold.",
    "Dad lost his job at the mill in '82 and we moved to my aunt's.",
    "Her hand was cut at the factory, two stitches, and she was back on the line the next day.",
    "I couldn't walk for a week after the match, my ankle was the size of an orange.",
    "He couldn't speak, he was so surprised to see us at the door.",
    "He couldn't talk any more, he was laughing so hard.",
    "I was paralysed with fear on the stage at my first recital.",
    "He broke his leg playing football and was on crutches all summer.",
    "She never spoke to him again after the wedding.",
    "My brother never spoke again about the match, and he gave away his old boots.",
    "The doctor cut his hand open to take out the splinter.",
    "My brother lost his voice from all the shouting at the final.",
    "We cut off the legs of the old table to make it a coffee table.",
    "I can't walk as far as I used to, so we take the bus to the market.",
    "After twenty kilometres she couldn't walk any more, so we sat by the road and ate the bread.",
    "She didn't know me any more than I knew her when we married.",
    "I nursed paralysed soldiers at Stoke Mandeville for ten years.",
    "On the 40th day of my chemo we held a little celebration for my nurses.",
    "After Christmas dinner we were all in a food coma on the sofa.",
    "My mind went blank in the exam, every date gone.",
    "His mind went back to the farm whenever he heard that song.",
    "She went blind with rage when she saw the dent in the car.",
    "Her memory is going, she says, but she remembers every song from the war.",
]


@pytest.mark.parametrize("text", GRAVE)
def test_a_grave_illness_told_by_the_body_is_met_with_care(text: str) -> None:
    assert grief.sorrow(text) == "illness"
    assert grief.harm_at(text) is not None


@pytest.mark.parametrize("text", ORDINARY)
def test_the_body_in_an_ordinary_answer_tells_no_illness(text: str) -> None:
    assert grave_body(text) is None
    assert grief.sorrow(text) is None


POTTERY = {
    "name": "Wheel before the market",
    "kind": "practice",
    "intention": "Twelve bowls for Saturday",
    "structure": {
        "sections": [{"name": "Throwing", "duration_minutes": 30, "items": [{"name": "Centre"}, {"name": "Pull"}]}]
    },
}


def test_the_coach_meets_a_stroke_told_by_its_effects_with_care(api: Api) -> None:
    """The practice coach (the persona's kind) over the real turns: a father's stroke told only by what it did."""
    sid = template_session(api, "Ilse", POTTERY)
    say(api, sid, "Centred the clay, three kilos, it took me ten minutes to get it quiet.")
    told = say(
        api,
        sid,
        "My brother rang from Graz before I started. Papa fell in the garden yesterday, and now his left side "
        "won't move, and he can't speak any more, only with his eyes.",
    )
    assert question_id(told).startswith("care."), told["reply"]
