"""A change of subject said as leading the listener there ("Now let me take you to Whitechapel."): held-out round 21
told two moves this way and neither was taken up; someone's words ("let me take you to the doctor, she said") are no
wish of the teller's."""

import pytest

from agent.guided.wishes import request


@pytest.mark.parametrize(
    ("said", "subject"),
    [
        ("Now let me take you to Leicester. In 1972 we came with nothing, and my uncle met us.", "Leicester"),
        ("I cried a little there, sorry. I'm not finished. Let me take you to Lagos. 1981 I went there.", "Lagos"),
        ("Okay, I'll take you to Glasgow now. We moved there in 1961.", "Glasgow"),
        ("Let me bring you back to the farm. In the spring we sowed oats.", "the farm"),
    ],
)
def test_leading_the_listener_to_a_part_of_the_life_is_a_change_of_subject(said: str, subject: str) -> None:
    wish = request(said)
    assert wish is not None and wish.kind == "switch" and wish.subject == subject


@pytest.mark.parametrize(
    "said",
    [
        "He said let me take you to the doctor, and he drove me in the cart.",
        "The nurse came and said, let me take you to your bed.",
        "My brother always says I will take you to Paris one day, but he never did.",
        "I'll take you to the station myself, said my father.",
        "Let me take you to the doctor, she said, and she took my hand.",
        "Take me to Dublin, he told the driver.",
    ],
)
def test_someone_elses_words_of_taking_are_no_wish(said: str) -> None:
    assert request(said) is None
