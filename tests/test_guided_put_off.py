"""Someone the teller keeps for later is not followed first (held-out round 13).

"Ron's my husband, I'll get to Ron, don't let me forget Ron" at the end of a long answer about Dad: the
answer is about Dad, and Ron is kept for later by the teller's own word. Named again and again, he would
otherwise come first. Every wording here differs from the persona files.
"""

from __future__ import annotations

from tests.support import Api
from tests.turns_support import say, story_session


def test_someone_put_off_by_the_teller_is_followed_after_the_one_the_answer_is_about(api: Api) -> None:
    sid = story_session(api, "Edna", "Growing up")
    result = say(
        api,
        sid,
        "Mum, Edna Walsh, ran the corner shop on Argyle Street for thirty years. She'd be up at five to take in the "
        "bread and the milk, and she knew every child in the street by name and what their mothers could afford. "
        "The shop smelt of kerosene and boiled lollies, and Keith and I weighed out the sugar in blue bags. Keith "
        "is my brother, I'll come back to Keith, remind me to tell you about Keith.",
    )
    reply = result["reply"]
    assert "Edna" in reply and "Keith" not in reply, reply


def test_someone_named_again_and_again_and_not_put_off_is_still_followed_first(api: Api) -> None:
    """Look-alike: Keith named as often, and going to Keith's farm is no putting off."""
    sid = story_session(api, "Edna", "Growing up")
    result = say(
        api,
        sid,
        "Mum, Edna Walsh, ran the corner shop on Argyle Street for thirty years. She'd be up at five to take in the "
        "bread and the milk, and she knew every child in the street by name and what their mothers could afford. "
        "The shop smelt of kerosene and boiled lollies, and Keith and I weighed out the sugar in blue bags. Keith "
        "is my brother, and on Sundays we'd get to Keith's farm by the bus, and Keith drove us home.",
    )
    assert "Keith" in result["reply"], result["reply"]
